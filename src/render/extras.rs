//! The pages that are not content: the language chooser at `/`, the 404 pages, the offline
//! pages and the redirects from old URLs.

use super::context::{ChooserContext, Home, NotFoundContext, RedirectContext};
use super::Renderer;
use crate::content::model::Site;
use crate::diagnostics::Diagnostic;

impl Renderer {
    /// Every language's home page, for [`Renderer::chooser_page`] and
    /// [`Renderer::not_found_page`].
    pub fn homes<'a>(&self, site: &'a Site) -> Vec<Home<'a>> {
        site.config
            .languages
            .iter()
            .enumerate()
            .map(|(l, lang)| {
                let url = &site.urls[site.home][l].url;
                Home {
                    code: &lang.code,
                    name: &lang.name,
                    dir: lang.dir.as_str(),
                    url,
                    permalink: site.permalink(url),
                    // "Choose your language" in that language, where the theme has it.
                    prompt: self
                        .i18n
                        .has(l, "language-chooser-title")
                        .then(|| self.i18n.format(l, "language-chooser-title", None))
                        .flatten(),
                }
            })
            .collect()
    }

    /// The language chooser (`chooser.html`, the site's `index.html`), in the default
    /// language's interface; `homes` from [`Renderer::homes`].
    pub fn chooser_page(&self, site: &Site, homes: &[Home]) -> Result<String, Diagnostic> {
        let vars = ChooserContext {
            homes,
            x_default: site.permalink("/"),
        };
        let base = self.base_context_vars(site, site.default_index());
        self.render("chooser.html", &self.context_with(base, &vars))
    }

    /// The 404 page of language `lang` (`404.html`), written at `/<lang>/404.html` and, for
    /// the default language, at `/404.html`; `homes` from [`Renderer::homes`].
    pub fn not_found_page(
        &self,
        site: &Site,
        lang: usize,
        homes: &[Home],
    ) -> Result<String, Diagnostic> {
        let base = self.base_context_vars(site, lang);
        let ctx = self.context_with(base, &NotFoundContext { homes });
        self.render("404.html", &ctx)
    }

    /// The offline page of language `lang` (`offline.html`, at `/<lang>/offline/`): the
    /// base context only.
    pub fn offline_page(&self, site: &Site, lang: usize) -> Result<String, Diagnostic> {
        self.render("offline.html", &self.base_context(site, lang))
    }

    /// A redirect (`redirect.html`) in language `lang` to the page now at `target` (a URL
    /// from the site's root, like `site.urls[alias.entry][alias.lang].url`).
    pub fn redirect_page(
        &self,
        site: &Site,
        lang: usize,
        target: &str,
    ) -> Result<String, Diagnostic> {
        let vars = RedirectContext {
            target,
            target_permalink: site.permalink(target),
        };
        let base = self.base_context_vars(site, lang);
        self.render("redirect.html", &self.context_with(base, &vars))
    }
}
