//! Locale data from CLDR (through ICU4X's compiled data, no network): day names, times of
//! day and dates in words, time and day ranges, digits, lists and language names, for one
//! site language.
//!
//! Build one [`Words`] per site language with [`Words::new`] (it never fails and never
//! panics, whatever code an editor wrote) and share it by reference across threads: it is
//! `Send + Sync` and holds only handles to static data.
//!
//! Language codes are resolved in three steps, and [`Words::fallback`] tells the caller
//! which one applied:
//! 1. the code is parsed as a BCP 47 tag (`_` is taken as `-`);
//! 2. CLDR's aliases are applied (ICU4X's `LocaleCanonicalizer`), so a deprecated or legacy
//!    code reaches the locale CLDR has for it — for example `prs` (Dari) becomes `fa-AF`;
//! 3. if CLDR has no data for the language, English (`en`) is used.
//!
//! Everything here follows CLDR: no day, month or language name, and no digit, is written
//! in this file. Dates are in the Gregorian calendar in every language (a source date given
//! as a month cannot honestly be turned into another calendar's month).

use chrono::Weekday;
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{E, T, Y, YM, YMD};
use icu_datetime::input::{Date, Time};
use icu_datetime::provider::names::DatetimeNamesWeekdayV1;
use icu_datetime::provider::pattern::GenericPatternItem;
use icu_datetime::provider::range_patterns::DatetimePatternsRangeGlueV1;
use icu_datetime::range::NoCalendarRangeFormatter;
use icu_datetime::{
    DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_decimal::input::Decimal;
use icu_decimal::{options::DecimalFormatterOptions, DecimalFormatter};
use icu_experimental::displaynames::provider::LocaleNamesLocaleV0;
use icu_experimental::displaynames::{multi::LanguageDisplayNames, DisplayNamesOptions};
use icu_list::{options::ListFormatterOptions, options::ListLength, ListFormatter};
use icu_locale::{locale, Locale, LocaleCanonicalizer};
use icu_provider::prelude::*;
use serde::Serialize;

/// Minutes in a day: `time(MINUTES_PER_DAY)` is the end of the day (24:00).
pub const MINUTES_PER_DAY: u32 = 24 * 60;

/// Monday 4 March 2024, the first day of the week whose dates give the weekday names (the
/// same reference week as `directory::hours::compile`).
const REFERENCE_MONDAY: (i32, u8, u8) = (2024, 3, 4);

/// How a language code was resolved to the CLDR locale a [`Words`] speaks.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fallback {
    /// CLDR has data for the code as written (possibly through its parent locale, such as
    /// `fr-BE` → `fr`, which is the same language).
    Exact,
    /// The code is a CLDR alias of another locale, which is used: `prs` → `fa-AF`.
    Alias { to: String },
    /// CLDR has no data for this language: English is used.
    Unsupported,
    /// The code is not a language tag at all (empty, or not BCP 47): English is used.
    Invalid,
}

/// The locale data for one language. See the module documentation.
pub struct Words {
    requested: String,
    locale: Locale,
    fallback: Fallback,
    weekdays: [String; 7],
    /// CLDR's interval fallback pattern ("{0} – {1}").
    range_glue: Option<DataPayload<DatetimePatternsRangeGlueV1>>,
    time: Option<NoCalendarFormatter<T>>,
    time_range: Option<NoCalendarRangeFormatter<T>>,
    ymd: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    ym: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    y: Option<FixedCalendarDateTimeFormatter<Gregorian, Y>>,
    decimal: Option<DecimalFormatter>,
    and_list: Option<ListFormatter>,
    unit_list: Option<ListFormatter>,
    languages: Option<LanguageDisplayNames>,
    /// Names of particular locales ("fa-AF" → "Dari"), where CLDR has them.
    locales: Option<DataPayload<LocaleNamesLocaleV0>>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("requested", &self.requested)
            .field("locale", &self.locale.to_string())
            .field("fallback", &self.fallback)
            .finish()
    }
}

