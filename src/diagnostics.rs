//! One `Diagnostic` type for every problem a build finds, and its three renderings:
//! for people (file:line, the offending line, a hint), as JSON, and as GitHub annotations.

use serde::Serialize;
use std::fmt::Write as _;
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
    /// A stable name for the kind of problem (`unknown-key`, `broken-link` ...).
    pub code: Option<&'static str>,
    pub message: String,
    pub hint: Option<String>,
    /// The offending source line, shown under the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            code: None,
            message: message.into(),
            hint: None,
            source_line: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(display_path(file.as_ref()));
        self
    }

    pub fn code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
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
        self.source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end().to_string());
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

    /// Stable order (file, line, column, message) so output does not depend on threads.
    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.0.dedup();
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Human,
    Json,
    Github,
}

pub fn render(diags: &Diagnostics, format: Format) -> String {
    render_with(diags, format, false)
}

/// Whether problems printed on stderr may use colour: a terminal, and no `NO_COLOR`.
pub fn stderr_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

pub fn render_with(diags: &Diagnostics, format: Format, color: bool) -> String {
    match format {
        Format::Human => render_human(diags, color),
        Format::Json => render_json(diags),
        Format::Github => render_github(diags),
    }
}

fn render_human(diags: &Diagnostics, color: bool) -> String {
    use annotate_snippets::{Level, Renderer, Snippet};
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags.iter() {
        let level = match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let location;
        let plain: String;
        // The code is for tools (JSON); people read `error:` and the message.
        let mut message = level.title(&d.message);
        match (&d.file, d.line, &d.source_line) {
            (Some(file), Some(line), Some(src)) => {
                // The caret: from the column to the end of that word (at least one character).
                let col = d.column.unwrap_or(1).saturating_sub(1);
                let start = src.char_indices().nth(col).map_or(src.len(), |(i, _)| i);
                // At least one whole character: the first may be a multi-byte space (found
                // by fuzzing: a no-break space before `---`).
                let word = src[start..]
                    .find(char::is_whitespace)
                    .unwrap_or(src.len() - start);
                let end = if word > 0 {
                    start + word
                } else {
                    start + src[start..].chars().next().map_or(0, char::len_utf8)
                };
                // annotate-snippets 0.11 overflows on a span inside a line's leading
                // whitespace, or after more than 20 columns of it, on wide lines (found by
                // fuzzing): such a line is shown without its leading whitespace.
                // Tabs and control characters shown as one space each (same byte offsets):
                // the renderer widens tabs, which made its margins overflow.
                plain = src
                    .chars()
                    .map(|c| if c.is_ascii_control() { ' ' } else { c })
                    .collect();
                let src = &plain;
                let lead = src.len() - src.trim_start().len();
                let (src, start, end) = if lead > 20 || end <= lead {
                    let shown = &src[lead..];
                    let start = start.saturating_sub(lead);
                    let end = end
                        .saturating_sub(lead)
                        .max(start + shown[start..].chars().next().map_or(0, char::len_utf8));
                    (shown, start, end)
                } else {
                    (src.as_str(), start, end)
                };
                let end = end.min(src.len());
                let start = start.min(end);
                message = message.snippet(
                    Snippet::source(src)
                        .line_start(line)
                        .origin(file)
                        .annotation(level.span(start..end)),
                );
            }
            (Some(file), line, _) => {
                location = match line {
                    Some(l) => format!("in {file}:{l}"),
                    None => format!("in {file}"),
                };
                message = message.footer(Level::Note.title(&location));
            }
            _ => {}
        }
        if let Some(h) = &d.hint {
            message = message.footer(Level::Help.title(h));
        }
        let _ = writeln!(out, "{}\n", renderer.render(message));
    }
    let (e, w) = (diags.error_count(), diags.warning_count());
    if e + w > 0 {
        let _ = writeln!(out, "{e} error(s), {w} warning(s)");
    }
    out
}

fn render_json(diags: &Diagnostics) -> String {
    let list: Vec<&Diagnostic> = diags.iter().collect();
    serde_json::to_string_pretty(&list).unwrap_or_else(|_| "[]".into()) + "\n"
}

/// GitHub Actions workflow commands: `::error file=..,line=..,col=..::message`.
fn render_github(diags: &Diagnostics) -> String {
    let mut out = String::new();
    for d in diags.iter() {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = Vec::new();
        if let Some(f) = &d.file {
            props.push(format!("file={}", gh_escape_prop(f)));
        }
        if let Some(l) = d.line {
            props.push(format!("line={l}"));
        }
        if let Some(c) = d.column {
            props.push(format!("col={c}"));
        }
        let mut msg = d.message.clone();
        if let Some(h) = &d.hint {
            msg.push_str("\nhint: ");
            msg.push_str(h);
        }
        let props = if props.is_empty() {
            String::new()
        } else {
            format!(" {}", props.join(","))
        };
        let _ = writeln!(out, "::{kind}{props}::{}", gh_escape(&msg));
    }
    out
}

fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_escape_prop(s: &str) -> String {
    gh_escape(s).replace(':', "%3A").replace(',', "%2C")
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
    fn human_rendering_shows_file_line_and_hint() {
        let d = Diagnostic::error("unknown key `titel`")
            .file("content/a.md")
            .at("---\ntitel: x\n---\n", 2, 1)
            .hint("did you mean `title`?");
        let out = render(&Diagnostics::from_iter([d]), Format::Human);
        assert!(out.contains("content/a.md:2:1"), "{out}");
        assert!(out.contains("^^^^^"), "the caret covers the key: {out}");
        assert!(out.contains("titel: x"), "{out}");
        assert!(out.contains("= help: did you mean `title`?"), "{out}");
    }

    #[test]
    fn github_rendering_escapes_newlines() {
        let d = Diagnostic::error("a\nb").file("x.md").at("l1\n", 1, 1);
        let out = render(&Diagnostics::from_iter([d]), Format::Github);
        assert_eq!(out, "::error file=x.md,line=1,col=1::a%0Ab\n");
        let bare = render(
            &Diagnostics::from_iter([Diagnostic::warning("w")]),
            Format::Github,
        );
        assert_eq!(bare, "::warning::w\n");
    }

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(did_you_mean("titel", &["title", "slug"]), Some("title"));
        assert_eq!(did_you_mean("zzzzzz", &["title", "slug"]), None);
    }
}
