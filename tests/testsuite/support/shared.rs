//! Fixtures built once per run of the test suite, for the tests that only read what the
//! build wrote (`--format json`, no `.br`/`.gz` copies). A test that changes a site or
//! needs other arguments builds its own copy with `SiteTest`.

use super::site_test::{Built, SiteTest};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `tests/fixtures/multilingual`: English, Arabic and Swahili.
pub fn multilingual() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build("multilingual"))
}

/// `tests/fixtures/campaign`: the three films.
pub fn campaign() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build("campaign"))
}

/// `tests/fixtures/directory`: the directory of services.
pub fn directory() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build("directory"))
}

fn build(fixture: &str) -> Built {
    let built = SiteTest::fixture(fixture).build_in(&folder().join(fixture));
    built.assert_ok();
    built
}

/// This process's folder for the shared builds, in Cargo's temporary folder for tests:
/// `target/tmp/shared-builds/<pid>/`. A static is never dropped, so each run leaves its
/// folder behind; the folders of runs that have ended go when the next run starts.
fn folder() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shared-builds");
        // /proc tells which processes still run (Linux); elsewhere old folders stay.
        if Path::new("/proc/self").exists() {
            for entry in std::fs::read_dir(&base).into_iter().flatten().flatten() {
                if !Path::new("/proc").join(entry.file_name()).exists() {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        let dir = base.join(std::process::id().to_string());
        // Left by an ended run whose process id this one got again.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
}
