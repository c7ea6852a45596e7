//! A good multilingual site (`tests/fixtures/multilingual`) in English (default),
//! Arabic and Swahili (`sw`, a language the theme has no strings for), built and
//! checked file by file against the site format.

use crate::support::shared::multilingual;
use crate::support::{
    attrs, decode_path, encode_path, list_files, read_output, read_page, text, Attrs, Diag, Page,
    SiteTest,
};
use std::path::Path;

const BASE: &str = "https://example.org";
const LANGS: &[&str] = &["en", "ar", "sw"];
/// `حقوقك`, the Arabic slug of rights/know.md, as it appears in URLs.
const HUQUQUK: &str = "%D8%AD%D9%82%D9%88%D9%82%D9%83";
/// `اتصل-بنا`, the id of the Arabic "Contact us" heading, as it appears in URLs.
const ITTASIL: &str = "%D8%A7%D8%AA%D8%B5%D9%84-%D8%A8%D9%86%D8%A7";

/// Output pages of content (`<lang>/.../index.html`), not the chooser, 404s or aliases.
fn content_pages(out: &Path) -> Vec<String> {
    list_files(out)
        .into_iter()
        .filter(|f| {
            f.ends_with("index.html")
                && LANGS.iter().any(|l| f.starts_with(&format!("{l}/")))
                // The service worker's offline page is not content (and not indexed).
                && !LANGS.iter().any(|l| f == &format!("{l}/offline/index.html"))
        })
        .collect()
}

/// The public URL path of an output page: `ar/x/index.html` → `/ar/x/`, encoded.
fn url_of(page: &str) -> String {
    format!("/{}", encode_path(page.trim_end_matches("index.html")))
}

/// Every link's `href` in `<main>` and after it, in order (skips the header's navigation).
fn hrefs_in_main(page: &Page) -> Vec<String> {
    page.one("main");
    page.select("main a[href], main ~ a[href], main ~ * a[href]")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect()
}

/// The `<link>` elements with the given `rel`.
fn links(page: &Page, rel: &str) -> Vec<Attrs> {
    page.attrs(&format!("link[rel=\"{rel}\"]"))
}

#[test]
fn every_language_lives_under_its_own_prefix() {
    let files = multilingual().files();
    for lang in LANGS {
        for page in [
            "index.html",
            "about/index.html",
            "rights/index.html",
            "rights/bb-first/index.html",
            "rights/untranslated/index.html",
            "guide/index.html",
            "404.html",
        ] {
            let f = format!("{lang}/{page}");
            assert!(files.contains(&f), "missing {f} in {files:#?}");
        }
    }
    // The translated slug replaces the file name in Arabic only.
    assert!(files.contains(&"ar/rights/حقوقك/index.html".to_string()));
    assert!(files.contains(&"en/rights/know/index.html".to_string()));
    assert!(files.contains(&"sw/rights/know/index.html".to_string()));
    assert!(!files.contains(&"ar/rights/know/index.html".to_string()));
    // Nothing is built outside the language folders but the site-wide files.
    for f in &files {
        // Compressed copies (.br, .gz) stand beside the files they copy.
        let f = f.trim_end_matches(".br").trim_end_matches(".gz");
        let top = f.split('/').next().unwrap();
        assert!(
            LANGS.contains(&top)
                || [
                    "index.html",
                    "404.html",
                    "sitemap.xml",
                    "robots.txt",
                    "_redirects",
                    "_headers",
                    "sw.js",
                    "icon.svg",
                    "icon-192.png",
                    "icon-512.png",
                    "waymark-manifest.json",
                    "assets",
                    // One search page per language, and Pagefind's index when installed.
                    "search",
                    "pagefind",
                    "old"
                ]
                .contains(&top),
            "unexpected output file {f}"
        );
    }
}

#[test]
fn section_pages_are_ordered_by_weight_then_newest_date_then_title() {
    for lang in LANGS {
        let page = multilingual().page(&format!("{lang}/rights/index.html"));
        let know = if *lang == "ar" {
            format!("/ar/rights/{HUQUQUK}/")
        } else {
            format!("/{lang}/rights/know/")
        };
        let expected: Vec<String> = [
            format!("/{lang}/rights/bb-first/"),     // weight 1
            format!("/{lang}/rights/ee-newer/"),     // weight 2, 2024-06-01
            format!("/{lang}/rights/dd-older-a/"),   // weight 2, 2024-01-01, "Alpha older"
            format!("/{lang}/rights/cc-older-b/"),   // weight 2, 2024-01-01, "Bravo older"
            know,                                    // weight 3
            format!("/{lang}/rights/untranslated/"), // weight 4
            format!("/{lang}/rights/aa-last/"),      // no weight: last
        ]
        .into();
        let listed: Vec<String> = hrefs_in_main(&page)
            .into_iter()
            .filter(|h| {
                h.starts_with(&format!("/{lang}/rights/")) && *h != format!("/{lang}/rights/")
            })
            .collect();
        assert_eq!(listed, expected, "order of {lang}/rights/");
    }
}

