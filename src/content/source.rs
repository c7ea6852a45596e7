//! Walking `content/`: which files are pages, sections and bundle files, their language
//! from the file name, their text as UTF-8, and the front matter split with its line.

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;
use walkdir::WalkDir;

pub const CONTENT_DIR: &str = "content";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Section,
    Page,
}

/// One markdown file, read and split.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path for messages, relative to the site root (`content/rights/a.ar.md`).
    pub file: PathBuf,
    /// Key shared by all translations: the default-language path below content/
    /// with `/` separators (`rights/a.md`, `rights/_index.md`, `campaign/problem/index.md`).
    pub key: String,
    pub lang: String,
    pub kind: Kind,
    /// For a page bundle (`index.md`), its folder below content/.
    pub bundle: Option<String>,
    /// The file's text up to its body: the front matter with its `---` lines. The body
    /// is kept only within a fixed budget ([`KEEP_BYTES`]); the rest stay on disk until
    /// their page is rendered, so memory does not grow with the site.
    pub head: Arc<str>,
    /// Where the YAML between the `---` lines is in `head`.
    front: std::ops::Range<usize>,
    /// 1-based line where the front matter's YAML starts.
    pub front_line: usize,
    /// Byte offset of the body in the file's text (the length of `head`).
    pub body_start: usize,
    pub body: Body,
}

/// Where a source's body is when it is needed.
#[derive(Debug, Clone)]
pub enum Body {
    /// Read again from this file (an absolute or root-joined path) when rendered.
    OnDisk(PathBuf),
    /// The whole text, kept: read whole at load time within the budget, or made by the
    /// build or a test.
    Kept(Text),
}

/// A source's whole text: a range of a block of text shared with other sources (kept
/// at load time) or all of its own block.
#[derive(Debug, Clone)]
pub struct Text {
    block: Arc<str>,
    range: std::ops::Range<usize>,
}

impl Text {
    fn whole(block: Arc<str>) -> Text {
        Text {
            range: 0..block.len(),
            block,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.block[self.range.clone()]
    }
}

/// Where `inner`, a slice of `outer`, is in it.
fn span_in(outer: &str, inner: &str) -> std::ops::Range<usize> {
    let start = inner.as_ptr() as usize - outer.as_ptr() as usize;
    start..start + inner.len()
}

impl SourceFile {
    /// The front matter's YAML, between the `---` lines.
    pub fn front(&self) -> &str {
        &self.head[self.front.clone()]
    }

    /// A source whose whole text is in memory (made by the build, tests and fuzzing).
    pub fn in_memory(
        file: PathBuf,
        key: String,
        lang: String,
        kind: Kind,
        text: Arc<str>,
    ) -> Result<SourceFile, SplitError> {
        let (front, front_line, body_start) = split_front_matter(&text)?;
        Ok(SourceFile {
            file,
            key,
            lang,
            kind,
            bundle: None,
            head: Arc::from(&text[..body_start]),
            front: span_in(&text, front),
            front_line,
            body_start,
            body: Body::Kept(Text::whole(text)),
        })
    }

    /// The whole text of the file, read again if it is on disk. A file whose front matter
    /// changed since it was loaded (an edit during the build) is an error: the pages built
    /// from the old front matter would not match it.
    pub fn text(&self) -> Result<Text, Diagnostic> {
        let path = match &self.body {
            Body::Kept(t) => return Ok(t.clone()),
            Body::OnDisk(p) => p,
        };
        let changed = || {
            Diagnostic::error(
                Code::Changed,
                "the file changed while the site was being built",
            )
            .file(&self.file)
            .hint("build again (waymark serve rebuilds by itself)")
        };
        let bytes = read_capped(path).map_err(|e| {
            Diagnostic::error(Code::Unreadable, format!("cannot read the file: {e}"))
                .file(&self.file)
        })?;
        let text = decode(&self.file, &bytes)?;
        if text.len() < self.body_start || !text.starts_with(&*self.head) {
            return Err(changed());
        }
        Ok(Text::whole(Arc::from(text)))
    }
}

/// A file published beside a bundle's page.
#[derive(Debug, Clone)]
pub struct BundleFile {
    pub bundle: String,
    pub name: String,
    pub path: PathBuf,
    /// Path for messages, relative to the site root.
    pub file: PathBuf,
}

#[derive(Debug, Default)]
pub struct Sources {
    pub files: Vec<SourceFile>,
    /// Keys of markdown files that could not be read or split.
    pub unreadable: std::collections::BTreeSet<String>,
    pub bundle_files: Vec<BundleFile>,
}

/// Splits `name.<code>.md` into (`name`, code) when `<code>` is a configured language.
pub fn split_lang<'a>(stem: &'a str, is_lang: &dyn Fn(&str) -> bool) -> (&'a str, Option<&'a str>) {
    if let Some((base, code)) = stem.rsplit_once('.') {
        if !base.is_empty() && is_lang(code) {
            return (base, Some(code));
        }
    }
    (stem, None)
}

