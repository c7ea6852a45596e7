//! Replays the saved fuzz inputs (tests/fuzz-regressions/<target>/*) through the same code
//! as each `cargo fuzz` target (fuzz/harness.rs): none may panic, and parsers must give the
//! same result twice. See fuzz/README.md for how the inputs were found.
//!
//! `known-bugs/<target>/` holds inputs that still crash `src/`: replayed only by the
//! ignored test below (`cargo test --test testsuite fuzz_regressions -- --ignored`). When the bug
//! is fixed, move its files up into `<target>/` so that they guard the fix.

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("front_matter", harness::front_matter),
    ("site_yaml", harness::site_yaml),
    ("markdown", harness::markdown),
    ("vtt", harness::vtt),
    ("directory_entry", harness::directory_entry),
    ("fluent", harness::fluent),
    ("template_data", harness::template_data),
];

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

/// Every file of `dir`, sorted; none when the folder does not exist.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Runs every input of `dir` through `run`; returns the ones that panicked, with why.
fn replay(dir: &Path, run: Target) -> Vec<String> {
    let mut failures = Vec::new();
    for file in inputs(dir) {
        let bytes = std::fs::read(&file).unwrap();
        if let Err(e) = std::panic::catch_unwind(|| run(&bytes)) {
            let why = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {why}", file.display()));
        }
    }
    failures
}

fn replay_target(name: &str) {
    let (_, run) = TARGETS.iter().find(|(n, _)| *n == name).unwrap();
    let dir = regressions_dir().join(name);
    assert!(
        !inputs(&dir).is_empty(),
        "no saved inputs in {}",
        dir.display()
    );
    let failures = replay(&dir, *run);
    assert!(
        failures.is_empty(),
        "inputs that panic:\n{}",
        failures.join("\n")
    );
}

#[test]
fn front_matter() {
    replay_target("front_matter");
}

#[test]
fn site_yaml() {
    replay_target("site_yaml");
}

#[test]
fn markdown() {
    replay_target("markdown");
}

#[test]
fn vtt() {
    replay_target("vtt");
}

#[test]
fn directory_entry() {
    replay_target("directory_entry");
}

#[test]
fn fluent() {
    replay_target("fluent");
}

#[test]
fn template_data() {
    replay_target("template_data");
}

/// Every folder below tests/fuzz-regressions/ is a target this file knows.
#[test]
fn every_folder_is_a_target() {
    for entry in std::fs::read_dir(regressions_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "known-bugs" || TARGETS.iter().any(|(n, _)| *n == name),
            "tests/fuzz-regressions/{name} is not a fuzz target"
        );
    }
}

/// Inputs that still crash: they must keep crashing until fixed, then move to `<target>/`.
#[test]
#[ignore = "open bugs found by fuzzing; see tests/fuzz-regressions/known-bugs/"]
fn known_bugs_still_fail() {
    let mut fixed = Vec::new();
    for (name, run) in TARGETS {
        let dir = regressions_dir().join("known-bugs").join(name);
        let files = inputs(&dir);
        let failures = replay(&dir, *run);
        for f in files {
            if !failures
                .iter()
                .any(|x| x.starts_with(&*f.to_string_lossy()))
            {
                fixed.push(f.display().to_string());
            }
        }
    }
    assert!(
        fixed.is_empty(),
        "these no longer crash: move them up into tests/fuzz-regressions/<target>/\n{}",
        fixed.join("\n")
    );
}
