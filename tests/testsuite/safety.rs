//! Pages load nothing from another host and run nothing inline; the quick exit is on every
//! page; `_headers` carries the security and cache headers.

use crate::support::shared::{campaign, directory, multilingual};
use crate::support::{
    list_files, parse_diagnostics, read_output, read_page, Site, SiteTest, SENTINEL,
};

#[test]
fn content_that_would_load_from_another_host_is_an_error() {
    for html in [
        "<img src=\"https://tracker.example.com/pixel.gif\" alt=\"\">",
        "<script>alert(1)</script>",
        "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        "<p style=\"color:red\">red</p>",
    ] {
        let built = SiteTest::fixture("multilingual")
            .file(
                "content/rights/embed.md",
                format!("---\ntitle: Embed\n---\n\nSome text: {html}\n"),
            )
            .build_fails();
        // At its line and column, once: the Arabic and Swahili pages show the same file.
        let d = built.error("external-load", "content/rights/embed.md", 5);
        assert_eq!(d.column, Some(12), "{d:?}");
        assert_eq!(built.with_code("external-load").len(), 1, "{}", built.run);
    }
}

/// The site decides what raw HTML does (`markdown: { raw_html }`): refused by default,
/// cleaned with a warning per finding, or shown as text.
#[test]
fn raw_html_is_refused_sanitized_or_escaped_as_the_site_says() {
    let body = "---\ntitle: Raw\n---\n\nA <b onclick=\"steal()\">bold</b> word.\n\n<div class=\"box\">\n<img alt=\">\" src=\"pic.png\" onerror=\"steal()\">\n<script src=\"https://cdn.example.com/x.js\"></script>\n</div>\n";
    let site = |mode: Option<&str>| {
        let t = SiteTest::fixture("multilingual").file("content/rights/raw.md", body);
        match mode {
            Some(m) => t.replace(
                "site.yaml",
                "default_language: en\n",
                &format!("default_language: en\nmarkdown:\n  raw_html: {m}\n"),
            ),
            None => t,
        }
    };
    let refused = site(None).build_fails();
    for line in [5, 8, 9] {
        refused.error("external-load", "content/rights/raw.md", line);
    }
    assert_eq!(
        refused.with_code("external-load").len(),
        3,
        "{}",
        refused.run
    );

    let sanitized = site(Some("sanitize")).build_ok();
    let warnings = sanitized.with_code("html-sanitized");
    let lines: Vec<_> = warnings.iter().map(|d| d.line).collect();
    assert_eq!(lines, [Some(5), Some(8), Some(9)], "{}", sanitized.run);
    for lang in ["en", "ar"] {
        let page = sanitized.output(&format!("{lang}/rights/raw/index.html"));
        assert!(
            page.contains("<b>bold</b>") && page.contains("class=\"box\""),
            "{page}"
        );
        assert!(
            !page.contains("steal()") && !page.contains("cdn.example.com"),
            "{page}"
        );
    }

    let escaped = site(Some("escape")).build_ok();
    let page = escaped.output("en/rights/raw/index.html");
    assert!(
        page.contains("&lt;b onclick=\"steal()\"&gt;bold&lt;/b&gt;"),
        "{page}"
    );
    assert!(!page.contains("<b onclick"), "{page}");

    let typo = site(Some("sanitise")).build_fails();
    typo.error("bad-raw-html", "site.yaml", 5);
}

#[test]
fn every_page_has_the_quick_exit_and_no_inline_code() {
    let out = &directory().out;
    for f in list_files(out).iter().filter(|f| f.ends_with(".html")) {
        let page = read_page(out, f);
        if !page.select("meta[http-equiv=refresh]").is_empty() {
            continue; // alias redirects
        }
        assert_eq!(
            page.select("a.quick-exit[rel=noreferrer]").len(),
            1,
            "{f} has no quick exit (a link that sends no referrer)"
        );
        assert!(page.select("[style]").is_empty(), "{f} has an inline style");
        assert!(!page.html.contains(" style=\""), "{f} has an inline style");
    }
}

