//! `serve`'s incremental rebuilds give the site a full build gives: after an edit to a
//! page, a template, a locale and a directory entry, every file of the served folder is
//! byte for byte what a fresh full build of the same sources writes.

use crate::support::{copy_tree, parse_diagnostics, read_tree};
use std::path::{Path, PathBuf};
use waymark::cmd::serve::incremental::{Rebuilt, Session};
use waymark::diagnostics::{render, Diagnostic, Diagnostics, Format};
use waymark::pipeline::{self, Options};

/// The bundled site, copied: what `serve` would serve.
fn bundled_site(into: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(into).unwrap();
    for name in ["site.yaml", "content", "locales", "themes"] {
        let from = repo.join(name);
        if from.is_dir() {
            copy_tree(&from, &into.join(name));
        } else {
            std::fs::copy(&from, into.join(name)).unwrap();
        }
    }
}

/// The options `serve` builds with.
fn serve_options(root: &Path, out: PathBuf) -> Options {
    Options::serve(root.to_path_buf(), out, "http://127.0.0.1:1111".into())
}

struct Served {
    _dir: tempfile::TempDir,
    root: PathBuf,
    out: PathBuf,
    session: Session,
}

fn serve() -> Served {
    serve_with(|_| {})
}

/// `serve` of the bundled site after `prepare` has changed it.
fn serve_with(prepare: impl Fn(&Path)) -> Served {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    bundled_site(&root);
    prepare(&root);
    let out = dir.path().join("served");
    let mut session = Session::new(serve_options(&root, out.clone()));
    let first = session.build();
    assert!(matches!(first, Ok(Rebuilt::Full(_))), "{first:?}");
    Served {
        _dir: dir,
        root,
        out,
        session,
    }
}

impl Served {
    /// Edits a file of the site: `edit` gets its text and returns the new one.
    fn edit(&self, rel: &str, edit: impl Fn(&str) -> String) -> PathBuf {
        let path = self.root.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let new = edit(&text);
        assert_ne!(new, text, "the edit changes {rel}");
        std::fs::write(&path, new).unwrap();
        path
    }

    /// Rebuilds after `changed`, which must not need a full build; returns the files written.
    fn partial(&mut self, changed: &[PathBuf]) -> usize {
        match self.session.rebuild(changed) {
            Ok(Rebuilt::Partial { files, .. }) => files,
            other => panic!("expected a partial rebuild, got {other:?}"),
        }
    }

    /// The served folder is what a full build of the same sources writes.
    fn assert_same_as_full_build(&self) {
        let fresh = self._dir.path().join("fresh");
        let built = pipeline::build(&serve_options(&self.root, fresh.clone()));
        assert!(built.is_ok(), "{built:?}");
        let (a, b) = (read_tree(&self.out), read_tree(&fresh));
        let names =
            |t: &std::collections::BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
        assert_eq!(names(&a), names(&b), "the same files");
        let differ: Vec<&String> = a.keys().filter(|k| a[*k] != b[*k]).collect();
        assert!(
            differ.is_empty(),
            "files that differ from a full build: {differ:?}"
        );
        std::fs::remove_dir_all(fresh).unwrap();
    }
}

#[test]
fn a_page_edit_rebuilds_its_pages_only_and_equals_a_full_build() {
    let mut s = serve();
    let changed = s.edit("content/rights/asking-for-help.md", |t| {
        format!("{t}\nA new paragraph, written during serve.\n")
    });
    let files = s.partial(&[changed]);
    // English shows it, with the languages that have no translation and the pages whose
    // anchors point into it; not the whole site.
    assert!(files > 0 && files < 40, "{files} files written");
    let page = std::fs::read_to_string(s.out.join("en/rights/asking-for-help/index.html")).unwrap();
    assert!(page.contains("A new paragraph, written during serve."));
    s.assert_same_as_full_build();
}

