//! `SiteTest`: a site set up from a fixture and/or inline files, built by the `waymark`
//! binary with `--format json`, and what the build gave (`Built`): its exit code, its
//! files, its pages and its diagnostics.
//!
//! ```ignore
//! let built = SiteTest::fixture("campaign")
//!     .edit("content/films/three/index.md", |t| t.replace("part: conclusion", "part: solutions"))
//!     .build_fails();
//! built.error("campaign-part", "content/films/three/index.md", 5);
//! ```

use super::html::Page;
use super::{build_into, copy_tree, fixture_dir, list_files, read_output, Run, Site};
use std::path::{Path, PathBuf};

/// One problem as `--format json` prints it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Diag {
    pub severity: String,
    pub code: Option<String>,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diag {
    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }

    pub fn is(&self, code: &str) -> bool {
        self.code.as_deref() == Some(code)
    }
}

/// The diagnostics of a `--format json` rendering (stdout of `build` or `check`).
pub fn parse_diagnostics(json: &str) -> Vec<Diag> {
    serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("not a JSON list of diagnostics ({e}):\n{json}"))
}

/// What to change in the site before the build.
enum Change {
    Write(String, Vec<u8>),
    Edit(String, Box<dyn Fn(&str) -> String>),
    Remove(String),
}

/// A site to build: a copy of a fixture (or an empty folder) with files written, edited
/// or removed, and the arguments for `waymark build`.
pub struct SiteTest {
    fixture: Option<String>,
    changes: Vec<Change>,
    args: Vec<String>,
    precompress: bool,
}

impl SiteTest {
    /// A copy of `tests/fixtures/<name>/`.
    pub fn fixture(name: &str) -> SiteTest {
        SiteTest {
            fixture: Some(name.to_string()),
            ..SiteTest::empty()
        }
    }

    /// An empty folder, for sites made of inline files only.
    pub fn empty() -> SiteTest {
        SiteTest {
            fixture: None,
            changes: Vec::new(),
            args: Vec::new(),
            precompress: false,
        }
    }

    /// Writes `contents` to `rel` (below the site's folder), over any file there.
    pub fn file(mut self, rel: &str, contents: impl AsRef<[u8]>) -> SiteTest {
        self.changes
            .push(Change::Write(rel.to_string(), contents.as_ref().to_vec()));
        self
    }

    /// Rewrites the text of `rel` with `edit`, which must change it.
    pub fn edit(mut self, rel: &str, edit: impl Fn(&str) -> String + 'static) -> SiteTest {
        self.changes
            .push(Change::Edit(rel.to_string(), Box::new(edit)));
        self
    }

    /// Replaces the first `from` of `rel` by `to`; `from` must be in the file.
    pub fn replace(self, rel: &str, from: &str, to: &str) -> SiteTest {
        let (from, to) = (from.to_string(), to.to_string());
        let file = rel.to_string();
        self.edit(rel, move |text| {
            assert!(text.contains(&from), "{file} does not hold `{from}`");
            text.replacen(&from, &to, 1)
        })
    }

    /// Removes the file `rel`.
    pub fn remove(mut self, rel: &str) -> SiteTest {
        self.changes.push(Change::Remove(rel.to_string()));
        self
    }