#[test]
fn untranslated_page_shows_english_text_marked_as_english_under_a_notice() {
    let out = &multilingual().out;
    let page = read_page(out, "ar/rights/untranslated/index.html");
    let html = &page.html;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");

    let around: Vec<Attrs> = page
        .ancestors_of_text("This text exists only in English.")
        .iter()
        .map(attrs)
        .collect();
    let marked = around.iter().any(|a| {
        a.get("lang").map(String::as_str) == Some("en")
            && a.get("dir").map(String::as_str) == Some("ltr")
    });
    assert!(
        marked,
        "the English text is not inside lang=en dir=ltr: {around:?}"
    );

    // The notice is in the visitor's language (the fixture's Arabic message, naming
    // the visitor's language), outside the English element.
    let notice = "تنبيه الاختبار";
    assert!(html.contains(notice), "no Arabic notice in:\n{html}");
    assert!(
        html.contains("هذه الصفحة غير مترجمة إلى العربية"),
        "the notice does not name the language: {html}"
    );
    let around_notice: Vec<Attrs> = page.ancestors_of_text(notice).iter().map(attrs).collect();
    assert!(
        !around_notice
            .iter()
            .any(|a| a.get("lang").map(String::as_str) == Some("en")),
        "the notice is marked as English: {around_notice:?}"
    );

    // Translated pages and the English original have no notice.
    assert!(!read_output(out, "ar/rights/حقوقك/index.html").contains(notice));
    let en = read_page(out, "en/rights/untranslated/index.html");
    assert!(!en.html.contains("not yet translated"), "{}", en.html);
    let around_en = en.ancestors_of_text("This text exists only in English.");
    assert_eq!(around_en[0].value().name(), "html");
    assert!(
        !around_en.iter().skip(1).any(|e| e.attr("lang").is_some()),
        "the English page's own text needs no lang mark"
    );
}

#[test]
fn unicode_slug_makes_a_unicode_folder_and_percent_encoded_links() {
    let out = &multilingual().out;
    let page = read_page(out, "ar/rights/حقوقك/index.html");
    assert!(page.html.contains("<h1>اعرف حقوقك</h1>"), "{}", page.html);
    let url = format!("/ar/rights/{HUQUQUK}/");
    let canonical = links(&page, "canonical");
    assert_eq!(canonical.len(), 1, "{}", page.html);
    assert_eq!(canonical[0]["href"], format!("{BASE}{url}"));

    // The Arabic section list and an untranslated page both link it, encoded.
    for from in ["ar/rights/index.html", "ar/rights/untranslated/index.html"] {
        let page = read_page(out, from);
        assert!(
            hrefs_in_main(&page).contains(&url),
            "{from} does not link {url}:\n{}",
            page.html
        );
    }
    // No page links the raw Unicode path.
    for f in list_files(out).iter().filter(|f| f.ends_with(".html")) {
        let html = read_output(out, f);
        assert!(
            !html.contains("href=\"/ar/rights/حقوقك/\""),
            "{f} links the unencoded path"
        );
    }
}

#[test]
fn arabic_headings_get_arabic_ids() {
    let out = &multilingual().out;
    let about = read_output(out, "ar/about/index.html");
    assert!(about.contains("id=\"اتصل-بنا\""), "{about}");
    let know = read_output(out, "ar/rights/حقوقك/index.html");
    assert!(know.contains("id=\"اطلب-المساعدة\""), "{know}");
    // The English original keeps its English ids.
    let en = read_output(out, "en/about/index.html");
    assert!(en.contains("id=\"contact-us\""), "{en}");
}

#[test]
fn at_links_resolve_to_each_languages_page_and_heading() {
    let out = &multilingual().out;
    let cases: &[(&str, &[String])] = &[
        // English page: English URL and id.
        (
            "en/rights/know/index.html",
            &["/en/about/#contact-us".into(), "/en/guide/".into()],
        ),
        // Arabic translation, written against the Arabic heading.
        (
            "ar/rights/حقوقك/index.html",
            &[format!("/ar/about/#{ITTASIL}")],
        ),
        // Swahili shows the English text: Swahili URLs, the English heading (no translation).
        (
            "sw/rights/know/index.html",
            &["/sw/about/#contact-us".into(), "/sw/guide/".into()],
        ),
        // English text shown in Arabic: the English anchor maps to the Arabic heading,
        // and the page link to the Arabic slug.
        (
            "ar/rights/untranslated/index.html",
            &[
                format!("/ar/rights/{HUQUQUK}/"),
                format!("/ar/about/#{ITTASIL}"),
            ],
        ),
    ];
    for (page, expected) in cases {
        let hrefs = hrefs_in_main(&read_page(out, page));
        for e in *expected {
            assert!(
                hrefs.contains(e),
                "{page} should link {e}; it links {hrefs:?}"
            );
        }
        assert!(
            !hrefs.iter().any(|h| h.starts_with('@') || h == "#"),
            "{page} has an unresolved link: {hrefs:?}"
        );
    }
}

