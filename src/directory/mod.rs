//! The helpline and service directory: every `content/directory/**/*.yaml` entry loaded,
//! checked field by field (phones, hours, URLs, codes), and modelled for the pages and
//! the open-data exports.

pub mod export;
pub mod hours;
pub mod hours_words;
pub mod hsds;
pub(crate) mod languages;
pub mod pages;
pub mod phones;
pub mod provenance;
pub mod sheet;
pub(crate) mod words_view;

mod load;

pub use load::load;
pub use provenance::{PartialDate, Precision, Source, Verified};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub const DIRECTORY_DIR: &str = "content/directory";

pub const CATEGORIES: &[&str] = &[
    "emergency",
    "child-helpline",
    "missing-children",
    "anti-trafficking",
    "child-protection",
    "asylum",
    "legal",
    "health",
    "mental-health",
    "shelter",
    "education",
    "family-tracing",
    "food",
];

/// A string, or a map from language code to string.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Text {
    One(String),
    Many(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else in `default`; with the language it is written in.
    pub fn get<'a>(&'a self, lang: &'a str, default: &'a str) -> Option<(&'a str, &'a str)> {
        match self {
            Text::One(s) => Some((s.as_str(), default)),
            Text::Many(m) => m
                .get(lang)
                .map(|s| (s.as_str(), lang))
                .or_else(|| m.get(default).map(|s| (s.as_str(), default))),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneEntry {
    #[serde(flatten)]
    pub phone: phones::Phone,
    pub label: Option<Text>,
    pub free: bool,
    pub sms: bool,
    pub whatsapp: bool,
    /// The number is on Viber (a `viber://chat?number=` link).
    pub viber: bool,
}

/// One checked entry.
/// What an entry is: a line to call, or a place or service to go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Helpline,
    Service,
}

impl EntryKind {
    /// The kind an entry's `kind:` names, if it names one.
    pub fn parse(text: &str) -> Option<EntryKind> {
        match text {
            "helpline" => Some(EntryKind::Helpline),
            "service" => Some(EntryKind::Service),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    pub name: Text,
    pub kind: EntryKind,
    pub country: String,
    pub region: Option<String>,
    pub city: Option<String>,
    pub categories: Vec<String>,
    pub phones: Vec<PhoneEntry>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub languages: Vec<String>,
    pub hours: Option<String>,
    /// Open intervals in minutes from Monday 00:00 local time.
    pub weekly_hours: Option<hours::Weekly>,
    pub timezone: Option<String>,
    pub ages: Option<String>,
    pub confidential: Option<bool>,
    pub description: Option<Text>,
    pub address: Option<String>,
    pub geo: Option<(f64, f64)>,
    /// Where the details were read, and the source's own date.
    pub source: Source,
    /// The day a person of this site confirmed the details, and how; `None`: nobody did.
    pub verified: Option<Verified>,
    /// Whether interpreters answer (in languages beyond `languages`).
    pub interpreters: bool,
    pub example: bool,
    /// Whether the details are older than `stale_after_days` on the build's day (counted
    /// from `verified.on`, else from the first day of `source.date`). Not exported: it
    /// depends on the day of the build, not on the data.
    #[serde(skip)]
    pub stale: bool,
    /// Whom to call if nobody answers: the first phone of the site's first pinned
    /// `emergency` entry (`None` for that entry itself, or when there is none).
    #[serde(skip)]
    pub stale_fallback: Option<Fallback>,
}

/// A number to call when an entry's line does not answer.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Fallback {
    /// The entry it belongs to.
    pub id: String,
    /// The `tel:` link.
    pub tel: String,
    /// The number as people write it.
    pub display: String,
}

impl Entry {
    /// The URL segment of the entry's country (`gr`, `eu`).
    pub fn country_slug(&self) -> String {
        self.country.to_ascii_lowercase()
    }
}

#[derive(Debug, Default)]
pub struct Directory {
    /// Sorted by country, then id.
    pub entries: Vec<Entry>,
}

impl Directory {
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Countries in order, each with its entries.
    pub fn countries(&self) -> Vec<(&str, Vec<&Entry>)> {
        let mut map: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        for e in &self.entries {
            map.entry(e.country.as_str()).or_default().push(e);
        }
        map.into_iter().collect()
    }
    /// Categories in the format's order, each with its entries.
    pub fn categories(&self) -> Vec<(&'static str, Vec<&Entry>)> {
        CATEGORIES
            .iter()
            .map(|c| {
                (
                    *c,
                    self.entries
                        .iter()
                        .filter(|e| e.categories.iter().any(|x| x == c))
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }
}

/// Whether an http(s) URL is acceptable: scheme, a host, no spaces.
pub fn valid_web_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && host.contains('.')
                && !s.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                })
        }
        None => false,
    }
}

/// A plain check of an e-mail address: one `@`, a local part, a domain with a dot.
pub fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '<' | '>' | '"' | '(' | ')' | ',' | ';' | ':' | '\\' | '[' | ']'
                )
        })
}

/// `0-17` or `12+`.
pub fn valid_ages(s: &str) -> bool {
    let n = |x: &str| x.trim().parse::<u32>().ok().filter(|v| *v <= 120);
    if let Some(min) = s.strip_suffix('+') {
        return n(min).is_some();
    }
    match s.split_once('-') {
        Some((a, b)) => matches!((n(a), n(b)), (Some(a), Some(b)) if a <= b),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_emails_ages() {
        assert!(valid_web_url("https://example.org/contact"));
        assert!(!valid_web_url("javascript:alert(1)"));
        assert!(!valid_web_url("data:text/html,x"));
        assert!(!valid_web_url("https://"));
        assert!(!valid_web_url("https://exa mple.org"));
        assert!(valid_email("ssuam.tracing@migration.gov.gr"));
        assert!(!valid_email("not an email"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email("a@@b.org"));
        assert!(valid_ages("0-17") && valid_ages("12+"));
        assert!(!valid_ages("17-0") && !valid_ages("young"));
    }

    #[test]
    fn text_falls_back_to_the_default_language() {
        let t = Text::Many(BTreeMap::from([("en".to_string(), "Help".to_string())]));
        assert_eq!(t.get("ar", "en"), Some(("Help", "en")));
        let t = Text::One("Help".into());
        assert_eq!(t.get("ar", "en"), Some(("Help", "en")));
    }
}
