//! The markdown sources of `content/`: which files are pages, sections and bundle files,
//! their language from the file name, their text as UTF-8, and the front matter split with
//! its line. The walk, the reading of files, the bodies kept in memory and the front
//! matter's split are each in their own module.

mod body;
mod front;
mod read;
mod walk;

pub use body::{Body, Text, KEEP_BYTES};
pub use front::{split_front_matter, SplitError};
pub use read::{read_capped, MAX_FILE_BYTES};

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use body::Shelf;
use rayon::prelude::*;
use read::{decode, read_start};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

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
    let walked = walk::walk(root, &content);
    let (md, others) = (walked.md, walked.others);
    diags.extend(walked.diags);

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

/// How much of a markdown file is read first for its front matter.
const HEAD_BYTES: u64 = 16 * 1024;

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
    fn language_from_file_name() {
        let is = |c: &str| c == "ar" || c == "fa";
        assert_eq!(split_lang("about.ar", &is), ("about", Some("ar")));
        assert_eq!(split_lang("about.de", &is), ("about.de", None));
        assert_eq!(split_lang("_index.fa", &is), ("_index", Some("fa")));
        assert_eq!(split_lang("ar", &is), ("ar", None));
    }
}
