//! Ready for a CDN: precompressed copies and the manifest, with `--since` telling what
//! changed between two builds.

use crate::support::{parse_diagnostics, read_output, Diag, Site, SiteTest};
use std::io::Read;

fn since(site: &Site, old: &std::path::Path) -> Vec<String> {
    let old = old.to_string_lossy().into_owned();
    let run = site.build_ok(&["--quiet", "--host", "nginx", "--since", old.as_str()]);
    run.stdout.lines().map(str::to_string).collect()
}

#[test]
fn an_unchanged_rebuild_is_an_empty_diff_and_changes_are_named() {
    let site = SiteTest::fixture("multilingual").precompress().site();
    site.build_ok(&["--host", "nginx"]);
    let keep = site.tmp.path().join("old-manifest.json");
    std::fs::copy(site.out().join("waymark-manifest.json"), &keep).unwrap();
    assert_eq!(
        since(&site, &keep),
        Vec::<String>::new(),
        "an unchanged site is an empty diff"
    );

    // One page changed: its HTML and compressed copies, in the languages that show it.
    let page = site.root.join("content/rights/untranslated.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\nOne more sentence.\n")).unwrap();
    let lines = since(&site, &keep);
    assert!(
        lines.contains(&"changed en/rights/untranslated/index.html".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"changed en/rights/untranslated/index.html.br".to_string()),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| l.starts_with("changed ")), "{lines:?}");

    // One page removed.
    std::fs::copy(site.out().join("waymark-manifest.json"), &keep).unwrap();
    std::fs::remove_file(&page).unwrap();
    let lines = since(&site, &keep);
    assert!(
        lines.contains(&"removed en/rights/untranslated/index.html".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"removed ar/rights/untranslated/index.html.gz".to_string()),
        "{lines:?}"
    );
}

#[test]
fn every_text_file_has_compressed_copies_that_decompress_to_it() {
    let site = SiteTest::fixture("multilingual").precompress().site();
    // Only a host that serves them gets the copies.
    site.build_ok(&[]);
    assert!(!site.out().join("en/index.html.br").exists());
    site.build_ok(&["--host", "cloudflare"]);
    assert!(!site.out().join("en/index.html.br").exists());
    site.build_ok(&["--host", "nginx"]);
    // The copies are kept by content in the site's cache: a rebuild reads them back, and a
    // cache entry that was tampered with would show in the output.
    let cache = site.root.join(".waymark-cache/precompressed");
    let entries: Vec<_> = walkdir::WalkDir::new(&cache)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .collect();
    assert!(entries.len() > 10, "{} cache entries", entries.len());
    let first = std::fs::read(site.out().join("en/index.html.br")).unwrap();
    let entry = entries
        .iter()
        .find(|e| std::fs::read(e.path()).unwrap() == first)
        .expect("the page's copy is in the cache");
    std::fs::write(entry.path(), b"from the cache").unwrap();
    site.build_ok(&["--host", "nginx"]);
    assert_eq!(
        std::fs::read(site.out().join("en/index.html.br")).unwrap(),
        b"from the cache"
    );
    std::fs::remove_dir_all(&cache).unwrap();
    site.build_ok(&["--host", "nginx"]);
    let out = site.out();
    let html = read_output(&out, "en/index.html");
    let mut gz = String::new();
    flate2::read::GzDecoder::new(&std::fs::read(out.join("en/index.html.gz")).unwrap()[..])
        .read_to_string(&mut gz)
        .unwrap();
    assert_eq!(gz, html);
    let mut br = Vec::new();
    brotli::BrotliDecompress(
        &mut std::io::Cursor::new(std::fs::read(out.join("en/index.html.br")).unwrap()),
        &mut br,
    )
    .unwrap();
    assert_eq!(br, html.as_bytes());
    let manifest: serde_json::Value =
        serde_json::from_str(&read_output(&out, "waymark-manifest.json")).unwrap();
    let entry = &manifest["files"]["en/index.html"];
    assert_eq!(entry["size"], html.len());
    assert_eq!(entry["type"], "text/html; charset=utf-8");
    assert_eq!(entry["hash"].as_str().unwrap().len(), 32);
}

