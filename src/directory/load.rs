//! Loading the directory: every entry file read, parsed and checked field by field, then
//! the checks across entries (unique ids, stale entries, pinned ids).

use super::{hours, languages, phones, Directory, Entry, EntryKind, PhoneEntry, Text, CATEGORIES};
use super::{valid_ages, valid_email, valid_web_url, DIRECTORY_DIR};
use crate::content::config::Config;
use crate::content::frontmatter::valid_date;
use crate::content::model::check_segment;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use serde::Deserialize;
use serde_saphyr::{Location, Spanned};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

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

/// Every entry under content/directory/, checked; `today` (YYYY-MM-DD) dates the stale ones.
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

/// One entry file: its entry, if every check passed, and every problem found.
fn load_one(root: &Path, path: &Path, config: &Config) -> (Option<Entry>, Vec<Diagnostic>) {
    let file = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let (text, raw) = match read_entry(path, &file) {
        Ok(read) => read,
        Err(d) => return (None, vec![d]),
    };
    let mut check = EntryCheck {
        file: &file,
        text: &text,
        config,
        diags: Vec::new(),
    };
    let id = check.id(path);
    check.texts(&raw);
    let kind = check.kind(&raw.kind);
    let country = check.country(&raw.country);
    check.categories(&raw.categories);
    let phones = check.phones(&raw.phones, &country);
    check.contact(&raw);
    let source = check.source(&raw.source);
    let langs = check.languages(&raw.languages);
    let (weekly, timezone) = check.hours(&raw, &country);
    check.ages(raw.ages.as_ref());
    let geo = check.geo(raw.geo.as_ref());
    let last_verified = check.last_verified(&raw.last_verified);
    let diags = check.diags;
    if !diags.is_empty() {
        return (None, diags);
    }
    let entry = Entry {
        id,
        file,
        name: raw.name.value,
        kind,
        country,
        region: raw.region,
        city: raw.city,
        categories: raw.categories.value.into_iter().map(|c| c.value).collect(),
        phones,
        email: raw.email.map(|e| e.value.trim().to_string()),
        website: raw.website.map(|w| w.value.trim().to_string()),
        languages: langs,
        hours: raw.hours.map(|h| h.value.trim().to_string()),
        weekly_hours: weekly,
        timezone,
        ages: raw.ages.map(|a| a.value.trim().to_string()),
        confidential: raw.confidential,
        description: raw.description.map(|d| d.value),
        address: raw.address,
        geo,
        last_verified,
        source,
        example: raw.example,
    };
    (Some(entry), diags)
}

/// An entry file's text and its fields, or why it cannot be read or parsed.
fn read_entry(path: &Path, file: &Path) -> Result<(String, RawEntry), Diagnostic> {
    let text = match crate::content::source::read_capped(path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return Err(
                Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8 text")
                    .file(file)
                    .at_offset(&lossy, e.utf8_error().valid_up_to())
                    .hint("save it as UTF-8"),
            );
        }
        Err(e) => {
            return Err(
                Diagnostic::error(Code::Unreadable, format!("cannot read the file: {e}"))
                    .file(file),
            )
        }
    };
    let raw: RawEntry = crate::content::yaml::parse(&text, file, &text, 1)?;
    Ok((text, raw))
}

/// The checks of one entry's fields, with the problems found so far.
struct EntryCheck<'a> {
    /// The file for messages, relative to the site root.
    file: &'a Path,
    text: &'a str,
    config: &'a Config,
    diags: Vec<Diagnostic>,
}

