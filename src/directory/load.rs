//! Loading the directory: every entry file read, parsed and checked field by field, then
//! the checks across entries (unique ids, stale entries, pinned ids).

use super::provenance::{self, PartialDate, Precision, Source, Verified};
use super::{hours, languages, phones, Directory, Entry, EntryKind, PhoneEntry, Text, CATEGORIES};
use super::{valid_ages, valid_email, valid_web_url, Fallback, DIRECTORY_DIR};
use crate::content::config::Config;
use crate::content::model::check_segment;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};
use std::collections::BTreeMap;
use std::fmt;
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
    #[serde(default)]
    viber: bool,
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
    /// The old format's date (read as `source.date`, with a warning).
    last_verified: Option<Spanned<Scalar>>,
    source: Option<Spanned<RawSource>>,
    verified: Option<Spanned<RawBlock>>,
    #[serde(default)]
    interpreters: bool,
    #[serde(default)]
    example: bool,
}

/// A scalar read as its text: YAML reads `date: 2023` as a number, `2021-04` as text.
#[derive(Debug)]
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date or an address")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value under `source:` or `verified:`, read by its key.
#[derive(Debug)]
enum RawValue {
    /// `name`, `how`: a string or a language map.
    Text(Spanned<Text>),
    /// `url`, `date`, `on`.
    Scalar(Spanned<Scalar>),
    /// Any other key (an error: it is reported with its line).
    Other,
}

/// A `source:` or `verified:` map, read key by key so that each key keeps its line.
#[derive(Debug, Default)]
struct RawBlock {
    fields: Vec<(Spanned<String>, RawValue)>,
}

/// `source:`: the map of the format, or the old format's one string (a URL or a citation).
#[derive(Debug)]
enum RawSource {
    Old(String),
    New(RawBlock),
}

struct SourceVisitor;

impl<'de> Visitor<'de> for SourceVisitor {
    type Value = RawSource;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map with `name`, `url` and `date`")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawSource, E> {
        Ok(RawSource::Old(v.to_string()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawSource, A::Error> {
        let mut block = RawBlock::default();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = match key.value.as_str() {
                "name" | "how" => RawValue::Text(map.next_value()?),
                "url" | "date" | "on" => RawValue::Scalar(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    RawValue::Other
                }
            };
            block.fields.push((key, value));
        }
        Ok(RawSource::New(block))
    }
}

impl<'de> Deserialize<'de> for RawSource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawSource, D::Error> {
        d.deserialize_any(SourceVisitor)
    }
}

impl<'de> Deserialize<'de> for RawBlock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawBlock, D::Error> {
        match d.deserialize_map(SourceVisitor)? {
            RawSource::New(block) => Ok(block),
            RawSource::Old(text) => Err(de::Error::invalid_type(
                de::Unexpected::Str(&text),
                &"a map with `on` and `how`",
            )),
        }
    }
}

fn language_ok(code: &str, config: &Config) -> bool {
    config.is_language(code) || languages::autonym(code).is_some()
}