/// Parses, canonicalizes and checks `code`; returns the locale to use and how it was found.
fn resolve(code: &str) -> (Locale, Fallback) {
    let cleaned = code.trim().replace('_', "-");
    let Ok(mut loc) = Locale::try_from_str(&cleaned) else {
        return (locale!("en"), Fallback::Invalid);
    };
    if loc.id.language.is_unknown() {
        return (locale!("en"), Fallback::Invalid);
    }
    let before = loc.to_string();
    LocaleCanonicalizer::new_extended().canonicalize(&mut loc);
    if !has_data(&loc) {
        return (locale!("en"), Fallback::Unsupported);
    }
    let after = loc.to_string();
    if after.eq_ignore_ascii_case(&before) {
        (loc, Fallback::Exact)
    } else {
        (loc, Fallback::Alias { to: after })
    }
}

/// The marker attribute of wide weekday names (CLDR's `EEEE`).
const WIDE: &DataMarkerAttributes = DataMarkerAttributes::from_str_or_panic("5");

/// Whether CLDR (as compiled into ICU4X) has date data for `loc`'s language, rather than
/// only the root locale's. Weekday names are the probe: every locale with any date data has
/// them.
fn has_data(loc: &Locale) -> bool {
    let data_locale = DataLocale::from(loc);
    let mut metadata = DataRequestMetadata::default();
    metadata.silent = true;
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(WIDE, &data_locale),
        metadata,
    };
    match DataProvider::<DatetimeNamesWeekdayV1>::load(&icu_datetime::provider::Baked, request) {
        // `metadata.locale` is set only when the data came from a fallback locale.
        Ok(response) => match response.metadata.locale {
            None => true,
            Some(found) => found.language == loc.id.language,
        },
        Err(_) => false,
    }
}

impl Words {
    /// The `Words` of `code`, made once per process and shared: they depend only on the
    /// code and CLDR's compiled data, so every page of a language uses the same.
    pub fn shared(code: &str) -> std::sync::Arc<Words> {
        use std::collections::HashMap;
        use std::sync::{Arc, Mutex, OnceLock};
        static MADE: OnceLock<Mutex<HashMap<String, Arc<Words>>>> = OnceLock::new();
        let made = MADE.get_or_init(Mutex::default);
        let mut made = made.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        made.entry(code.to_string())
            .or_insert_with(|| Arc::new(Words::new(code)))
            .clone()
    }

    /// The locale data for `code` (a site language code such as `ar`, `fa`, `prs`, `en-GB`).
    /// Never fails: see [`Words::fallback`] for what was used. Should a part of CLDR fail
    /// to load (none does with compiled data), its methods degrade instead of panicking:
    /// ASCII digits and `HH:mm` times, a plain dash for ranges, `None` for dates.
    pub fn new(code: &str) -> Words {
        let (locale, fallback) = resolve(code);
        let prefs = DateTimeFormatterPreferences::from(&locale);
        let weekday_names = FixedCalendarDateTimeFormatter::<_, E>::try_new(prefs, E::long()).ok();
        let weekdays = ALL_WEEKDAYS.map(|wd| match (&weekday_names, reference_date(wd)) {
            (Some(f), Some(date)) => f.format(&date).to_string(),
            _ => format!("{wd:?}"),
        });
        let display_options = DisplayNamesOptions::default();
        Words {
            requested: code.to_string(),
            weekdays,
            range_glue: load_silently::<DatetimePatternsRangeGlueV1>(
                &icu_datetime::provider::Baked,
                &locale,
                DataMarkerAttributes::empty(),
            ),
            time: NoCalendarFormatter::try_new(prefs, T::hm()).ok(),
            time_range: NoCalendarRangeFormatter::try_new(prefs, T::hm()).ok(),
            ymd: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::long()).ok(),
            ym: FixedCalendarDateTimeFormatter::try_new(prefs, YM::long()).ok(),
            y: FixedCalendarDateTimeFormatter::try_new(prefs, Y::long()).ok(),
            decimal: DecimalFormatter::try_new(
                (&locale).into(),
                DecimalFormatterOptions::default(),
            )
            .ok(),
            and_list: ListFormatter::try_new_and(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .ok(),
            unit_list: ListFormatter::try_new_unit(
                (&locale).into(),
                ListFormatterOptions::default().with_length(ListLength::Short),
            )
            .ok(),
            languages: LanguageDisplayNames::try_new((&locale).into(), display_options).ok(),
            locales: load_silently::<LocaleNamesLocaleV0>(
                &icu_experimental::provider::Baked,
                &locale,
                DataMarkerAttributes::empty(),
            ),
            locale,
            fallback,
        }
    }