#[test]
fn aliases_redirect_to_the_new_url() {
    let out = &multilingual().out;
    let page = read_page(out, "old/first/index.html");
    let html = &page.html;
    let target = "/en/rights/bb-first/";
    assert!(
        html.contains(&format!(
            "<meta http-equiv=\"refresh\" content=\"0; url={target}\">"
        )),
        "{html}"
    );
    let canonical = links(&page, "canonical");
    assert_eq!(canonical.len(), 1, "{html}");
    assert_eq!(canonical[0]["href"], format!("{BASE}{target}"));
    assert!(
        page.attrs("a").iter().any(|a| a["href"] == target),
        "no plain link for browsers without refresh: {html}"
    );
    // A generic host reads no rule files: the page is the redirect.
    assert!(!out.join("_redirects").exists());
}

#[test]
fn drafts_are_built_only_with_the_drafts_flag() {
    let out = &multilingual().out;
    let files = list_files(out);
    assert!(
        !files.iter().any(|f| f.contains("secret")),
        "a draft was published: {files:?}"
    );
    assert!(!read_output(out, "sitemap.xml").contains("secret"));
    assert!(!read_output(out, "en/rights/index.html").contains("Secret draft"));

    let drafts = SiteTest::fixture("multilingual")
        .args(&["--drafts"])
        .build_ok();
    let out = &drafts.out;
    for lang in LANGS {
        let html = read_output(out, &format!("{lang}/rights/secret/index.html"));
        assert!(html.contains("Not ready."), "{html}");
        assert!(read_output(out, &format!("{lang}/rights/index.html"))
            .contains(&format!("/{lang}/rights/secret/")));
    }
    assert!(read_output(out, "sitemap.xml").contains(&format!("{BASE}/ar/rights/secret/")));
}

#[test]
fn bundle_files_are_published_beside_every_language_version() {
    let out = &multilingual().out;
    let original = std::fs::read(multilingual().root.join("content/guide/notes.txt")).unwrap();
    for lang in LANGS {
        let copy = std::fs::read(out.join(lang).join("guide/notes.txt"))
            .unwrap_or_else(|e| panic!("{lang}/guide/notes.txt: {e}"));
        assert_eq!(copy, original, "{lang}/guide/notes.txt differs");
        // The page's relative link finds it.
        let page = read_page(out, &format!("{lang}/guide/index.html"));
        assert!(
            hrefs_in_main(&page).contains(&"notes.txt".to_string()),
            "{}",
            page.html
        );
    }
    // Only in the bundle's folders, not at the top.
    assert!(!out.join("notes.txt").exists());
    assert!(!out.join("guide").exists());
}

#[test]
fn language_without_theme_strings_gets_english_interface_and_one_warning() {
    let built = multilingual();
    let out = &built.out;
    for page in ["sw/index.html", "sw/rights/know/index.html", "sw/404.html"] {
        let html = read_output(out, page);
        assert!(
            html.contains("<html lang=\"sw\" dir=\"ltr\">"),
            "{page}:\n{html}"
        );
        // The site's English strings (locales/en/site.ftl), since `sw` has none.
        assert!(
            html.contains("Skip to the fixture main text"),
            "{page}:\n{html}"
        );
        // No `sw` translation of `site-title`: the name from site.yaml.
        assert!(html.contains("Waymark test site"), "{page}:\n{html}");
    }
    // Arabic has its own strings.
    let ar = read_output(out, "ar/index.html");
    assert!(ar.contains("موقع اختبار ويمارك"), "{ar}");
    assert!(!ar.contains("Waymark Test Site"), "{ar}");

    // One warning for the language (not one per page), naming the missing ids.
    let diags = built.diagnostics();
    let untranslated = built.with_code("untranslated-messages");
    assert_eq!(untranslated.len(), 1, "{diags:#?}");
    let warning = &untranslated[0];
    assert_eq!(warning.severity, "warning", "{warning:#?}");
    assert!(warning.message.contains("`sw`"), "{warning:#?}");
    assert_eq!(
        diags.iter().filter(|d| d.message.contains("`sw`")).count(),
        1,
        "{diags:#?}"
    );
    for id in ["skip-to-content", "not-translated"] {
        assert!(
            warning.message.contains(id),
            "the warning does not list {id}: {warning:#?}"
        );
    }
    assert!(
        !warning.message.contains("site-title"),
        "site.yaml names the site: {warning:#?}"
    );
    assert!(!diags.iter().any(Diag::is_error), "{diags:#?}");
}

