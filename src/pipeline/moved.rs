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

/// Whether a text has no control characters and no whitespace (a line break would add
/// lines to `_redirects` or to `--since`'s list).
fn plain_text(s: &str) -> bool {
    !s.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The file a site URL is written to: `/a/b/` → `a/b/index.html`, `/a.html` → `a.html`.
fn url_file(url: &str) -> Option<String> {
    let path = percent_encoding::percent_decode_str(url.strip_prefix('/')?)
        .decode_utf8()
        .ok()?;
    let ok = plain_text(&path)
        && !path.contains('\\')
        && !path.split('/').any(|seg| seg == ".." || seg == ".")
        && !path.contains("//");
    ok.then(|| {
        if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.into_owned()
        }
    })
}

/// Checks a manifest read from elsewhere (`--since`: the CI downloads it from the live
/// site) before anything is made from it: every file a plain relative path, every URL a
/// site path without whitespace, control characters or `..` whose record names the file
/// that URL is written to. The problem, naming the key, or nothing.
pub(crate) fn check_manifest(m: &Manifest) -> Result<(), String> {
    for name in m.files.keys() {
        let p = Path::new(name);
        if !plain_text(name) || !p.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(format!(
                "the file name {name:?} is not a path inside the site"
            ));
        }
    }
    for (what, records) in [("pages", &m.pages), ("moved", &m.moved)] {
        for (url, rec) in records {
            if url_file(url).as_deref() != Some(rec.file.as_str()) {
                return Err(format!(
                    "{what}: the URL {url:?} is not a path of this site written to {:?}",
                    rec.file
                ));
            }
            let code = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            if rec.lang.is_empty() || !rec.lang.chars().all(code) || !plain_text(&rec.key) {
                return Err(format!(
                    "{what}: the record of {url:?} has a bad language or key"
                ));
            }
        }
    }
    Ok(())
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

    fn manifest(url: &str, file: &str) -> Manifest {
        let rec = PageRecord {
            key: "a.md".into(),
            lang: "en".into(),
            file: file.into(),
        };
        Manifest {
            moved: BTreeMap::from([(url.to_string(), rec)]),
            ..Manifest::default()
        }
    }

    #[test]
    fn a_manifest_from_elsewhere_cannot_inject_rules_or_replace_pages() {
        assert!(check_manifest(&manifest("/en/old/", "en/old/index.html")).is_ok());
        assert!(check_manifest(&manifest("/ar/%D8%AD/", "ar/ح/index.html")).is_ok());
        for (url, file) in [
            ("/x\n/* https://evil.example/:splat 200!", "x/index.html"),
            ("/x/%0A/", "x/\n/index.html"),
            ("/en/old/", "index.html"),
            ("/", "index.html.evil"),
            ("/en/../x/", "x/index.html"),
            ("/a b/", "a b/index.html"),
            ("en/old/", "en/old/index.html"),
        ] {
            assert!(
                check_manifest(&manifest(url, file)).is_err(),
                "{url:?} → {file:?}"
            );
        }
        let mut m = Manifest::default();
        m.files.insert(
            "en/x.html\nadded ../../etc".into(),
            crate::output::publish::entry("x.html", b""),
        );
        assert!(check_manifest(&m).is_err());
    }

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
