//! `waymark check`: the same problems as `build`, nothing written, in three formats.

use crate::support::{parse_diagnostics, waymark, Diag, Run, Site, SiteTest};

fn check(site: &Site, extra: &[&str]) -> Run {
    site.run("check", extra)
}

#[test]
fn a_clean_site_passes_and_nothing_is_written() {
    let site = Site::new("campaign");
    let run = check(&site, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert!(!site.out().exists(), "check wrote an output folder");
}

#[test]
fn broken_links_are_github_annotations() {
    let site = Site::new("broken-link-page");
    let run = check(&site, &["--format", "github"]);
    assert_eq!(run.code, 1, "{run}");
    let line = run
        .stdout
        .lines()
        .chain(run.stderr.lines())
        .find(|l| l.starts_with("::error file=content/"))
        .unwrap_or_else(|| panic!("no annotation\n{run}"));
    assert!(line.contains(",line=6,col="), "{line}");
    assert!(
        line.contains("::link to a page that does not exist: `@/nope.md`"),
        "{line}"
    );
}

#[test]
fn json_lists_every_problem_with_file_and_line() {
    let site = Site::new("broken-two-files");
    let run = check(&site, &["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let errors: Vec<Diag> = parse_diagnostics(&run.stdout)
        .into_iter()
        .filter(Diag::is_error)
        .collect();
    assert!(errors.len() >= 2, "{run}");
    assert!(
        errors.iter().all(|d| d.file.is_some() && d.line.is_some()),
        "{run}"
    );
}

#[test]
fn strict_turns_warnings_into_errors() {
    // The `sw` language has no theme strings: a warning, an error under --strict.
    let site = Site::new("multilingual");
    assert_eq!(check(&site, &[]).code, 0);
    let run = check(&site, &["--strict", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        parse_diagnostics(&run.stdout)
            .iter()
            .any(|d| d.is_error() && d.is("untranslated-messages") && d.message.contains("`sw`")),
        "{run}"
    );
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(waymark(["check", "--nope"]).code, 2);
    let empty = tempfile::tempdir().unwrap();
    let root = empty.path().to_string_lossy().into_owned();
    assert_eq!(waymark(["check", "--root", root.as_str()]).code, 2);
}

#[test]
fn json_problems_carry_a_code() {
    let site = Site::new("broken-unknown-key");
    let run = check(&site, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    let first = &v.as_array().unwrap()[0];
    assert_eq!(first["code"], "unknown-key", "{run}");
    for key in ["severity", "file", "line", "column", "message", "hint"] {
        assert!(first.get(key).is_some(), "{key} missing: {run}");
    }
}

#[test]
fn unreviewed_machine_translations_fail_strict_when_the_site_requires_review() {
    let site = Site::new("multilingual");
    let know = site.root.join("content/rights/know.ar.md");
    let text = std::fs::read_to_string(&know).unwrap();
    std::fs::write(
        &know,
        text.replacen("---\n", "---\nextra: { review: machine }\n", 1),
    )
    .unwrap();
    // Not asked for: no warning about it.
    let unreviewed = |run: &Run| -> Vec<Diag> {
        parse_diagnostics(&run.stdout)
            .into_iter()
            .filter(|d| d.is("unreviewed-translation"))
            .collect()
    };
    let run = check(&site, &["--strict", "--format", "json"]);
    assert!(unreviewed(&run).is_empty(), "{run}");
    let yaml = std::fs::read_to_string(site.root.join("site.yaml")).unwrap();
    std::fs::write(
        site.root.join("site.yaml"),
        format!("{yaml}translations:\n  review_required: true\n"),
    )
    .unwrap();
    let run = check(&site, &["--format", "json"]);
    let found = unreviewed(&run);
    assert_eq!(found.len(), 1, "{run}");
    assert_eq!(
        found[0].file.as_deref(),
        Some("content/rights/know.ar.md"),
        "{run}"
    );
    let run = check(&site, &["--strict", "--format", "github"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout.contains(
            "::error file=content/rights/know.ar.md,title=unreviewed-translation::this translation was made by machine"
        ),
        "{run}"
    );
}

#[test]
fn an_image_without_alt_text_is_a_warning_and_strict_makes_it_an_error() {
    let site = SiteTest::fixture("multilingual")
        .file(
            "content/rights/pictures.md",
            "---\ntitle: Pictures\n---\n\nText.\n\n![](photo.png)\n",
        )
        .site();
    let built = site.build(&["--format", "json"]);
    assert_eq!(built.code, 0, "{built}");
    let warnings: Vec<Diag> = parse_diagnostics(&built.stdout)
        .into_iter()
        .filter(|d| d.is("missing-alt"))
        .collect();
    assert_eq!(warnings.len(), 1, "reported once: {built}");
    assert_eq!(warnings[0].severity, "warning", "{built}");
    assert_eq!(
        (warnings[0].file.as_deref(), warnings[0].line),
        (Some("content/rights/pictures.md"), Some(7)),
        "{built}"
    );
    let run = check(&site, &["--strict", "--format", "github"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout.contains(
            "::error file=content/rights/pictures.md,line=7,col=1,title=missing-alt::an image without alt text"
        ),
        "{run}"
    );
}