/// What a walk of (part of) content/ found: markdown, other files, problems.
#[derive(Default)]
struct Walked {
    md: Vec<PathBuf>,
    others: Vec<PathBuf>,
    diags: Diagnostics,
}

impl Walked {
    /// Sorts one entry of the walk: a file to read, a problem, or nothing.
    fn add(&mut self, entry: walkdir::Result<walkdir::DirEntry>, root: &Path, content: &Path) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                self.diags.push(Diagnostic::error(
                    Code::Unreadable,
                    format!("cannot read a content folder: {e}"),
                ));
                return;
            }
        };
        let rel = match entry.path().strip_prefix(content) {
            Ok(r) => r.to_path_buf(),
            Err(_) => return,
        };
        if entry.path_is_symlink() {
            if let Err(d) = check_link(root, entry.path()) {
                self.diags.push(d.file(Path::new(CONTENT_DIR).join(&rel)));
                return;
            }
        } else if entry.file_type().is_dir() {
            return;
        } else if !entry.file_type().is_file() {
            self.diags.push(
                Diagnostic::error(
                    Code::NotAFile,
                    "this is not a regular file (a pipe, socket or device)",
                )
                .file(Path::new(CONTENT_DIR).join(&rel))
                .hint("remove it: content/ holds only folders and files"),
            );
            return;
        }
        // Hidden files (editor swap files, .DS_Store) are never content.
        if rel
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        {
            return;
        }
        if rel.extension().is_some_and(|e| e == "md") {
            self.md.push(rel);
        } else {
            self.others.push(rel);
        }
    }
}

/// Up to `keep` bytes of markdown (whole files read in one go) stay in memory, so their
/// pages do not read them again; 0 keeps none.
pub fn load(
    root: &Path,
    languages: &[String],
    default_lang: &str,
    keep: usize,
) -> (Sources, Diagnostics) {
    let content = root.join(CONTENT_DIR);
    let mut diags = Diagnostics::new();
    let mut md = Vec::new();
    let mut others = Vec::new();
    if !content.is_dir() {
        diags.push(
            Diagnostic::warning(
                Code::NoContent,
                "there is no content/ folder: only the home pages are built",
            )
            .hint("create content/_index.md for the home page"),
        );
        return (Sources::default(), diags);
    }
    // Each folder of content/ is walked on its own, in parallel; put back in order, the
    // lists are those of one walk of content/ (a serial walk was 2 % of a build).
    let top: Vec<_> = WalkDir::new(&content)
        .sort_by_file_name()
        .follow_links(false)
        .min_depth(1)
        .max_depth(1)
        .into_iter()
        .collect();
    let walked: Vec<Walked> = top
        .into_par_iter()
        .map(|entry| {
            let mut w = Walked::default();
            match entry {
                Ok(e) if e.file_type().is_dir() => {
                    let under = WalkDir::new(e.path())
                        .sort_by_file_name()
                        .follow_links(false);
                    for entry in under {
                        w.add(entry, root, &content);
                    }
                }
                entry => w.add(entry, root, &content),
            }
            w
        })
        .collect();
    for w in walked {
        md.extend(w.md);
        others.extend(w.others);
        diags.extend(w.diags);
    }

    let is_lang = |c: &str| languages.iter().any(|l| l == c);
    let keep = AtomicUsize::new(keep);
    // In order: rayon folds consecutive files, and collects the folds in order.
    let results: Vec<Result<SourceFile, Diagnostic>> = md
        .par_iter()
        .fold(
            || Shelf::new(&keep),
            |mut shelf, rel| {
                let r = read_one(root, rel, &is_lang, default_lang, &mut shelf);
                shelf.files.push(r);
                shelf
            },
        )
        .flat_map_iter(Shelf::finish)
        .collect();
    let mut sources = Sources::default();
    for (r, rel) in results.into_iter().zip(&md) {
        match r {
            Ok(f) => sources.files.push(f),
            Err(d) => {
                diags.push(d);
                sources.unreadable.insert(key_of(rel, &is_lang));
            }
        }
    }

    // Files beside an index.md belong to that bundle.
    let bundles: std::collections::BTreeSet<String> = sources
        .files
        .iter()
        .filter_map(|f| f.bundle.clone())
        .collect();
    for rel in others {
        let parent = slash_path(rel.parent().unwrap_or(Path::new("")));
        if bundles.contains(&parent) {
            if let Some(name) = rel.file_name() {
                sources.bundle_files.push(BundleFile {
                    bundle: parent,
                    name: name.to_string_lossy().into_owned(),
                    path: content.join(&rel),
                    file: Path::new(CONTENT_DIR).join(&rel),
                });
            }
        }
    }
    (sources, diags)
}

