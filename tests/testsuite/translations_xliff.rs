//! Translators' files: every bundled page exported as XLIFF 2.0 is read by a real XLIFF
//! library (translate-toolkit, from PyPI), whose "translation" that copies each source
//! into its target comes back as the same markdown byte for byte; the interface messages
//! come back as a Fluent file the build reads; a broken placeholder or a page changed
//! since the export is an error naming the file and the segment.

use crate::support::{bundled_copy, waymark, Run};
use std::path::Path;
use std::process::Command;

fn translations(root: &Path, args: &[&str]) -> Run {
    let mut all = vec!["translations", "--root", root.to_str().unwrap()];
    all.extend(args);
    waymark(all)
}

fn xlf_files(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "xlf"))
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

/// translate-toolkit opens each file, counts its units, and writes every source into its
/// target (placeholders included), saving the file as the library writes it.
const IDENTITY: &str = r#"
import sys
from translate.storage import xliff2
units = 0
for f in sys.argv[1:]:
    store = xliff2.Xliff2File.parsefile(f)
    assert store.units, f + ": no units"
    for u in store.units:
        u.rich_target = u.rich_source
        units += 1
    store.savefile(f)
print(units)
"#;

/// Runs IDENTITY on `files`: how many units translate-toolkit read and wrote.
fn toolkit_identity<S: AsRef<std::ffi::OsStr>>(files: &[S]) -> usize {
    let python = Command::new("python3")
        .arg("-c")
        .arg(IDENTITY)
        .args(files)
        .output()
        .expect("python3 runs");
    assert!(
        python.status.success(),
        "translate-toolkit: {}",
        String::from_utf8_lossy(&python.stderr)
    );
    String::from_utf8_lossy(&python.stdout)
        .trim()
        .parse()
        .unwrap()
}

