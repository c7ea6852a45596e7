//! Honest dates in the directory: where an entry's details come from (`source`, its date
//! as precise as given), "checked" only with `verified`, the stale notice in the
//! visitor's language with the site's emergency number, the old format's one warning,
//! `check --strict` on a stale entry, and the exports.

use crate::support::{parse_diagnostics, Site, SiteTest};

const DROP_IN: &str = "content/directory/xx/sample-drop-in.yaml";
const EU_112: &str = "content/directory/eu/eu-112.yaml";

/// The fixture with staleness after one day: every entry is stale.
fn stale_site() -> SiteTest {
    SiteTest::fixture("directory").replace(
        "site.yaml",
        "stale_after_days: 100000",
        "stale_after_days: 1",
    )
}

#[test]
fn a_stale_entry_says_so_in_the_visitors_language_with_the_emergency_number() {
    let built = stale_site()
        .file(
            "content/directory/xx/web-only.yaml",
            "name: A help site\nkind: service\ncountry: GR\ncategories: [asylum]\nwebsite: https://example.org/help\nsource: { name: Example, date: unknown }\n",
        )
        .build_ok();
    let warnings = built.with_code("stale-entry");
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(warnings.iter().all(|d| !d.is_error()));
    for (page, notice, call) in [
        (
            "en/directory/gr/sample-drop-in/index.html",
            "These details are from February 2024 and may have changed.",
            "If nobody answers, call this number:",
        ),
        (
            "ar/directory/gr/sample-drop-in/index.html",
            // CLDR's Arabic month name (ar.json: فبراير).
            "هذه المعلومات من فبراير 2024 وربما تغيّرت.",
            "إذا لم يُجب أحد، اتصل بهذا الرقم:",
        ),
    ] {
        let page = built.page(page);
        let notes = page.select("p.notice-stale");
        assert_eq!(notes.len(), 1, "{}", page.html);
        let html = notes[0].html();
        assert!(html.contains(notice), "{html}");
        assert!(html.contains(call), "{html}");
        // The emergency number is a call button of its own, right after the notice.
        assert_eq!(
            page.select("p.notice-stale + p.stale-call a.call-button[href='tel:112']")
                .len(),
            1,
            "{}",
            page.html
        );
    }
    // On the cards of the lists too.
    for list in ["en/directory/index.html", "ar/directory/gr/index.html"] {
        let page = built.page(list);
        let cards = page.select("li.entry p.notice-stale");
        assert!(!cards.is_empty(), "{list}: {}", page.html);
    }
    // The emergency entry is not told to call itself.
    let own = built.page("en/directory/eu/eu-112/index.html");
    let note = own.one("p.notice-stale").html();
    assert!(
        note.contains("These details are from 2024 and may have changed."),
        "{note}"
    );
    assert!(!note.contains("tel:"), "{note}");
    assert!(own.select("p.stale-call").is_empty());
    // A web service without a phone: no date, and no "if nobody answers".
    let web = built.page("en/directory/gr/web-only/index.html");
    let note = web.one("p.notice-stale").html();
    assert!(
        note.contains("These details have no date and may have changed."),
        "{note}"
    );
    assert!(!note.contains("tel:"), "{note}");
    let source = web.one("p.checked").html();
    assert!(
        source.contains("From <cite>Example</cite> (the source shows no date)"),
        "{source}"
    );
}

#[test]
fn a_fresh_entry_has_no_stale_notice() {
    let built = SiteTest::fixture("directory").build_ok();
    assert!(built.with_code("stale-entry").is_empty());
    let html = built.output("en/directory/gr/sample-drop-in/index.html");
    assert!(!html.contains("notice-stale"), "{html}");
}