/// The largest file Waymark reads (markdown, YAML, Fluent, WebVTT): far above any real
/// page, far below what would exhaust a small machine's memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// How much of a markdown file is read first for its front matter.
const HEAD_BYTES: u64 = 16 * 1024;

/// The texts of files read at load time, kept within the budget in shared blocks of about
/// [`BLOCK_BYTES`]: kept a file at a time, they grew the heap a file at a time (about 2 % of a
/// build, in `mprotect`).
struct Shelf<'a> {
    budget: &'a AtomicUsize,
    /// The files read so far, in order.
    files: Vec<Result<SourceFile, Diagnostic>>,
    block: String,
    /// (index in `files`, range in `block`) of the texts in the block being filled.
    pending: Vec<(usize, std::ops::Range<usize>)>,
}

const BLOCK_BYTES: usize = 1024 * 1024;

impl<'a> Shelf<'a> {
    fn new(budget: &'a AtomicUsize) -> Shelf<'a> {
        Shelf {
            budget,
            files: Vec::new(),
            block: String::new(),
            pending: Vec::new(),
        }
    }

    /// Keeps `text` for the next file pushed to `files`, if the budget has room.
    fn keep(&mut self, text: &str) {
        let taken = |left: usize| left.checked_sub(text.len());
        if self.budget.fetch_update(Relaxed, Relaxed, taken).is_err() {
            return;
        }
        if self.block.len() + text.len() > self.block.capacity() {
            self.seal();
            self.block = String::with_capacity(BLOCK_BYTES.max(text.len()));
        }
        let start = self.block.len();
        self.block.push_str(text);
        self.pending
            .push((self.files.len(), start..self.block.len()));
    }

    /// Shares the block being filled with the files whose text is in it.
    fn seal(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let block: Arc<str> = Arc::from(std::mem::take(&mut self.block));
        for (i, range) in self.pending.drain(..) {
            if let Some(Ok(f)) = self.files.get_mut(i) {
                f.body = Body::Kept(Text {
                    block: block.clone(),
                    range,
                });
            }
        }
    }

    fn finish(mut self) -> Vec<Result<SourceFile, Diagnostic>> {
        self.seal();
        self.files
    }
}

/// How much markdown a build keeps in memory from its first read (most files are read
/// whole for their front matter): about 5,000 pages of a typical size. Reading a body
/// again was 5 % of a build; more pages than this cost memory that grows with the site.
pub const KEEP_BYTES: usize = 32 * 1024 * 1024;

/// The first `limit` bytes of a file (with the checks of `read_capped`), and whether
/// they are the whole file.
fn read_start(path: &Path, limit: u64) -> std::io::Result<(Vec<u8>, bool)> {
    use std::io::Read;
    let (file, len) = open_capped(path)?;
    let mut bytes = Vec::with_capacity(len.min(limit) as usize + 1);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let whole = bytes.len() as u64 <= limit;
    bytes.truncate(limit as usize);
    Ok((bytes, whole))
}

/// A file's bytes as text, or an error at the first byte that is not UTF-8.
fn decode<'b>(file: &Path, bytes: &'b [u8]) -> Result<&'b str, Diagnostic> {
    simdutf8::compat::from_utf8(bytes).map_err(|e| {
        let off = e.valid_up_to();
        let lossy = String::from_utf8_lossy(bytes).into_owned();
        Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8 text")
            .file(file)
            .at_offset(&lossy, off)
            .hint("save it as UTF-8 (in most editors: Save with encoding → UTF-8)")
    })
}

