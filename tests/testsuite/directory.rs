//! The directory: validation errors with file, line and field; pages per entry, country
//! and category; tel/sms/WhatsApp links; escaping; the help strip; the JSON export.

use crate::support::shared::directory;
use crate::support::{list_files, read_output, read_page, Diag, SiteTest};

const DROP_IN: &str = "content/directory/xx/sample-drop-in.yaml";

/// Replaces `from` by `to` in the sample entry and expects the error `code` at `line`,
/// naming the `field`.
fn broken(from: &str, to: &str, code: &str, line: usize, field: &str) -> Diag {
    let built = SiteTest::fixture("directory")
        .replace(DROP_IN, from, to)
        .build_fails();
    let all = built.diagnostics();
    all.iter()
        .find(|d| {
            d.is_error()
                && d.is(code)
                && d.file.as_deref() == Some(DROP_IN)
                && d.line == Some(line)
                && d.message.contains(&format!("`{field}`"))
        })
        .cloned()
        .unwrap_or_else(|| panic!("no `{code}` error at line {line} naming `{field}`: {all:#?}"))
}

#[test]
fn a_bad_phone_number_names_file_line_and_field() {
    broken(
        "\"+30 694 277 3030\"",
        "\"+30 694 277 30\"",
        "directory-entry",
        7,
        "phones",
    );
}

#[test]
fn bad_hours_are_an_error() {
    let error = broken(
        "\"Mo-Fr 09:00-17:00\"",
        "\"Mo-Fr 9 to 5\"",
        "directory-entry",
        14,
        "hours",
    );
    // It names the syntax to use.
    assert!(error.message.contains("opening_hours"), "{error:#?}");
}

#[test]
fn a_missing_source_date_is_an_error() {
    // At the first line of the `source` map.
    broken("  date: 2024-02\n", "", "missing-key", 20, "source.date");
}

#[test]
fn an_unknown_category_is_an_error_with_a_suggestion() {
    let error = broken(
        "[shelter, health]",
        "[shelter, helth]",
        "directory-entry",
        5,
        "categories",
    );
    let hint = error.hint.unwrap_or_default();
    assert!(hint.contains("did you mean `health`?"), "{hint}");
}

#[test]
fn a_javascript_url_is_an_error() {
    broken(
        "https://example.org/drop-in?a=1&b=2",
        "javascript:alert(1)",
        "directory-entry",
        12,
        "website",
    );
}

#[test]
fn bad_codes_email_and_ages_are_errors() {
    broken(
        "country: GR",
        "country: XY",
        "directory-entry",
        3,
        "country",
    );
    broken(
        "[el, en, ar, prs]",
        "[el, en, ar, zz]",
        "directory-entry",
        13,
        "languages",
    );
    broken(
        "help@example.org",
        "help at example",
        "directory-entry",
        11,
        "email",
    );
    broken("\"12-17\"", "\"17-12\"", "directory-entry", 15, "ages");
}

#[test]
fn a_duplicate_id_names_both_files() {
    let eu = std::fs::read_to_string(
        crate::support::fixture_dir("directory").join("content/directory/eu/eu-112.yaml"),
    )
    .unwrap();
    let error = SiteTest::fixture("directory")
        .file("content/directory/xx/eu-112.yaml", eu)
        .build_fails()
        .error("duplicate-id", "content/directory/xx/eu-112.yaml", None);
    // The other file is named too.
    assert!(
        error.message.contains("content/directory/eu/eu-112.yaml"),
        "{error:#?}"
    );
}

#[test]
fn all_bad_entries_are_reported_in_one_run() {
    let built = SiteTest::fixture("directory")
        .edit(DROP_IN, |t| {
            t.replace("[shelter, health]", "[shelter, helth]")
                .replace("\"Mo-Fr 09:00-17:00\"", "\"whenever\"")
        })
        .build_fails();
    built.error("directory-entry", DROP_IN, 5);
    built.error("directory-entry", DROP_IN, 14);
}

#[test]
fn pages_per_entry_country_and_category_in_every_language() {
    let site = directory();
    let files = list_files(&site.out);
    for lang in ["en", "ar"] {
        for page in [
            "directory/index.html",
            "directory/gr/index.html",
            "directory/eu/index.html",
            "directory/gr/sample-drop-in/index.html",
            "directory/eu/eu-112/index.html",
            "directory/category/shelter/index.html",
            "directory/category/emergency/index.html",
        ] {
            let f = format!("{lang}/{page}");
            assert!(files.contains(&f), "{f} is built");
        }
    }
    // The index links every country and category page, so filtering needs no script.
    let index = read_output(&site.out, "en/directory/index.html");
    for href in [
        "/en/directory/gr/",
        "/en/directory/eu/",
        "/en/directory/category/health/",
    ] {
        assert!(index.contains(&format!("href=\"{href}\"")), "{href} linked");
    }
    let sitemap = read_output(&site.out, "sitemap.xml");
    assert!(sitemap.contains("https://example.org/ar/directory/gr/sample-drop-in/"));
}