    /// The code this was built for, as the caller wrote it.
    pub fn requested(&self) -> &str {
        &self.requested
    }

    /// The CLDR locale in use, as a BCP 47 tag (`fa-AF` for `prs`, `en` after a fallback).
    pub fn locale(&self) -> String {
        self.locale.to_string()
    }

    /// How the requested code was resolved.
    pub fn fallback(&self) -> &Fallback {
        &self.fallback
    }

    /// Whether the words are English standing in for a language CLDR does not have (or a
    /// code that is not a language tag): the caller may want to warn the editor.
    pub fn fell_back(&self) -> bool {
        matches!(self.fallback, Fallback::Unsupported | Fallback::Invalid)
    }

    /// The weekday's name, stand-alone and wide ("Monday", "الاثنين").
    pub fn weekday(&self, day: Weekday) -> &str {
        &self.weekdays[day.num_days_from_monday() as usize]
    }

    /// A range of weekdays joined by CLDR's interval fallback pattern ("Monday – Friday");
    /// `from == to` gives the single name.
    pub fn weekday_range(&self, from: Weekday, to: Weekday) -> String {
        if from == to {
            return self.weekday(from).to_string();
        }
        self.range(self.weekday(from), self.weekday(to))
    }

    /// Two formatted values joined by CLDR's interval fallback pattern ("{0} – {1}"), the
    /// form CLDR gives to a range it has no specific pattern for.
    pub fn range(&self, start: &str, end: &str) -> String {
        let Some(glue) = &self.range_glue else {
            return format!("{start}–{end}");
        };
        let mut out = String::new();
        for item in glue.get().pattern.items.iter() {
            match item {
                GenericPatternItem::Placeholder(0) => out.push_str(start),
                GenericPatternItem::Placeholder(1) => out.push_str(end),
                GenericPatternItem::Placeholder(_) => {}
                GenericPatternItem::Literal(c) => out.push(c),
            }
        }
        out
    }

    /// A time of day, `minutes` after midnight, in the locale's own pattern, hour cycle
    /// (h23, or h12 with a day period) and digits. `24 * 60` (end of day) is written as
    /// midnight; minutes past `24 * 60` (OSM's extended times, such as 26:00) are taken
    /// modulo a day.
    pub fn time(&self, minutes: u32) -> String {
        let t = time_of(minutes);
        match (&self.time, &t) {
            (Some(f), Some(t)) => f.format(t).to_string(),
            _ => {
                let m = minutes % MINUTES_PER_DAY;
                format!("{:02}:{:02}", m / 60, m % 60)
            }
        }
    }

    /// A span of time from `start` to `end` (minutes after midnight, as in [`Words::time`])
    /// in CLDR's interval form for times ("8:00 AM – 10:00 PM", "08:00–22:00").
    pub fn time_span(&self, start: u32, end: u32) -> String {
        match (&self.time_range, time_of(start), time_of(end)) {
            (Some(f), Some(a), Some(b)) => f.format(&a, &b).to_string(),
            _ => format!("{}–{}", self.time(start), self.time(end)),
        }
    }

    /// A date in words at exactly the precision given: a day ("April 7, 2021"), a month
    /// ("April 2021") or a year ("2021"), with CLDR's long date, year-month and year
    /// patterns. `None` when the date does not exist (month 13, 30 February) or a day is
    /// given without a month.
    pub fn date(&self, year: i32, month: Option<u8>, day: Option<u8>) -> Option<String> {
        let date = Date::try_new_gregorian(year, month.unwrap_or(1), day.unwrap_or(1)).ok()?;
        Some(match (month, day) {
            (Some(_), Some(_)) => self.ymd.as_ref()?.format(&date).to_string(),
            (Some(_), None) => self.ym.as_ref()?.format(&date).to_string(),
            (None, None) => self.y.as_ref()?.format(&date).to_string(),
            (None, Some(_)) => return None,
        })
    }