/// Opens a file an editor wrote, refusing what is not a regular file (a pipe would block
/// the build forever) and what is larger than [`MAX_FILE_BYTES`].
fn open_capped(path: &Path) -> std::io::Result<(std::fs::File, u64)> {
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "the file is too large: {:.1} MB, and a file may have at most {} MB; split it into several",
            meta.len() as f64 / 1e6,
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    Ok((file, meta.len()))
}

fn not_regular() -> std::io::Error {
    std::io::Error::other("it is not a regular file (a folder, pipe, socket or device)")
}

/// Opening a pipe for reading waits for a writer; with `O_NONBLOCK` it returns at once and
/// the file's own metadata tells what it is (one path lookup, not two: every source is
/// opened at least once per build, and those not kept in memory twice).
#[cfg(target_os = "linux")]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

/// Elsewhere the path is checked before opening.
#[cfg(not(target_os = "linux"))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    std::fs::File::open(path)
}

/// Reads a whole file an editor wrote, with the checks of `open_capped` (and at most
/// `MAX_FILE_BYTES`, should it grow in between).
pub fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let (file, len) = open_capped(path)?;
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.take(MAX_FILE_BYTES).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A symbolic link in content/ is followed only to a file inside the site: a link out of
/// the site could publish a private file, and a link to a folder could loop.
fn check_link(root: &Path, link: &Path) -> Result<(), Diagnostic> {
    let target = std::fs::canonicalize(link).map_err(|e| {
        Diagnostic::error(
            Code::BadLinkFile,
            format!("this symbolic link cannot be followed: it loops or points nowhere ({e})"),
        )
        .hint("remove the link, or replace it with the file itself")
    })?;
    let site = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !target.starts_with(&site) {
        return Err(Diagnostic::error(Code::BadLinkFile, format!(
            "this symbolic link points outside the site, to {}",
            target.display()
        ))
        .hint("copy the file into the site instead: a link out of the site could publish a private file"));
    }
    if target.is_dir() {
        let parent = link
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())
            .unwrap_or_default();
        let msg = if parent.starts_with(&target) {
            "this symbolic link points to a folder that contains it: a loop"
        } else {
            "symbolic links to folders are not followed"
        };
        return Err(Diagnostic::error(Code::BadLinkFile, msg)
            .hint("move or copy the folder here instead of linking to it"));
    }
    Ok(())
}

pub fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// One markdown file read again (`serve`), by its path below content/.
pub fn reload(
    root: &Path,
    rel: &Path,
    languages: &[String],
    default_lang: &str,
) -> Result<SourceFile, Diagnostic> {
    let is_lang = |c: &str| languages.iter().any(|l| l == c);
    let none = AtomicUsize::new(0);
    read_one(root, rel, &is_lang, default_lang, &mut Shelf::new(&none))
}

