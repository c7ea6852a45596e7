//! One `Diagnostic` type for every problem a build finds, each with its [`Code`], and its
//! three renderings (in `render.rs`): for people (file:line, the offending line, a hint),
//! as JSON, and as GitHub annotations.

mod code;
mod render;

pub use code::Code;
pub use render::{render, render_with, stderr_color, Format};

use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub file: Option<String>,
    /// 1-based line and column (in characters).
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The kind of problem (`unknown-key`, `broken-link` ...): see [`Code`].
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
    /// The offending source line, shown under the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// An error of the kind `code`.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            code,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    /// A warning of the kind `code` (an error with `--strict`).
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(display_path(file.as_ref()));
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Points at a 1-based line and column of `text` and keeps that line for display.
    pub fn at(mut self, text: &str, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        // A line too long to read in a terminal is not shown (and not copied into every
        // diagnostic on it: 20,000 links on one 600 KB line would copy it 20,000 times).
        self.source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(str::trim_end)
            .filter(|l| l.len() <= MAX_SHOWN_LINE)
            .map(str::to_string);
        self
    }

    /// Points at a byte offset of `text`.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        let (line, column) = line_col(text, offset);
        self.at(text, line, column)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (Option<&str>, Option<usize>, Option<usize>, &str) {
        (
            self.file.as_deref(),
            self.line,
            self.column,
            self.message.as_str(),
        )
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The longest source line (in bytes) shown under a diagnostic.
pub const MAX_SHOWN_LINE: usize = 1000;

/// Every diagnostic a stage found; stages return all of them, never only the first.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }
    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }
    /// `--strict`: every warning becomes an error.
    pub fn strict(self) -> Self {
        Diagnostics(
            self.0
                .into_iter()
                .map(|mut d| {
                    d.severity = Severity::Error;
                    d
                })
                .collect(),
        )
    }

    /// Stable order (file, line, column, message) so output does not depend on threads;
    /// the same write failure on many files (a full disk) is shown a few times and counted.
    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.0.dedup();
        self.collapse_write_errors()
    }

    /// `cannot-write` errors with the same cause (the text after the path): the first
    /// three, and one that counts the rest. A full disk once printed 537 of them.
    fn collapse_write_errors(mut self) -> Self {
        const SHOWN: usize = 3;
        let cause = |d: &Diagnostic| d.message.rsplit(": ").next().unwrap_or("").to_string();
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for d in self.0.iter().filter(|d| d.code == Code::CannotWrite) {
            *counts.entry(cause(d)).or_default() += 1;
        }
        if counts.values().all(|&n| n <= SHOWN) {
            return self;
        }
        let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
        self.0.retain(|d| {
            if d.code != Code::CannotWrite {
                return true;
            }
            let n = seen.entry(cause(d)).or_default();
            *n += 1;
            *n <= SHOWN
        });
        for (why, n) in counts.into_iter().filter(|&(_, n)| n > SHOWN) {
            self.0.push(
                Diagnostic::error(
                    Code::CannotWrite,
                    format!("{} more files could not be written: {why}", n - SHOWN),
                )
                .hint("free space on the disk, or check that the output folder can be written"),
            );
        }
        self
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<T: IntoIterator<Item = Diagnostic>>(iter: T) -> Self {
        Diagnostics(iter.into_iter().collect())
    }
}

/// The nearest known name to `unknown`, for "did you mean" hints.
pub fn did_you_mean<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(unknown, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

/// A path shown relative to the site root.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nعربي x\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (2, 6));
    }

    #[test]
    fn the_same_write_failure_on_many_files_is_counted() {
        let mut all = Diagnostics::new();
        for i in 0..537 {
            all.push(Diagnostic::error(
                Code::CannotWrite,
                format!("cannot write public/p{i}.html: No space left on device (os error 28)"),
            ));
        }
        all.push(Diagnostic::error(
            Code::CannotWrite,
            "cannot write x: Permission denied (os error 13)",
        ));
        let shown: Vec<_> = all.sorted().into_iter().collect();
        assert_eq!(shown.len(), 5, "{shown:#?}");
        assert!(shown.iter().any(|d| d
            .message
            .starts_with("534 more files could not be written: No space left")));
    }

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(did_you_mean("titel", &["title", "slug"]), Some("title"));
        assert_eq!(did_you_mean("zzzzzz", &["title", "slug"]), None);
    }
}
