//! The pages that are not content: the language chooser at `/`, the 404 pages, the offline
//! pages and the redirects from old URLs.

use super::context::{ChooserContext, Home, NotFoundContext, RedirectContext};
use super::Renderer;
use crate::content::model::Site;
use crate::content::model::{Alternates, LangId};
use crate::diagnostics::Diagnostic;

impl Renderer {
    /// Every language's home page, for [`Renderer::chooser_page`] and
    /// [`Renderer::not_found_page`].
    pub fn homes<'a>(&'a self, site: &'a Site) -> Vec<Home<'a>> {
        site.config
            .languages
            .iter()
            .zip(site.lang_ids())
            .map(|(lang, l)| {
                let url = &site.urls[site.home][l].url;
                Home {
                    code: &lang.code,
                    name: &lang.name,
                    dir: lang.dir.as_str(),
                    url,
                    permalink: site.permalink(url),
                    // "Choose your language" in that language, where the theme has it.
                    prompt: self.i18n.own(l, "language-chooser-title"),
                    help_title: self.i18n.own(l, "help-strip-title"),
                    help: &self.shared[l].help,
                }
            })
            .collect()
    }

    /// The language chooser (`chooser.html`, the site's `index.html`), in the default
    /// language's interface; `homes` from [`Renderer::homes`].
    pub fn chooser_page(&self, site: &Site, homes: &[Home]) -> Result<String, Diagnostic> {
        let vars = ChooserContext {
            homes,
            x_default: site.permalink(&Alternates::chooser(site).x_default),
        };
        let base = self.base_context_vars(site, site.default_index());
        self.render("chooser.html", &self.context_with(base, &vars))
    }

    /// The 404 page of language `lang` (`404.html`), written at `/<lang>/404.html` and, for
    /// the default language with `root`, at `/404.html`; `homes` from [`Renderer::homes`].
    pub fn not_found_page(
        &self,
        site: &Site,
        lang: LangId,
        homes: &[Home],
        root: bool,
    ) -> Result<String, Diagnostic> {
        let base = self.base_context_vars(site, lang);
        let ctx = self.context_with(base, &NotFoundContext { homes, root });
        self.render("404.html", &ctx)
    }

    /// The offline page of language `lang` (`offline.html`, at `/<lang>/offline/`): the
    /// base context only.
    pub fn offline_page(&self, site: &Site, lang: LangId) -> Result<String, Diagnostic> {
        self.render("offline.html", &self.base_context(site, lang))
    }

    /// A redirect (`redirect.html`) in language `lang` to the page now at `target` (a URL
    /// from the site's root, like `site.urls[alias.entry][alias.lang].url`).
    pub fn redirect_page(
        &self,
        site: &Site,
        lang: LangId,
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

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;
    use tera::Context;

    /// The pages rendered the untyped way (`base_context` and variables inserted by name,
    /// as the build did before the typed contexts): the methods above give the same bytes.
    fn by_name(
        r: &Renderer,
        site: &Site,
        template: &str,
        lang: LangId,
        vars: &[(&str, serde_json::Value)],
    ) -> (Context, String) {
        let mut ctx = r.base_context(site, lang);
        for (k, v) in vars {
            ctx.insert(k.to_string(), v);
        }
        let html = r.render(template, &ctx).unwrap();
        (ctx, html)
    }

    /// `write_extras`'s list of homes.
    fn homes_json(p: &crate::pipeline::Prepared) -> serde_json::Value {
        let site = &p.site;
        site.config
            .languages
            .iter()
            .zip(site.lang_ids())
            .map(|(lang, l)| {
                serde_json::json!({
                    "code": lang.code, "name": lang.name, "dir": lang.dir.as_str(),
                    "url": site.urls[site.home][l].url,
                    "permalink": site.permalink(&site.urls[site.home][l].url),
                    "prompt": p.i18n.has(l, "language-chooser-title")
                        .then(|| p.i18n.format(l, "language-chooser-title", None)).flatten(),
                    "help_title": p.i18n.has(l, "help-strip-title")
                        .then(|| p.i18n.format(l, "help-strip-title", None)).flatten(),
                    "help": crate::directory::pages::help_strip(
                        &p.directory, &site.config, &lang.code),
                })
            })
            .collect()
    }

    #[test]
    fn extra_pages_are_those_write_extras_renders() {
        let p = sample();
        let (r, site) = (&p.renderer, &p.site);
        let homes = r.homes(site);
        let default = site.default_index();
        let (ctx, html) = by_name(
            r,
            site,
            "chooser.html",
            default,
            &[
                ("homes", homes_json(p)),
                ("x_default", site.permalink("/").into()),
            ],
        );
        assert_eq!(r.chooser_page(site, &homes).unwrap(), html);
        let vars = ChooserContext {
            homes: &homes,
            x_default: site.permalink("/"),
        };
        assert_eq!(
            r.context_with(r.base_context_vars(site, default), &vars),
            ctx
        );
        assert!(homes.iter().any(|h| h.prompt.is_some()));
        for l in site.lang_ids() {
            for root in [false, true] {
                let (ctx, html) = by_name(
                    r,
                    site,
                    "404.html",
                    l,
                    &[("homes", homes_json(p)), ("root", root.into())],
                );
                assert_eq!(r.not_found_page(site, l, &homes, root).unwrap(), html);
                let vars = NotFoundContext {
                    homes: &homes,
                    root,
                };
                assert_eq!(r.context_with(r.base_context_vars(site, l), &vars), ctx);
            }
            let (_, html) = by_name(r, site, "offline.html", l, &[]);
            assert_eq!(r.offline_page(site, l).unwrap(), html);
            let target = &site.urls[site.entries.len() - 1][l].url;
            let (ctx, html) = by_name(
                r,
                site,
                "redirect.html",
                l,
                &[
                    ("target", target.as_str().into()),
                    ("target_permalink", site.permalink(target).into()),
                ],
            );
            assert_eq!(r.redirect_page(site, l, target).unwrap(), html);
            let vars = RedirectContext {
                target,
                target_permalink: site.permalink(target),
            };
            assert_eq!(r.context_with(r.base_context_vars(site, l), &vars), ctx);
        }
    }
}
