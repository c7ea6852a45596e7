//! Directory entries inside content pages: each entry's card (`entry-embed.html`) in each
//! language, rendered the first time a page embeds it, and the call button's icon and
//! words, which `tel:` links in markdown use.

use super::embeds::CallParts;
use super::Renderer;
use crate::content::model::{LangId, Site};
use crate::directory::{pages, Directory};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Entry id → its view in one language (what its card shows), and its card once rendered.
type Views = HashMap<String, (Value, OnceLock<Option<String>>)>;

/// Per language: the entries' views and cards, and the call button's parts.
#[derive(Default)]
pub(super) struct Cards {
    langs: Vec<Views>,
    call: Vec<OnceLock<CallParts>>,
}

impl Cards {
    pub(super) fn new(site: &Site, directory: &Directory) -> Cards {
        Cards {
            langs: site
                .config
                .languages
                .iter()
                .map(|l| {
                    directory
                        .entries
                        .iter()
                        .map(|e| {
                            let view = pages::entry_view(e, &site.config, &l.code);
                            (e.id.clone(), (view, OnceLock::new()))
                        })
                        .collect()
                })
                .collect(),
            call: site.lang_ids().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The URL of entry `id`'s page in language `lang`.
    pub(super) fn url(&self, id: &str, lang: LangId) -> Option<String> {
        let (view, _) = self.langs.get(lang.0)?.get(id)?;
        view.get("url").and_then(Value::as_str).map(str::to_string)
    }
}

impl Renderer {
    /// Entry `id`'s card in `lang`, or `None` if there is no such entry (or the theme's
    /// card failed to render, which the theme's own check reports).
    pub(crate) fn entry_card(&self, site: &Site, lang: LangId, id: &str) -> Option<String> {
        let (view, card) = self.cards.langs.get(lang.0)?.get(id)?;
        card.get_or_init(|| {
            let mut ctx = self.base_context(site, lang);
            ctx.insert("e", view);
            self.render("entry-embed.html", &ctx).ok()
        })
        .clone()
    }

    /// The URL of entry `id`'s page in `lang`.
    pub(crate) fn entry_url(&self, id: &str, lang: LangId) -> Option<String> {
        self.cards.url(id, lang)
    }

    /// A call button's icon and "Call" in `lang`.
    pub(crate) fn call_parts(&self, site: &Site, lang: LangId) -> CallParts {
        self.cards.call[lang.0]
            .get_or_init(|| CallParts {
                icon: self
                    .render("icon-phone.html", &self.base_context(site, lang))
                    .unwrap_or_default(),
                verb: self
                    .i18n
                    .format(lang, "call-verb", None)
                    .unwrap_or_else(|| "Call".into()),
            })
            .clone()
    }
}