/// Every entry under content/directory/, checked; `today` (YYYY-MM-DD), the build's day,
/// dates the stale ones and refuses dates after it (without it, neither is checked).
pub fn load(root: &Path, config: &Config, today: Option<&str>) -> (Directory, Diagnostics) {
    let today = today.and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
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
        .map(|p| load_one(root, p, config, today))
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
    if let (Some(limit), Some(today)) = (config.directory.stale_after_days, today) {
        for e in &mut entries {
            if let Some(d) = stale(e, limit, today) {
                diags.push(d);
            }
        }
    }
    let fallback = stale_fallback(&entries, config);
    for e in &mut entries {
        e.stale_fallback = fallback.clone().filter(|f| f.id != e.id);
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
    for (country, ids) in &config.directory.pinned_by_country {
        if !super::phones::valid_country(country) {
            diags.push(
                Diagnostic::error(Code::UnknownCountry, format!("site.yaml's `directory.pinned_by_country` has `{country}`, which is not a country code"))
                    .file("site.yaml")
                    .hint("write ISO 3166-1 alpha-2 codes in capitals, e.g. `GR:`"),
            );
        }
        for id in ids {
            if !entries.iter().any(|e| &e.id == id) && !diags.has_errors() {
                diags.push(
                    Diagnostic::error(Code::UnknownPinnedEntry, format!("site.yaml pins the entry `{id}` for {country}, which does not exist"))
                        .file("site.yaml")
                        .hint("`directory.pinned_by_country` lists ids: file names under content/directory/ without .yaml"),
                );
            }
        }
    }
    (Directory { entries }, diags)
}

/// Marks `e` stale when its details are older than `limit` days on `today`, counted from
/// `verified.on`, else from the first day of `source.date`; the warning for editors.
fn stale(e: &mut Entry, limit: u32, today: NaiveDate) -> Option<Diagnostic> {
    let from = provenance::age_from(&e.source, e.verified.as_ref());
    if from.is_some_and(|from| today.signed_duration_since(from).num_days() <= i64::from(limit)) {
        return None;
    }
    e.stale = true;
    let days = format!("more than {limit} days ago");
    let (what, hint) = match &e.verified {
        Some(v) => (
            format!("its details were checked on {}, {days}", v.on),
            "check them again with the service, then update `verified.on` and `verified.how`",
        ),
        None => (
            match e.source.date {
                Some(d) => format!("its details come from a source dated {d}, {days}, and nobody here has checked them"),
                None => "its source shows no date (`date: unknown`), and nobody here has checked the details".to_string(),
            },
            "check them with the service or a newer source; then update `source`, or add `verified: { on: YYYY-MM-DD, how: ... }`",
        ),
    };
    Some(
        Diagnostic::warning(
            Code::StaleEntry,
            format!(
                "entry `{}` may be out of date: {what} (its pages tell visitors so)",
                e.id
            ),
        )
        .file(&e.file)
        .hint(hint),
    )
}

/// The number a stale entry's notice says to call if nobody answers: the first phone of
/// the first entry pinned in site.yaml that is in the `emergency` category.
fn stale_fallback(entries: &[Entry], config: &Config) -> Option<Fallback> {
    config.directory.pinned.iter().find_map(|id| {
        let e = entries.iter().find(|e| &e.id == id)?;
        if !e.categories.iter().any(|c| c == "emergency") {
            return None;
        }
        let p = e.phones.first()?;
        Some(Fallback {
            id: e.id.clone(),
            tel: format!("tel:{}", p.phone.dial),
            display: p.phone.display.clone(),
        })
    })
}

/// One entry file: its entry, if every check passed, and every problem found.
fn load_one(
    root: &Path,
    path: &Path,
    config: &Config,
    today: Option<NaiveDate>,
) -> (Option<Entry>, Vec<Diagnostic>) {
    let file = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let text = match read_text(path, &file) {
        Ok(text) => text,
        Err(d) => return (None, vec![d]),
    };
    check_text(text, file, config, today)
}

/// Checks the entry whose YAML is `text`, at `file` (below the site's folder; its name
/// is the entry's id), as `load` checks an entry file: the entry, if it has no error, and
/// every problem found.
pub(crate) fn check_text(
    text: String,
    file: PathBuf,
    config: &Config,
    today: Option<NaiveDate>,
) -> (Option<Entry>, Vec<Diagnostic>) {
    let path = file.clone();
    let raw: RawEntry = match crate::content::yaml::parse(&text, &file, &text, 1) {
        Ok(raw) => raw,
        Err(d) => return (None, vec![d]),
    };
    let mut check = EntryCheck {
        file: &file,
        text: &text,
        config,
        today,
        diags: Vec::new(),
    };
    let id = check.id(&path);
    check.texts(&raw);
    let kind = check.kind(&raw.kind);
    let country = check.country(&raw.country);
    check.categories(&raw.categories);
    let phones = check.phones(&raw.phones, &country);
    check.contact(&raw);
    let provenance = check.provenance(&raw);
    let langs = check.languages(&raw.languages);
    let (weekly, timezone) = check.hours(&raw, &country);
    check.ages(raw.ages.as_ref());
    let geo = check.geo(raw.geo.as_ref());
    let diags = check.diags;
    let Some((source, verified)) = provenance.filter(|_| !diags.iter().any(Diagnostic::is_error))
    else {
        return (None, diags);
    };
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
        source,
        verified,
        interpreters: raw.interpreters,
        example: raw.example,
        stale: false,
        stale_fallback: None,
    };
    (Some(entry), diags)
}

/// An entry file's text, or why it cannot be read.
fn read_text(path: &Path, file: &Path) -> Result<String, Diagnostic> {
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
    Ok(text)
}

