//! Links between pages: `@/` links resolved to URLs (and their `#anchor`s checked against
//! the target's headings), for rendering pages and for checking links without rendering.

use super::markdown::{self, LinkError, LinkResolver};
use super::Renderer;
use crate::content::images::Images;
use crate::content::model::Site;
use crate::content::model::{EntryId, LangId};
use crate::diagnostics::Diagnostic;
use crate::directory::Directory;
use std::sync::Arc;

/// What a page's markdown may embed from outside the content: the directory's entries
/// (as links and cards) and, when rendering, the theme's call buttons.
#[derive(Clone, Copy)]
pub(super) enum Embeds<'a> {
    /// Rendering: cards and call buttons come from the renderer.
    Render(&'a Renderer),
    /// Only checking links: entries are looked up, nothing is rendered.
    Check(&'a Directory),
}

/// A page's markdown as HTML, and whose headings its links' anchors were checked against.
pub(super) fn render_markdown(
    site: &Site,
    headings: &Headings,
    images: &Images,
    embeds: Embeds,
    entry: EntryId,
    lang: LangId,
) -> (markdown::Rendered, Vec<(EntryId, LangId)>) {
    let (doc, _) = site.doc(entry, lang);
    let text = match doc.src.text() {
        Ok(t) => t,
        Err(d) => {
            let failed = markdown::Rendered {
                html: String::new(),
                diagnostics: vec![d],
                summary: None,
                local_links: Vec::new(),
            };
            return (failed, Vec::new());
        }
    };
    let resolver = Resolver {
        site,
        headings,
        images,
        embeds,
        bundle: site.entries[entry].bundle.as_deref(),
        lang,
        text_lang: site.lang_index(&doc.src.lang).unwrap_or(lang),
        anchors: Default::default(),
    };
    let rendered = markdown::render(
        &text[doc.src.body_start..],
        doc.src.body_start,
        &text,
        &doc.src.file,
        &resolver,
        Some(&doc.fm.title.value),
    );
    (rendered, resolver.anchors.into_inner())
}

/// Every `@/` link's problems, without rendering pages (for builds that stop early).
pub fn check_links(site: &Site, directory: &Directory) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let headings = collect_headings(site);
    (0..site.entries.len())
        .into_par_iter()
        .map(EntryId)
        .flat_map_iter(|e| {
            let headings = &headings;
            let none = Images::default();
            site.lang_ids()
                .flat_map(|l| {
                    let embeds = Embeds::Check(directory);
                    render_markdown(site, headings, &none, embeds, e, l)
                        .0
                        .diagnostics
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Heading ids of every (entry, language), computed the first time a link's anchor asks:
/// most pages are never the target of an `#anchor`, so most are never computed.
pub struct Headings<'a> {
    site: &'a Site,
    cells: Vec<Vec<std::sync::OnceLock<Arc<Vec<String>>>>>,
}

impl<'a> Headings<'a> {
    pub fn get(&self, entry: EntryId, lang: LangId) -> &Arc<Vec<String>> {
        self.cells[entry][lang].get_or_init(|| {
            let (doc, _) = self.site.doc(entry, lang);
            // A file that cannot be read again reports that itself, when its page renders.
            let ids = doc.src.text().map(|t| {
                markdown::heading_ids_with(&t[doc.src.body_start..], self.site.config.heading_ids)
            });
            Arc::new(ids.unwrap_or_default())
        })
    }
}

pub fn collect_headings(site: &Site) -> Headings<'_> {
    let nlang = site.config.languages.len();
    Headings {
        site,
        cells: (0..site.entries.len())
            .map(|_| (0..nlang).map(|_| std::sync::OnceLock::new()).collect())
            .collect(),
    }
}

struct Resolver<'a> {
    site: &'a Site,
    headings: &'a Headings<'a>,
    images: &'a Images,
    embeds: Embeds<'a>,
    /// The page's bundle folder, where its images are.
    bundle: Option<&'a str>,
    /// The language being built.
    lang: LangId,
    /// The language the linking text is written in (the default one on a fallback page).
    text_lang: LangId,
    /// Whose headings the links' anchors were checked against: (entry, language).
    anchors: std::cell::RefCell<Vec<(EntryId, LangId)>>,
}

impl LinkResolver for Resolver<'_> {
    fn heading_ids(&self) -> markdown::HeadingIds {
        self.site.config.heading_ids
    }

    fn raw_html(&self) -> (super::raw_html::Mode, &str) {
        let config = &self.site.config;
        (config.raw_html, &config.base_url)
    }

    fn entry_url(&self, id: &str) -> Option<String> {
        match self.embeds {
            Embeds::Render(r) => r.entry_url(id, self.lang),
            Embeds::Check(d) => d.get(id).map(|_| "#".to_string()),
        }
    }

    fn entry_card(&self, id: &str) -> Option<String> {
        match self.embeds {
            Embeds::Render(r) => r.entry_card(self.site, self.lang, id),
            Embeds::Check(_) => None,
        }
    }

    fn call_parts(&self) -> super::embeds::CallParts {
        match self.embeds {
            Embeds::Render(r) => r.call_parts(self.site, self.lang),
            Embeds::Check(_) => super::embeds::CallParts::default(),
        }
    }

    fn image(&self, src: &str) -> Option<&crate::content::images::ImageInfo> {
        if src.contains(['/', ':', '?', '#']) {
            return None;
        }
        self.images.get(self.bundle?, src)
    }

    fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError> {
        let key = normalize_key(self.site, path);
        let Some(&entry) = self.site.by_key.get(&key) else {
            // The target exists but could not be read: its own error says why.
            if self.site.unreadable.contains(&key) {
                return Ok("#".into());
            }
            return Err(LinkError::NoPage {
                suggestion: crate::content::model::suggest_key(self.site, &key),
            });
        };
        let url = &self.site.urls[entry][self.lang].url;
        match anchor {
            None | Some("") => Ok(url.clone()),
            Some(a) => {
                // The anchor was written against the target's text in the linking text's
                // language; translations keep the structure, so it maps by position.
                self.anchors
                    .borrow_mut()
                    .extend([(entry, self.text_lang), (entry, self.lang)]);
                let written = self.headings.get(entry, self.text_lang);
                let Some(pos) = written.iter().position(|id| id == a) else {
                    return Err(LinkError::NoAnchor {
                        known: written.to_vec(),
                    });
                };
                let shown = self.headings.get(entry, self.lang);
                let id = if shown.len() == written.len() {
                    &shown[pos]
                } else if shown.iter().any(|id| id == a) {
                    &written[pos]
                } else {
                    return Ok(url.clone());
                };
                Ok(format!(
                    "{url}#{}",
                    percent_encoding::utf8_percent_encode(id, FRAGMENT)
                ))
            }
        }
    }
}

const FRAGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`');

/// `rights/`, `rights`, `rights/a.ar.md` and `campaign/problem/` name content keys.
fn normalize_key(site: &Site, path: &str) -> String {
    let path = path.trim_start_matches('/');
    if site.by_key.contains_key(path) {
        return path.to_string();
    }
    let trimmed = path.trim_end_matches('/');
    for candidate in [
        format!("{trimmed}/_index.md"),
        format!("{trimmed}/index.md"),
        format!("{trimmed}.md"),
    ] {
        if site.by_key.contains_key(&candidate) {
            return candidate;
        }
    }
    // A translation's file name: `a.ar.md` → `a.md`.
    if let Some(stem) = trimmed.strip_suffix(".md") {
        if let Some((base, code)) = stem.rsplit_once('.') {
            if site.config.is_language(code) {
                let k = format!("{base}.md");
                if site.by_key.contains_key(&k) {
                    return k;
                }
            }
        }
    }
    if trimmed.is_empty() {
        return "_index.md".into();
    }
    path.to_string()
}