#[test]
fn an_untranslated_page_edit_rebuilds_the_languages_that_show_it() {
    let mut s = serve_with(|root| {
        std::fs::write(
            root.join("content/rights/only-in-english.md"),
            "---\ntitle: Only in English\n---\nFirst text.\n",
        )
        .unwrap();
    });
    let changed = s.edit("content/rights/only-in-english.md", |t| {
        t.replace("First text.", "Second text.")
    });
    s.partial(&[changed]);
    // Ukrainian has no translation: its page shows the English text, edited too.
    let uk = std::fs::read_to_string(s.out.join("uk/rights/only-in-english/index.html")).unwrap();
    assert!(uk.contains("Second text."));
    s.assert_same_as_full_build();
}

#[test]
fn a_template_edit_rebuilds_the_pages_that_use_it() {
    let mut s = serve();
    let changed = s.edit("themes/default/templates/page.html", |t| {
        t.replace("<h1>", "<h1 class=\"edited\">")
    });
    let files = s.partial(&[changed]);
    assert!(files > 0);
    let page = std::fs::read_to_string(s.out.join("fr/rights/asking-for-help/index.html")).unwrap();
    assert!(page.contains("<h1 class=\"edited\">"));
    s.assert_same_as_full_build();
    // A template that others include: the pages of every template including it change.
    let changed = s.edit("themes/default/templates/breadcrumbs.html", |t| {
        t.replace(
            "<nav class=\"breadcrumbs\"",
            "<nav class=\"breadcrumbs edited\"",
        )
    });
    s.partial(&[changed]);
    s.assert_same_as_full_build();
}

#[test]
fn a_locale_edit_rebuilds_its_language() {
    let mut s = serve();
    let changed = s.edit("locales/fr/site.ftl", |t| {
        t.replace(
            "site-title = Enfants en déplacement",
            "site-title = Enfants en déplacement (modifié)",
        )
    });
    s.partial(&[changed]);
    let home = std::fs::read_to_string(s.out.join("fr/index.html")).unwrap();
    assert!(home.contains("Enfants en déplacement (modifié)"));
    s.assert_same_as_full_build();
}

#[test]
fn a_directory_edit_rebuilds_the_directory() {
    let mut s = serve();
    let changed = s.edit("content/directory/gr/gr-smile-of-the-child.yaml", |t| {
        t.replace(
            "en: The Smile of the Child",
            "en: The Smile of the Child (edited)",
        )
    });
    s.partial(&[changed]);
    s.assert_same_as_full_build();
    // A removed entry takes its pages with it (one that no page embeds or pins: removing
    // an embedded one is an error, as it should be).
    let gone = s
        .root
        .join("content/directory/gr/gr-arsis-thessaloniki.yaml");
    std::fs::remove_file(&gone).unwrap();
    let rebuilt = s.session.rebuild(&[gone]);
    assert!(matches!(rebuilt, Ok(Rebuilt::Full(_))), "{rebuilt:?}");
    s.assert_same_as_full_build();
}

#[test]
fn an_anchor_that_an_edit_breaks_is_reported_and_its_fix_rebuilds() {
    let mut s = serve();
    let heading = "## The inter-agency group behind it";
    let changed = s.edit("content/about.md", |t| {
        t.replace(heading, "## Who works together")
    });
    // The home page links to that heading: it is rebuilt too, and fails.
    let broken = s.session.rebuild(std::slice::from_ref(&changed));
    let diags = broken.expect_err("the home page's anchor is broken");
    let diags = parse_diagnostics(&render(&diags, Format::Json));
    // The line of the home page that links the heading.
    let home = std::fs::read_to_string(s.root.join("content/_index.md")).unwrap();
    let line = home
        .lines()
        .position(|l| l.contains("(@/about.md#the-inter-agency-group-behind-it)"))
        .expect("the home page links the heading")
        + 1;
    assert!(
        diags.iter().any(|d| d.is_error()
            && d.is("broken-anchor")
            && d.file.as_deref() == Some("content/_index.md")
            && d.line == Some(line)),
        "{diags:#?}"
    );
    s.edit("content/about.md", |t| {
        t.replace("## Who works together", heading)
    });
    s.partial(&[changed]);
    s.assert_same_as_full_build();
}