#[test]
fn every_page_has_a_canonical_link_and_absolute_alternates() {
    let out = &multilingual().out;
    let pages = content_pages(out);
    assert_eq!(pages.len(), 11 * LANGS.len(), "{pages:#?}");
    for page in &pages {
        let html = read_page(out, page);
        let own = format!("{BASE}{}", url_of(page));
        let canonical = links(&html, "canonical");
        assert_eq!(canonical.len(), 1, "{page}");
        assert_eq!(canonical[0]["href"], own, "{page}");

        // Language alternates (the Atom feed is an alternate too, of another type).
        let alternates = html.attrs("link[rel=alternate][hreflang]");
        let mut langs: Vec<&str> = alternates.iter().map(|a| a["hreflang"].as_str()).collect();
        langs.sort();
        assert_eq!(langs, ["ar", "en", "sw", "x-default"], "{page}");
        for a in &alternates {
            let href = &a["href"];
            let path = href
                .strip_prefix(BASE)
                .unwrap_or_else(|| panic!("{page}: alternate {href} is not absolute"));
            assert!(
                path.starts_with('/') && path.ends_with('/'),
                "{page}: {href}"
            );
            let file = format!("{}index.html", decode_path(&path[1..]));
            assert!(out.join(&file).is_file(), "{page}: {href} has no {file}");
            let lang = a["hreflang"].as_str();
            if lang != "x-default" {
                assert!(path.starts_with(&format!("/{lang}/")), "{page}: {href}");
            } else if page.ends_with("/index.html") && page.matches('/').count() == 1 {
                // A home page's x-default is the language chooser, which names every home.
                assert_eq!(path, "/", "{page}: a home's x-default is the chooser");
            } else {
                assert!(path.starts_with("/en/"), "{page}: x-default is English");
            }
        }
        let me = page.split('/').next().unwrap();
        assert!(
            alternates
                .iter()
                .any(|a| a["hreflang"] == me && a["href"] == own),
            "{page}: its own alternate is not its canonical"
        );
    }
}

/// hreflang clusters are reciprocal over the whole built site: every page an alternate names
/// exists and names the same alternates (the homes and the chooser at `/` included), or
/// search engines ignore the cluster.
#[test]
fn hreflang_alternates_are_reciprocal_on_every_page() {
    let out = &multilingual().out;
    let alternates_of = |file: &str| -> Vec<(String, String)> {
        let mut alts: Vec<(String, String)> = read_page(out, file)
            .attrs("link[rel=alternate][hreflang]")
            .iter()
            .map(|a| (a["hreflang"].clone(), a["href"].clone()))
            .collect();
        alts.sort();
        alts
    };
    let pages: Vec<String> = list_files(out)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    let mut checked = 0;
    for page in &pages {
        let alts = alternates_of(page);
        for (lang, href) in &alts {
            let path = href.strip_prefix(BASE).expect("absolute alternates");
            let file = format!("{}index.html", decode_path(&path[1..]));
            assert!(
                out.join(&file).is_file(),
                "{page}: {lang} {href} has no page"
            );
            assert_eq!(
                alternates_of(&file),
                alts,
                "{page} names {href} ({lang}), which does not name the same alternates"
            );
            checked += 1;
        }
    }
    // The chooser and the homes, and every content page, were among them.
    assert!(alternates_of("index.html").len() == LANGS.len() + 1);
    assert!(checked > 100, "{checked} alternates checked");
}

#[test]
fn language_switcher_links_the_same_page_in_every_language() {
    let out = &multilingual().out;
    let page = read_page(out, "ar/rights/حقوقك/index.html");
    let switch = page.attrs("a[hreflang]");
    let by_lang = |l: &str| {
        switch
            .iter()
            .find(|a| a["hreflang"] == l)
            .unwrap_or_else(|| panic!("no switcher link for {l}: {switch:?}"))
    };
    assert_eq!(by_lang("en")["href"], "/en/rights/know/");
    assert_eq!(by_lang("sw")["href"], "/sw/rights/know/");
    assert_eq!(by_lang("ar")["href"], format!("/ar/rights/{HUQUQUK}/"));
    // Each language is named in its own language and marked as such.
    assert_eq!(by_lang("ar")["lang"], "ar");
    assert_eq!(by_lang("ar")["dir"], "rtl");
    for (code, name) in [("en", "English"), ("ar", "العربية"), ("sw", "Kiswahili")] {
        let text = text(&page.select(&format!("a[hreflang=\"{code}\"]"))[0]);
        assert!(
            text.contains(name),
            "the {code} link reads `{text}`, not {name}"
        );
    }
    // Every page has a link for every language, to a page that exists.
    for page in content_pages(out) {
        let html = read_page(out, &page);
        for lang in LANGS {
            let a = html
                .attrs(&format!("a[hreflang=\"{lang}\"]"))
                .into_iter()
                .next()
                .unwrap_or_else(|| panic!("{page} has no link to its {lang} version"));
            let href = &a["href"];
            assert!(href.starts_with(&format!("/{lang}/")), "{page}: {href}");
            let file = format!("{}index.html", decode_path(&href[1..]));
            assert!(out.join(&file).is_file(), "{page}: {href} leads nowhere");
        }
    }
}

