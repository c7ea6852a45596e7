//! The three renderings of diagnostics: for people (`error[code]: message`, file:line, the
//! offending line, a hint), as JSON, and as GitHub annotations (`title=code`).

use super::{Diagnostic, Diagnostics, Severity};
use std::fmt::Write as _;

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
        // `error[unknown-key]: message`, as rustc shows its codes.
        let mut message = level.title(&d.message).id(d.code.as_str());
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

/// GitHub Actions workflow commands: `::error file=..,line=..,col=..,title=code::message`.
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
        props.push(format!("title={}", d.code));
        let mut msg = d.message.clone();
        if let Some(h) = &d.hint {
            msg.push_str("\nhint: ");
            msg.push_str(h);
        }
        let _ = writeln!(out, "::{kind} {}::{}", props.join(","), gh_escape(&msg));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;

    #[test]
    fn human_rendering_shows_code_file_line_and_hint() {
        let d = Diagnostic::error(Code::UnknownKey, "unknown key `titel`")
            .file("content/a.md")
            .at("---\ntitel: x\n---\n", 2, 1)
            .hint("did you mean `title`?");
        let out = render(&Diagnostics::from_iter([d]), Format::Human);
        assert!(
            out.starts_with("error[unknown-key]: unknown key `titel`\n"),
            "{out}"
        );
        assert!(out.contains("content/a.md:2:1"), "{out}");
        assert!(out.contains("^^^^^"), "the caret covers the key: {out}");
        assert!(out.contains("titel: x"), "{out}");
        assert!(out.contains("= help: did you mean `title`?"), "{out}");
    }

    #[test]
    fn human_rendering_without_a_line_shows_code_and_file() {
        let d = Diagnostic::warning(Code::NoOriginal, "no original").file("content/a.ar.md");
        let out = render(&Diagnostics::from_iter([d]), Format::Human);
        assert!(
            out.starts_with("warning[no-original]: no original\n"),
            "{out}"
        );
        assert!(out.contains("= note: in content/a.ar.md"), "{out}");
        assert!(out.ends_with("0 error(s), 1 warning(s)\n"), "{out}");
    }

    #[test]
    fn json_rendering_has_the_code() {
        let d = Diagnostic::error(Code::Webvtt, "invalid WebVTT").file("a.vtt");
        let out = render(&Diagnostics::from_iter([d]), Format::Json);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["code"], "webvtt", "{out}");
        assert_eq!(v[0]["severity"], "error", "{out}");
        assert_eq!(v[0]["file"], "a.vtt", "{out}");
    }

    #[test]
    fn github_rendering_has_the_code_as_title_and_escapes_newlines() {
        let d = Diagnostic::error(Code::Yaml, "a\nb")
            .file("x.md")
            .at("l1\n", 1, 1);
        let out = render(&Diagnostics::from_iter([d]), Format::Github);
        assert_eq!(out, "::error file=x.md,line=1,col=1,title=yaml::a%0Ab\n");
        let bare = render(
            &Diagnostics::from_iter([Diagnostic::warning(Code::SearchMissing, "w")]),
            Format::Github,
        );
        assert_eq!(bare, "::warning title=search-missing::w\n");
    }
}
