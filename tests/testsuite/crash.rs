//! Crash safety: a build killed at any moment leaves the previous site exactly as it was
//! (or, once the swap is done, the whole new one), and two builds into one folder do not
//! mix their files: one waits its turn or gives up with a clear message.

use crate::support::{parse_diagnostics, read_tree, BIN};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A site of a few hundred pages, so that a build takes long enough to be killed in each
/// of its stages (loading, rendering, writing, compressing, swapping).
fn make_site(root: &Path, version: &str) {
    std::fs::write(
        root.join("site.yaml"),
        "title: Crash test\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n",
    )
    .unwrap();
    let content = root.join("content");
    for s in 0..4 {
        let dir = content.join(format!("s{s}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("_index.md"),
            format!("---\ntitle: Section {s}\n---\nIntro {version}.\n"),
        )
        .unwrap();
        for p in 0..40 {
            let body = format!("Paragraph {p} of section {s}, version {version}. ").repeat(20);
            std::fs::write(
                dir.join(format!("p{p}.md")),
                format!(
                    "---\ntitle: Page {p}\n---\n## Part one\n\n{body}\n\n## Part two\n\n{body}\n"
                ),
            )
            .unwrap();
            std::fs::write(
                dir.join(format!("p{p}.ar.md")),
                format!("---\ntitle: صفحة {p}\n---\nنص {version}. {body}\n"),
            )
            .unwrap();
        }
    }
    std::fs::write(
        content.join("_index.md"),
        format!("---\ntitle: Home\n---\nHome {version}.\n"),
    )
    .unwrap();
}

fn build(root: &Path, out: &Path) -> Command {
    let mut c = Command::new(BIN);
    // Without the .br/.gz copies: brotli's best quality would make each build, and so
    // the test, minutes long; the copies are written before the swap like everything else.
    c.args(["build", "--quiet", "--no-precompress", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        // No search index: it is not what this test is about, and it needs Node's package.
        .env(waymark::search::ENV, "")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn run_ok(root: &Path, out: &Path) {
    let o = build(root, out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The output's files and bytes (the same input gives the same bytes in any folder).
fn snapshot(out: &Path) -> BTreeMap<String, Vec<u8>> {
    read_tree(out)
}

fn restore(out: &Path, tree: &BTreeMap<String, Vec<u8>>) {
    let _ = std::fs::remove_dir_all(out);
    for (rel, bytes) in tree {
        let p = out.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
}

fn leftovers(parent: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public.tmp-"))
        .map(|e| e.path())
        .collect()
}

/// A temp folder with the site's first version in `site/`, and `public/` as the output.
fn first_version() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    std::fs::create_dir_all(&root).unwrap();
    make_site(&root, "one");
    let out = tmp.path().join("public");
    (tmp, root, out)
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_site() {
    let (tmp, root, out) = first_version();
    run_ok(&root, &out);
    let old = snapshot(&out);

    // The next version, built once elsewhere to know what a finished build gives.
    make_site(&root, "two");
    let reference = tmp.path().join("reference");
    let started = Instant::now();
    run_ok(&root, &reference);
    let took = started.elapsed();
    let new = snapshot(&reference);
    assert_ne!(old, new);

    // Kill points spread over the whole build, from its first instant to past its end.
    const POINTS: u32 = 24;
    let (mut kept_old, mut got_new) = (0, 0);
    for k in 0..POINTS {
        let delay = took.mul_f64(1.6 * f64::from(k) / f64::from(POINTS - 1));
        let mut child = build(&root, &out).spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&out);
        if now == old {
            kept_old += 1;
        } else if now == new {
            got_new += 1;
            restore(&out, &old);
        } else {
            let diff: Vec<&String> = now
                .keys()
                .chain(old.keys())
                .filter(|k| now.get(*k) != old.get(*k) && now.get(*k) != new.get(*k))
                .take(10)
                .collect();
            panic!("killed after {delay:?}: the output is neither the old site nor the new one: {diff:?}");
        }
    }
    eprintln!("{POINTS} kills over {took:?}: {kept_old} left the old site, {got_new} the new one");
    assert!(kept_old > 0, "no kill landed before the swap");
    // What killed builds left beside the output goes with the next build.
    run_ok(&root, &out);
    assert_eq!(snapshot(&out), new);
    assert_eq!(leftovers(tmp.path()), Vec::<PathBuf>::new());
}

#[test]
fn two_builds_into_one_folder_do_not_mix() {
    let (tmp, root, out) = first_version();
    let reference = tmp.path().join("reference");
    run_ok(&root, &reference);
    let expected = snapshot(&reference);
    let mut busy = 0;
    let spawn = || {
        build(&root, &out)
            .args(["--format", "json"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let o = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&o.stderr);
            if !o.status.success() {
                assert_eq!(o.status.code(), Some(1), "{stderr}");
                let diags = parse_diagnostics(&String::from_utf8_lossy(&o.stdout));
                assert!(
                    diags.iter().any(|d| d.is_error() && d.is("busy")),
                    "{diags:#?}\n{stderr}"
                );
                busy += 1;
            }
        }
        assert_eq!(snapshot(&out), expected);
    }
    eprintln!("{busy} of 6 builds found the folder busy");
    assert!(
        busy > 0,
        "the builds never overlapped: the test proves nothing"
    );
}

#[test]
fn the_lock_is_released_when_a_build_dies() {
    let (_tmp, root, out) = first_version();
    let mut child = build(&root, &out).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    run_ok(&root, &out);
}
