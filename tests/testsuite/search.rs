//! Search: one Pagefind index per language from the built pages, a search page per
//! language whose list of pages works without JavaScript, and nothing of it on other pages.
//!
//! Indexing needs Pagefind's binary (`npm ci --prefix tools/pagefind`). Without it, the
//! tests that need it are skipped with a message, except when `CI` is set: then they fail.
//! (The browser test `tests/browser/search.test.mjs` searches the index in Chromium.)

use crate::support::{list_files, parse_diagnostics, read_output, Site, SiteTest, BIN};
use std::path::{Path, PathBuf};
use std::process::Command;

fn pagefind() -> Option<PathBuf> {
    let found = waymark::search::find(Path::new(env!("CARGO_MANIFEST_DIR")));
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Pagefind is missing: run `npm ci --prefix tools/pagefind`"
        );
        eprintln!("skipped: Pagefind is not installed (npm ci --prefix tools/pagefind)");
    }
    found
}

/// Builds `site` into `out` with `WAYMARK_PAGEFIND` set to `pagefind`.
fn build_with(site: &Site, out: &Path, pagefind: &Path) -> std::process::Output {
    let run = Command::new(BIN)
        .args(["build", "--no-precompress", "--root"])
        .arg(&site.root)
        .arg("--out")
        .arg(out)
        .env(waymark::search::ENV, pagefind)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    run
}

#[test]
fn each_language_gets_its_own_index_of_its_own_pages() {
    let Some(pf) = pagefind() else { return };
    let site = Site::new("search");
    build_with(&site, &site.out(), &pf);
    let out = &site.out();
    let entry: serde_json::Value =
        serde_json::from_str(&read_output(out, "pagefind/pagefind-entry.json")).unwrap();
    let count = |lang: &str| entry["languages"][lang]["page_count"].as_u64();
    // home, help, interpreter, shelter; English also has the untranslated zebra page,
    // whose fallback copies are not indexed in the other languages.
    assert_eq!(count("en"), Some(5), "{entry}");
    for lang in ["ar", "fa", "uk"] {
        assert_eq!(count(lang), Some(4), "{lang}: {entry}");
    }
    let files = list_files(out);
    assert!(files.contains(&"pagefind/pagefind.js".to_string()));
    assert!(
        !files.iter().any(|f| f.contains("pagefind-ui")),
        "Pagefind's own UI is not shipped: {files:#?}"
    );
    // Deterministic: a second build indexes to the same bytes.
    let again = site.root.join("again");
    build_with(&site, &again, &pf);
    let pick = |dir: &Path| {
        crate::support::read_tree(dir)
            .into_iter()
            .filter(|(k, _)| k.starts_with("pagefind/"))
            .collect::<Vec<_>>()
    };
    assert!(
        pick(out) == pick(&again),
        "the index differs between builds"
    );
}

#[test]
fn search_pages_list_every_section_and_other_pages_load_no_search_code() {
    let built = SiteTest::fixture("search").build_ok();
    let out = &built.out;
    for (lang, section, page) in [
        ("ar", "المساعدة", "مكان آمن للنوم"),
        ("uk", "Допомога", "Безпечне місце для сну"),
        ("en", "Help", "Only in English"),
    ] {
        let html = read_output(out, &format!("search/{lang}/index.html"));
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{html}");
        // Without JavaScript the form stays hidden and the list of pages is the page.
        assert!(
            html.contains("<form class=\"search\" role=\"search\""),
            "{html}"
        );
        assert!(html.contains(" hidden data-search"), "{html}");
        assert!(
            html.contains(section) && html.contains(page),
            "{lang}: {html}"
        );
        assert!(html.contains("/assets/search."), "{html}");
        assert!(
            !html.contains("data-pagefind-body"),
            "the search page is not indexed"
        );
    }
    // The untranslated page is listed in its own language, marked so.
    let uk = read_output(out, "search/uk/index.html");
    assert!(
        uk.contains("<li lang=\"en\" dir=\"ltr\"><a href=\"/uk/help/zebra/\">Only in English</a>"),
        "{uk}"
    );
    for f in list_files(out) {
        if f.ends_with(".html") && !f.starts_with("search/") {
            let html = read_output(out, &f);
            assert!(
                !html.contains("/assets/search.") && !html.contains("/pagefind/"),
                "{f} loads search code"
            );
        }
    }
    // Translated pages are indexed; a fallback copy is not.
    assert!(read_output(out, "uk/help/shelter/index.html").contains("data-pagefind-body"));
    assert!(!read_output(out, "uk/help/zebra/index.html").contains("data-pagefind-body"));
    assert!(read_output(out, "en/help/zebra/index.html").contains("data-pagefind-body"));
}

#[test]
fn a_pagefind_that_cannot_run_fails_the_build_and_keeps_the_old_site() {
    let site = Site::new("search");
    site.plant_sentinel();
    let run = Command::new(BIN)
        .args(["build", "--no-precompress", "--format", "json", "--root"])
        .arg(&site.root)
        .env(waymark::search::ENV, site.root.join("no-such-pagefind"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let diags = parse_diagnostics(&String::from_utf8_lossy(&run.stdout));
    assert!(
        diags
            .iter()
            .any(|d| d.is_error() && d.is("search-cannot-run")),
        "{diags:#?}"
    );
    site.assert_output_untouched();
}
