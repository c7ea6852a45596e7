//! The front matter of a content file: strict keys, types and values checked with lines.

use crate::content::source::SourceFile;
use crate::content::yaml;
use crate::diagnostics::{Code, Diagnostic};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Problem,
    Solutions,
    Conclusion,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Video {
    pub file: Option<Spanned<String>>,
    pub youtube: Option<Spanned<String>>,
    pub poster: Option<Spanned<String>>,
    pub duration: Option<Spanned<String>>,
    pub captions: Option<Spanned<String>>,
}

/// `help:`: directory entries this page adds to its help strip.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// A country (ISO 3166-1 alpha-2): site.yaml's `directory.pinned_by_country` for it.
    pub country: Option<Spanned<String>>,
    /// Entry ids, after the site's and the country's.
    #[serde(default)]
    pub pinned: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Spanned<String>,
    pub description: Option<String>,
    pub date: Option<Spanned<String>>,
    // Fields most pages leave out are boxed: a `Spanned` carries two locations, and every
    // page's front matter stays in memory for the whole build (a `Video` inline made each
    // one 1.2 KB; see bench/PROFILE.md).
    pub updated: Option<Box<Spanned<String>>>,
    pub weight: Option<i64>,
    pub slug: Option<Box<Spanned<String>>>,
    #[serde(default)]
    pub draft: bool,
    pub template: Option<Box<Spanned<String>>>,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    pub part: Option<Box<Spanned<Part>>>,
    pub video: Option<Box<Spanned<Video>>>,
    pub translated_from: Option<String>,
    pub help: Option<Box<Help>>,
    /// Sections: how many pages each list page shows (0: all on one).
    pub paginate_by: Option<Box<Spanned<u32>>>,
    #[serde(default)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Problem, Part::Solutions, Part::Conclusion];
    pub fn name(self) -> &'static str {
        match self {
            Part::Problem => "problem",
            Part::Solutions => "solutions",
            Part::Conclusion => "conclusion",
        }
    }
    pub fn number(self) -> usize {
        self as usize + 1
    }
}

impl FrontMatter {
    pub fn date(&self) -> Option<&str> {
        self.date.as_ref().map(|d| d.value.as_str())
    }
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_ref().map(|d| d.value.as_str())
    }
    /// Translations marked `extra: { review: machine }`.
    pub fn machine_translated(&self) -> bool {
        self.extra.get("review").and_then(|v| v.as_str()) == Some("machine")
    }
}

/// Diagnostic pointing at a spanned value of `src`'s front matter.
pub fn at_value(src: &SourceFile, loc: &serde_saphyr::Location, d: Diagnostic) -> Diagnostic {
    d.file(&src.file).at(
        &src.head,
        loc.line() as usize + src.front_line - 1,
        loc.column() as usize,
    )
}

pub fn parse(src: &SourceFile) -> Result<FrontMatter, Vec<Diagnostic>> {
    if src.front().trim().is_empty() {
        return Err(vec![Diagnostic::error(
            Code::MissingKey,
            "the front matter is empty",
        )
        .file(&src.file)
        .at(&src.head, 1, 1)
        .hint(
            "write at least the title between the two `---` lines: `title: My page`",
        )]);
    }
    let fm: FrontMatter = yaml::parse_all(src.front(), &src.file, &src.head, src.front_line)?;
    let mut diags = Vec::new();
    if fm.title.value.trim().is_empty() {
        diags.push(at_value(
            src,
            &fm.title.referenced,
            Diagnostic::error(Code::EmptyTitle, "`title` is empty")
                .hint("write the page's title after `title:`"),
        ));
    }
    for (key, d) in [
        ("date", fm.date.as_ref()),
        ("updated", fm.updated.as_deref()),
    ] {
        if let Some(d) = d {
            if !valid_date(&d.value) {
                diags.push(at_value(
                    src,
                    &d.referenced,
                    Diagnostic::error(
                        Code::BadDate,
                        format!("`{key}` is not a date: `{}`", d.value),
                    )
                    .hint("write the date as YYYY-MM-DD, e.g. 2026-05-24"),
                ));
            }
        }
    }
    if diags.is_empty() {
        Ok(fm)
    } else {
        Err(diags)
    }
}

/// YYYY-MM-DD with a real month and day.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2023-02-29"));
        assert!(!valid_date("2023-13-01"));
        assert!(!valid_date("24-05-2023"));
    }
}
