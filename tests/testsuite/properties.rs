//! Properties that hold for any input an editor can write, checked with proptest on
//! generated inputs in the ordinary test suite (the fuzz targets in fuzz/ go further):
//! no panic, every error names its file, the same input renders the same bytes, and no
//! string from content or directory data ever reaches a page unescaped.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::path::Path;
use waymark::pipeline::{self, Options};
use waymark::render::markdown::{LinkError, LinkResolver};

struct Links;
impl LinkResolver for Links {
    fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError> {
        match (path, anchor) {
            ("a.md", _) => Ok("/en/a/".into()),
            _ => Err(LinkError::NoPage { suggestion: None }),
        }
    }
}

/// Markdown-ish text: the characters that make structure, and some words.
fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("\n".to_string()),
            Just("# ".to_string()),
            Just("- ".to_string()),
            Just("> ".to_string()),
            Just("| a | b |\n|--:|:-|\n".to_string()),
            Just("[x](@/a.md#h)".to_string()),
            Just("[y](@/missing.md)".to_string()),
            Just("![](i.png)".to_string()),
            Just("<b onclick=\"x\">".to_string()),
            Just("```\n".to_string()),
            Just("*".to_string()),
            Just("حقوق ".to_string()),
            "[a-zA-Z0-9 \\[\\]()<>&\"'`*_#!|:-]{0,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// Text an editor might put in a title or a directory entry, with markup and quotes that
/// must come out escaped: it always holds the marker `<x-evil`.
fn hostile_text() -> impl Strategy<Value = String> {
    (
        "[a-zA-Z \u{0600}-\u{06ff}&'\"/=]{0,10}",
        "[a-z \"'&;]{0,10}",
    )
        .prop_map(|(a, b)| format!("{a}<x-evil a=\"{b}\">{b}</x-evil>'\"&amp;"))
}

/// A YAML double-quoted scalar holding `s`.
fn yaml_quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn options(root: &Path) -> Options {
    Options {
        manifest: true,
        ..Options::local(root.to_path_buf(), root.join("public"))
    }
}

/// proptest's settings, with `cases` cases per test. Failing cases are saved beside this
/// file, in `properties.proptest-regressions`, and replayed first on every run. (The default,
/// `SourceParallel`, climbs from this file to the binary's `main.rs` and would use
/// `tests/proptest-regressions/properties.txt` instead.)
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

const SITE: &str = "title: Properties\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\ndirectory:\n  stale_after_days: 100000\n";

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn markdown_never_panics_and_renders_the_same_twice(body in markdownish()) {
        let a = waymark::render::markdown::render(&body, 0, &body, Path::new("content/p.md"), &Links, Some("P"));
        let b = waymark::render::markdown::render(&body, 0, &body, Path::new("content/p.md"), &Links, Some("P"));
        prop_assert_eq!(&a.html, &b.html);
        // Every problem found in a page's text names the page and a line.
        for d in &a.diagnostics {
            prop_assert_eq!(d.file.as_deref(), Some("content/p.md"));
            prop_assert!(d.line.is_some());
        }
    }

    #[test]
    fn front_matter_splitting_never_panics(text in "(---\r?\n)?[a-z: \\-\r\n\t'\"\\[\\]{}#&*!|>]{0,80}(\r?\n---)?[a-z\n]{0,10}") {
        let _ = waymark::content::source::split_front_matter(&text);
    }

    #[test]
    fn captions_never_panic_and_parse_the_same_twice(text in "(WEBVTT\n\n)?([0-9:.]{0,12}( --> )?[0-9:.]{0,12}\n[<>a-z/ .]{0,20}\n\n){0,4}") {
        let a = format!("{:?}", waymark::campaign::vtt::parse(&text).map(|c| waymark::campaign::vtt::transcript(&c).len()));
        let b = format!("{:?}", waymark::campaign::vtt::parse(&text).map(|c| waymark::campaign::vtt::transcript(&c).len()));
        prop_assert_eq!(a, b);
    }
}

proptest! {
    // Whole sites: fewer cases, each is a build.
    #![proptest_config(config(24))]

    #[test]
    fn any_front_matter_gives_errors_that_name_their_file(front in "[a-z_]{1,8}: [a-z0-9 \\[\\]{}:'\"-]{0,16}(\n[a-z_ ]{1,8}: [a-z0-9 \\[\\]'-]{0,10}){0,3}") {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "site.yaml", SITE);
        write(root, "content/_index.md", "---\ntitle: Home\n---\n");
        write(root, "content/p.md", &format!("---\n{front}\n---\nText.\n"));
        let diags = pipeline::check(&options(root));
        for d in diags.iter().filter(|d| d.is_error()) {
            prop_assert!(d.file.is_some(), "an error without a file: {:?}", d);
        }
    }

    #[test]
    fn data_never_reaches_a_page_unescaped(
        title in hostile_text(),
        description in hostile_text(),
        name in hostile_text(),
        entry_description in hostile_text(),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "site.yaml", SITE);
        write(root, "content/_index.md", "---\ntitle: Home\n---\n");
        write(root, "content/p.md", &format!(
            "---\ntitle: {}\ndescription: {}\n---\nText.\n",
            yaml_quoted(&title),
            yaml_quoted(&description)
        ));
        write(root, "content/directory/gr/x.yaml", &format!(
            "name: {}\nkind: helpline\ncountry: GR\ncategories: [child-helpline]\nphones:\n  - number: \"+30 210 323 6828\"\ndescription:\n  en: {}\nlast_verified: 2024-01-01\nsource: https://example.org/\nexample: true\n",
            yaml_quoted(&name),
            yaml_quoted(&entry_description)
        ));
        let report = pipeline::build(&options(root));
        prop_assert!(report.is_ok(), "{:?}", report.err());
        let first = read_all(&root.join("public"));
        // Pages (with their attributes and JSON-LD) and feeds; the data exports
        // (directory.json, HSDS) hold the data itself, as data.
        let markup = first.iter().filter(|(f, _)| f.ends_with(".html") || f.ends_with(".xml"));
        let mut pages = 0;
        for (file, text) in markup {
            prop_assert!(!text.contains("<x-evil"), "{} holds unescaped data", file);
            pages += 1;
        }
        prop_assert!(pages > 10);
        // The marker is there, escaped, in the pages that show it.
        for page in ["/en/p/index.html", "/en/directory/gr/x/index.html"] {
            prop_assert!(
                first.iter().any(|(f, t)| f.ends_with(page) && t.contains("&lt;x-evil")),
                "{} does not show the text", page
            );
        }
        // The same input, built again, gives the same bytes.
        std::fs::remove_dir_all(root.join("public")).unwrap();
        prop_assert!(pipeline::build(&options(root)).is_ok());
        prop_assert!(first == read_all(&root.join("public")), "a second build differs");
    }
}

/// Every text file of a built site.
fn read_all(out: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = walkdir::WalkDir::new(out)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            Some((e.path().display().to_string(), text))
        })
        .collect();
    files.sort();
    files
}
