//! Host profiles (`publish: { host: … }`, `--host`): each build writes what its host reads
//! and nothing it does not. The hosts' own code runs these outputs in `tests/hosts/`.

use crate::support::{list_files, read_output, Site};

/// The multilingual fixture built for `host`: its output files.
fn built_for(site: &Site, host: &str) -> Vec<String> {
    site.build_ok(&["--host", host]);
    list_files(&site.out())
}

#[test]
fn each_host_gets_its_own_files_and_no_others() {
    let site = Site::new("multilingual");
    site.precompress.set(true);
    let has = |files: &[String], f: &str| files.iter().any(|x| x == f);
    let compressed = |files: &[String]| files.iter().any(|f| f.ends_with(".br"));
    let alias_page = "old/first/index.html";

    let generic = built_for(&site, "generic");
    for f in [
        "_headers",
        "_redirects",
        ".nojekyll",
        "_s3/metadata.json",
        "_nginx/server.conf",
    ] {
        assert!(!has(&generic, f), "generic: {f}");
    }
    assert!(has(&generic, alias_page) && !compressed(&generic));

    let cloudflare = built_for(&site, "cloudflare");
    assert!(has(&cloudflare, "_headers") && !compressed(&cloudflare));
    assert!(
        !has(&cloudflare, alias_page),
        "the rule does the page's job"
    );
    let rules = read_output(&site.out(), "_redirects");
    assert_eq!(rules, "/old/first/ /en/rights/bb-first/ 301\n");

    let netlify = built_for(&site, "netlify");
    assert!(has(&netlify, "_headers") && !compressed(&netlify));
    assert!(!has(&netlify, alias_page));
    let rules = read_output(&site.out(), "_redirects");
    assert_eq!(
        rules,
        "/old/first/ /en/rights/bb-first/ 301\n/en/* /en/404.html 404\n/ar/* /ar/404.html 404\n/sw/* /sw/404.html 404\n"
    );

    let nginx = built_for(&site, "nginx");
    assert!(compressed(&nginx) && !has(&nginx, "_headers") && !has(&nginx, alias_page));
    let map = read_output(&site.out(), "_nginx/http.conf");
    assert!(
        map.contains("    \"/old/first/\" \"/en/rights/bb-first/\";\n"),
        "{map}"
    );
    let server = read_output(&site.out(), "_nginx/server.conf");
    for line in [
        "gzip_static on;",
        "brotli_static on;",
        "location /ar/ {\n    error_page 404 /ar/404.html;",
        "add_header Content-Security-Policy \"default-src 'self'; script-src 'self';",
        "location ^~ /_nginx/ {\n    return 404;",
    ] {
        assert!(server.contains(line), "{line}\n{server}");
    }

    let s3 = built_for(&site, "s3");
    assert!(has(&s3, "_s3/metadata.json") && has(&s3, alias_page) && !compressed(&s3));
    let meta: serde_json::Value =
        serde_json::from_str(&read_output(&site.out(), "_s3/metadata.json")).unwrap();
    let objects = meta["objects"].as_object().unwrap();
    assert_eq!(
        objects[alias_page]["WebsiteRedirectLocation"],
        "/en/rights/bb-first/"
    );
    assert_eq!(
        objects["en/index.html"]["CacheControl"],
        "public, max-age=0, must-revalidate"
    );
    assert_eq!(
        objects["en/index.html"]["ContentType"],
        "text/html; charset=utf-8"
    );
    let asset = objects.keys().find(|k| k.starts_with("assets/")).unwrap();
    assert!(objects[asset]["CacheControl"]
        .as_str()
        .unwrap()
        .contains("immutable"));
    // Every file of the site is described, and nothing else.
    let uploads: Vec<&String> = s3.iter().filter(|f| !f.starts_with("_s3/")).collect();
    assert_eq!(uploads.len(), objects.len());

    let github = built_for(&site, "github-pages");
    assert!(has(&github, ".nojekyll") && has(&github, alias_page));
    assert!(!has(&github, "_headers") && !compressed(&github));
}