#[test]
fn root_index_is_a_language_chooser_that_never_redirects() {
    let page = multilingual().page("index.html");
    let html = &page.html;
    for (code, name, dir) in [
        ("en", "English", "ltr"),
        ("ar", "العربية", "rtl"),
        ("sw", "Kiswahili", "ltr"),
    ] {
        let choice = *page
            .select(&format!("a[hreflang=\"{code}\"]"))
            .first()
            .unwrap_or_else(|| panic!("no choice for {code}:\n{html}"));
        let (a, text) = (attrs(&choice), text(&choice));
        assert_eq!(a["href"], format!("/{code}/"));
        assert_eq!(a["lang"], code, "the name is not marked with its language");
        assert_eq!(a["dir"], dir);
        assert!(
            text.contains(name),
            "the {code} choice reads `{text}`, not its own name {name}"
        );
    }
    let alternates = links(&page, "alternate");
    for code in ["en", "ar", "sw"] {
        assert!(
            alternates
                .iter()
                .any(|a| a["hreflang"] == code && a["href"] == format!("{BASE}/{code}/")),
            "no alternate for {code}:\n{html}"
        );
    }
    assert!(
        alternates
            .iter()
            .any(|a| a["hreflang"] == "x-default" && a["href"] == format!("{BASE}/")),
        "no x-default:\n{html}"
    );
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("http-equiv"),
        "the chooser redirects:\n{html}"
    );
    assert!(!lower.contains("refresh"), "the chooser redirects:\n{html}");
    // Scripts only enhance (the quick exit): deferred files of the site, nothing inline.
    for s in page.attrs("script") {
        assert!(
            s.get("src").is_some_and(|src| src.starts_with("/assets/")) && s.contains_key("defer"),
            "the chooser depends on a script:\n{html}"
        );
    }
}

#[test]
fn not_found_pages_per_language_and_at_the_root() {
    let out = &multilingual().out;
    for (file, lang, dir) in [
        ("404.html", "en", "ltr"),
        ("en/404.html", "en", "ltr"),
        ("ar/404.html", "ar", "rtl"),
        ("sw/404.html", "sw", "ltr"),
    ] {
        let page = read_page(out, file);
        let html = &page.html;
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{file}:\n{html}"
        );
        assert!(html.contains("noindex"), "{file} should not be indexed");
        // It leads back to the language's home page.
        let hrefs: Vec<String> = page
            .attrs("a")
            .into_iter()
            .map(|a| a["href"].clone())
            .collect();
        assert!(hrefs.contains(&format!("/{lang}/")), "{file}: {hrefs:?}");
    }
    assert_eq!(
        read_output(out, "404.html"),
        read_output(out, "en/404.html"),
        "the root 404 is the default language's"
    );
}

#[test]
fn sitemap_lists_every_page_with_every_language_alternate() {
    let out = &multilingual().out;
    let xml = read_output(out, "sitemap.xml");
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    let urls: Vec<&str> = xml
        .split("<url>")
        .skip(1)
        .map(|u| &u[..u.find("</url>").expect("closed <url>")])
        .collect();
    let pages = content_pages(out);
    // Every page, plus the chooser at `/`.
    assert_eq!(urls.len(), pages.len() + 1, "{xml}");
    for page in &pages {
        let loc = format!("<loc>{BASE}{}</loc>", url_of(page));
        let entry = urls
            .iter()
            .find(|u| u.contains(&loc))
            .unwrap_or_else(|| panic!("{loc} is not in the sitemap"));
        for lang in LANGS.iter().chain(&["x-default"]) {
            assert!(
                entry.contains(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{BASE}/"
                )),
                "{page}: no {lang} alternate in {entry}"
            );
        }
    }
    assert!(xml.contains(&format!("<loc>{BASE}/ar/rights/{HUQUQUK}/</loc>")));
    assert!(urls[0].contains(&format!("<loc>{BASE}/</loc>")));
}

#[test]
fn robots_txt_names_the_sitemap() {
    let robots = multilingual().output("robots.txt");
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {BASE}/sitemap.xml")),
        "{robots}"
    );
}

#[test]
fn base_url_flag_overrides_site_yaml() {
    let built = SiteTest::fixture("multilingual")
        .args(&["--base-url", "https://mirror.example.net/"])
        .build_ok();
    assert_eq!(
        links(&built.page("en/about/index.html"), "canonical")[0]["href"],
        "https://mirror.example.net/en/about/"
    );
    assert!(!built.output("sitemap.xml").contains(BASE));
}

