//! Where a source's body is when its page is rendered: on disk, to be read again, or
//! kept in memory from the first read, within a budget, in blocks shared by many files.

use super::SourceFile;
use crate::diagnostics::Diagnostic;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

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
    pub(super) fn whole(block: Arc<str>) -> Text {
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

/// How much markdown a build keeps in memory from its first read (most files are read
/// whole for their front matter): about 5,000 pages of a typical size. Reading a body
/// again was 5 % of a build; more pages than this cost memory that grows with the site.
pub const KEEP_BYTES: usize = 32 * 1024 * 1024;

/// The texts of files read at load time, kept within the budget in shared blocks of about
/// [`BLOCK_BYTES`]: kept a file at a time, they grew the heap a file at a time (about 2 % of a
/// build, in `mprotect`).
pub(super) struct Shelf<'a> {
    budget: &'a AtomicUsize,
    /// The files read so far, in order.
    pub(super) files: Vec<Result<SourceFile, Diagnostic>>,
    block: String,
    /// (index in `files`, range in `block`) of the texts in the block being filled.
    pending: Vec<(usize, std::ops::Range<usize>)>,
}

const BLOCK_BYTES: usize = 1024 * 1024;

impl<'a> Shelf<'a> {
    pub(super) fn new(budget: &'a AtomicUsize) -> Shelf<'a> {
        Shelf {
            budget,
            files: Vec::new(),
            block: String::new(),
            pending: Vec::new(),
        }
    }

    /// Keeps `text` for the next file pushed to `files`, if the budget has room.
    pub(super) fn keep(&mut self, text: &str) {
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

    pub(super) fn finish(mut self) -> Vec<Result<SourceFile, Diagnostic>> {
        self.seal();
        self.files
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::load;

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
}
