//! The editor's commands: `new` (never overwrites) and `translations` (with `--stamp`).

use crate::support::{Run, Site};

fn run(site: &Site, args: &[&str]) -> Run {
    site.run(args[0], &args[1..])
}

fn report(site: &Site) -> serde_json::Value {
    let r = run(site, &["translations", "--format", "json"]);
    assert_eq!(r.code, 0, "{r}");
    serde_json::from_str(&r.stdout).expect("JSON report")
}

fn state(report: &serde_json::Value, source: &str, lang: &str) -> String {
    report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["source"] == source && i["lang"] == lang)
        .map(|i| i["state"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("no item for {source} in {lang}: {report}"))
}

#[test]
fn new_writes_a_draft_page_and_never_overwrites() {
    let site = Site::new("multilingual");
    let r = run(&site, &["new", "rights/fresh-page.md"]);
    assert_eq!(r.code, 0, "{r}");
    let text = std::fs::read_to_string(site.root.join("content/rights/fresh-page.md")).unwrap();
    assert!(
        text.starts_with("---\ntitle: \"Fresh page\"\ndate: "),
        "{text}"
    );
    assert!(text.contains("draft: true"), "{text}");
    // The new page builds (as a draft, only with --drafts).
    site.build_ok(&["--drafts"]);
    std::fs::write(site.root.join("content/rights/fresh-page.md"), "mine").unwrap();
    let again = run(&site, &["new", "rights/fresh-page.md"]);
    assert_eq!(again.code, 1, "{again}");
    let text = std::fs::read_to_string(site.root.join("content/rights/fresh-page.md")).unwrap();
    assert_eq!(text, "mine", "the file was overwritten");
    assert_eq!(run(&site, &["new", "../escape.md"]).code, 2);
}

#[test]
fn new_translation_records_the_source_version() {
    let site = Site::new("multilingual");
    let r = run(&site, &["new", "rights/untranslated.md", "--lang", "ar"]);
    assert_eq!(r.code, 0, "{r}");
    let text =
        std::fs::read_to_string(site.root.join("content/rights/untranslated.ar.md")).unwrap();
    assert!(text.contains("translated_from: "), "{text}");
    assert!(text.contains("draft: true"), "{text}");
    site.build_ok(&[]);
    // A draft translation: the report still counts it as present, and up to date.
    let rep = report(&site);
    assert_eq!(state(&rep, "rights/untranslated.md", "ar"), "translated");
}

#[test]
fn translations_reports_missing_unknown_outdated_machine_and_stamp_fixes_outdated() {
    let site = Site::new("multilingual");
    let rep = report(&site);
    // untranslated.md has no Arabic file; know.ar.md has no `translated_from`.
    assert_eq!(state(&rep, "rights/untranslated.md", "ar"), "missing");
    assert_eq!(state(&rep, "rights/know.md", "ar"), "unknown");

    let know = site.root.join("content/rights/know.ar.md");
    let text = std::fs::read_to_string(&know).unwrap();
    std::fs::write(
        &know,
        text.replacen("---\n", "---\ntranslated_from: 000000000000\n", 1),
    )
    .unwrap();
    assert_eq!(state(&report(&site), "rights/know.md", "ar"), "outdated");

    let stamp = run(
        &site,
        &["translations", "--stamp", "content/rights/know.ar.md"],
    );
    assert_eq!(stamp.code, 0, "{stamp}");
    assert_eq!(state(&report(&site), "rights/know.md", "ar"), "translated");
    // The stamped file still builds.
    site.build_ok(&[]);

    // A machine translation waits for review.
    let text = std::fs::read_to_string(&know).unwrap();
    std::fs::write(
        &know,
        text.replacen("---\n", "---\nextra: { review: machine }\n", 1),
    )
    .unwrap();
    assert_eq!(state(&report(&site), "rights/know.md", "ar"), "machine");

    let human = run(&site, &["translations"]);
    assert!(human.stdout.contains("ar: "), "{human}");
    assert!(human.stdout.contains("to review"), "{human}");
}

#[test]
fn translations_lists_machine_made_captions_and_interface_strings_and_the_theme_s_languages() {
    fn item<'a>(rep: &'a serde_json::Value, kind: &str, lang: &str) -> &'a serde_json::Value {
        rep["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["kind"] == kind && i["lang"] == lang)
            .unwrap_or_else(|| panic!("no {kind} item in {lang}: {rep}"))
    }
    let site = Site::new("campaign");
    let vtt = site.root.join("content/films/one/one.ar.vtt");
    let text = std::fs::read_to_string(&vtt).unwrap();
    assert_eq!(item(&report(&site), "captions", "ar")["state"], "unknown");
    std::fs::write(
        &vtt,
        text.replacen(
            "WEBVTT\n",
            "WEBVTT\n\nNOTE Machine translation: waiting for review.\n",
            1,
        ),
    )
    .unwrap();
    assert_eq!(item(&report(&site), "captions", "ar")["state"], "machine");

    // The default theme's Arabic strings are machine-made, and the theme speaks languages
    // this site does not (yet): each is listed, with how many messages it lacks.
    let rep = report(&site);
    assert_eq!(item(&rep, "strings", "ar")["state"], "machine");
    let fa = item(&rep, "strings", "fa");
    assert_eq!(fa["source"], "interface (theme)");
    assert_eq!(fa["state"], "machine");
    assert_eq!(fa["missing_messages"], 0);

    let human = run(&site, &["translations"]);
    assert!(
        human
            .stdout
            .contains("fa   strings   to review (machine)  interface (theme)"),
        "{human}"
    );
}
