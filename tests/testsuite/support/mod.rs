//! Helpers shared by the integration tests: a fixture copied into its own temporary
//! folder, the `waymark` binary run on it, and readers for what it wrote.
//!
//! - [`SiteTest`] (site_test.rs): a fixture or inline files → a build → assertions on the
//!   exit code, the files and the diagnostics of `--format json`.
//! - [`shared`]: fixtures built once per run, for the tests that only read them.
//! - [`Page`] (html.rs): a built page parsed as HTML, read with CSS selectors.
//! - [`Site`]: a fixture copied into a temporary folder, for tests that build it several
//!   times or run other commands on it.
//!
//! Every test that changes a site gets a fresh `tempfile::tempdir()`, so tests run in
//! parallel without seeing each other's files.

pub mod html;
pub mod shared;
pub mod site_test;

pub use html::{attrs, text, Attrs, Page};
pub use site_test::{parse_diagnostics, Diag, SiteTest};

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary Cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_waymark");

/// What the sentinel file holds: a build that fails must leave it as it is.
pub const SENTINEL: &str = "<!-- the last good build: a failed build must not touch this -->\n";

/// The result of one run of the binary.
#[derive(Debug)]
pub struct Run {
    /// Exit code; -1 when the process was killed by a signal.
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit code {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `waymark` with `args` (any working directory is fine: paths are absolute).
pub fn waymark<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let out = Command::new(BIN)
        .args(args)
        // Short panic messages if something panics, whatever the caller's environment.
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("the waymark binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `waymark build --root <root> --out <out> [--no-precompress] <extra>`.
pub fn build_into(root: &Path, out: &Path, precompress: bool, extra: &[&str]) -> Run {
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("build"),
        OsStr::new("--root"),
        root.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ];
    if !precompress {
        args.push(OsStr::new("--no-precompress"));
    }
    args.extend(extra.iter().map(OsStr::new));
    waymark(args)
}

/// The folder of a committed fixture: `tests/fixtures/<name>/`.
pub fn fixture_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name);
    assert!(dir.is_dir(), "no fixture {}", dir.display());
    dir
}

/// Copies every file of `from` into `to` (created).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A fixture copied into a fresh temporary folder.
pub struct Site {
    /// Removed when the `Site` is dropped.
    pub tmp: tempfile::TempDir,
    /// The site's folder (`--root`): the temp folder itself, or a folder inside it.
    pub root: PathBuf,
    /// Builds write the `.br`/`.gz` copies only when a test asks (brotli's best quality is
    /// slow, and most tests are about other things).
    pub precompress: std::cell::Cell<bool>,
}

impl Site {
    /// Copies `tests/fixtures/<name>/` into the root of a new temp folder.
    pub fn new(name: &str) -> Site {
        let site = Site::empty();
        copy_tree(&fixture_dir(name), &site.root);
        site
    }

    /// Copies the fixture into `<temp>/<sub>`, so that paths that climb out of the site
    /// (`../..`) still land inside the temp folder, where the test can see them.
    pub fn nested(name: &str, sub: &str) -> Site {
        let mut site = Site::empty();
        if !sub.is_empty() {
            site.root = site.tmp.path().join(sub);
        }
        copy_tree(&fixture_dir(name), &site.root);
        site
    }

    /// A new empty temp folder.
    pub fn empty() -> Site {
        let tmp = tempfile::tempdir().unwrap();
        Site {
            root: tmp.path().to_path_buf(),
            tmp,
            precompress: std::cell::Cell::new(false),
        }
    }

