//! YAML through serde-saphyr, with its errors turned into diagnostics that point at the
//! editor's file and line (front matter starts a few lines into its file).

use crate::diagnostics::{did_you_mean, Code, Diagnostic};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `yaml`, which starts at line `first_line` (1-based) of `file_text`.
pub(crate) fn parse<T: DeserializeOwned>(
    yaml: &str,
    file: &Path,
    file_text: &str,
    first_line: usize,
) -> Result<T, Diagnostic> {
    let blank = yaml
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err(
            Diagnostic::error(Code::Empty, "the file is empty: there are no keys in it")
                .file(file)
                .at(file_text, first_line.max(1), 1)
                .hint("write its keys, one `key: value` per line (the README lists them)"),
        );
    }
    serde_saphyr::from_str::<T>(yaml).map_err(|e| to_diagnostic(&e, file, file_text, first_line))
}

/// Like [`parse`], but a file with several unknown keys or wrongly typed values reports
/// them all at once: after each such error its top-level key is blanked out (lines kept, so
/// later errors keep their lines) and the text parsed again, at most once per key.
pub(crate) fn parse_all<T: DeserializeOwned>(
    yaml: &str,
    file: &Path,
    file_text: &str,
    first_line: usize,
) -> Result<T, Vec<Diagnostic>> {
    let mut lines: Vec<&str> = yaml.lines().collect();
    let mut blanked: Vec<String> = Vec::new();
    let mut found: Vec<Diagnostic> = Vec::new();
    loop {
        let text = lines.join("\n");
        let err = match parse::<T>(&text, file, file_text, first_line) {
            Ok(value) if found.is_empty() => return Ok(value),
            Ok(_) => return Err(found),
            Err(d) => d,
        };
        // A key blanked for its own error, or misspelt (`titel`, "did you mean `title`?"),
        // is not also "missing": fixing that one line fixes both.
        let missing_blanked = err.code == Code::MissingKey
            && between_backticks(&err.message).is_some_and(|k| {
                blanked.iter().any(|b| b == k)
                    || found.iter().any(|d| {
                        d.hint
                            .as_deref()
                            .is_some_and(|h| h.contains(&format!("did you mean `{k}`?")))
                    })
            });
        let line = err.line.unwrap_or(0);
        // Only a key's own mistake (an unknown key, a value of the wrong type) is blanked:
        // after a syntax error the parser's place says little about which key is broken.
        let retry = (err.code == Code::UnknownKey
            || (err.code == Code::Yaml && err.message.starts_with("invalid ")))
            && line >= first_line;
        if !missing_blanked {
            found.push(err);
        }
        if !retry {
            return Err(found);
        }
        // The top-level key the error is in: the nearest unindented `key:` at or above it.
        let at = line - first_line;
        let Some(start) = (0..=at.min(lines.len().saturating_sub(1)))
            .rev()
            .find(|&i| top_level_key(lines[i]).is_some())
        else {
            return Err(found);
        };
        if let Some(key) = top_level_key(lines[start]) {
            blanked.push(key.to_string());
        }
        let end = (start + 1..lines.len())
            .find(|&i| top_level_key(lines[i]).is_some())
            .unwrap_or(lines.len());
        for l in &mut lines[start..end] {
            *l = "";
        }
    }
}

/// `key` when `line` starts a top-level mapping entry (`key:` at column 1).
fn top_level_key(line: &str) -> Option<&str> {
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty()).then_some(key)
}

fn to_diagnostic(
    e: &serde_saphyr::Error,
    file: &Path,
    file_text: &str,
    first_line: usize,
) -> Diagnostic {
    let raw = e.without_snippet().to_string();
    let message = strip_location(&raw);
    let (line, column) = e
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((1, 1));
    let line = if message.starts_with("missing field") {
        // A missing key has no line of its own: point at the block's opening line.
        first_line.saturating_sub(1).max(1)
    } else {
        line.max(1) + first_line - 1
    };
    let column = if message.starts_with("missing field") {
        1
    } else {
        column
    };
    let code = if message.starts_with("unknown field") {
        Code::UnknownKey
    } else if message.starts_with("missing field") {
        Code::MissingKey
    } else {
        Code::Yaml
    };
    let mut d = Diagnostic::error(code, describe(&message))
        .file(file)
        .at(file_text, line, column);
    if let Some(h) = hint_for(&message) {
        d = d.hint(h);
    }
    d
}

