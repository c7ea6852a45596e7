//! The same sources give the same bytes: two builds into two folders are identical,
//! file for file (no timestamps, no thread-order effects, no absolute paths).

use crate::support::{read_tree, waymark, Site};
use std::collections::BTreeMap;
use std::path::Path;

/// Asserts two output trees have the same file list and the same bytes in every file,
/// naming the files that differ.
fn assert_same_tree(a: &Path, b: &Path) {
    let (ta, tb): (BTreeMap<_, _>, BTreeMap<_, _>) = (read_tree(a), read_tree(b));
    assert!(!ta.is_empty(), "{} is empty", a.display());
    let names_a: Vec<&String> = ta.keys().collect();
    let names_b: Vec<&String> = tb.keys().collect();
    assert_eq!(names_a, names_b, "the two builds wrote different files");
    let differing: Vec<&String> = ta
        .iter()
        .filter(|(name, bytes)| tb[*name] != **bytes)
        .map(|(name, _)| name)
        .collect();
    assert!(
        differing.is_empty(),
        "{} file(s) differ between two builds: {differing:?}",
        differing.len()
    );
}

#[test]
fn fixture_builds_byte_identically_twice() {
    let site = Site::new("multilingual");
    // With the compressed copies and the manifest: they must be deterministic too.
    site.precompress.set(true);
    let other = tempfile::tempdir().unwrap();
    let second = other.path().join("elsewhere");
    // nginx: the host with the most files of its own, and the compressed copies.
    let run = site.build(&["--drafts", "--host", "nginx"]);
    assert_eq!(run.code, 0, "{run}");
    let run = site.build_into(&second, &["--drafts", "--host", "nginx"]);
    assert_eq!(run.code, 0, "{run}");
    assert_same_tree(&site.out(), &second);
    // The trees hold the whole site, with Unicode paths and bundle files.
    let tree = read_tree(&second);
    for f in [
        "index.html",
        "index.html.br",
        "_nginx/server.conf",
        "ar/rights/حقوقك/index.html",
        "sw/guide/notes.txt",
        "en/rights/secret/index.html",
        "sitemap.xml",
    ] {
        assert!(tree.contains_key(f), "{f} is missing");
    }
}

#[test]
fn rebuilding_over_the_previous_output_gives_the_same_tree() {
    // The second build replaces public/ as a whole: nothing stale, nothing missing.
    let site = Site::new("multilingual");
    let fresh = tempfile::tempdir().unwrap();
    assert_eq!(site.build(&["--drafts"]).code, 0);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        !site.out().join("en/rights/secret").exists(),
        "a page from the previous build (a draft) was left behind"
    );
    assert_eq!(site.build_into(fresh.path(), &[]).code, 0);
    assert_same_tree(&site.out(), fresh.path());
}

#[test]
fn bundled_site_builds_byte_identically_twice() {
    // The repository itself is a site: content/, locales/, themes/ and site.yaml at
    // its root. Its content is being written by others; a failure here is reported.
    let root = env!("CARGO_MANIFEST_DIR");
    // In tmpfs where there is one: it lists files in the order they were made, which the
    // parallel writes vary, and Pagefind's index once followed that order.
    let shm = Path::new("/dev/shm");
    let tmp = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let (a, b) = (tmp.path().join("first"), tmp.path().join("second"));
    for out in [&a, &b] {
        let run = waymark([
            "build".as_ref(),
            "--root".as_ref(),
            root.as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(run.code, 0, "the bundled site does not build\n{run}");
        assert!(out.join("index.html").is_file());
        assert!(out.join("en/index.html").is_file());
    }
    assert_same_tree(&a, &b);
}
