//! Broken sites: every kind of mistake an editor or translator can make is an error
//! with exit status 1 that names the file and the line, and the previous output folder
//! is left exactly as it was (no file written into it, no staging folder left beside it).

mod common;

use common::{assert_error, assert_error_in, list_files, waymark, Site};

/// The `= help:` line (the hint) of the diagnostic whose message contains `message`.
fn hint_of<'a>(stderr: &'a str, message: &str) -> &'a str {
    let start = stderr
        .find(message)
        .unwrap_or_else(|| panic!("no diagnostic `{message}` in:\n{stderr}"));
    let block = &stderr[start..];
    // A diagnostic ends with an empty line.
    let block = &block[..block.find("\n\n").unwrap_or(block.len())];
    block
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("= help:"))
        .unwrap_or_else(|| panic!("the diagnostic `{message}` has no hint:\n{block}"))
}

#[test]
fn front_matter_that_is_not_closed() {
    let run = assert_error("broken-unclosed-front-matter", "content/unclosed.md", 1);
    assert!(run.stderr.contains("not closed"), "{run}");
    // The human rendering shows the offending line under the location.
    assert!(run.stderr.contains("1 | ---"), "{run}");
}

#[test]
fn yaml_type_error_points_at_the_value() {
    let run = assert_error("broken-yaml-type", "content/typed.md", 4);
    // Line 4, column 9: the value `abc`, not the key.
    assert!(run.stderr.contains("content/typed.md:4:9"), "{run}");
    assert!(run.stderr.contains("weight: abc"), "{run}");
}

#[test]
fn unknown_front_matter_key_suggests_the_right_one() {
    let run = assert_error("broken-unknown-key", "content/typo.md", 4);
    assert!(run.stderr.contains("`titel`"), "{run}");
    let hint = hint_of(&run.stderr, "`titel`");
    assert!(hint.contains("did you mean `title`?"), "hint: {hint}");
}

#[test]
fn missing_title() {
    // A missing key has no line of its own: the error points at the opening `---`.
    let site = Site::new("broken-missing-title");
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stderr.contains("content/untitled.md:1:1"),
        "stderr should point at the front matter's first line\n{run}"
    );
    assert!(run.stderr.contains("`title`"), "{run}");
    assert!(run.stderr.contains("missing"), "{run}");
    site.assert_output_untouched();
}

#[test]
fn unknown_key_in_site_yaml_suggests_the_right_one() {
    let run = assert_error("broken-site-key", "site.yaml", 7);
    assert!(run.stderr.contains("`theem`"), "{run}");
    let hint = hint_of(&run.stderr, "`theem`");
    assert!(hint.contains("did you mean `theme`?"), "hint: {hint}");
}

#[test]
fn link_to_a_missing_page() {
    let run = assert_error("broken-link-page", "content/linking.md", 6);
    assert!(run.stderr.contains("@/nope.md"), "{run}");
    assert!(run.stderr.contains("1 error(s)"), "{run}");
}

#[test]
fn link_to_a_missing_heading() {
    let run = assert_error("broken-link-heading", "content/linking.md", 6);
    assert!(run.stderr.contains("#nope"), "{run}");
    // The link on line 4 to an existing heading is fine: only one error.
    assert!(!run.stderr.contains("content/linking.md:4:"), "{run}");
    assert!(run.stderr.contains("1 error(s)"), "{run}");
    let hint = hint_of(&run.stderr, "#nope");
    assert!(hint.contains("#who-we-are"), "hint: {hint}");
}

#[test]
fn two_pages_with_the_same_url_are_both_named() {
    let site = Site::new("broken-duplicate-url");
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains("/en/rights/same-place/"), "{run}");
    assert!(run.stderr.contains("content/rights/a.md"), "{run}");
    assert!(run.stderr.contains("content/rights/b.md"), "{run}");
    site.assert_output_untouched();
}

#[test]
fn two_pages_with_the_same_url_name_the_slug_line() {
    // Both files set `slug: same-place` on line 3; either may be the one reported.
    let site = Site::new("broken-duplicate-url");
    assert_error_in(&site, &["content/rights/a.md", "content/rights/b.md"], 3);
}