/// The checks of one entry's fields, with the problems found so far.
struct EntryCheck<'a> {
    /// The file for messages, relative to the site root.
    file: &'a Path,
    text: &'a str,
    config: &'a Config,
    /// The build's day: no date may be after it.
    today: Option<NaiveDate>,
    diags: Vec<Diagnostic>,
}

impl EntryCheck<'_> {
    /// A problem with `field`, at `loc` in the file.
    fn at(&self, loc: &Location, field: &str, msg: String, hint: &str) -> Diagnostic {
        self.coded(Code::DirectoryEntry, loc, field, msg, hint)
    }

    /// A problem of the kind `code` with `field`, at `loc` in the file.
    fn coded(
        &self,
        code: Code,
        loc: &Location,
        field: &str,
        msg: String,
        hint: &str,
    ) -> Diagnostic {
        Diagnostic::error(code, format!("`{field}`: {msg}"))
            .file(self.file)
            .at(self.text, loc.line() as usize, loc.column() as usize)
            .hint(hint)
    }

    /// Reports a problem of the kind `code` with `field`, at `loc` in the file.
    fn push_coded(&mut self, code: Code, loc: &Location, field: &str, msg: String, hint: &str) {
        let d = self.coded(code, loc, field, msg, hint);
        self.diags.push(d);
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
            self.text_languages(t, field);
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
                    if (p.whatsapp || p.viber) && phone.wa_digits.is_none() {
                        let app = if p.whatsapp { "WhatsApp" } else { "Viber" };
                        self.push(&p.number.referenced, "phones", format!("{app} needs an international number"), "write the number with its country code, e.g. +30 694 ...");
                    }
                    phone_entries.push(PhoneEntry {
                        phone,
                        label: p.label.clone(),
                        free: p.free,
                        sms: p.sms,
                        whatsapp: p.whatsapp,
                        viber: p.viber,
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
}

/// `source`, `verified` and the old format's `last_verified`.
impl EntryCheck<'_> {
    /// The source and the verification, when they are complete and valid; each problem
    /// reported with its line and field, and one warning for the old format.
    fn provenance(&mut self, raw: &RawEntry) -> Option<(Source, Option<Verified>)> {
        let mut name: Option<Text> = None;
        let mut url: Option<String> = None;
        // `Some((None, at))`: `date: unknown`.
        let mut date: Option<(Option<PartialDate>, Location)> = None;
        // The old keys used, with the line of the first.
        let mut old: Vec<&str> = Vec::new();
        let mut old_at: Option<Location> = None;
        match raw.source.as_ref().map(|s| (&s.value, s.referenced)) {
            Some((RawSource::Old(text), loc)) => {
                old.push("source: <text>");
                old_at = Some(loc);
                let text = text.trim();
                let looks_like_url = text.contains("://")
                    || text.to_ascii_lowercase().starts_with("javascript:")
                    || text.to_ascii_lowercase().starts_with("data:");
                if looks_like_url {
                    if valid_web_url(text) {
                        url = Some(text.to_string());
                        name = provenance::host_of(text).map(|h| Text::One(h.to_string()));
                    } else {
                        self.push(
                            &loc,
                            "source",
                            format!("`{text}` is not an http(s) web address"),
                            "write `source: { name: ..., url: https://..., date: YYYY-MM-DD }`",
                        );
                    }
                } else if text.is_empty() {
                    self.push(&loc, "source", "is empty".into(), "write `source: { name: ..., url: https://..., date: YYYY-MM-DD }`: where the details were read");
                } else {
                    name = Some(Text::One(text.to_string()));
                }
            }
            Some((RawSource::New(block), _)) => {
                self.unknown_keys(block, "source", &["name", "url", "date"]);
                for (key, value) in &block.fields {
                    match (key.value.as_str(), value) {
                        ("name", RawValue::Text(t)) if self.text_ok(t, "source.name") => {
                            name = Some(t.value.clone());
                        }
                        ("url", RawValue::Scalar(u)) => {
                            let u_text = u.value.0.trim();
                            if valid_web_url(u_text) {
                                url = Some(u_text.to_string());
                            } else {
                                self.push(&u.referenced, "source.url", format!("`{u_text}` is not an http(s) web address"), "write the address of the page the details were read in, starting with https://");
                            }
                        }
                        ("date", RawValue::Scalar(d))
                            if d.value.0.trim() == provenance::UNKNOWN =>
                        {
                            date = Some((None, d.referenced));
                        }
                        ("date", RawValue::Scalar(d)) => {
                            date = self
                                .partial_date(d, "source.date")
                                .map(|(d, at)| (Some(d), at));
                        }
                        _ => {}
                    }
                }
            }
            None => {}
        }
        if let Some(lv) = &raw.last_verified {
            old.push("last_verified");
            if old_at.is_none_or(|at| lv.referenced.line() < at.line()) {
                old_at = Some(lv.referenced);
            }
            if date.is_some() {
                self.push(
                    &lv.referenced,
                    "last_verified",
                    "is given with `source.date`".into(),
                    "keep `source.date` (the source's date) and remove `last_verified`",
                );
            } else {
                date = self
                    .partial_date(lv, "last_verified")
                    .map(|(d, at)| (Some(d), at));
            }
        }
        let verified = self.verified(raw);
        let Some(source_at) = raw.source.as_ref().map(|s| s.referenced) else {
            self.diags.push(
                Diagnostic::error(Code::MissingKey, "required key `source` is missing")
                    .file(self.file)
                    .at(self.text, 1, 1)
                    .hint("write where the details were read: `source: { name: ..., url: https://..., date: YYYY-MM-DD }` (a date may be 2024-03 or 2024)"),
            );
            return None;
        };
        if name.is_none()
            && !matches!(&raw.source, Some(s) if matches!(s.value, RawSource::Old(_)))
            && !self.has_key(raw, "name")
        {
            self.push_coded(
                Code::MissingKey,
                &source_at,
                "source.name",
                "required key is missing".into(),
                "name the source: the organisation, publication or site the details were read in",
            );
        }
        if date.is_none() && raw.last_verified.is_none() && !self.has_key(raw, "date") {
            self.push_coded(Code::MissingKey, &source_at, "source.date", "required key is missing".into(), "write the source's own date: a day (2024-03-15), a month (2024-03) or a year (2024), as precise as the source gives it; `unknown` if it shows none");
        }
        if !old.is_empty() {
            self.old_format_warning(
                &old,
                old_at.unwrap_or(source_at),
                name.as_ref(),
                url.as_deref(),
                date.and_then(|(d, _)| d),
            );
        }
        let (date, date_at) = date?;
        if let (Some(today), Some(v)) = (self.today, &verified) {
            let on = v.0.on.first_day();
            if on > today {
                self.push_coded(
                    Code::FutureDate,
                    &v.1,
                    "verified.on",
                    format!("{} is after today ({today})", v.0.on),
                    "write the day the details were checked, which cannot be in the future",
                );
            }
        }
        if let (Some(today), Some(date)) = (self.today, date) {
            if date.first_day() > today {
                self.push_coded(
                    Code::FutureDate,
                    &date_at,
                    "source.date",
                    format!("{date} is after today ({today})"),
                    "write the date the source itself shows",
                );
            }
        }
        if let (Some(v), Some(date)) = (&verified, date) {
            if date.first_day() > v.0.on.first_day() {
                self.push_coded(Code::SourceAfterVerified, &date_at, "source.date", format!("{date} is after `verified.on` ({})", v.0.on), "a check cannot be older than what it checked: fix `source.date`, or check the details again and update `verified.on`");
            }
        }
        let source = Source {
            name: name?,
            url,
            date,
            date_precision: date.map(|d| d.precision()),
        };
        Some((source, verified.map(|v| v.0)))
    }

    /// Whether the `source` map has `key` (one that failed its own check is not missing).
    fn has_key(&self, raw: &RawEntry, key: &str) -> bool {
        matches!(&raw.source, Some(s) if matches!(&s.value, RawSource::New(b) if b.fields.iter().any(|(k, _)| k.value == key)))
    }

    /// Each key of `block` that is not one of `known`, reported at its line.
    fn unknown_keys(&mut self, block: &RawBlock, field: &str, known: &[&str]) {
        for (key, _) in &block.fields {
            if !known.contains(&key.value.as_str()) {
                let list = known
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let hint = match did_you_mean(&key.value, known) {
                    Some(k) => format!("did you mean `{k}`? The keys of `{field}` are {list}"),
                    None => format!("remove it: the keys of `{field}` are {list}"),
                };
                self.push_coded(
                    Code::UnknownKey,
                    &key.referenced,
                    &format!("{field}.{}", key.value),
                    format!("unknown key `{}` under `{field}`", key.value),
                    &hint,
                );
            }
        }
    }

    /// A date that is a day, a month or a year.
    fn partial_date(
        &mut self,
        raw: &Spanned<Scalar>,
        field: &str,
    ) -> Option<(PartialDate, Location)> {
        let text = raw.value.0.trim();
        match PartialDate::parse(text) {
            Some(d) => Some((d, raw.referenced)),
            None => {
                self.push_coded(Code::BadEntryDate, &raw.referenced, field, format!("`{text}` is not a day, a month or a year"), "write a day (2024-03-15), a month (2024-03) or a year (2024), as precise as the source gives it, never more");
                None
            }
        }
    }

    /// A text given as a language map has the default language and only the site's
    /// languages (with the nearest code as a hint).
    fn text_languages(&mut self, t: &Spanned<Text>, field: &str) {
        let config = self.config;
        let default = config.default_language.as_str();
        let Text::Many(map) = &t.value else { return };
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
                let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
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

    /// A name or description given as a language map has the default language and only
    /// the site's languages, and is not empty.
    fn text_ok(&mut self, t: &Spanned<Text>, field: &str) -> bool {
        let before = self.diags.len();
        let default = self.config.default_language.clone();
        self.text_languages(t, field);
        if t.value
            .get(&default, &default)
            .is_some_and(|(s, _)| s.trim().is_empty())
        {
            self.push(&t.referenced, field, "is empty".into(), "write it");
        }
        self.diags.len() == before
    }

    /// `verified`, when given: `on` a day, `how` a text; with the line of `on`.
    fn verified(&mut self, raw: &RawEntry) -> Option<(Verified, Location)> {
        let block = raw.verified.as_ref()?;
        self.unknown_keys(&block.value, "verified", &["on", "how"]);
        let mut on = None;
        let mut how = None;
        let mut seen_on = false;
        let mut seen_how = false;
        for (key, value) in &block.value.fields {
            match (key.value.as_str(), value) {
                ("on", RawValue::Scalar(d)) => {
                    seen_on = true;
                    if let Some((date, at)) = self.partial_date(d, "verified.on") {
                        if date.precision() == Precision::Day {
                            on = Some((date, at));
                        } else {
                            self.push_coded(
                                Code::BadEntryDate,
                                &at,
                                "verified.on",
                                format!("`{date}` is not a day"),
                                "write the day the details were checked, as YYYY-MM-DD",
                            );
                        }
                    }
                }
                ("how", RawValue::Text(t)) => {
                    seen_how = true;
                    how = self.text_ok(t, "verified.how").then(|| t.value.clone());
                }
                _ => {}
            }
        }
        if !seen_on {
            self.push_coded(
                Code::MissingKey,
                &block.referenced,
                "verified.on",
                "required key is missing".into(),
                "write the day the details were checked, as YYYY-MM-DD",
            );
        }
        if !seen_how {
            self.push_coded(
                Code::MissingKey,
                &block.referenced,
                "verified.how",
                "required key is missing".into(),
                "say how they were checked: `how: called the line`",
            );
        }
        let (on, at) = on?;
        Some((Verified { on, how: how? }, at))
    }

    /// The one warning for a file in the old format, with the map to write instead.
    fn old_format_warning(
        &mut self,
        old: &[&str],
        at: Location,
        name: Option<&Text>,
        url: Option<&str>,
        date: Option<PartialDate>,
    ) {
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let name = match name {
            Some(Text::One(s)) => quoted(s),
            Some(Text::Many(m)) => m
                .get(&self.config.default_language)
                .map_or_else(|| "...".into(), |s| quoted(s)),
            None => "...".into(),
        };
        let mut map = format!("source: {{ name: {name}");
        if let Some(u) = url {
            map.push_str(&format!(", url: {u}"));
        }
        map.push_str(&format!(
            ", date: {} }}",
            date.map_or_else(|| "YYYY-MM-DD".into(), |d| d.to_string())
        ));
        let keys = old
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(" and ");
        self.diags.push(
            Diagnostic::warning(Code::OldSourceKeys, format!("{keys}: the old format, read as `source.name`, `source.url` and `source.date`; nobody is said to have checked the details (that is `verified: {{ on, how }}`)"))
                .file(self.file)
                .at(self.text, at.line() as usize, at.column() as usize)
                .hint(format!("write instead `{map}` (a date may be a day, 2024-03 or 2024); add `verified: {{ on: YYYY-MM-DD, how: ... }}` only if someone here checked them")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "title: T\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\ndirectory:\n  stale_after_days: 365\n  pinned: [eu-112, x]\n";

    const EMERGENCY: &str = "name: Emergency\nkind: helpline\ncountry: EU\ncategories: [emergency]\nphones:\n  - number: \"112\"\nsource:\n  name: European Commission\n  date: 2024\n";

    /// Loads a site with the entry `x` (and the pinned emergency entry) on `today`.
    fn load_entry(yaml: &str, today: &str) -> (Directory, Diagnostics) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::write(root.join("site.yaml"), SITE).unwrap();
        let dir = root.join(DIRECTORY_DIR);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("x.yaml"), yaml).unwrap();
        std::fs::write(dir.join("eu-112.yaml"), EMERGENCY).unwrap();
        let config = Config::load(root, None).unwrap();
        load(root, &config, Some(today))
    }

    fn entry(source_and_more: &str) -> String {
        format!("name: X\nkind: helpline\ncountry: GR\ncategories: [child-helpline]\nphones:\n  - number: \"1056\"\n{source_and_more}")
    }

    /// The problems in x.yaml as (code, line, message).
    fn problems(d: &Diagnostics) -> Vec<(Code, Option<usize>, String, bool)> {
        d.iter()
            .filter(|d| d.file.as_deref().is_some_and(|f| f.ends_with("x.yaml")))
            .map(|d| (d.code, d.line, d.message.clone(), d.is_error()))
            .collect()
    }

    #[test]
    fn the_new_format_keeps_each_precision() {
        for (date, precision) in [
            ("2023", Precision::Year),
            ("2021-04", Precision::Month),
            ("\"2021-04-07\"", Precision::Day),
            ("2021-04-07", Precision::Day),
        ] {
            let yaml = entry(&format!(
                "source:\n  name: {{ en: Kathimerini, ar: كاثيميريني }}\n  url: https://www.ekathimerini.com/news/1158774/\n  date: {date}\n"
            ));
            let (dir, diags) = load_entry(&yaml, "2026-12-02");
            assert!(!diags.has_errors(), "{date}: {:?}", problems(&diags));
            let x = dir.get("x").unwrap();
            assert_eq!(x.source.date.unwrap().to_string(), date.trim_matches('"'));
            assert_eq!(x.source.date_precision, Some(precision));
            assert_eq!(
                x.source.url.as_deref(),
                Some("https://www.ekathimerini.com/news/1158774/")
            );
            assert!(x.verified.is_none());
            assert!(x.stale, "{date} is years before the build");
            assert_eq!(
                x.stale_fallback,
                Some(Fallback {
                    id: "eu-112".into(),
                    tel: "tel:112".into(),
                    display: "112".into()
                })
            );
            // No fallback to itself.
            assert_eq!(dir.get("eu-112").unwrap().stale_fallback, None);
        }
    }

    #[test]
    fn age_counts_from_verified_else_from_the_first_day_of_the_source_date() {
        // A year counts from 1 January: 2025 is 366 days old on 2026-01-02.
        let yaml = entry("source: { name: S, date: 2025 }\n");
        let (dir, diags) = load_entry(&yaml, "2026-01-01");
        assert!(!dir.get("x").unwrap().stale, "{:?}", problems(&diags));
        let (dir, diags) = load_entry(&yaml, "2026-01-02");
        assert!(dir.get("x").unwrap().stale);
        let stale: Vec<_> = problems(&diags)
            .into_iter()
            .filter(|p| p.0 == Code::StaleEntry)
            .collect();
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert!(!stale[0].3, "a warning");
        // verified.on wins over an old source.
        let yaml = entry(
            "source: { name: S, date: 2020 }\nverified: { on: 2025-12-01, how: called the line }\n",
        );
        let (dir, diags) = load_entry(&yaml, "2026-01-02");
        assert!(!diags.has_errors(), "{:?}", problems(&diags));
        let x = dir.get("x").unwrap();
        assert!(!x.stale);
        assert_eq!(x.verified.as_ref().unwrap().on.to_string(), "2025-12-01");
        // A source that shows no date: said so, never a made-up day; always stale.
        let yaml = entry("source: { name: S, date: unknown }\n");
        let (dir, diags) = load_entry(&yaml, "2026-01-02");
        assert!(!diags.has_errors(), "{:?}", problems(&diags));
        let x = dir.get("x").unwrap();
        assert_eq!((x.source.date, x.source.date_precision), (None, None));
        assert!(x.stale);
    }

    #[test]
    fn the_old_format_builds_with_one_warning_naming_the_new_keys() {
        for (old, name, url) in [
            (
                "last_verified: 2021-04-07\nsource: \"Kathimerini, 7 April 2021\"\n",
                "Kathimerini, 7 April 2021",
                None,
            ),
            (
                "last_verified: 2023-01-01\nsource: https://www.childhelplineinternational.org/\n",
                "childhelplineinternational.org",
                Some("https://www.childhelplineinternational.org/"),
            ),
        ] {
            let (dir, diags) = load_entry(&entry(old), "2026-12-02");
            let p = problems(&diags);
            let old_keys: Vec<_> = p.iter().filter(|p| p.0 == Code::OldSourceKeys).collect();
            assert_eq!(old_keys.len(), 1, "{p:?}");
            assert!(!old_keys[0].3, "a warning");
            assert_eq!(old_keys[0].1, Some(7), "the first old key's line");
            let d = diags
                .iter()
                .find(|d| d.code == Code::OldSourceKeys)
                .unwrap();
            assert!(d.message.contains("`source.date`"), "{}", d.message);
            let hint = d.hint.clone().unwrap_or_default();
            assert!(hint.contains("source: { name: "), "{hint}");
            let x = dir.get("x").unwrap();
            assert_eq!(x.source.name, Text::One(name.into()));
            assert_eq!(x.source.url.as_deref(), url);
            assert!(
                hint.contains(&format!("date: {}", x.source.date.unwrap())),
                "{hint}"
            );
            assert!(x.verified.is_none(), "an old date is no verification");
            assert!(!diags.has_errors());
        }
    }

    #[test]
    fn bad_sources_and_verifications_name_line_and_field() {
        let cases: &[(&str, Code, usize, &str)] = &[
            ("source:\n  name: S\n  date: 2024\n  page: 3\n", Code::UnknownKey, 10, "source.page"),
            ("source:\n  name: S\n  date: 2024\nverified:\n  on: 2025-01-01\n  how: called\n  who: Ann\n", Code::UnknownKey, 13, "verified.who"),
            ("source:\n  name: S\n  date: 2024-13\n", Code::BadEntryDate, 9, "source.date"),
            ("source:\n  name: S\n  date: March 2024\n", Code::BadEntryDate, 9, "source.date"),
            ("source:\n  name: S\n  date: 2024\nverified:\n  on: 2025-01\n  how: called\n", Code::BadEntryDate, 11, "verified.on"),
            ("source:\n  name: S\n  date: 2024\nverified:\n  on: 2027-01-01\n  how: called\n", Code::FutureDate, 11, "verified.on"),
            ("source:\n  name: S\n  date: 2027\n", Code::FutureDate, 9, "source.date"),
            ("source:\n  name: S\n  date: 2025-06\nverified:\n  on: 2025-05-31\n  how: called\n", Code::SourceAfterVerified, 9, "source.date"),
            // A missing key is reported at the map's first line.
            ("source:\n  url: https://example.org\n  date: 2024\n", Code::MissingKey, 8, "source.name"),
            ("source:\n  name: S\n", Code::MissingKey, 8, "source.date"),
            ("source:\n  name: S\n  url: javascript:alert(1)\n  date: 2024\n", Code::DirectoryEntry, 9, "source.url"),
            ("source:\n  name: S\n  date: 2024\nverified:\n  on: 2025-01-01\n", Code::MissingKey, 11, "verified.how"),
            ("source: Some leaflet\n", Code::MissingKey, 7, "source.date"),
        ];
        for &(yaml, code, line, field) in cases {
            let (dir, diags) = load_entry(&entry(yaml), "2026-12-02");
            let p = problems(&diags);
            assert!(
                p.iter().any(|(c, l, m, err)| *c == code
                    && *l == Some(line)
                    && m.contains(&format!("`{field}`"))
                    && *err),
                "{yaml}: expected {code} at line {line} naming `{field}`, got {p:?}"
            );
            assert!(dir.get("x").is_none(), "{yaml}: a bad entry is not kept");
        }
    }
}
