//! The directory: validation errors with file, line and field; pages per entry, country
//! and category; tel/sms/WhatsApp links; escaping; the help strip; the JSON export.

use crate::support::{assert_error_in, list_files, read_output, tags, Site};

fn built() -> Site {
    let site = Site::new("directory");
    site.build_ok(&[]);
    site
}

const DROP_IN: &str = "content/directory/xx/sample-drop-in.yaml";

/// Replaces `from` by `to` in the sample entry and expects an error at `line`.
fn broken(from: &str, to: &str, line: usize, field: &str) -> crate::support::Run {
    let site = Site::new("directory");
    let text = std::fs::read_to_string(site.root.join(DROP_IN)).unwrap();
    assert!(text.contains(from), "the fixture has `{from}`");
    site.write(DROP_IN, text.replacen(from, to, 1).as_bytes());
    let run = assert_error_in(&site, &[DROP_IN], line);
    assert!(
        run.stderr.contains(&format!("`{field}`")),
        "the field is named\n{run}"
    );
    run
}

#[test]
fn a_bad_phone_number_names_file_line_and_field() {
    broken("\"+30 694 277 3030\"", "\"+30 694 277 30\"", 7, "phones");
}

#[test]
fn bad_hours_are_an_error() {
    let run = broken("\"Mo-Fr 09:00-17:00\"", "\"Mo-Fr 9 to 5\"", 14, "hours");
    assert!(run.stderr.contains("opening_hours"), "{run}");
}

#[test]
fn a_missing_last_verified_is_an_error() {
    let run = broken("last_verified: 2024-02-01\n", "", 1, "last_verified");
    assert!(run.stderr.contains("missing"), "{run}");
}

#[test]
fn an_unknown_category_is_an_error_with_a_suggestion() {
    let run = broken("[shelter, health]", "[shelter, helth]", 5, "categories");
    assert!(run.stderr.contains("did you mean `health`?"), "{run}");
}

#[test]
fn a_javascript_url_is_an_error() {
    broken(
        "https://example.org/drop-in?a=1&b=2",
        "javascript:alert(1)",
        12,
        "website",
    );
}

#[test]
fn bad_codes_email_and_ages_are_errors() {
    broken("country: GR", "country: XY", 3, "country");
    broken("[el, en, ar, prs]", "[el, en, ar, zz]", 13, "languages");
    broken("help@example.org", "help at example", 11, "email");
    broken("\"12-17\"", "\"17-12\"", 15, "ages");
}

#[test]
fn a_duplicate_id_names_both_files() {
    let site = Site::new("directory");
    let text = std::fs::read_to_string(site.root.join("content/directory/eu/eu-112.yaml")).unwrap();
    site.write("content/directory/xx/eu-112.yaml", text.as_bytes());
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stderr.contains("content/directory/eu/eu-112.yaml"),
        "{run}"
    );
    assert!(
        run.stderr.contains("content/directory/xx/eu-112.yaml"),
        "{run}"
    );
    site.assert_output_untouched();
}

#[test]
fn all_bad_entries_are_reported_in_one_run() {
    let site = Site::new("directory");
    let text = std::fs::read_to_string(site.root.join(DROP_IN)).unwrap();
    site.write(
        DROP_IN,
        text.replace("[shelter, health]", "[shelter, helth]")
            .replace("\"Mo-Fr 09:00-17:00\"", "\"whenever\"")
            .as_bytes(),
    );
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains(&format!("{DROP_IN}:5:")), "{run}");
    assert!(run.stderr.contains(&format!("{DROP_IN}:14:")), "{run}");
    site.assert_output_untouched();
}

#[test]
fn pages_per_entry_country_and_category_in_every_language() {
    let site = built();
    let files = list_files(&site.out());
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
    let index = read_output(&site.out(), "en/directory/index.html");
    for href in [
        "/en/directory/gr/",
        "/en/directory/eu/",
        "/en/directory/category/health/",
    ] {
        assert!(index.contains(&format!("href=\"{href}\"")), "{href} linked");
    }
    let sitemap = read_output(&site.out(), "sitemap.xml");
    assert!(sitemap.contains("https://example.org/ar/directory/gr/sample-drop-in/"));
}

#[test]
fn numbers_are_links_to_call_text_and_whatsapp() {
    let site = built();
    let html = read_output(&site.out(), "en/directory/gr/sample-drop-in/index.html");
    let hrefs: Vec<String> = tags(&html, "a")
        .into_iter()
        .filter_map(|a| a.get("href").cloned())
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
    // Shown in the national format, left to right.
    assert!(
        html.contains("<span dir=\"ltr\">694 277 3030</span>"),
        "{html}"
    );
    // Languages in their own names; the sample notice; when it was checked.
    assert!(
        html.contains("<span lang=\"prs\" dir=\"rtl\">دری</span>"),
        "{html}"
    );
    assert!(html.contains("class=\"notice\""), "{html}");
    assert!(html.contains("2024-02-01"), "{html}");
    assert!(
        html.contains("href=\"https://example.org/contact\""),
        "{html}"
    );
}

#[test]
fn entry_text_falls_back_to_the_default_language_with_a_lang_mark() {
    let site = built();
    let ar = read_output(&site.out(), "ar/directory/gr/sample-drop-in/index.html");
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
    let site = built();
    for f in list_files(&site.out())
        .iter()
        .filter(|f| f.ends_with(".html"))
    {
        let html = read_output(&site.out(), f);
        assert!(!html.contains("<script>alert"), "{f} has unescaped text");
    }
    let html = read_output(&site.out(), "en/directory/gr/sample-drop-in/index.html");
    assert!(html.contains("&lt;script&gt;alert(&quot;description&quot;)&lt;/script&gt; &amp; more &quot;quotes&quot;"), "{html}");
    // JSON-LD: valid JSON that cannot close its script element.
    let start = html.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let v: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(
        v["name"],
        "Sample drop-in centre <script>alert(\"name\")</script>"
    );
    assert_eq!(v["contactPoint"][0]["telephone"], "+306942773030");
}

#[test]
fn the_help_strip_is_on_every_page() {
    let site = built();
    let pages: Vec<String> = list_files(&site.out())
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() > 20);
    for f in &pages {
        let html = read_output(&site.out(), f);
        assert!(
            html.contains("class=\"help-strip\""),
            "{f} has no help strip"
        );
        assert!(
            html.contains("href=\"tel:112\""),
            "{f} has no pinned number"
        );
    }
    let ar = read_output(&site.out(), "ar/about/index.html");
    assert!(
        ar.contains("رقم الطوارئ الأوروبي"),
        "the strip is in the page's language"
    );
}

#[test]
fn directory_json_has_every_entry_in_a_stable_order() {
    let site = built();
    let v: serde_json::Value =
        serde_json::from_str(&read_output(&site.out(), "directory.json")).unwrap();
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
    let site = Site::new("directory");
    site.write("content/directory/_index.md", b"---\ntitle: Clash\n---\n");
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains("content/directory/_index.md"), "{run}");
    site.assert_output_untouched();
}

#[test]
fn the_hsds_package_is_published() {
    let site = built();
    let files = list_files(&site.out());
    for f in [
        "hsds/datapackage.json",
        "hsds/services.csv",
        "hsds/phones.csv",
        "hsds/schedules.csv",
    ] {
        assert!(files.contains(&f.to_string()), "{f} is published");
    }
    let phones = read_output(&site.out(), "hsds/phones.csv");
    assert!(phones.contains("+306942773030"), "{phones}");
}