#[test]
fn slug_or_alias_that_leaves_the_output_folder() {
    // The site sits two folders deep in the temp folder, so that even
    // `../../../../evil-deep` from public/en/ would land inside the temp folder.
    let site = Site::nested("broken-slug-escape", "one/two");
    let before = list_files(site.tmp.path());
    let run = assert_error_in(&site, &["content/escape.md"], 3);
    assert!(run.stderr.contains("content/deep.md:4:"), "{run}");
    assert!(run.stderr.contains("content/alias.md:5:"), "{run}");
    assert!(run.stderr.contains("3 error(s)"), "{run}");

    // Nothing was written anywhere: the temp folder holds the fixture and the sentinel.
    let mut expected = before;
    expected.push("one/two/public/index.html".into());
    expected.sort();
    let after = list_files(site.tmp.path());
    assert_eq!(after, expected, "files appeared in the temp folder");
    assert!(
        !after.iter().any(|f| f.contains("evil")),
        "a file was written where the slug pointed: {after:?}"
    );
    // And nothing next to the temp folder either (where `../../..` from public/ points).
    let parent = site.tmp.path().parent().unwrap();
    for name in ["evil", "evil-deep", "evil-alias"] {
        let beside = parent.join(name).join("index.html");
        assert!(!beside.exists(), "{} was written", beside.display());
    }
}

#[test]
fn file_that_is_not_utf8() {
    let site = Site::new("broken-not-utf8");
    // Invalid UTF-8 cannot be committed as a text fixture: write it here.
    site.write("content/bad.md", b"---\ntitle: x\n---\n\xff\xfe\n");
    let run = assert_error_in(&site, &["content/bad.md"], 4);
    assert!(run.stderr.contains("UTF-8"), "{run}");
}

#[test]
fn fluent_syntax_error() {
    let run = assert_error("broken-fluent", "locales/en/x.ftl", 3);
    assert!(run.stderr.contains("Fluent"), "{run}");
}

#[test]
fn every_broken_file_is_reported_not_only_the_first() {
    let site = Site::new("broken-two-files");
    let run = assert_error_in(&site, &["content/first.md"], 4);
    assert!(run.stderr.contains("content/more/second.md:3:"), "{run}");
    assert!(run.stderr.contains("2 error(s)"), "{run}");
}

#[test]
fn errors_of_different_kinds_in_different_files_are_all_reported() {
    let site = Site::new("broken-front-matter-and-link");
    let run = assert_error_in(&site, &["content/yaml.md"], 3);
    assert!(run.stderr.contains("content/link.md:4:"), "{run}");
}

#[test]
fn json_format_lists_every_error_with_file_and_line() {
    let site = Site::new("broken-two-files");
    site.plant_sentinel();
    let run = site.build(&["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let list: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{run}"));
    let list = list.as_array().expect("a JSON array");
    assert_eq!(list.len(), 2, "{run}");
    for d in list {
        for key in ["severity", "file", "line", "column", "message", "hint"] {
            assert!(d.get(key).is_some(), "diagnostic without `{key}`: {d}");
        }
        assert_eq!(d["severity"], "error", "{d}");
        assert!(d["column"].as_u64().is_some_and(|c| c >= 1), "{d}");
        assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()), "{d}");
    }
    let at = |file: &str| {
        list.iter()
            .find(|d| d["file"] == file)
            .unwrap_or_else(|| panic!("no diagnostic for {file}: {list:?}"))
    };
    assert_eq!(at("content/first.md")["line"], 4);
    let second = at("content/more/second.md");
    assert_eq!(second["line"], 3);
    assert!(
        second["hint"]
            .as_str()
            .is_some_and(|h| h.contains("did you mean `slug`?")),
        "{second}"
    );
    site.assert_output_untouched();
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let site = Site::new("broken-two-files");
    let run = site.build(&["--no-such-flag"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("--no-such-flag"), "{run}");
    assert!(
        !site.out().exists(),
        "a usage error must not build anything"
    );
}

#[test]
fn unknown_command_is_a_usage_error() {
    let run = waymark(["frobnicate"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("frobnicate"), "{run}");
}

#[test]
fn missing_site_yaml_is_a_usage_error() {
    let site = Site::new("no-site-yaml");
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("site.yaml"), "{run}");
    assert!(
        !site.out().exists(),
        "nothing may be written without a site"
    );
}