fn read_one(
    root: &Path,
    rel: &Path,
    is_lang: &dyn Fn(&str) -> bool,
    default_lang: &str,
    shelf: &mut Shelf,
) -> Result<SourceFile, Diagnostic> {
    let file = Path::new(CONTENT_DIR).join(rel);
    let unreadable = |e: std::io::Error| {
        Diagnostic::error(Code::Unreadable, format!("cannot read the file: {e}")).file(&file)
    };
    // Only the front matter is needed now: read a first part of the file, more only when
    // the front matter is longer. The body is read when its page is rendered, unless the
    // whole file came in this read and the budget has room to keep it.
    let mut want = HEAD_BYTES;
    let (bytes, read_whole) = loop {
        let (mut bytes, whole) = read_start(&root.join(&file), want).map_err(unreadable)?;
        if !whole {
            // Whole lines only: a cut line could look like the closing `---`.
            let cut = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            bytes.truncate(cut);
        }
        let text = decode(&file, &bytes)?;
        if whole || split_front_matter(text).is_ok() {
            break (bytes, whole);
        }
        want *= 4;
    };
    // Checked above; borrowed, not copied: only the head, and a kept file, are copied.
    let text = decode(&file, &bytes)?;
    let (kind, key, bundle, code) = classify(rel, is_lang);
    let lang = code.unwrap_or_else(|| default_lang.to_string());
    let (front, front_line, body_start) =
        split_front_matter(text).map_err(|(msg, line, hint)| {
            Diagnostic::error(Code::FrontMatter, msg)
                .file(&file)
                .at(text, line, 1)
                .hint(hint)
        })?;
    // Nothing can fail from here: the file is the next one the shelf gets.
    if read_whole {
        shelf.keep(text);
    }
    Ok(SourceFile {
        body: Body::OnDisk(root.join(&file)),
        file,
        key,
        lang,
        kind,
        bundle,
        front: span_in(text, front),
        front_line,
        body_start,
        head: Arc::from(&text[..body_start]),
    })
}

/// (kind, content key, bundle folder, language code from the name) of a markdown path.
fn classify(
    rel: &Path,
    is_lang: &dyn Fn(&str) -> bool,
) -> (Kind, String, Option<String>, Option<String>) {
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (base, code) = split_lang(&stem, is_lang);
    let dir = slash_path(rel.parent().unwrap_or(Path::new("")));
    let join = |name: &str| {
        if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        }
    };
    let code = code.map(str::to_string);
    match base {
        "_index" => (Kind::Section, join("_index.md"), None, code),
        "index" if !dir.is_empty() => (Kind::Page, join("index.md"), Some(dir.clone()), code),
        _ => (Kind::Page, join(&format!("{base}.md")), None, code),
    }
}

fn key_of(rel: &Path, is_lang: &dyn Fn(&str) -> bool) -> String {
    classify(rel, is_lang).1
}

pub type SplitError = (&'static str, usize, &'static str);