#[test]
fn every_page_links_the_one_fingerprinted_stylesheet() {
    let out = &multilingual().out;
    let sheets: Vec<String> = list_files(out)
        .into_iter()
        .filter(|f| f.starts_with("assets/") && f.ends_with(".css"))
        .collect();
    assert_eq!(sheets.len(), 1, "{sheets:?}");
    let name = sheets[0].strip_prefix("assets/style.").unwrap();
    let hash = name.strip_suffix(".css").unwrap();
    assert!(
        hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()),
        "not a fingerprint: {hash}"
    );
    let css = read_output(out, &sheets[0]);
    assert!(css.len() > 100, "the stylesheet is empty");
    assert!(!css.contains("@import"), "imports are not bundled");

    // Every page carries that stylesheet inline (first paint in one request) and links no
    // other.
    let mut pages = content_pages(out);
    pages.extend(["index.html", "404.html", "ar/404.html"].map(String::from));
    for page in pages {
        let html = read_page(out, &page);
        assert!(links(&html, "stylesheet").is_empty(), "{page}");
        assert_eq!(html.select("style").len(), 1, "{page}");
        assert!(
            html.html.contains(&format!("<style>{css}</style>")),
            "{page} does not carry the stylesheet"
        );
    }
}

#[test]
fn no_page_loads_anything_from_another_host() {
    let out = &multilingual().out;
    // The one outside link the editor wrote in content/about.md.
    let editor_links = ["https://www.unicef.org/"];
    let is_absolute = |v: &str| {
        let v = v.trim().to_ascii_lowercase();
        v.starts_with("http:") || v.starts_with("https:") || v.starts_with("//")
    };
    let own = |v: &str| v.starts_with(&format!("{BASE}/"));
    let mut checked = 0;
    for f in list_files(out).iter().filter(|f| f.ends_with(".html")) {
        let page = read_page(out, f);
        let lower = page.html.to_ascii_lowercase();
        // Only deferred scripts of the site itself (enhancements), or JSON-LD data.
        for s in page.attrs("script") {
            let own_file = s.get("src").is_some_and(|src| src.starts_with("/assets/"))
                && s.contains_key("defer");
            let data = s.get("type").is_some_and(|t| t == "application/ld+json");
            assert!(
                own_file || data,
                "{f} has a script that is not a deferred file of the site: {s:?}"
            );
        }
        assert!(!lower.contains("<iframe"), "{f} has an iframe");
        assert!(!lower.contains("@import"), "{f} imports a stylesheet");
        assert!(!lower.contains("url(http"), "{f} loads a url()");
        for el in page.select("a, link, img, script, source, video, audio, iframe, form") {
            let (name, t) = (el.value().name(), attrs(&el));
            {
                for attr in ["href", "src", "srcset", "action", "poster"] {
                    let Some(v) = t.get(attr) else { continue };
                    checked += 1;
                    if !is_absolute(v) {
                        continue;
                    }
                    let allowed = match (name, attr) {
                        ("link", "href") => {
                            own(v)
                                && matches!(
                                    t.get("rel").map(String::as_str),
                                    Some("canonical" | "alternate")
                                )
                        }
                        ("a", "href") => {
                            own(v)
                                || editor_links.contains(&v.as_str())
                                // The quick exit leaves for a neutral page, only when pressed.
                                || (t.get("class").map(String::as_str) == Some("quick-exit")
                                    && t.get("rel").map(String::as_str) == Some("noreferrer"))
                        }
                        _ => false,
                    };
                    assert!(
                        allowed,
                        "{f}: <{name} {attr}=\"{v}\"> points to another host"
                    );
                }
            }
        }
    }
    assert!(
        checked > 500,
        "too few links checked ({checked}): is the scanner broken?"
    );
    // The editor's link is there, so the check above saw it and let it through.
    assert!(read_output(out, "en/about/index.html").contains("href=\"https://www.unicef.org/\""));
    let css = read_output(
        out,
        list_files(out)
            .iter()
            .find(|f| f.ends_with(".css"))
            .unwrap(),
    );
    assert!(!css.contains("http:") && !css.contains("https:") && !css.contains("url(//"));
}

/// Regression: this used to panic in model.rs (`entry without docs`, exit 101).
#[test]
fn site_without_a_home_page_file_builds_with_a_warning() {
    let built = SiteTest::fixture("no-home").build();
    assert_eq!(built.run.code, 0, "{}", built.run);
    let diags = built.diagnostics();
    assert!(
        diags
            .iter()
            .any(|d| d.severity == "warning" && d.is("missing-home-index")),
        "{diags:#?}"
    );
    let out = &built.out;
    assert!(out.join("en/index.html").is_file());
    assert!(read_output(out, "en/index.html").contains("/en/info/"));
    assert!(out.join("en/info/index.html").is_file());
}

#[test]
fn json_format_on_success_prints_only_json_on_stdout() {
    // The shared build runs with `--format json`.
    let run = &multilingual().run;
    let list: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{run}"));
    let list = list.as_array().expect("an array");
    assert!(
        list.iter().any(|d| d["severity"] == "warning"
            && d["code"] == "untranslated-messages"
            && d["message"].as_str().unwrap().contains("`sw`")),
        "{run}"
    );
}

/// The links of the menu of sections (there is one on every page: in the Menu on phones,
/// and the same one again as a row on wide screens).
fn menu(page: &Page) -> Vec<Attrs> {
    page.one(".sections-menu nav.sections");
    page.one(".nav-wide nav.sections");
    let links = page.attrs(".sections-menu nav.sections a");
    assert_eq!(links, page.attrs(".nav-wide nav.sections a"));
    links
}