#[test]
fn numbers_are_links_to_call_text_and_whatsapp() {
    let site = directory();
    let html = read_output(&site.out, "en/directory/gr/sample-drop-in/index.html");
    let hrefs: Vec<String> = site
        .page("en/directory/gr/sample-drop-in/index.html")
        .attrs("a[href]")
        .into_iter()
        .map(|a| a["href"].clone())
        .collect();
    assert!(
        hrefs.contains(&"tel:+306942773030".to_string()),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&"sms:+306942773030".to_string()),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&"https://wa.me/306942773030".to_string()),
        "{hrefs:?}"
    );
    // Shown in the international format, which dials from any SIM, left to right; the
    // national format as a second line; the word "Call" in the button.
    assert!(
        html.contains("<span class=\"call-number\" dir=\"ltr\">+30 694 277 3030</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"call-national\" dir=\"ltr\">694 277 3030</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"call-verb\">Call</span>"),
        "{html}"
    );
    // Languages in their own names; the sample notice; where the details come from,
    // linked, with the source's date as precise as given (a month), and no "checked".
    // Named in the visitor's language (CLDR), with their own name beside.
    assert!(
        html.contains("<li>Dari <span lang=\"prs\" dir=\"rtl\">(دری)</span></li>"),
        "{html}"
    );
    assert!(html.contains("class=\"notice\""), "{html}");
    assert!(
        html.contains("From <a href=\"https://example.org/contact\" rel=\"noreferrer\">Example leaflet</a>, February 2024</p>"),
        "{html}"
    );
    assert!(
        !html.contains("Checked on") && !html.contains("Checked by us"),
        "{html}"
    );
}

#[test]
fn entry_text_falls_back_to_the_default_language_with_a_lang_mark() {
    let site = directory();
    let ar = read_output(&site.out, "ar/directory/gr/sample-drop-in/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // The description exists only in English: marked as English inside the Arabic page.
    assert!(ar.contains("<p lang=\"en\" dir=\"ltr\">A sample."), "{ar}");
    // The label has an Arabic translation: no mark.
    assert!(
        ar.contains("<span class=\"phone-label\">الجوال</span>"),
        "{ar}"
    );
}

#[test]
fn directory_text_is_always_escaped() {
    let site = directory();
    for f in list_files(&site.out)
        .iter()
        .filter(|f| f.ends_with(".html"))
    {
        let html = read_output(&site.out, f);
        assert!(!html.contains("<script>alert"), "{f} has unescaped text");
    }
    let page = site.page("en/directory/gr/sample-drop-in/index.html");
    let html = &page.html;
    assert!(html.contains("&lt;script&gt;alert(&quot;description&quot;)&lt;/script&gt; &amp; more &quot;quotes&quot;"), "{html}");
    // JSON-LD: valid JSON that cannot close its script element.
    let json = page
        .one("script[type=\"application/ld+json\"]")
        .inner_html();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["name"],
        "Sample drop-in centre <script>alert(\"name\")</script>"
    );
    assert_eq!(v["contactPoint"][0]["telephone"], "+306942773030");
}

#[test]
fn the_root_pages_give_the_help_numbers_in_every_language() {
    // `/` and `/404.html` belong to no language: a child who reads only Arabic must find
    // the numbers there too, named in Arabic.
    let site = directory();
    for f in ["index.html", "404.html"] {
        let page = read_page(&site.out, f);
        for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
            let block = format!(".help-everyone .help-language[lang={lang}][dir={dir}]");
            assert_eq!(page.select(&block).len(), 1, "{f}: {lang}");
            assert!(
                !page
                    .select(&format!("{block} a.help-call[href=\"tel:112\"]"))
                    .is_empty(),
                "{f}: no 112 under {lang}"
            );
        }
    }
    let ar = read_page(&site.out, "index.html");
    let title = ar.one(".help-language[lang=ar] .help-title");
    assert_eq!(title.text().collect::<String>(), "هل تحتاج إلى مساعدة الآن؟");
    // A language's own 404 has its numbers in its top bar, not every language's.
    assert!(read_page(&site.out, "en/404.html")
        .select(".help-everyone")
        .is_empty());
}