#[test]
fn a_page_whose_address_changed_redirects_from_the_old_one_build_after_build() {
    let site = Site::new("multilingual");
    site.build_ok(&[]);
    // The page gets a new slug: its English and Swahili URLs change (Arabic has its own).
    let page = site.root.join("content/rights/know.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replacen("---\n", "---\nslug: know-more\n", 1)).unwrap();
    let gone = |run: &crate::support::Run| -> Vec<Diag> {
        parse_diagnostics(&run.stdout)
            .into_iter()
            .filter(|d| d.is("page-gone"))
            .collect()
    };
    let run = site.build_ok(&["--format", "json", "--host", "cloudflare"]);
    assert!(gone(&run).is_empty(), "{run}");
    let redirects = read_output(&site.out(), "_redirects");
    for lang in ["en", "sw"] {
        let line = format!("/{lang}/rights/know/ /{lang}/rights/know-more/ 301");
        assert!(redirects.lines().any(|l| l == line), "{line}\n{redirects}");
        // Cloudflare applies the rule: no page stands at the old address.
        assert!(!site
            .out()
            .join(format!("{lang}/rights/know/index.html"))
            .exists());
    }
    assert!(!redirects.contains("/ar/rights/"), "{redirects}");
    // The next build (its previous manifest no longer lists the old URL as a page)
    // still redirects: the manifest carries it. For a host without rules, as a page.
    site.build_ok(&[]);
    for lang in ["en", "sw"] {
        let html = read_output(&site.out(), &format!("{lang}/rights/know/index.html"));
        assert!(
            html.contains(&format!("/{lang}/rights/know-more/")),
            "{html}"
        );
    }
    site.build_ok(&["--host", "cloudflare"]);
    let again = read_output(&site.out(), "_redirects");
    assert_eq!(again, redirects);
    let manifest = read_output(&site.out(), "waymark-manifest.json");
    assert!(manifest.contains("\"/en/rights/know/\""), "{manifest}");

    // A page that is gone altogether is named, with how to keep its address.
    std::fs::remove_file(site.root.join("content/rights/untranslated.md")).unwrap();
    let run = site.build_ok(&["--format", "json"]);
    let warning = gone(&run)
        .into_iter()
        .find(|d| d.message.contains(" /en/rights/untranslated/ "))
        .unwrap_or_else(|| panic!("no page-gone warning names the English page\n{run}"));
    assert_eq!(warning.severity, "warning");
    assert!(
        warning
            .hint
            .as_deref()
            .unwrap_or_default()
            .contains("aliases: [\"/en/rights/untranslated/\"]"),
        "{warning:#?}"
    );
}

#[test]
fn a_since_manifest_cannot_inject_redirects_or_replace_pages() {
    let site = Site::new("multilingual");
    site.build_ok(&["--host", "cloudflare"]);
    let good = read_output(&site.out(), "waymark-manifest.json");
    let mut manifest: serde_json::Value = serde_json::from_str(&good).unwrap();
    let record = |file: &str| serde_json::json!({ "key": "about.md", "lang": "en", "file": file });
    let path = site.tmp.path().join("hostile.json");
    // A URL key with a line break would add `/* https://evil.example/:splat 200!`.
    manifest["moved"] = serde_json::json!({
        "/x\n/* https://evil.example/:splat 200!": record("x/index.html")
    });
    std::fs::write(&path, manifest.to_string()).unwrap();
    let p = path.to_string_lossy().into_owned();
    let run = site.build(&["--host", "cloudflare", "--since", p.as_str()]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("hostile.json"), "{run}");
    assert!(!read_output(&site.out(), "_redirects").contains("evil"));
    // A file key with a line break would add lines to the list of changes.
    manifest["moved"] = serde_json::json!({});
    manifest["files"]["x.html\nadded ../../etc/passwd"] = manifest["files"]["index.html"].clone();
    std::fs::write(&path, manifest.to_string()).unwrap();
    assert_eq!(site.build(&["--since", p.as_str()]).code, 2);
    // A well-formed record of the chooser or a 404 page does not replace it.
    manifest["files"] = serde_json::json!({});
    manifest["moved"] =
        serde_json::json!({ "/": record("index.html"), "/en/404.html": record("en/404.html") });
    std::fs::write(&path, manifest.to_string()).unwrap();
    site.build_ok(&["--since", p.as_str()]);
    assert!(!read_output(&site.out(), "index.html").contains("http-equiv=\"refresh\""));
    assert!(!read_output(&site.out(), "en/404.html").contains("http-equiv=\"refresh\""));
}

#[test]
fn out_never_deletes_a_folder_waymark_did_not_write_and_follows_a_link() {
    let site = Site::new("multilingual");
    let docs = site.tmp.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("thesis.txt"), "years of work").unwrap();
    let run = site.build_into(&docs, &[]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("did not write"), "{run}");
    assert_eq!(
        std::fs::read_to_string(docs.join("thesis.txt")).unwrap(),
        "years of work"
    );
    // An empty folder, or one a build wrote, is replaced.
    let empty = site.tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    assert_eq!(site.build_into(&empty, &[]).code, 0);
    assert_eq!(site.build_into(&empty, &[]).code, 0);
    // A link to the output folder stays a link; the folder it points to gets the site.
    #[cfg(unix)]
    {
        let link = site.tmp.path().join("link");
        std::os::unix::fs::symlink(&empty, &link).unwrap();
        assert_eq!(site.build_into(&link, &[]).code, 0);
        assert!(link.is_symlink());
        assert!(empty.join("en/index.html").is_file());
    }
}
