//! The helpline and service directory: every `content/directory/**/*.yaml` entry loaded,
//! checked field by field (phones, hours, URLs, codes), and modelled for the pages and
//! the open-data exports.

pub mod export;
pub mod hours;
pub mod hsds;
pub mod languages;
pub mod pages;
pub mod phones;

use crate::content::config::Config;
use crate::content::frontmatter::valid_date;
use crate::content::model::check_segment;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    number: Spanned<String>,
    label: Option<Text>,
    #[serde(default)]
    free: bool,
    #[serde(default)]
    sms: bool,
    #[serde(default)]
    whatsapp: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    name: Spanned<Text>,
    kind: Spanned<String>,
    country: Spanned<String>,
    region: Option<String>,
    city: Option<String>,
    categories: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    phones: Vec<RawPhone>,
    email: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    hours: Option<Spanned<String>>,
    ages: Option<Spanned<String>>,
    confidential: Option<bool>,
    description: Option<Spanned<Text>>,
    address: Option<String>,
    geo: Option<Spanned<Vec<f64>>>,
    last_verified: Spanned<String>,
    source: Spanned<String>,
    #[serde(default)]
    example: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneEntry {
    #[serde(flatten)]
    pub phone: phones::Phone,
    pub label: Option<Text>,
    pub free: bool,
    pub sms: bool,
    pub whatsapp: bool,
}

/// One checked entry.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    #[serde(skip)]
    pub file: PathBuf,
    pub name: Text,
    pub kind: String,
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
    pub last_verified: String,
    pub source: String,
    pub example: bool,
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

fn language_ok(code: &str, config: &Config) -> bool {
    config.is_language(code) || languages::autonym(code).is_some()
}

/// Days since 1970-01-01 of a valid YYYY-MM-DD date.
fn days(date: &str) -> Option<i64> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(
        d.signed_duration_since(chrono::NaiveDate::default())
            .num_days(),
    )
}

pub fn load(root: &Path, config: &Config, today: Option<&str>) -> (Directory, Diagnostics) {
    let dir = root.join(DIRECTORY_DIR);
    let mut diags = Diagnostics::new();
    if !dir.is_dir() {
        return (Directory::default(), diags);
    }
    let files: Vec<PathBuf> = WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    let results: Vec<(Option<Entry>, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|p| load_one(root, p, config))
        .collect();
    let mut entries: Vec<Entry> = Vec::new();
    for (entry, ds) in results {
        diags.extend(ds);
        if let Some(e) = entry {
            entries.push(e);
        }
    }
    // Ids are unique across the directory.
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for e in &entries {
        if let Some(first) = seen.get(&e.id) {
            diags.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    format!(
                        "the id `{}` is used twice: {} and {}",
                        e.id,
                        crate::diagnostics::display_path(first),
                        crate::diagnostics::display_path(&e.file)
                    ),
                )
                .file(&e.file)
                .hint("an entry's id is its file name: rename one of the two files"),
            );
        } else {
            seen.insert(e.id.clone(), e.file.clone());
        }
    }
    // Stale entries: a warning for editors (the pages do not depend on today's date).
    if let (Some(limit), Some(today)) = (config.directory.stale_after_days, today.and_then(days)) {
        for e in &entries {
            if let Some(d) = days(&e.last_verified) {
                if today - d > i64::from(limit) {
                    diags.push(
                        Diagnostic::warning(
                            Code::StaleEntry,
                            format!(
                                "entry `{}` was last verified on {}, more than {limit} days ago",
                                e.id, e.last_verified
                            ),
                        )
                        .file(&e.file)
                        .hint("check the details with its source, then update `last_verified`"),
                    );
                }
            }
        }
    }
    entries.sort_by(|a, b| (&a.country, &a.id).cmp(&(&b.country, &b.id)));
    for pinned in &config.directory.pinned {
        if !entries.iter().any(|e| &e.id == pinned) && !diags.has_errors() {
            diags.push(
                Diagnostic::error(Code::UnknownPinnedEntry, format!("site.yaml pins the entry `{pinned}`, which does not exist"))
                    .file("site.yaml")
                    .hint("`directory.pinned` lists ids: file names under content/directory/ without .yaml"),
            );
        }
    }
    (Directory { entries }, diags)
}