#[test]
fn the_help_strip_is_on_every_page() {
    let site = directory();
    let pages: Vec<String> = list_files(&site.out)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() > 20);
    for f in &pages {
        let html = read_output(&site.out, f);
        assert!(
            !read_page(&site.out, f)
                .select(".top-bar .help-strip a.help-call")
                .is_empty(),
            "{f} has no help strip in its top bar"
        );
        assert!(
            html.contains("href=\"tel:112\""),
            "{f} has no pinned number"
        );
    }
    let ar = read_output(&site.out, "ar/about/index.html");
    assert!(
        ar.contains("رقم الطوارئ الأوروبي"),
        "the strip is in the page's language"
    );
}

#[test]
fn directory_json_has_every_entry_in_a_stable_order() {
    let site = directory();
    let v: serde_json::Value =
        serde_json::from_str(&read_output(&site.out, "directory.json")).unwrap();
    let entries = v["entries"].as_array().unwrap();
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec!["eu-112", "sample-drop-in"]);
    let drop_in = &entries[1];
    assert_eq!(
        drop_in["name"],
        "Sample drop-in centre <script>alert(\"name\")</script>"
    );
    assert_eq!(drop_in["weekly_hours"][0], serde_json::json!([540, 1020]));
    assert_eq!(drop_in["timezone"], "Europe/Athens");
    assert_eq!(drop_in["phones"][0]["e164"], "+306942773030");
    assert_eq!(entries[0]["weekly_hours"], serde_json::json!([[0, 10080]]));
}

#[test]
fn a_content_page_on_a_directory_path_is_an_error() {
    SiteTest::fixture("directory")
        .file("content/directory/_index.md", "---\ntitle: Clash\n---\n")
        .build_fails()
        .error("reserved-url", "content/directory/_index.md", None);
}

#[test]
fn the_hsds_package_is_published() {
    let site = directory();
    let files = list_files(&site.out);
    for f in [
        "hsds/datapackage.json",
        "hsds/services.csv",
        "hsds/phones.csv",
        "hsds/schedules.csv",
    ] {
        assert!(files.contains(&f.to_string()), "{f} is published");
    }
    let phones = read_output(&site.out, "hsds/phones.csv");
    assert!(phones.contains("+306942773030"), "{phones}");
}

#[test]
fn an_entry_link_alone_in_its_paragraph_is_its_card_in_the_page_language() {
    let built = SiteTest::fixture("directory")
        .file(
            "content/alone.md",
            "---\ntitle: Alone\n---\nIf you are alone:\n\n[Drop-in](@/directory/xx/sample-drop-in.yaml)\n\nOr read [about it](@/directory/xx/sample-drop-in.yaml) first.\n",
        )
        .file(
            "content/alone.ar.md",
            "---\ntitle: وحدك\n---\n[Drop-in](@/directory/xx/sample-drop-in.yaml)\n",
        )
        .build_ok();
    let en = built.page("en/alone/index.html");
    // The card, with the entry's own call button, and escaped data.
    let card = en.one("main section.entry-embed");
    let html = card.html();
    assert!(html.contains("href=\"tel:+306942773030\""), "{html}");
    assert!(
        html.contains("&lt;script&gt;"),
        "the entry's name is escaped: {html}"
    );
    assert!(!html.contains("<script>"), "{html}");
    // A link inside a sentence stays a link, to the entry's page in the page's language.
    let links: Vec<String> = en
        .attrs("main p a")
        .into_iter()
        .map(|a| a["href"].clone())
        .collect();
    assert!(
        links.contains(&"/en/directory/gr/sample-drop-in/".to_string()),
        "{links:?}"
    );
    assert_eq!(en.select("main section.entry-embed").len(), 1);
    // In Arabic: the card's words are Arabic, its links Arabic pages.
    let ar = built.page("ar/alone/index.html");
    let card = ar.one("main section.entry-embed").html();
    assert!(
        card.contains("href=\"/ar/directory/gr/sample-drop-in/\""),
        "{card}"
    );
    assert!(card.contains("الجوال"), "{card}");
}