    /// More arguments for `waymark build`.
    pub fn args(mut self, args: &[&str]) -> SiteTest {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    /// Writes the `.br`/`.gz` copies (left out by default: brotli's best quality is slow).
    pub fn precompress(mut self) -> SiteTest {
        self.precompress = true;
        self
    }

    /// The site, set up in a new temporary folder but not built.
    pub fn site(self) -> Site {
        let site = Site::empty();
        self.set_up(&site.root);
        site.precompress.set(self.precompress);
        site
    }

    /// Builds the site in a new temporary folder.
    pub fn build(self) -> Built {
        let args = self.build_args();
        let site = self.site();
        let run = site.build(&strs(&args));
        Built::new(site.root.clone(), run, Some(site))
    }

    /// Builds and expects success (exit 0, no error).
    pub fn build_ok(self) -> Built {
        let built = self.build();
        built.assert_ok();
        built
    }

    /// Builds over a previous good output and expects the build to fail without touching
    /// it: exit code 1, at least one error, the previous output as it was. Check which
    /// errors with [`Built::error`].
    pub fn build_fails(self) -> Built {
        let args = self.build_args();
        let site = self.site();
        site.plant_sentinel();
        let run = site.build(&strs(&args));
        assert_eq!(run.code, 1, "a broken site must exit with status 1\n{run}");
        site.assert_output_untouched();
        let built = Built::new(site.root.clone(), run, Some(site));
        assert!(
            built.diagnostics().iter().any(Diag::is_error),
            "the build failed without an error\n{}",
            built.run
        );
        built
    }

    /// Sets the site up in `root` and builds it into `root/public`, for a site that lives
    /// as long as the process (see `shared`).
    pub(super) fn build_in(self, root: &Path) -> Built {
        let args = self.build_args();
        let precompress = self.precompress;
        self.set_up(root);
        let run = build_into(root, &root.join("public"), precompress, &strs(&args));
        Built::new(root.to_path_buf(), run, None)
    }

    fn build_args(&self) -> Vec<String> {
        let mut args = self.args.clone();
        args.extend(["--format".to_string(), "json".to_string()]);
        args
    }

    fn set_up(&self, root: &Path) {
        std::fs::create_dir_all(root).unwrap();
        if let Some(name) = &self.fixture {
            copy_tree(&fixture_dir(name), root);
        }
        for change in &self.changes {
            match change {
                Change::Write(rel, bytes) => {
                    let p = root.join(rel);
                    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                    std::fs::write(p, bytes).unwrap();
                }
                Change::Edit(rel, edit) => {
                    let p = root.join(rel);
                    let text = std::fs::read_to_string(&p)
                        .unwrap_or_else(|e| panic!("cannot edit {rel}: {e}"));
                    let new = edit(&text);
                    assert_ne!(new, text, "the edit does not change {rel}");
                    std::fs::write(p, new).unwrap();
                }
                Change::Remove(rel) => std::fs::remove_file(root.join(rel))
                    .unwrap_or_else(|e| panic!("cannot remove {rel}: {e}")),
            }
        }
    }
}

/// A build's result: the run of `waymark build --format json` and the folders.
pub struct Built {
    pub root: PathBuf,
    pub out: PathBuf,
    pub run: Run,
    /// The temporary folder, removed with the `Built` (none for shared builds).
    _tmp: Option<tempfile::TempDir>,
}

impl Built {
    fn new(root: PathBuf, run: Run, site: Option<Site>) -> Built {
        Built {
            out: root.join("public"),
            root,
            run,
            _tmp: site.map(|s| s.tmp),
        }
    }

    /// Exit code 0 and no error.
    pub fn assert_ok(&self) {
        assert_eq!(self.run.code, 0, "the build should succeed\n{}", self.run);
        assert!(
            !self.diagnostics().iter().any(Diag::is_error),
            "the build succeeded with errors\n{}",
            self.run
        );
    }

    /// The diagnostics the build printed (on stdout, as JSON).
    pub fn diagnostics(&self) -> Vec<Diag> {
        parse_diagnostics(&self.run.stdout)
    }

    /// The diagnostics with `code`.
    pub fn with_code(&self, code: &str) -> Vec<Diag> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.is(code))
            .collect()
    }

    /// The error with `code` in `file`, at `line` (a number, or `None` for a problem of the
    /// whole file); fails listing every diagnostic when there is none.
    pub fn error(&self, code: &str, file: &str, line: impl Into<Option<usize>>) -> Diag {
        let line = line.into();
        let all = self.diagnostics();
        all.iter()
            .find(|d| {
                d.is_error() && d.is(code) && d.file.as_deref() == Some(file) && d.line == line
            })
            .cloned()
            .unwrap_or_else(|| {
                panic!(
                    "no `{code}` error at {file}:{}; the diagnostics:\n{all:#?}",
                    line.map_or("-".to_string(), |l| l.to_string())
                )
            })
    }

    /// Every file written, as sorted `/`-separated paths below the output folder.
    pub fn files(&self) -> Vec<String> {
        list_files(&self.out)
    }

    /// The text of an output file.
    pub fn output(&self, rel: &str) -> String {
        read_output(&self.out, rel)
    }

    /// An output page, parsed.
    pub fn page(&self, rel: &str) -> Page {
        Page::parse(self.output(rel))
    }
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}
