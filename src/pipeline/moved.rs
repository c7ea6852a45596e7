//! Redirects for pages whose address changed. The manifest of the previous build records
//! which page every URL showed (content key and language); a URL that is gone while its
//! page lives on elsewhere (a new `slug:`, a renamed section) becomes a redirect, like an
//! alias, and is carried in every later manifest. A URL whose page is gone altogether is
//! a warning: if the file was renamed, an `aliases:` entry keeps the old address working.

use crate::content::model::{Alias, Site};
use crate::content::model::{EntryId, LangId};
use crate::diagnostics::{Code, Diagnostic};
use crate::output::publish::{Manifest, PageRecord};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// What every content page of `site` is, by URL, for the manifest.
pub(crate) fn records(site: &Site) -> BTreeMap<String, PageRecord> {
    let mut out = BTreeMap::new();
    for (i, e) in site.entry_ids().zip(&site.entries) {
        for (l, lang) in site.lang_ids().zip(&site.config.languages) {
            let loc = &site.urls[i][l];
            out.insert(
                loc.url.clone(),
                PageRecord {
                    key: e.key.clone(),
                    lang: lang.code.clone(),
                    file: crate::content::source::slash_path(&loc.out),
                },
            );
        }
    }
    out
}

/// A relative path of plain names only: a manifest from elsewhere cannot point outside.
fn safe_file(file: &str) -> Option<PathBuf> {
    let p = Path::new(file);
    let plain = p.components().all(|c| matches!(c, Component::Normal(_)));
    (plain && file.ends_with(".html")).then(|| p.to_path_buf())
}

/// Redirects from the previous build's URLs whose pages moved (to add to the site's
/// aliases), the records to carry forward, and a warning for each page that is gone.
/// `taken` holds the output files of this build's other pages (directory, search).
pub(crate) fn redirects(
    site: &Site,
    previous: &Manifest,
    taken: &BTreeSet<PathBuf>,
) -> (Vec<Alias>, BTreeMap<String, PageRecord>, Vec<Diagnostic>) {
    let mut by_id: BTreeMap<(&str, &str), (EntryId, LangId)> = BTreeMap::new();
    for (i, e) in site.entry_ids().zip(&site.entries) {
        for (l, lang) in site.lang_ids().zip(&site.config.languages) {
            by_id.insert((e.key.as_str(), lang.code.as_str()), (i, l));
        }
    }
    let mut served: BTreeSet<&str> = site.aliases.iter().map(|a| a.url.as_str()).collect();
    let mut files: BTreeSet<&Path> = site.aliases.iter().map(|a| a.out.as_path()).collect();
    for row in &site.urls {
        for loc in row {
            served.insert(&loc.url);
            files.insert(&loc.out);
        }
    }
    let mut aliases = Vec::new();
    let mut moved = BTreeMap::new();
    let mut gone = Vec::new();
    let old = previous
        .moved
        .iter()
        .map(|r| (r, false))
        .chain(previous.pages.iter().map(|r| (r, true)));
    for ((url, rec), was_page) in old {
        if served.contains(url.as_str()) || moved.contains_key(url) {
            continue;
        }
        let Some(out) = safe_file(&rec.file) else {
            continue;
        };
        if files.contains(out.as_path()) || taken.contains(&out) {
            continue;
        }
        match by_id.get(&(rec.key.as_str(), rec.lang.as_str())) {
            Some(&(entry, lang)) => {
                aliases.push(Alias {
                    url: url.clone(),
                    out,
                    entry,
                    lang,
                });
                moved.insert(url.clone(), rec.clone());
            }
            None if was_page => gone.push(
                Diagnostic::warning(Code::PageGone, format!(
                    "the page {url} of the previous build is gone, and nothing redirects from its address"
                ))
                .hint(format!(
                    "if it moved to a new file, add `aliases: [\"{url}\"]` to that file's front matter; a page removed on purpose can stay gone"
                )),
            ),
            None => {}
        }
    }
    (aliases, moved, gone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_files_cannot_climb_out() {
        assert_eq!(
            safe_file("en/old/index.html"),
            Some(PathBuf::from("en/old/index.html"))
        );
        assert_eq!(safe_file("../etc/index.html"), None);
        assert_eq!(safe_file("/etc/index.html"), None);
        assert_eq!(
            safe_file("en/./index.html"),
            Some(PathBuf::from("en/index.html"))
        );
        assert_eq!(safe_file("en/old/"), None);
    }
}