#[test]
fn headers_set_csp_privacy_and_cache_rules() {
    // Cloudflare Pages and Netlify read `_headers`; a generic build writes none.
    assert!(!multilingual().out.join("_headers").exists());
    let cloudflare = SiteTest::fixture("multilingual")
        .args(&["--host", "cloudflare"])
        .build_ok();
    let h = read_output(&cloudflare.out, "_headers");
    // The one inline style the policy allows is the stylesheet every page carries, by its
    // SHA-256 as browsers compute it over the <style> element's text.
    let page = multilingual().output("en/index.html");
    let css = &page[page.find("<style>").unwrap() + 7..page.find("</style>").unwrap()];
    let style = {
        use base64::Engine as _;
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(css.as_bytes());
        format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    };
    // Every response has a policy, as each host merges the rules that match its path:
    // Cloudflare applies them all (joined, so the stricter wins), Netlify the last. Pages get
    // the strict one under both; only search may run WebAssembly.
    let strict = format!("default-src 'self'; script-src 'self'; style-src 'self' '{style}';");
    for url in [
        "/",
        "/index.html",
        "/404.html",
        "/en/",
        "/ar/about/",
        "/sw/404.html",
    ] {
        let all = header_values(&h, url, "Content-Security-Policy");
        assert!(
            all.iter().any(|p| p.starts_with(&strict)),
            "{url}: {all:?}\n{h}"
        );
        let last = all.last().unwrap_or_else(|| panic!("{url}: no policy"));
        assert!(last.starts_with(&strict), "{url}: Netlify keeps {last:?}");
    }
    // A real 404 (a path with no file) and a path outside the pages still get a policy: the
    // catch-all's, which runs no script from elsewhere either.
    for url in ["/no/such/page", "/favicon.ico", "/search/ar/"] {
        let all = header_values(&h, url, "Content-Security-Policy");
        assert_eq!(all.len(), 1, "{url}: {all:?}");
        assert!(
            all[0].starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"),
            "{url}: {all:?}"
        );
    }
    let csp = header_values(&h, "/search/ar/", "Content-Security-Policy");
    // The search worker compiles WebAssembly under its own response's policy.
    let worker = header_values(
        &h,
        "/pagefind/pagefind-worker.js",
        "Content-Security-Policy",
    );
    assert_eq!(worker, csp, "{h}");
    assert_eq!(h.matches("wasm-unsafe-eval").count(), 1, "{h}");
    // The privacy headers are in the catch-all, for every response.
    for name in [
        "Referrer-Policy",
        "X-Content-Type-Options",
        "Permissions-Policy",
    ] {
        assert_eq!(header_values(&h, "/no/such/page", name).len(), 1, "{name}");
    }
    for url in [
        "/en/",
        "/search/en/",
        "/pagefind/pagefind.js",
        "/assets/x.css",
    ] {
        assert_eq!(
            header_values(&h, url, "Cache-Control").len(),
            1,
            "{url}: one cache rule"
        );
    }
    assert!(h.contains("Referrer-Policy: no-referrer"), "{h}");
    assert!(h.contains("X-Content-Type-Options: nosniff"), "{h}");
    assert!(h.contains("Permissions-Policy: "), "{h}");
    assert!(
        h.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable"),
        "{h}"
    );
    assert_eq!(
        header_values(&h, "/en/about/", "Cache-Control"),
        ["public, max-age=0, must-revalidate"]
    );
    assert!(
        h.contains("frame-src 'none'"),
        "no YouTube video in this site: {h}"
    );
    // The campaign fixture has a YouTube facade: the player's host is allowed in frames.
    let h = campaign().output("_headers");
    assert!(
        h.contains("frame-src https://www.youtube-nocookie.com;"),
        "{h}"
    );
}

/// The values of `name` that the `_headers` rules matching `url` set, as Netlify and
/// Cloudflare Pages match them (a trailing `*` matches any rest).
fn header_values(headers: &str, url: &str, name: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut matches = false;
    for line in headers.lines() {
        if line.is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            matches = match line.strip_suffix('*') {
                Some(prefix) => url.starts_with(prefix),
                None => url == line,
            };
        } else if let Some((k, v)) = line.trim().split_once(": ") {
            if matches && k == name {
                found.push(v.to_string());
            }
        }
    }
    found
}

