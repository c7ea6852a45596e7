//! Directory entries inside content pages: each entry's card (`entry-embed.html`) in each
//! language, rendered the first time a page embeds it, and the call button's icon and
//! words, which `tel:` links in markdown use.

use super::embeds::CallParts;
use super::Renderer;
use crate::content::config::Config;
use crate::content::model::{LangId, Site};
use crate::directory::{pages, Directory, Entry};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Entry id → its view in one language (what its card shows) and its card, each made the
/// first time a page asks: the directory's own pages make their views themselves, and most
/// entries are never embedded or pinned, so making every view here was work done twice.
type Views = HashMap<String, (OnceLock<Value>, OnceLock<Option<String>>)>;

/// Per language: the entries' views and cards, and the call button's parts.
#[derive(Default)]
pub(super) struct Cards {
    langs: Vec<Views>,
    /// The entries, by id, and the site's language codes and configuration, to make a view
    /// when one is first asked for.
    entries: HashMap<String, Entry>,
    codes: Vec<String>,
    config: Option<Config>,
    /// site.yaml's `directory.pinned`, which every help strip starts with.
    pinned: Vec<String>,
    /// site.yaml's `directory.pinned_by_country`, keys in lower case (as in URLs).
    by_country: HashMap<String, Vec<String>>,
    call: Vec<OnceLock<CallParts>>,
}

impl Cards {
    pub(super) fn new(site: &Site, directory: &Directory) -> Cards {
        let ids = || {
            directory
                .entries
                .iter()
                .map(|e| (e.id.clone(), Default::default()))
        };
        Cards {
            langs: site.lang_ids().map(|_| ids().collect()).collect(),
            entries: directory
                .entries
                .iter()
                .map(|e| (e.id.clone(), e.clone()))
                .collect(),
            codes: site
                .config
                .languages
                .iter()
                .map(|l| l.code.clone())
                .collect(),
            config: Some(site.config.clone()),
            call: site.lang_ids().map(|_| OnceLock::new()).collect(),
            pinned: site.config.directory.pinned.clone(),
            by_country: site
                .config
                .directory
                .pinned_by_country
                .iter()
                .map(|(c, ids)| (c.to_ascii_lowercase(), ids.clone()))
                .collect(),
        }
    }

    /// Entry `id`'s view in `lang` and its card's cell; `None` if there is no such entry.
    fn get(&self, lang: LangId, id: &str) -> Option<(&Value, &OnceLock<Option<String>>)> {
        let (view, card) = self.langs.get(lang.0)?.get(id)?;
        let view = view.get_or_init(|| match (self.entries.get(id), &self.config) {
            (Some(e), Some(config)) => pages::entry_view(e, config, &self.codes[lang.0]),
            _ => Value::Null,
        });
        Some((view, card))
    }

    /// Whether the directory has entry `id`.
    pub(super) fn has(&self, id: &str) -> bool {
        self.langs.first().is_some_and(|l| l.contains_key(id))
    }

    /// The help strip in `lang` of a page that adds country `country`'s pinned entries and
    /// `ids` to the site's, each once, in that order; `None` when it adds nothing.
    pub(super) fn help(&self, lang: LangId, country: Option<&str>, ids: &[&str]) -> Option<Value> {
        let country_ids = country
            .and_then(|c| self.by_country.get(&c.to_ascii_lowercase()))
            .map(Vec::as_slice)
            .unwrap_or_default();
        if country_ids.is_empty() && ids.is_empty() {
            return None;
        }
        let mut seen = std::collections::HashSet::new();
        let items: Vec<Value> = self
            .pinned
            .iter()
            .map(String::as_str)
            .chain(country_ids.iter().map(String::as_str))
            .chain(ids.iter().copied())
            .filter(|id| seen.insert(*id))
            .filter_map(|id| self.get(lang, id).map(|(view, _)| view.clone()))
            .collect();
        Some(Value::Array(items))
    }

    /// The URL of entry `id`'s page in language `lang`.
    pub(super) fn url(&self, id: &str, lang: LangId) -> Option<String> {
        let (view, _) = self.get(lang, id)?;
        view.get("url").and_then(Value::as_str).map(str::to_string)
    }
}

impl Renderer {
    /// Entry `id`'s card in `lang`, or `None` if there is no such entry (or the theme's
    /// card failed to render, which the theme's own check reports).
    pub(crate) fn entry_card(&self, site: &Site, lang: LangId, id: &str) -> Option<String> {
        let (view, card) = self.cards.get(lang, id)?;
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

impl Renderer {
    /// The problems with a page's `help:`: a country that is not one, an entry that does
    /// not exist; each at its line.
    pub(super) fn check_help(
        &self,
        src: &crate::content::source::SourceFile,
        help: &crate::content::frontmatter::Help,
    ) -> Vec<crate::diagnostics::Diagnostic> {
        use crate::content::frontmatter::at_value;
        use crate::diagnostics::{Code, Diagnostic};
        let mut out = Vec::new();
        if let Some(c) = &help.country {
            if !crate::directory::phones::valid_country(&c.value) {
                out.push(at_value(
                    src,
                    &c.referenced,
                    Diagnostic::error(
                        Code::UnknownCountry,
                        format!("`help.country: {}` is not a country code", c.value),
                    )
                    .hint("write the ISO 3166-1 alpha-2 code in capitals, e.g. `GR`, or `EU`"),
                ));
            }
        }
        for id in &help.pinned {
            if !self.cards.has(&id.value) {
                out.push(at_value(
                    src,
                    &id.referenced,
                    Diagnostic::error(
                        Code::UnknownPinnedEntry,
                        format!("this page pins the entry `{}`, which does not exist", id.value),
                    )
                    .hint("`help.pinned` lists ids: file names under content/directory/ without .yaml"),
                ));
            }
        }
        out
    }
}