#[test]
fn tel_links_in_markdown_are_call_buttons_in_international_format() {
    let built = SiteTest::fixture("directory")
        .file(
            "content/numbers.md",
            "---\ntitle: Numbers\n---\nIn danger? [112](tel:112). The mechanism: [21 3212 8888](tel:+302132128888). Or [the helpline](tel:116111).\n",
        )
        .build_ok();
    let page = built.page("en/numbers/index.html");
    let buttons = page.select("main a.call-button");
    assert_eq!(buttons.len(), 3);
    let texts: Vec<String> = buttons.iter().map(crate::support::html::text).collect();
    assert_eq!(
        texts[0].split_whitespace().collect::<Vec<_>>(),
        ["Call", "112"]
    );
    // The number the editor wrote nationally is shown internationally, national second.
    assert_eq!(
        texts[1].split_whitespace().collect::<Vec<_>>().join(" "),
        "Call +30 21 3212 8888 21 3212 8888"
    );
    // The editor's own words stand in for "Call".
    assert_eq!(
        texts[2].split_whitespace().collect::<Vec<_>>().join(" "),
        "the helpline 116 111"
    );
    let hrefs: Vec<String> = page
        .attrs("main a.call-button")
        .into_iter()
        .map(|a| a["href"].clone())
        .collect();
    assert_eq!(hrefs, ["tel:112", "tel:+302132128888", "tel:116111"]);
    assert_eq!(page.select("main a.call-button svg.icon").len(), 3);
    assert_eq!(
        page.select("main a.call-button .call-number[dir=ltr]")
            .len(),
        3
    );
}

#[test]
fn a_page_or_a_country_adds_entries_to_the_help_strip() {
    let built = SiteTest::fixture("directory")
        .file(
            "content/drop-in.md",
            "---\ntitle: Drop in\nhelp: { pinned: [sample-drop-in] }\n---\nText.\n",
        )
        .file("content/plain.md", "---\ntitle: Plain\n---\nText.\n")
        .build_ok();
    let strip = |rel: &str| -> Vec<String> {
        built
            .page(rel)
            .attrs(".help-strip a.help-call")
            .into_iter()
            .map(|a| a["href"].clone())
            .collect()
    };
    let site_pins = strip("en/plain/index.html");
    let with_page_pin = strip("en/drop-in/index.html");
    assert!(
        !site_pins.contains(&"tel:+306942773030".to_string()),
        "{site_pins:?}"
    );
    // The site's pins first, then the page's.
    assert_eq!(&with_page_pin[..site_pins.len()], &site_pins[..]);
    assert_eq!(
        with_page_pin.last().map(String::as_str),
        Some("tel:+306942773030")
    );
    // In every language.
    assert!(strip("ar/drop-in/index.html").contains(&"tel:+306942773030".to_string()));
}

#[test]
fn a_countrys_pins_show_on_its_directory_pages_and_on_pages_that_name_it() {
    let built = SiteTest::fixture("directory")
        .replace(
            "site.yaml",
            "pinned: [eu-112]",
            "pinned: [eu-112]\n  pinned_by_country: { GR: [sample-drop-in] }",
        )
        .file(
            "content/greece.md",
            "---\ntitle: Greece\nhelp: { country: GR }\n---\nText.\n",
        )
        .file("content/plain.md", "---\ntitle: Plain\n---\nText.\n")
        .build_ok();
    let pinned = |rel: &str| {
        built
            .page(rel)
            .attrs(".help-strip a.help-call")
            .into_iter()
            .any(|a| a["href"] == "tel:+306942773030")
    };
    assert!(pinned("en/greece/index.html"));
    assert!(pinned("ar/greece/index.html"));
    assert!(pinned("en/directory/gr/index.html"));
    assert!(pinned("en/directory/gr/sample-drop-in/index.html"));
    assert!(!pinned("en/plain/index.html"));
    assert!(!pinned("en/directory/index.html"));
}

#[test]
fn numbers_in_an_entrys_description_are_call_buttons_and_the_rest_stays_escaped() {
    let built = SiteTest::fixture("directory")
        .replace(
            "content/directory/xx/sample-drop-in.yaml",
            "en: 'A sample. <script>",
            "en: 'Closed at night: call 112, or +30 213 212 8888, since 2021 for ages under 18. <script>",
        )
        .build_ok();
    let page = built.page("en/directory/gr/sample-drop-in/index.html");
    let hrefs: Vec<String> = page
        .attrs("main p a.call-button")
        .into_iter()
        .map(|a| a["href"].clone())
        .collect();
    assert!(hrefs.contains(&"tel:112".to_string()), "{hrefs:?}");
    assert!(
        hrefs.contains(&"tel:+302132128888".to_string()),
        "{hrefs:?}"
    );
    // Years and ages are not numbers to call; the editor's text is still escaped.
    assert!(
        !hrefs
            .iter()
            .any(|h| h.contains("2021") || h.ends_with(":18")),
        "{hrefs:?}"
    );
    let html = &page.html;
    assert!(
        html.contains("since 2021 for ages under 18. &lt;script&gt;alert("),
        "{html}"
    );
    assert!(!html.contains("<script>alert("), "{html}");
}