#[test]
fn budget_fails_a_page_over_one_round_trip() {
    let site = Site::new("multilingual");
    // About 40 KB of text that compresses badly (a simple pseudo-random word list).
    let mut x: u64 = 42;
    let mut body = String::new();
    for _ in 0..6000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        body.push_str(&format!("w{:x} ", x >> 40));
    }
    site.write(
        "content/rights/long.md",
        format!("---\ntitle: Long\n---\n\n{body}\n").as_bytes(),
    );
    let run = site.build_ok(&[]);
    assert!(run.stdout.contains("Heaviest page: /"), "{run}");
    site.plant_sentinel();
    let run = site.build(&["--budget", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let over: Vec<_> = parse_diagnostics(&run.stdout)
        .into_iter()
        .filter(|d| d.is_error() && d.is("over-budget"))
        .collect();
    assert!(
        over.iter()
            .any(|d| d.file.as_deref() == Some("content/rights/long.md")),
        "{run}"
    );
    // The budget is named.
    assert!(over.iter().all(|d| d.message.contains("14 KiB")), "{run}");
    // The failed build did not replace the previous output.
    assert_eq!(read_output(&site.out(), "index.html"), SENTINEL);
}

#[test]
fn every_language_has_an_atom_feed_of_its_dated_pages() {
    let out = &campaign().out;
    for lang in ["en", "ar", "fr"] {
        let feed = read_output(out, &format!("{lang}/feed.xml"));
        assert!(feed.starts_with("<?xml"), "{feed}");
        assert!(feed.contains(&format!("xml:lang=\"{lang}\"")), "{feed}");
        // The dated films, newest first; the Arabic translation of the second has no date
        // of its own and is there with its original's.
        let three = feed.find(&format!("/{lang}/films/three/")).expect("three");
        let one = feed.find(&format!("/{lang}/films/one/")).expect("one");
        assert!(three < one, "newest first:\n{feed}");
        assert_eq!(feed.matches("<entry>").count(), 3, "{feed}");
        assert!(feed.contains(&format!("/{lang}/films/two/")), "{feed}");
        // Entry ids are tag: URIs of the content key, not URLs: they survive a move.
        assert!(
            feed.contains(&format!(
                "<id>tag:example.org,2023-05-24:{lang}/films/one/index.md</id>"
            )),
            "{feed}"
        );
        assert_eq!(feed.matches("<id>tag:example.org,").count(), 3, "{feed}");
        // The title that tries to break out stays text.
        assert!(!feed.contains("<script>"), "{feed}");
        let home = read_output(out, &format!("{lang}/index.html"));
        assert!(
            home.contains(&format!(
                "type=\"application/atom+xml\" href=\"/{lang}/feed.xml\""
            )),
            "{home}"
        );
    }
}

/// A rebuild skips the safety check of pages whose HTML an earlier build passed
/// (`.waymark-cache/checked/`), and only those: a template that now loads from another
/// host changes every page, and every page is checked again.
#[test]
fn a_page_checked_before_is_skipped_only_while_its_html_is_the_same() {
    let site = Site::new("multilingual");
    site.build_ok(&[]);
    let cache = site.root.join(".waymark-cache/checked");
    let known = std::fs::read_dir(&cache)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(
        std::fs::metadata(&known).unwrap().len() >= 32 * 10,
        "{known:?}"
    );
    site.build_ok(&[]);
    let page = site.root.join("themes/default/templates/page.html");
    std::fs::create_dir_all(page.parent().unwrap()).unwrap();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/page.html"),
    )
    .unwrap();
    std::fs::write(
        &page,
        text.replacen(
            "{% block main %}",
            "{% block main %}<img src=\"https://tracker.example.com/p.gif\" alt=\"\">",
            1,
        ),
    )
    .unwrap();
    let run = site.build(&["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        parse_diagnostics(&run.stdout)
            .iter()
            .any(|d| d.is("external-load") && d.message.contains("tracker.example.com")),
        "{run}"
    );
}