fn load_one(root: &Path, path: &Path, config: &Config) -> (Option<Entry>, Vec<Diagnostic>) {
    let file = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let text = match crate::content::source::read_capped(path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return (
                None,
                vec![
                    Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8 text")
                        .file(&file)
                        .at_offset(&lossy, e.utf8_error().valid_up_to())
                        .hint("save it as UTF-8"),
                ],
            );
        }
        Err(e) => {
            return (
                None,
                vec![
                    Diagnostic::error(Code::Unreadable, format!("cannot read the file: {e}"))
                        .file(&file),
                ],
            )
        }
    };
    let raw: RawEntry = match crate::content::yaml::parse(&text, &file, &text, 1) {
        Ok(r) => r,
        Err(d) => return (None, vec![d]),
    };
    let mut diags = Vec::new();
    let at = |loc: &serde_saphyr::Location, field: &str, msg: String, hint: &str| {
        Diagnostic::error(Code::DirectoryEntry, format!("`{field}`: {msg}"))
            .file(&file)
            .at(&text, loc.line() as usize, loc.column() as usize)
            .hint(hint)
    };
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Err(why) = check_segment(&id) {
        diags.push(
            Diagnostic::error(
                Code::BadFileName,
                format!("the file name `{id}` cannot be an entry id: {why}"),
            )
            .file(&file)
            .hint("name the file with letters, digits and dashes, e.g. gr-child-helpline.yaml"),
        );
    }
    let default = config.default_language.as_str();

    // name and description: a string, or a language map with known languages.
    for (field, text_value) in [
        ("name", Some(&raw.name)),
        ("description", raw.description.as_ref()),
    ] {
        let Some(t) = text_value else { continue };
        if let Text::Many(map) = &t.value {
            if !map.contains_key(default) {
                diags.push(at(
                    &t.referenced,
                    field,
                    format!("has no text in the default language ({default})"),
                    "add the default language: other languages fall back to it",
                ));
            }
            for code in map.keys() {
                if !config.is_language(code) {
                    let codes: Vec<&str> =
                        config.languages.iter().map(|l| l.code.as_str()).collect();
                    let hint = match did_you_mean(code, &codes) {
                        Some(c) => format!(
                            "did you mean `{c}`? The site's languages are: {}",
                            codes.join(", ")
                        ),
                        None => format!("use the site's languages: {}", codes.join(", ")),
                    };
                    diags.push(at(
                        &t.referenced,
                        field,
                        format!("`{code}` is not a language of this site"),
                        &hint,
                    ));
                }
            }
        }
    }
    if raw
        .name
        .value
        .get(default, default)
        .is_none_or(|(s, _)| s.trim().is_empty())
    {
        diags.push(at(
            &raw.name.referenced,
            "name",
            "is empty".into(),
            "write the service's name",
        ));
    }
    let kind = raw.kind.value.trim().to_string();
    if kind != "helpline" && kind != "service" {
        diags.push(at(
            &raw.kind.referenced,
            "kind",
            format!("`{kind}` is not a kind of entry"),
            "write `helpline` or `service`",
        ));
    }
    let country = raw.country.value.trim().to_string();
    if !phones::valid_country(&country) {
        diags.push(at(
            &raw.country.referenced,
            "country",
            format!("`{country}` is not an ISO 3166-1 country code"),
            "write two capital letters, e.g. GR, IT, UA; or EU for EU-wide numbers",
        ));
    }
    if raw.categories.value.is_empty() {
        diags.push(at(
            &raw.categories.referenced,
            "categories",
            "is empty".into(),
            "list at least one category",
        ));
    }
    for c in &raw.categories.value {
        if !CATEGORIES.contains(&c.value.as_str()) {
            let hint = match did_you_mean(&c.value, CATEGORIES) {
                Some(k) => format!("did you mean `{k}`? Categories: {}", CATEGORIES.join(", ")),
                None => format!("use one of: {}", CATEGORIES.join(", ")),
            };
            diags.push(at(
                &c.referenced,
                "categories",
                format!("`{}` is not a category", c.value),
                &hint,
            ));
        }
    }
    let mut phone_entries = Vec::new();
    for p in &raw.phones {
        match phones::parse(&p.number.value, &country) {
            Ok(phone) => {
                if p.whatsapp && phone.wa_digits.is_none() {
                    diags.push(at(&p.number.referenced, "phones", "WhatsApp needs an international number".into(), "write the number with its country code, e.g. +30 694 ..."));
                }
                phone_entries.push(PhoneEntry {
                    phone,
                    label: p.label.clone(),
                    free: p.free,
                    sms: p.sms,
                    whatsapp: p.whatsapp,
                });
            }
            Err(msg) => diags.push(at(&p.number.referenced, "phones", msg, "write an international number (+30 21 0123 4567) or a short code valid in the entry's country (1056, 116 111)")),
        }
    }
    if let Some(e) = &raw.email {
        if !valid_email(e.value.trim()) {
            diags.push(at(
                &e.referenced,
                "email",
                format!("`{}` is not an e-mail address", e.value),
                "write an address such as help@example.org",
            ));
        }
    }
    if let Some(w) = &raw.website {
        if !valid_web_url(w.value.trim()) {
            diags.push(at(
                &w.referenced,
                "website",
                format!("`{}` is not an http(s) web address", w.value),
                "write an address that starts with https://",
            ));
        }
    }
    // `source` is a web address or, where the source is printed, its citation.
    let source = raw.source.value.trim().to_string();
    let looks_like_url = source.contains("://")
        || source.to_ascii_lowercase().starts_with("javascript:")
        || source.to_ascii_lowercase().starts_with("data:");
    if source.is_empty() || (looks_like_url && !valid_web_url(&source)) {
        diags.push(at(&raw.source.referenced, "source", format!("`{source}` is not an http(s) web address or a citation"), "write where the details were checked: an https:// address, or the publication and its date"));
    }
    let mut langs = Vec::new();
    for l in &raw.languages {
        let code = l.value.trim();
        if language_ok(code, config) {
            langs.push(code.to_string());
        } else {
            let known: Vec<&str> = languages::known_codes().collect();
            let hint = match did_you_mean(code, &known) {
                Some(k) => format!("did you mean `{k}`?"),
                None => {
                    "write an ISO 639 code such as ar, fa, prs, ps, ur, ckb, ti, so, en, fr".into()
                }
            };
            diags.push(at(
                &l.referenced,
                "languages",
                format!("`{code}` is not a known language code"),
                &hint,
            ));
        }
    }
    let mut weekly = None;
    if let Some(h) = &raw.hours {
        match hours::compile(h.value.trim()) {
            Ok(w) => weekly = Some(w),
            Err(msg) => {
                let first = msg
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or(&msg)
                    .trim()
                    .to_string();
                diags.push(at(&h.referenced, "hours", format!("`{}` is not an opening_hours expression: {first}", h.value), "use OpenStreetMap's opening_hours syntax, e.g. \"24/7\" or \"Mo-Fr 08:00-22:00; Sa 11:00-19:00\""));
            }
        }
    }
    let timezone = config
        .directory
        .timezones
        .get(&country)
        .map(String::as_str)
        .or_else(|| hours::default_timezone(&country));
    if weekly.is_some() && timezone.is_none() {
        diags.push(at(
            &raw.country.referenced,
            "hours",
            format!("no time zone is known for `{country}`"),
            "add it to site.yaml: `directory: { timezones: { XX: Region/City } }`",
        ));
    }
    if let Some(a) = &raw.ages {
        if !valid_ages(a.value.trim()) {
            diags.push(at(
                &a.referenced,
                "ages",
                format!("`{}` is not an age range", a.value),
                "write a range such as 0-17, or 12+",
            ));
        }
    }
    let geo = match &raw.geo {
        Some(g) => match g.value.as_slice() {
            [lat, lon] if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) => {
                Some((*lat, *lon))
            }
            _ => {
                diags.push(at(
                    &g.referenced,
                    "geo",
                    "is not [latitude, longitude]".into(),
                    "write two numbers, e.g. [37.98, 23.72]",
                ));
                None
            }
        },
        None => None,
    };
    let lv = raw.last_verified.value.trim().to_string();
    if !valid_date(&lv) {
        diags.push(at(
            &raw.last_verified.referenced,
            "last_verified",
            format!("`{lv}` is not a date"),
            "write the date the details were last confirmed, as YYYY-MM-DD",
        ));
    }
    if diags.is_empty() {
        (
            Some(Entry {
                id,
                file,
                name: raw.name.value,
                kind,
                country,
                region: raw.region,
                city: raw.city,
                categories: raw.categories.value.into_iter().map(|c| c.value).collect(),
                phones: phone_entries,
                email: raw.email.map(|e| e.value.trim().to_string()),
                website: raw.website.map(|w| w.value.trim().to_string()),
                languages: langs,
                hours: raw.hours.map(|h| h.value.trim().to_string()),
                weekly_hours: weekly,
                timezone: timezone.map(str::to_string),
                ages: raw.ages.map(|a| a.value.trim().to_string()),
                confidential: raw.confidential,
                description: raw.description.map(|d| d.value),
                address: raw.address,
                geo,
                last_verified: lv,
                source,
                example: raw.example,
            }),
            diags,
        )
    } else {
        (None, diags)
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