#[test]
fn the_menu_marks_the_page_and_the_section_it_is_in_on_every_page() {
    // The menu is rendered once per place and shared: every page must still get its own.
    let out = &multilingual().out;
    let mut marked = 0;
    for page in content_pages(out) {
        let url = url_of(&page);
        for a in menu(&read_page(out, &page)) {
            let href = &a["href"];
            let expected = if *href == url {
                Some("page")
            } else if url.starts_with(href.as_str()) && !href.starts_with("/search/") {
                Some("true")
            } else {
                None
            };
            assert_eq!(
                a.get("aria-current").map(String::as_str),
                expected,
                "{page}: {href}"
            );
            marked += usize::from(expected.is_some());
        }
    }
    assert!(
        marked > 10,
        "sections and their pages are marked ({marked})"
    );
    // The search pages mark the search link; the 404 pages mark nothing.
    for lang in LANGS {
        let search = menu(&read_page(out, &format!("search/{lang}/index.html")));
        let current: Vec<&String> = search
            .iter()
            .filter_map(|a| a.get("aria-current"))
            .collect();
        assert_eq!(current, [&"page".to_string()], "{lang}");
        let search_link = search
            .iter()
            .find(|a| a.contains_key("aria-current"))
            .unwrap();
        assert_eq!(search_link["href"], format!("/search/{lang}/"));
        let missing = menu(&read_page(out, &format!("{lang}/404.html")));
        assert!(
            missing.iter().all(|a| !a.contains_key("aria-current")),
            "{lang}"
        );
    }
}

/// The first thing a child reads is the page: the machine-translation notice is one quiet
/// line after the heading, in the page's language.
#[test]
fn the_machine_translation_notice_comes_after_the_heading() {
    let built = SiteTest::fixture("multilingual")
        .file("content/note.md", "---\ntitle: Note\n---\nText.\n")
        .file(
            "content/note.ar.md",
            "---\ntitle: ملاحظة\nextra: { review: machine }\n---\nنص.\n",
        )
        .build_ok();
    let html = built.output("ar/note/index.html");
    let h1 = html.find("<h1>").expect("a heading");
    let notice = html.find("class=\"notice-machine\"").expect("the notice");
    assert!(h1 < notice, "the notice comes before the heading:\n{html}");
    assert!(html.contains("تُرجمت بواسطة آلة."), "{html}");
    // The original has no notice.
    assert!(!built
        .output("en/note/index.html")
        .contains("class=\"notice-machine\""));
}

/// site.yaml's `quick_exit.guide` links its page, in each language, from every page; a
/// guide that names no page is an error at its line, with the nearest page as a hint.
#[test]
fn the_quick_exit_guide_is_linked_or_its_mistake_named() {
    let yaml = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/multilingual/site.yaml"),
    )
    .unwrap();
    let built = SiteTest::fixture("multilingual")
        .file(
            "site.yaml",
            format!("{yaml}quick_exit:\n  guide: about.md\n"),
        )
        .build_ok();
    for (page, guide) in [
        ("en/index.html", "/en/about/"),
        ("ar/index.html", "/ar/about/"),
    ] {
        // In the footer (the menu links the about page anyway).
        let links = read_page(&built.out, page).attrs(".footer-safety a");
        assert_eq!(links.len(), 1, "{page}");
        assert_eq!(links[0]["href"], guide, "{page}");
    }
    let run = SiteTest::fixture("multilingual")
        .file(
            "site.yaml",
            format!("{yaml}quick_exit:\n  guide: abuot.md\n"),
        )
        .build_fails();
    let d = run.error("broken-link", "site.yaml", 12);
    assert!(
        d.hint.as_deref().unwrap_or("").contains("about.md"),
        "{d:?}"
    );
}

/// Every content page has a `<meta name="description">`: its `description:`, else its first
/// paragraph's text (search engines show it; Lighthouse counts a page without one).
#[test]
fn every_content_page_has_a_meta_description() {
    let out = &multilingual().out;
    let mut from_text = 0;
    for page in content_pages(out) {
        let html = read_page(out, &page);
        let metas = html.attrs("meta[name=description]");
        assert_eq!(metas.len(), 1, "{page}");
        let content = &metas[0]["content"];
        assert!(
            content.chars().any(char::is_alphabetic),
            "{page}: {content:?}"
        );
        assert!(content.chars().count() <= 161, "{page}: {content:?}");
        assert!(
            !content.contains('<') && !content.contains("&amp;"),
            "{page}: {content:?}"
        );
        let first_p = html
            .select("main p")
            .iter()
            .map(text)
            .find(|t| t.chars().any(char::is_alphabetic));
        if first_p.is_some_and(|p| {
            p.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .starts_with(content.trim_end_matches('…'))
        }) {
            from_text += 1;
        }
    }
    assert!(
        from_text > 0,
        "no page took its description from its first paragraph"
    );
}