/// serde-saphyr appends or prepends the position; we show it separately.
fn strip_location(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or(raw);
    let mut s = first.trim_start_matches("error: ").to_string();
    // "line 1 column 8: message"
    if s.starts_with("line ") {
        if let Some(i) = s.find(": ") {
            s = s[i + 2..].to_string();
        }
    }
    // "message at line 1, column 1"
    if let Some(i) = s.rfind(" at line ") {
        s.truncate(i);
    }
    s
}

fn describe(message: &str) -> String {
    if message.starts_with("unknown field") {
        format!(
            "unknown key `{}`",
            between_backticks(message).unwrap_or_default()
        )
    } else if let Some(rest) = message.strip_prefix("missing field") {
        format!("required key{} is missing", rest)
    } else if message.starts_with("budget breached") {
        // serde-saphyr's limits on size and on `*alias` expansion (the "billion laughs").
        format!("the YAML is too large: too many keys or values, or `&anchors` and `*aliases` that expand past the limit ({message})")
    } else if message.starts_with("recursion limit exceeded") {
        "the YAML is nested too deeply (lists or maps inside each other)".to_string()
    } else {
        message.to_string()
    }
}

fn between_backticks(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

fn hint_for(message: &str) -> Option<String> {
    if message.starts_with("unknown field") {
        let unknown = between_backticks(message)?;
        // "expected one of a, b" or "expected `a` or `b`", depending on the count.
        let known: Vec<&str> = message
            .split_once("expected")
            .map(|(_, rest)| {
                rest.trim_start()
                    .trim_start_matches("one of")
                    .split([','])
                    .flat_map(|p| p.split(" or "))
                    .map(|k| k.trim().trim_matches('`'))
                    .filter(|k| !k.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let list = known
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return Some(match did_you_mean(unknown, &known) {
            Some(k) => format!("did you mean `{k}`? Known keys: {list}"),
            None if !known.is_empty() => format!("remove it, or use one of the known keys: {list}"),
            None => "remove this key".to_string(),
        });
    }
    if message.starts_with("missing field") {
        return Some("add the key with a value".into());
    }
    if message.starts_with("budget breached") || message.starts_with("recursion limit") {
        return Some("write the values out plainly; front matter and entries are small".into());
    }
    if message.starts_with("invalid") || message.starts_with("expected") {
        return Some("check the value's type: text, a number, true/false, a list or a map".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        weight: Option<i64>,
    }

    #[test]
    fn unknown_key_gets_line_and_suggestion() {
        let text = "---\ntitle: a\ntitel: b\n---\n";
        let d = parse::<T>("title: a\ntitel: b\n", Path::new("a.md"), text, 2).unwrap_err();
        assert_eq!(d.line, Some(3));
        assert_eq!(d.message, "unknown key `titel`");
        assert!(d.hint.unwrap().contains("did you mean `title`?"));
    }

    #[test]
    fn type_error_points_at_value() {
        let text = "---\ntitle: a\nweight: abc\n---\n";
        let d = parse::<T>("title: a\nweight: abc\n", Path::new("a.md"), text, 2).unwrap_err();
        assert_eq!((d.line, d.column), (Some(3), Some(9)));
        assert_eq!(d.source_line.as_deref(), Some("weight: abc"));
    }

    #[test]
    fn every_unknown_key_and_bad_value_is_reported_at_once() {
        let yaml = "titel: a\nweight: abc\nslug: x\ncolour:\n  - red\n  - blue\ntitle: ok\n";
        let text = format!("---\n{yaml}---\n");
        let all = parse_all::<T>(yaml, Path::new("a.md"), &text, 2).unwrap_err();
        let lines: Vec<_> = all.iter().map(|d| (d.line, d.code)).collect();
        assert_eq!(
            lines,
            [
                (Some(2), Code::UnknownKey),
                (Some(3), Code::Yaml),
                (Some(4), Code::UnknownKey),
                (Some(5), Code::UnknownKey),
            ],
            "{all:#?}"
        );
        // A title blanked for its own error is not also reported missing.
        let yaml = "title: [a, b]\n";
        let all =
            parse_all::<T>(yaml, Path::new("a.md"), &format!("---\n{yaml}---\n"), 2).unwrap_err();
        assert_eq!(all.len(), 1, "{all:#?}");
        assert!(parse_all::<T>("title: a\n", Path::new("a.md"), "---\ntitle: a\n---\n", 2).is_ok());
    }

    #[test]
    fn missing_field_is_named() {
        let d =
            parse::<T>("weight: 1\n", Path::new("a.md"), "---\nweight: 1\n---\n", 2).unwrap_err();
        assert!(d.message.contains("`title`"), "{}", d.message);
    }
}