#[test]
fn a_host_site_yaml_does_not_know_is_named_with_its_line() {
    let site = Site::new("multilingual");
    let yaml = std::fs::read_to_string(site.root.join("site.yaml")).unwrap();
    std::fs::write(
        site.root.join("site.yaml"),
        format!("{yaml}publish:\n  host: cloudfare\n"),
    )
    .unwrap();
    let run = site.build(&["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let d = crate::support::parse_diagnostics(&run.stdout);
    let d = d
        .iter()
        .find(|d| d.is("bad-host"))
        .expect("a bad-host error");
    assert_eq!(d.line, Some(12));
    assert!(d.hint.as_deref().unwrap().contains("`cloudflare`"), "{d:?}");
}

/// A section of `n` pages in English only, under `content/many/`.
fn many_pages(site: &Site, n: usize) {
    site.write("content/many/_index.md", b"---\ntitle: Many\n---\n");
    for i in 0..n {
        site.write(
            &format!("content/many/p{i}.md"),
            format!("---\ntitle: Page {i}\n---\nText {i}.\n").as_bytes(),
        );
    }
}

#[test]
fn a_moved_section_is_one_rule_within_cloudflare_limits() {
    let site = Site::new("multilingual");
    // (Splitting 3,000 moved URLs into rules is a unit test of `redirect_rules`; the
    // host tests run a moved 3,000-page section in wrangler.)
    many_pages(&site, 30);
    site.build_ok(&["--host", "cloudflare"]);
    site.write(
        "content/many/_index.md",
        b"---\ntitle: Many\nslug: lots\n---\n",
    );
    site.build_ok(&["--host", "cloudflare"]);
    let rules = read_output(&site.out(), "_redirects");
    // English, Arabic and Swahili each show the section (untranslated pages fall back).
    for lang in ["en", "ar", "sw"] {
        let line = format!("/{lang}/many/* /{lang}/lots/:splat 301");
        assert!(rules.lines().any(|l| l == line), "{line}\n{rules}");
    }
    assert_eq!(rules.lines().count(), 4, "{rules}");
    // Netlify gets the same rule, and the manifest still names every moved page.
    site.build_ok(&["--host", "netlify"]);
    let rules = read_output(&site.out(), "_redirects");
    assert!(
        rules.contains("/en/many/* /en/lots/:splat 301\n"),
        "{rules}"
    );
    let manifest = read_output(&site.out(), "waymark-manifest.json");
    assert!(manifest.contains("\"/en/many/p29/\""));
}

#[test]
fn more_single_redirects_than_cloudflare_takes_is_an_error_not_a_silent_drop() {
    let site = Site::new("multilingual");
    let aliases: Vec<String> = (0..2_001).map(|i| format!("/x{i}/")).collect();
    site.write(
        "content/moved.md",
        format!(
            "---\ntitle: Moved\naliases: [{}]\n---\nText.\n",
            aliases.join(", ")
        )
        .as_bytes(),
    );
    let run = site.build(&["--host", "cloudflare", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let d = crate::support::parse_diagnostics(&run.stdout);
    let d = d
        .iter()
        .find(|d| d.is("too-many-redirects"))
        .unwrap_or_else(|| panic!("{run}"));
    assert!(d.message.contains("2002 single redirects"), "{d:?}");
    // Netlify has no such limit.
    site.build_ok(&["--host", "netlify"]);
    assert_eq!(
        read_output(&site.out(), "_redirects").lines().count(),
        2_002 + 3
    );
}

/// Every name Waymark writes at the top of a build, or beside the pages in a language's
/// folder, for any host, is reserved: an alias there is a `reserved-url` error, not a file
/// that replaces a generated one (or is replaced by it, depending on the run).
#[test]
fn every_generated_name_is_reserved_for_every_host() {
    let site = Site::new("multilingual");
    let content = site.root.join("content");
    let mut names = std::collections::BTreeSet::new();
    for host in [
        "generic",
        "cloudflare",
        "netlify",
        "nginx",
        "s3",
        "github-pages",
    ] {
        for f in built_for(&site, host) {
            let mut parts = f.split('/');
            let first = parts.next().unwrap_or_default();
            if ["en", "ar", "sw"].contains(&first) {
                // In a language's folder: what no content file made.
                let Some(second) = parts.next() else { continue };
                let stem = second.trim_end_matches(".html");
                let from_content = content.join(format!("{stem}.md")).exists()
                    || content.join(stem).is_dir()
                    || second == "index.html"
                    || second == "directory";
                if !from_content {
                    names.insert(format!("/{first}/{second}"));
                }
            } else if first != "old" {
                // (`/old/first/` is the fixture's alias, not a generated file.)
                names.insert(format!("/{first}"));
            }
        }
    }
    assert!(
        names.contains("/en/offline") && names.contains("/assets"),
        "{names:?}"
    );
    let aliases: Vec<String> = names.iter().map(|n| format!("  - \"{n}\"")).collect();
    let page = format!(
        "---\ntitle: Aliases\naliases:\n{}\n---\n",
        aliases.join("\n")
    );
    std::fs::write(content.join("aliases.md"), page).unwrap();
    let run = site.build(&["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let diags = crate::support::parse_diagnostics(&run.stdout);
    for (i, name) in names.iter().enumerate() {
        // `.nojekyll`: no alias may start with a dot at all.
        let code = if name.starts_with("/.") {
            "bad-alias"
        } else {
            "reserved-url"
        };
        assert!(
            diags
                .iter()
                .any(|d| d.is(code) && d.line == Some(4 + i) && d.message.contains(name.as_str())),
            "the alias {name} (line {}) is not a reserved-url error:\n{run}",
            4 + i
        );
    }
}