#[test]
fn a_translation_without_a_slug_takes_its_originals() {
    let site = crate::support::Site::new("multilingual");
    let about = site.root.join("content/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(&about, text.replacen("---\n", "---\nslug: who-we-are\n", 1)).unwrap();
    site.build_ok(&[]);
    for lang in ["en", "ar", "sw"] {
        assert!(
            site.out()
                .join(format!("{lang}/who-we-are/index.html"))
                .is_file(),
            "{lang}: {:?}",
            list_files(&site.out())
                .into_iter()
                .filter(|f| f.starts_with(lang) && f.ends_with("index.html"))
                .collect::<Vec<_>>()
        );
        assert!(!site.out().join(format!("{lang}/about/index.html")).exists());
    }
    // A translation's own slug still wins (the Arabic page of rights/know has one).
    assert!(site.out().join("ar/rights/حقوقك/index.html").is_file());
}

/// `markdown: { heading_ids: github }`: ids as GitHub gives them, and `@/` links with
/// such anchors resolve (and links written against the other style are errors).
#[test]
fn github_heading_ids_are_chosen_in_site_yaml_and_links_use_them() {
    let page = "---\ntitle: Flags\n---\n\n## Keystatic + Astro\n\n## --background\n\nSee [both](@/flags.md#keystatic--astro) and [this](@/flags.md#--background).\n";
    let built = SiteTest::fixture("multilingual")
        .file("content/flags.md", page)
        .replace(
            "site.yaml",
            "default_language: en\n",
            "default_language: en\nmarkdown: { heading_ids: github }\n",
        )
        .build_ok();
    let html = built.output("en/flags/index.html");
    for id in ["keystatic--astro", "--background"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}: {html}");
        assert!(
            html.contains(&format!("href=\"/en/flags/#{id}\"")),
            "{id}: {html}"
        );
    }
    // The same links under the default ids point nowhere: each is an error at its line.
    let built = SiteTest::fixture("multilingual")
        .file("content/flags.md", page)
        .build_fails();
    assert_eq!(built.with_code("broken-anchor").len(), 2, "{}", built.run);
    built.error("broken-anchor", "content/flags.md", 9);
}

/// Relative, root-relative and same-page links are checked against the built site in
/// each language, anchors included; `links: { check_relative: warn }` makes them warnings.
#[test]
fn relative_root_relative_and_same_page_links_are_checked() {
    let page = "---\ntitle: Links\n---\n\n## Intro\n\n[a](../about/) [b](../about/#contact-us) [c](/robots.txt) [d](#intro)\n\n[gone](../nope/)\n\n[no anchor](/en/about/#nowhere) and [self](#outro)\n";
    let built = SiteTest::fixture("multilingual")
        .file("content/links.md", page)
        .build_fails();
    let mut broken = built.with_code("broken-link");
    broken.extend(built.with_code("broken-anchor"));
    assert_eq!(
        broken.len(),
        3,
        "once each, not once per language: {}",
        built.run
    );
    let gone = built.error("broken-link", "content/links.md", 9);
    assert!(gone.message.contains("../nope/"), "{gone:?}");
    let anchor = built.error("broken-anchor", "content/links.md", 11);
    assert!(
        anchor.message.contains("#nowhere") && anchor.column == Some(1),
        "{anchor:?}"
    );
    assert!(
        broken.iter().any(|d| d.message.contains("#outro")
            && d.hint.as_deref().is_some_and(|h| h.contains("#intro"))),
        "{broken:?}"
    );

    let warned = SiteTest::fixture("multilingual")
        .file("content/links.md", page)
        .replace(
            "site.yaml",
            "default_language: en\n",
            "default_language: en\nlinks: { check_relative: warn }\n",
        )
        .build_ok();
    let warnings = warned.with_code("broken-link").len() + warned.with_code("broken-anchor").len();
    assert_eq!(warnings, 3, "{}", warned.run);
}

/// Pages in folders without `_index.md` belong to the home page: the menu lists the first
/// 24 of them (not every one on every page), and a warning says so.
#[test]
fn a_long_top_level_gives_a_bounded_menu_and_a_warning() {
    let mut t = SiteTest::fixture("multilingual");
    for i in 0..40 {
        t = t.file(
            &format!("content/flat/p{i:02}.md"),
            format!("---\ntitle: Page {i}\n---\nText.\n"),
        );
    }
    let built = t.build_ok();
    let warning = &built.with_code("long-menu")[0];
    assert!(warning.message.contains("first 24 of the"), "{warning:?}");
    let page = read_page(&built.out, "en/flat/p39/index.html");
    let menus = page.select("nav.sections");
    assert!(!menus.is_empty());
    for menu in menus {
        let items = menu.select(&crate::support::html::selector("li")).count();
        // The 24 entries, and the directory and search links.
        assert!((24..=26).contains(&items), "{items} menu items");
    }
}