#[test]
fn a_front_matter_edit_rebuilds_everything() {
    let mut s = serve();
    let changed = s.edit("content/rights/asking-for-help.md", |t| {
        t.replacen("title: ", "title: Edited ", 1)
    });
    let rebuilt = s.session.rebuild(&[changed]);
    assert!(matches!(rebuilt, Ok(Rebuilt::Full(_))), "{rebuilt:?}");
    s.assert_same_as_full_build();
}

/// The problems a rebuild reports: its warnings, or its errors.
fn reported(rebuilt: &Result<Rebuilt, Diagnostics>) -> (bool, Vec<Diagnostic>) {
    match rebuilt {
        Ok(Rebuilt::Partial { warnings, .. }) => (true, warnings.iter().cloned().collect()),
        Ok(Rebuilt::Full(report)) => (true, report.warnings.iter().cloned().collect()),
        Err(diags) => (false, diags.iter().cloned().collect()),
    }
}

impl Served {
    /// The rebuild reported exactly what a full build of the same sources reports.
    fn assert_reports_as_full_build(&self, rebuilt: &Result<Rebuilt, Diagnostics>) {
        let fresh = self._dir.path().join("fresh-report");
        let full = pipeline::build(&serve_options(&self.root, fresh.clone()));
        let (ok, ours) = reported(rebuilt);
        let (full_ok, theirs) = match &full {
            Ok(report) => (true, report.warnings.iter().cloned().collect::<Vec<_>>()),
            Err(diags) => (false, diags.iter().cloned().collect()),
        };
        assert!(
            !theirs.is_empty(),
            "the bundled site has warnings to compare"
        );
        assert_eq!(ok, full_ok, "both succeed or both fail: {rebuilt:?}");
        assert_eq!(ours, theirs, "the rebuild's report is a full build's");
        let _ = std::fs::remove_dir_all(fresh);
    }
}

#[test]
fn each_kind_of_edit_reports_what_a_full_build_reports() {
    type Edit = (&'static str, &'static str, fn(&str) -> String, bool);
    let edits: [Edit; 8] = [
        // (file, what, edit, whether the rebuild fails)
        (
            "content/rights/asking-for-help.md",
            "page text",
            |t| format!("{t}\nMore text.\n"),
            true,
        ),
        (
            "content/rights/asking-for-help.md",
            "page text with a broken anchor",
            |t| format!("{t}\nSee [the group](@/about.md#no-such-heading).\n"),
            false,
        ),
        (
            "themes/default/templates/page.html",
            "template",
            |t| t.replacen("{% block", "{# edited #}{% block", 1),
            true,
        ),
        (
            "themes/default/templates/page.html",
            "template with an unknown message",
            |t| t.replacen("{% block", "{{ t(key=\"no-such-message\") }}{% block", 1),
            false,
        ),
        (
            "locales/fr/site.ftl",
            "locale",
            |t| t.replace("site-title = Enfants en déplacement", ""),
            true,
        ),
        (
            "content/directory/gr/gr-smile-of-the-child.yaml",
            "directory entry",
            |t| t.replace("  date: 2023\n", "  date: 2001\n"),
            true,
        ),
        (
            "content/directory/gr/gr-smile-of-the-child.yaml",
            "directory entry with an error",
            |t| t.replace("  date: 2023\n", "  date: someday\n"),
            false,
        ),
        (
            "content/rights/asking-for-help.md",
            "front matter",
            |t| t.replacen("title: ", "title: Edited ", 1),
            true,
        ),
    ];
    for (file, what, edit, succeeds) in edits {
        let mut s = serve();
        let changed = s.edit(file, edit);
        let rebuilt = s.session.rebuild(&[changed]);
        assert_eq!(rebuilt.is_ok(), succeeds, "{what}: {rebuilt:?}");
        s.assert_reports_as_full_build(&rebuilt);
    }
}