    /// The output folder the helpers build into: `<root>/public`.
    pub fn out(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Writes `bytes` to `rel` below the site's folder (for files that cannot be
    /// committed as text fixtures).
    pub fn write(&self, rel: &str, bytes: &[u8]) {
        let p = self.root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    /// `waymark build --root <root> --out <root>/public <extra>`.
    pub fn build(&self, extra: &[&str]) -> Run {
        self.build_into(&self.out(), extra)
    }

    /// `waymark build --root <root> --out <out> <extra>`.
    pub fn build_into(&self, out: &Path, extra: &[&str]) -> Run {
        build_into(&self.root, out, self.precompress.get(), extra)
    }

    /// `waymark <command> --root <root> <extra>`.
    pub fn run(&self, command: &str, extra: &[&str]) -> Run {
        let mut args: Vec<&OsStr> = vec![
            OsStr::new(command),
            OsStr::new("--root"),
            self.root.as_os_str(),
        ];
        args.extend(extra.iter().map(OsStr::new));
        waymark(args)
    }

    /// Builds and asserts success; returns the run for further checks.
    pub fn build_ok(&self, extra: &[&str]) -> Run {
        let run = self.build(extra);
        assert_eq!(run.code, 0, "the build should succeed\n{run}");
        run
    }

    /// A previous "good" output: `public/index.html` holding [`SENTINEL`].
    pub fn plant_sentinel(&self) {
        std::fs::create_dir_all(self.out()).unwrap();
        std::fs::write(self.out().join("index.html"), SENTINEL).unwrap();
        // What a build leaves: a build replaces only a folder it wrote.
        std::fs::write(
            self.out().join("waymark-manifest.json"),
            "{\"files\": {}}\n",
        )
        .unwrap();
    }

    /// The output folder holds exactly the sentinel, unchanged, and no staging folder
    /// (`.public.tmp-*`) was left beside it.
    pub fn assert_output_untouched(&self) {
        let out = self.out();
        let index = std::fs::read_to_string(out.join("index.html"))
            .expect("the previous public/index.html is still there");
        assert_eq!(index, SENTINEL, "public/index.html was overwritten");
        assert_eq!(
            list_files(&out),
            vec![
                "index.html".to_string(),
                "waymark-manifest.json".to_string()
            ],
            "files were written into the previous output folder"
        );
        let leftovers: Vec<String> = std::fs::read_dir(out.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            // The lock file stays: it is how two builds keep out of each other's way.
            .filter(|n| n.starts_with(".public.") && n != ".public.lock")
            .collect();
        assert!(
            leftovers.is_empty(),
            "staging folders were left beside the output: {leftovers:?}"
        );
    }
}

/// Every file below `dir`, as sorted `/`-separated paths relative to `dir`.
pub fn list_files(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    if dir.is_dir() {
        collect(dir, dir, &mut files);
    }
    files.sort();
    files
}

fn collect(base: &Path, dir: &Path, files: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let p = entry.path();
        if entry.file_type().unwrap().is_dir() {
            collect(base, &p, files);
        } else {
            let rel = p.strip_prefix(base).unwrap();
            files.push(
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
}

/// Every file below `dir` with its bytes, keyed as in [`list_files`].
pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    list_files(dir)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).unwrap();
            (rel, bytes)
        })
        .collect()
}

/// An output page (`rel` with `/`, below `out`), parsed.
pub fn read_page(out: &Path, rel: &str) -> Page {
    Page::parse(read_output(out, rel))
}

/// The text of an output file (`rel` with `/`, below `out`), with a clear failure.
pub fn read_output(out: &Path, rel: &str) -> String {
    let p = out.join(rel);
    match std::fs::read(&p) {
        Ok(b) => String::from_utf8(b).unwrap_or_else(|_| panic!("{rel} is not UTF-8")),
        Err(e) => panic!(
            "cannot read output file {rel}: {e}\noutput files: {:#?}",
            list_files(out)
        ),
    }
}

/// Percent-encodes a URL path as a browser would (UTF-8 bytes outside the unreserved
/// set and `/`), uppercase hex: `ar/حق/` → `ar/%D8%AD%D9%82/`.
pub fn encode_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes of a URL path.
pub fn decode_path(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).expect("valid %XX escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("the URL decodes to UTF-8")
}

/// A copy of the repository's own site (site.yaml, content/, locales/) in a new temporary
/// folder: (the folder, removed when dropped; the site's root inside it).
pub fn bundled_copy() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    for part in ["content", "locales"] {
        copy_tree(&repo.join(part), &root.join(part));
    }
    std::fs::copy(repo.join("site.yaml"), root.join("site.yaml")).unwrap();
    (tmp, root)
}