/// `--export xliff --lang <lang> --out <out>`, which must succeed.
fn export(root: &Path, lang: &str, out: &Path) -> Run {
    let run = translations(
        root,
        &[
            "--export",
            "xliff",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    run
}

#[test]
fn every_page_goes_through_an_xliff_library_and_back_byte_for_byte() {
    let (tmp, root) = bundled_copy();
    let out = tmp.path().join("xlf");
    export(&root, "ar", &out);
    let files = xlf_files(&out);
    assert!(files.len() >= 20, "{} files", files.len());
    let units = toolkit_identity(&files);
    assert!(units > 300, "{units} units");

    let mut args = vec!["--import"];
    args.extend(files.iter().map(String::as_str));
    let import = translations(&root, &args);
    assert_eq!(import.code, 0, "{import}");
    let written: Vec<&str> = import.stdout.lines().collect();
    assert_eq!(written.len(), files.len(), "{import}");
    for page in written.into_iter().filter(|p| p.ends_with(".md")) {
        let translated = std::fs::read_to_string(page).unwrap();
        let source = std::fs::read_to_string(page.replace(".ar.md", ".md")).unwrap();
        let version = &translated[translated.find("\ntranslated_from: ").unwrap() + 18..][..12];
        assert_eq!(
            translated.replacen(&format!("\ntranslated_from: {version}"), "", 1),
            source,
            "{page}"
        );
    }
}

#[test]
fn a_broken_placeholder_or_a_changed_page_is_an_error_naming_the_segment() {
    let (tmp, root) = bundled_copy();
    let out = tmp.path().join("xlf");
    export(&root, "fa", &out);
    let file = out.join("about.md.xlf");
    let xml = std::fs::read_to_string(&file).unwrap();
    // A translator's file: each source copied into a target, then one placeholder of
    // unit b3 lost.
    let translated = xml.replace(
        "</source>\n    </segment>",
        "</source>\n      <target>TARGET</target>\n    </segment>",
    );
    let mut with_targets = String::new();
    for part in translated.split("<target>TARGET</target>") {
        with_targets.push_str(part);
        if let (Some(i), Some(j)) = (part.rfind("<source>"), part.rfind("</source>")) {
            with_targets.push_str(&format!("<target>{}</target>", &part[i + 8..j]));
        }
    }
    let unit = with_targets.find("<unit id=\"b3\">").unwrap();
    let target = unit + with_targets[unit..].find("<target>").unwrap();
    let ph = target
        + with_targets[target..]
            .find("<ph id=\"1\" dataRef=\"d1\"/>")
            .unwrap();
    let broken = format!(
        "{}{}",
        &with_targets[..ph],
        &with_targets[ph + "<ph id=\"1\" dataRef=\"d1\"/>".len()..]
    );
    std::fs::write(&file, &broken).unwrap();
    let import = translations(&root, &["--import", file.to_str().unwrap()]);
    assert_eq!(import.code, 1, "{import}");
    assert!(import.stderr.contains("error[bad-xliff]"), "{import}");
    assert!(
        import
            .stderr
            .contains("unit `b3`: placeholder 1 is missing"),
        "{import}"
    );
    assert!(import.stderr.contains("about.md.xlf"), "{import}");
    let before = std::fs::read_to_string(root.join("content/about.fa.md")).unwrap();

    // Whole again, but the English page changed since the export: refused.
    std::fs::write(&file, &with_targets).unwrap();
    let page = root.join("content/about.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replacen("campaign", "Campaign", 1)).unwrap();
    let import = translations(&root, &["--import", file.to_str().unwrap()]);
    assert_eq!(import.code, 1, "{import}");
    assert!(
        import
            .stderr
            .contains("changed since this file was exported"),
        "{import}"
    );
    // A target language that is not the site's (or is its default): refused too.
    std::fs::write(&page, &text).unwrap();
    for lang in ["de", "en"] {
        let other = with_targets.replacen("trgLang=\"fa\"", &format!("trgLang=\"{lang}\""), 1);
        std::fs::write(&file, &other).unwrap();
        let import = translations(&root, &["--import", file.to_str().unwrap()]);
        assert_eq!(import.code, 1, "{lang}: {import}");
        assert!(
            import
                .stderr
                .contains(&format!("`{lang}` is not a language to translate into")),
            "{import}"
        );
    }
    // The translation on disk was never touched.
    assert_eq!(
        std::fs::read_to_string(root.join("content/about.fa.md")).unwrap(),
        before
    );
}

#[test]
fn the_interface_messages_go_out_and_come_back_as_a_fluent_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    // Hausa: a language the theme has no strings in.
    let init = waymark(["init", root.to_str().unwrap(), "--languages", "en,ha"]);
    assert_eq!(init.code, 0, "{init}");
    std::fs::remove_file(root.join("locales/ha/main.ftl")).unwrap();
    let out = tmp.path().join("xlf");
    let export = export(&root, "ha", &out);
    // What the export says it left out (plural forms): the only messages still missing.
    let left: Vec<&str> = export
        .stderr
        .lines()
        .find_map(|l| {
            l.strip_prefix("Not in messages.xlf (plural forms and other expressions): translate ")
        })
        .and_then(|l| l.split(" in locales/").next())
        .map(|l| l.split(", ").collect())
        .unwrap_or_default();
    assert!(left.contains(&"pages-count"), "{export}");
    let messages = out.join("messages.xlf");
    let units = toolkit_identity(&[&messages]);
    assert!(units > 100, "{units} messages");
    let import = translations(&root, &["--import", messages.to_str().unwrap()]);
    assert_eq!(import.code, 0, "{import}");
    let ftl = std::fs::read_to_string(root.join("locales/ha/messages.ftl")).unwrap();
    assert!(
        ftl.contains("\npage-of = Page { $page } of { $total }\n"),
        "{ftl}"
    );

    let built = waymark([
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        tmp.path().join("out").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(built.code, 0, "{built}");
    let missing: Vec<_> = crate::support::parse_diagnostics(&built.stdout)
        .into_iter()
        .filter(|d| d.is("untranslated-messages"))
        .collect();
    assert_eq!(missing.len(), 1, "{missing:#?}");
    let listed = missing[0].message.rsplit(": ").next().unwrap();
    let mut listed: Vec<&str> = listed.split(", ").collect();
    listed.sort();
    let mut left = left;
    left.sort();
    assert_eq!(listed, left, "{missing:#?}");
}