impl EntryCheck<'_> {
    /// A problem with `field`, at `loc` in the file.
    fn at(&self, loc: &Location, field: &str, msg: String, hint: &str) -> Diagnostic {
        Diagnostic::error(Code::DirectoryEntry, format!("`{field}`: {msg}"))
            .file(self.file)
            .at(self.text, loc.line() as usize, loc.column() as usize)
            .hint(hint)
    }

    /// Reports a problem with `field`, at `loc` in the file.
    fn push(&mut self, loc: &Location, field: &str, msg: String, hint: &str) {
        let d = self.at(loc, field, msg, hint);
        self.diags.push(d);
    }

    /// The entry's id: its file name, which must be a URL segment.
    fn id(&mut self, path: &Path) -> String {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Err(why) = check_segment(&id) {
            self.diags.push(
                Diagnostic::error(
                    Code::BadFileName,
                    format!("the file name `{id}` cannot be an entry id: {why}"),
                )
                .file(self.file)
                .hint("name the file with letters, digits and dashes, e.g. gr-child-helpline.yaml"),
            );
        }
        id
    }

    /// `name` and `description`: a string, or a language map with known languages and the
    /// default one; and a name that is not empty.
    fn texts(&mut self, raw: &RawEntry) {
        let config = self.config;
        let default = config.default_language.as_str();
        for (field, text_value) in [
            ("name", Some(&raw.name)),
            ("description", raw.description.as_ref()),
        ] {
            let Some(t) = text_value else { continue };
            if let Text::Many(map) = &t.value {
                if !map.contains_key(default) {
                    self.push(
                        &t.referenced,
                        field,
                        format!("has no text in the default language ({default})"),
                        "add the default language: other languages fall back to it",
                    );
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
                        self.push(
                            &t.referenced,
                            field,
                            format!("`{code}` is not a language of this site"),
                            &hint,
                        );
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
            self.push(
                &raw.name.referenced,
                "name",
                "is empty".into(),
                "write the service's name",
            );
        }
    }

    /// `helpline` or `service` (an entry with another kind is an error; it is kept as a
    /// service only so that its other fields are checked too).
    fn kind(&mut self, raw: &Spanned<String>) -> EntryKind {
        let kind = raw.value.trim();
        EntryKind::parse(kind).unwrap_or_else(|| {
            self.push(
                &raw.referenced,
                "kind",
                format!("`{kind}` is not a kind of entry"),
                "write `helpline` or `service`",
            );
            EntryKind::Service
        })
    }

    /// An ISO 3166-1 code, or EU.
    fn country(&mut self, raw: &Spanned<String>) -> String {
        let country = raw.value.trim().to_string();
        if !phones::valid_country(&country) {
            self.push(
                &raw.referenced,
                "country",
                format!("`{country}` is not an ISO 3166-1 country code"),
                "write two capital letters, e.g. GR, IT, UA; or EU for EU-wide numbers",
            );
        }
        country
    }

    /// At least one category, each of [`CATEGORIES`].
    fn categories(&mut self, raw: &Spanned<Vec<Spanned<String>>>) {
        if raw.value.is_empty() {
            self.push(
                &raw.referenced,
                "categories",
                "is empty".into(),
                "list at least one category",
            );
        }
        for c in &raw.value {
            if !CATEGORIES.contains(&c.value.as_str()) {
                let hint = match did_you_mean(&c.value, CATEGORIES) {
                    Some(k) => format!("did you mean `{k}`? Categories: {}", CATEGORIES.join(", ")),
                    None => format!("use one of: {}", CATEGORIES.join(", ")),
                };
                self.push(
                    &c.referenced,
                    "categories",
                    format!("`{}` is not a category", c.value),
                    &hint,
                );
            }
        }
    }

    /// The phone numbers that parse in the entry's country (WhatsApp needs an
    /// international one).
    fn phones(&mut self, raw: &[RawPhone], country: &str) -> Vec<PhoneEntry> {
        let mut phone_entries = Vec::new();
        for p in raw {
            match phones::parse(&p.number.value, country) {
                Ok(phone) => {
                    if p.whatsapp && phone.wa_digits.is_none() {
                        self.push(&p.number.referenced, "phones", "WhatsApp needs an international number".into(), "write the number with its country code, e.g. +30 694 ...");
                    }
                    phone_entries.push(PhoneEntry {
                        phone,
                        label: p.label.clone(),
                        free: p.free,
                        sms: p.sms,
                        whatsapp: p.whatsapp,
                    });
                }
                Err(msg) => self.push(&p.number.referenced, "phones", msg, "write an international number (+30 21 0123 4567) or a short code valid in the entry's country (1056, 116 111)"),
            }
        }
        phone_entries
    }

    /// `email` and `website`, where given.
    fn contact(&mut self, raw: &RawEntry) {
        if let Some(e) = &raw.email {
            if !valid_email(e.value.trim()) {
                self.push(
                    &e.referenced,
                    "email",
                    format!("`{}` is not an e-mail address", e.value),
                    "write an address such as help@example.org",
                );
            }
        }
        if let Some(w) = &raw.website {
            if !valid_web_url(w.value.trim()) {
                self.push(
                    &w.referenced,
                    "website",
                    format!("`{}` is not an http(s) web address", w.value),
                    "write an address that starts with https://",
                );
            }
        }
    }

    /// `source` is a web address or, where the source is printed, its citation.
    fn source(&mut self, raw: &Spanned<String>) -> String {
        let source = raw.value.trim().to_string();
        let looks_like_url = source.contains("://")
            || source.to_ascii_lowercase().starts_with("javascript:")
            || source.to_ascii_lowercase().starts_with("data:");
        if source.is_empty() || (looks_like_url && !valid_web_url(&source)) {
            self.push(&raw.referenced, "source", format!("`{source}` is not an http(s) web address or a citation"), "write where the details were checked: an https:// address, or the publication and its date");
        }
        source
    }

    /// The languages spoken that are known codes.
    fn languages(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut langs = Vec::new();
        for l in raw {
            let code = l.value.trim();
            if language_ok(code, self.config) {
                langs.push(code.to_string());
            } else {
                let known: Vec<&str> = languages::known_codes().collect();
                let hint = match did_you_mean(code, &known) {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => {
                        "write an ISO 639 code such as ar, fa, prs, ps, ur, ckb, ti, so, en, fr"
                            .into()
                    }
                };
                self.push(
                    &l.referenced,
                    "languages",
                    format!("`{code}` is not a known language code"),
                    &hint,
                );
            }
        }
        langs
    }

    /// The opening hours compiled to a week, and the time zone they are in (site.yaml's
    /// for the country, else the country's own), which compiled hours need.
    fn hours(&mut self, raw: &RawEntry, country: &str) -> (Option<hours::Weekly>, Option<String>) {
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
                    self.push(&h.referenced, "hours", format!("`{}` is not an opening_hours expression: {first}", h.value), "use OpenStreetMap's opening_hours syntax, e.g. \"24/7\" or \"Mo-Fr 08:00-22:00; Sa 11:00-19:00\"");
                }
            }
        }
        let timezone = self
            .config
            .directory
            .timezones
            .get(country)
            .map(String::as_str)
            .or_else(|| hours::default_timezone(country));
        if weekly.is_some() && timezone.is_none() {
            self.push(
                &raw.country.referenced,
                "hours",
                format!("no time zone is known for `{country}`"),
                "add it to site.yaml: `directory: { timezones: { XX: Region/City } }`",
            );
        }
        (weekly, timezone.map(str::to_string))
    }

    /// `ages`, where given: a range such as 0-17 or 12+.
    fn ages(&mut self, raw: Option<&Spanned<String>>) {
        if let Some(a) = raw {
            if !valid_ages(a.value.trim()) {
                self.push(
                    &a.referenced,
                    "ages",
                    format!("`{}` is not an age range", a.value),
                    "write a range such as 0-17, or 12+",
                );
            }
        }
    }

    /// `geo`, where given: [latitude, longitude] within their ranges.
    fn geo(&mut self, raw: Option<&Spanned<Vec<f64>>>) -> Option<(f64, f64)> {
        let g = raw?;
        match g.value.as_slice() {
            [lat, lon] if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) => {
                Some((*lat, *lon))
            }
            _ => {
                self.push(
                    &g.referenced,
                    "geo",
                    "is not [latitude, longitude]".into(),
                    "write two numbers, e.g. [37.98, 23.72]",
                );
                None
            }
        }
    }

    /// `last_verified`: a YYYY-MM-DD date.
    fn last_verified(&mut self, raw: &Spanned<String>) -> String {
        let lv = raw.value.trim().to_string();
        if !valid_date(&lv) {
            self.push(
                &raw.referenced,
                "last_verified",
                format!("`{lv}` is not a date"),
                "write the date the details were last confirmed, as YYYY-MM-DD",
            );
        }
        lv
    }
}