/// Returns (yaml, first yaml line, body byte offset).
pub fn split_front_matter(text: &str) -> Result<(&str, usize, usize), SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[start..].split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err((
            "the file does not start with front matter",
            1,
            "begin the file with a line `---`, then `title: ...`, then another line `---`",
        ));
    }
    let yaml_start = start + first.len();
    let mut offset = yaml_start;
    for line in lines {
        if line.trim_end() == "---" {
            return Ok((&text[yaml_start..offset], 2, offset + line.len()));
        }
        offset += line.len();
    }
    Err((
        "the front matter is not closed",
        1,
        "add a line `---` after the last front-matter line (the one that opens it is here)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_longer_than_the_first_read_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        // A closing-looking line cut by the first read must not end the front matter.
        let pad = "x".repeat(HEAD_BYTES as usize - 20);
        let long = format!(
            "---\ntitle: A\ndescription: {pad}\n----not-the-end: 1\nlong: {}\n---\nbody\n",
            "y".repeat(50_000)
        );
        std::fs::write(dir.path().join("content/a.md"), &long).unwrap();
        // Bytes that are not UTF-8 beyond the first read are found when the page renders.
        let mut b = b"---\ntitle: B\n---\n".to_vec();
        b.extend(std::iter::repeat_n(b'z', HEAD_BYTES as usize));
        b.extend(b"bad \xff byte\n");
        std::fs::write(dir.path().join("content/b.md"), b).unwrap();
        let (sources, diags) = load(dir.path(), &["en".to_string()], "en", KEEP_BYTES);
        assert!(diags.is_empty(), "{diags:?}");
        let a = &sources.files[0];
        assert_eq!(&*a.head, &long[..long.len() - "body\n".len()]);
        assert_eq!(&a.text().unwrap()[a.body_start..], "body\n");
        let e = sources.files[1].text().unwrap_err();
        assert_eq!(e.code, Code::NotUtf8);
    }

    #[test]
    fn bodies_are_read_at_render_time_and_front_matter_edits_are_caught() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        let page = dir.path().join("content/a.md");
        std::fs::write(&page, "---\ntitle: A\n---\nfirst body\n").unwrap();
        let (sources, diags) = load(dir.path(), &["en".to_string()], "en", 0);
        assert!(diags.is_empty());
        let src = &sources.files[0];
        assert_eq!(&*src.head, "---\ntitle: A\n---\n");
        assert_eq!(src.front(), "title: A\n");
        assert!(matches!(src.body, Body::OnDisk(_)), "the body is not kept");
        // An edit to the body only is what the page shows.
        std::fs::write(&page, "---\ntitle: A\n---\nsecond body\n").unwrap();
        assert_eq!(&src.text().unwrap()[src.body_start..], "second body\n");
        // An edit to the front matter would mismatch the model: an error, with the file.
        std::fs::write(&page, "---\ntitle: B\n---\nsecond body\n").unwrap();
        let e = src.text().unwrap_err();
        assert_eq!(e.code, Code::Changed);
        assert_eq!(e.file.as_deref(), Some("content/a.md"));
    }

    #[test]
    fn bodies_read_whole_are_kept_within_the_budget_only() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        let names = ["a", "b", "c"];
        let text = |name: &str, body: &str| format!("---\ntitle: {name}\n---\n{body} {name}\n");
        for name in names {
            std::fs::write(
                dir.path().join(format!("content/{name}.md")),
                text(name, "first"),
            )
            .unwrap();
        }
        // Room for two of the three files.
        let budget = 2 * text("a", "first").len() + 1;
        let (sources, diags) = load(dir.path(), &["en".to_string()], "en", budget);
        assert!(diags.is_empty());
        let kept = sources
            .files
            .iter()
            .filter(|f| matches!(f.body, Body::Kept(_)))
            .count();
        assert_eq!(kept, 2, "{:?}", sources.files);
        // A kept body is the one read with its front matter, whatever happens on disk; and
        // each file's own, though they share a block.
        for name in names {
            std::fs::write(
                dir.path().join(format!("content/{name}.md")),
                text(name, "second"),
            )
            .unwrap();
        }
        for (f, name) in sources.files.iter().zip(names) {
            let t = f.text().unwrap();
            assert_eq!(&t[..f.body_start], &*f.head);
            let body = &t[f.body_start..];
            match f.body {
                Body::Kept(_) => assert_eq!(body, format!("first {name}\n")),
                Body::OnDisk(_) => assert_eq!(body, format!("second {name}\n")),
            }
        }
    }

    #[test]
    fn the_walk_in_parallel_finds_what_one_walk_finds_in_the_same_order() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let files = [
            "a.md",
            "b/_index.md",
            "b/c/d.md",
            "b/c/e.md",
            "b/img.png",
            "b/z.md",
            "ba.md",
            "c/.swap.md",
            "c/_index.md",
            "d.txt",
            "e/f/g/h.md",
            ".hidden/x.md",
        ];
        for f in files {
            let path = content.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "---\ntitle: T\n---\n").unwrap();
        }
        let (sources, diags) = load(dir.path(), &["en".to_string()], "en", 0);
        assert!(diags.is_empty(), "{diags:?}");
        let found: Vec<String> = sources.files.iter().map(|f| slash_path(&f.file)).collect();
        // One walk of content/ in name order, without hidden files.
        let expected: Vec<String> = WalkDir::new(&content)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .map(|p| slash_path(p.strip_prefix(dir.path()).unwrap()))
            .filter(|p| !p.contains("/."))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 8);
    }

    #[test]
    fn splits_front_matter_with_offsets() {
        let t = "---\ntitle: a\n---\nBody\n";
        let (y, line, body) = split_front_matter(t).unwrap();
        assert_eq!(y, "title: a\n");
        assert_eq!(line, 2);
        assert_eq!(&t[body..], "Body\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split_front_matter("---\ntitle: a\nBody\n").is_err());
        assert!(split_front_matter("title: a\n").is_err());
        assert!(split_front_matter("").is_err());
    }

    #[test]
    fn language_from_file_name() {
        let is = |c: &str| c == "ar" || c == "fa";
        assert_eq!(split_lang("about.ar", &is), ("about", Some("ar")));
        assert_eq!(split_lang("about.de", &is), ("about.de", None));
        assert_eq!(split_lang("_index.fa", &is), ("_index", Some("fa")));
        assert_eq!(split_lang("ar", &is), ("ar", None));
    }
}