    /// An integer with the locale's digits and grouping ("1,234", "١٬٢٣٤", "۱٬۲۳۴").
    pub fn number(&self, n: i64) -> String {
        match &self.decimal {
            Some(f) => f.format_to_string(&Decimal::from(n)),
            None => n.to_string(),
        }
    }

    /// `text` with its ASCII digits in the locale's digits, digit by digit, so that a length
    /// ("0:07") or an age range ("0-17") keeps its form: "۰:۰۷" in Persian.
    pub fn digits(&self, text: &str) -> String {
        text.chars()
            .map(|c| match c.to_digit(10).filter(|_| c.is_ascii_digit()) {
                Some(d) => self.number(i64::from(d)),
                None => c.to_string(),
            })
            .collect()
    }

    /// Items joined as a list ("Monday, Wednesday and Friday"), with CLDR's "and" pattern.
    pub fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        match &self.and_list {
            Some(f) => f.format_to_string(items.iter().map(|s| s.as_ref())),
            None => items
                .iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// Items joined with CLDR's short unit-list pattern ("9:00 – 12:00, 13:00 – 17:00"),
    /// for values that are not an enumeration, such as a day's opening spans.
    pub fn unit_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        match &self.unit_list {
            Some(f) => f.format_to_string(items.iter().map(|s| s.as_ref())),
            None => items
                .iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The name of a language in this locale, from CLDR ("Arabic"; "العربية" in `ar`;
    /// "арабська" in `uk`). `code` may carry a region or script: a variant CLDR names on its
    /// own gets that name (`fa-AF` → "Dari"), any other the language's (`ar-SY` → "Arabic").
    /// A legacy code goes through CLDR's aliases (`prs` → `fa-AF`). `None` when the code is
    /// not a language tag or this locale's CLDR data has no name for it (no English name is
    /// put in its place).
    pub fn language_name(&self, code: &str) -> Option<String> {
        let cleaned = code.trim().replace('_', "-");
        let loc = Locale::try_from_str(&cleaned).ok()?;
        if loc.id.language.is_unknown() {
            return None;
        }
        let plain =
            loc.id.script.is_none() && loc.id.region.is_none() && loc.id.variants.is_empty();
        if plain {
            if let Some(name) = self.languages.as_ref()?.of(loc.id.language) {
                return Some(name.to_string());
            }
            // A legacy or deprecated code: CLDR's alias (`mo` → `ro`).
            let mut canonical = loc.clone();
            LocaleCanonicalizer::new_extended().canonicalize(&mut canonical);
            if canonical == loc {
                return None;
            }
            return self.language_name(&canonical.to_string());
        }
        // A regional or script variant CLDR names on its own ("fa-AF" → "Dari"), else the
        // language's name.
        let tag = loc.id.to_string();
        let special = self.locales.as_ref().and_then(|data| {
            data.get()
                .names
                .get_by(|key| key.as_bytes().cmp(tag.as_bytes()))
                .map(str::to_string)
        });
        special.or_else(|| {
            self.languages
                .as_ref()?
                .of(loc.id.language)
                .map(str::to_string)
        })
    }
}

/// Loads one marker's data for `loc` from a baked provider without logging a miss; `None`
/// when even the root locale has none.
fn load_silently<M: DataMarker>(
    provider: &impl DataProvider<M>,
    loc: &Locale,
    attributes: &DataMarkerAttributes,
) -> Option<DataPayload<M>> {
    let data_locale = DataLocale::from(loc);
    let mut metadata = DataRequestMetadata::default();
    metadata.silent = true;
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &data_locale),
        metadata,
    };
    provider.load(request).ok().map(|r| r.payload)
}

const ALL_WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The date of `day` in the reference week.
fn reference_date(day: Weekday) -> Option<Date<Gregorian>> {
    let (y, m, d) = REFERENCE_MONDAY;
    let offset = u8::try_from(day.num_days_from_monday()).ok()?;
    Date::try_new_gregorian(y, m, d + offset).ok()
}

fn time_of(minutes: u32) -> Option<Time> {
    let m = minutes % MINUTES_PER_DAY;
    Time::try_new(u8::try_from(m / 60).ok()?, u8::try_from(m % 60).ok()?, 0, 0).ok()
}

#[cfg(test)]
mod tests;