#[test]
fn check_strict_fails_on_a_stale_entry() {
    let site = stale_site().site();
    let run = site.run("check", &["--format", "json"]);
    assert_eq!(run.code, 0, "a warning: {run}");
    let run = site.run("check", &["--strict", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let stale: Vec<_> = parse_diagnostics(&run.stdout)
        .into_iter()
        .filter(|d| d.is("stale-entry"))
        .collect();
    assert!(
        stale
            .iter()
            .any(|d| d.is_error() && d.file.as_deref() == Some(DROP_IN)),
        "{run}"
    );
}

#[test]
fn checked_by_us_only_with_verified() {
    let built = SiteTest::fixture("directory")
        .replace(
            DROP_IN,
            "example: true\n",
            "verified:\n  on: 2024-03-05\n  how: { en: We called the number, ar: اتصلنا بالرقم }\nexample: true\n",
        )
        .build_ok();
    let html = built.output("en/directory/gr/sample-drop-in/index.html");
    // "Checked by us" names the month, as the site format says; the source's date is as
    // precise as given (a month).
    assert!(html.contains("Checked by us: March 2024"), "{html}");
    assert!(
        html.contains("Example leaflet</a>, February 2024"),
        "{html}"
    );
    let ar = built.output("ar/directory/gr/sample-drop-in/index.html");
    assert!(ar.contains("تحققنا منها: مارس 2024"), "{ar}");
    // The other entry has no `verified`: never "checked".
    let eu = built.output("en/directory/eu/eu-112/index.html");
    assert!(!eu.contains("Checked"), "{eu}");
    assert!(
        eu.contains("From <cite>European Commission, 112 pages</cite>, 2024"),
        "{eu}"
    );
    // directory.json carries both, faithfully.
    let v: serde_json::Value = serde_json::from_str(&built.output("directory.json")).unwrap();
    assert_eq!(v["schema_version"], 2);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries[0]["source"]["date"], "2024");
    assert_eq!(entries[0]["source"]["date_precision"], "year");
    assert_eq!(entries[0]["verified"], serde_json::Value::Null);
    let drop_in = &entries[1];
    assert_eq!(
        drop_in["source"],
        serde_json::json!({"name": "Example leaflet", "url": "https://example.org/contact", "date": "2024-02", "date_precision": "month"})
    );
    assert_eq!(drop_in["verified"]["on"], "2024-03-05");
    assert_eq!(drop_in["verified"]["how"]["ar"], "اتصلنا بالرقم");
    assert!(drop_in.get("last_verified").is_none());
    // HSDS: assured_date is the verification, and only that.
    let services = built.output("hsds/services.csv");
    assert!(services.contains(",2024-03-05,"), "{services}");
    assert!(!services.contains("2024-02"), "{services}");
    let attributes = built.output("hsds/attributes.csv");
    assert!(attributes.contains(",service,2024-02\r\n"), "{attributes}");
    assert!(
        attributes.contains(",service,We called the number\r\n"),
        "{attributes}"
    );
}

#[test]
fn the_old_format_builds_with_one_warning_per_file() {
    let built = SiteTest::fixture("directory")
        .replace(
            DROP_IN,
            "source:\n  name: Example leaflet\n  url: https://example.org/contact\n  date: 2024-02\n",
            "last_verified: 2024-02-01\nsource: https://example.org/contact\n",
        )
        .replace(
            EU_112,
            "source:\n  name: European Commission, 112 pages\n  date: 2024\n",
            "last_verified: 2024-01-01\nsource: European Commission, 112 pages\n",
        )
        .build_ok();
    let old = built.with_code("old-source-keys");
    assert_eq!(old.len(), 2, "one per file: {old:#?}");
    for (file, line, replacement) in [
        (
            DROP_IN,
            19,
            "source: { name: \"example.org\", url: https://example.org/contact, date: 2024-02-01 }",
        ),
        (
            EU_112,
            11,
            "source: { name: \"European Commission, 112 pages\", date: 2024-01-01 }",
        ),
    ] {
        let d = old
            .iter()
            .find(|d| d.file.as_deref() == Some(file))
            .unwrap_or_else(|| panic!("no warning for {file}: {old:#?}"));
        assert!(!d.is_error());
        assert_eq!(d.line, Some(line), "{d:#?}");
        for key in [
            "`source.name`",
            "`source.url`",
            "`source.date`",
            "`verified",
        ] {
            assert!(d.message.contains(key), "{key}: {d:#?}");
        }
        let hint = d.hint.clone().unwrap_or_default();
        assert!(hint.contains(replacement), "{hint}");
    }
    // Read as the source's date: shown as "from", never as "checked".
    let html = built.output("en/directory/gr/sample-drop-in/index.html");
    assert!(
        html.contains("From <a href=\"https://example.org/contact\" rel=\"noreferrer\">example.org</a>, February 1, 2024"),
        "{html}"
    );
    assert!(!html.contains("Checked"), "{html}");
}

#[test]
fn a_bad_date_keeps_the_previous_site() {
    let site: Site = SiteTest::fixture("directory").site();
    site.plant_sentinel();
    let p = site.root.join(DROP_IN);
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, text.replace("date: 2024-02", "date: 2024-02-30")).unwrap();
    let run = site.build(&["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let d = parse_diagnostics(&run.stdout);
    assert!(
        d.iter().any(|d| d.is("bad-entry-date")
            && d.file.as_deref() == Some(DROP_IN)
            && d.line == Some(22)
            && d.message.contains("`source.date`")),
        "{run}"
    );
    site.assert_output_untouched();
}
