//! Opening hours in words: an `opening_hours` expression turned into a weekly table for one
//! language — seven rows Monday to Sunday with CLDR day names and times, consecutive days
//! with the same hours grouped for a one-line summary, the public-holiday rule as data, and
//! a list of what the table leaves out — ready to put into a Tera context.
//!
//! The week comes from [`hours::compile`] (a reference week with no holidays), so the table
//! and the "open now" script agree. Rules that a week cannot show (dates, week numbers,
//! Easter, "first Monday", sunrise...) are listed in [`WeekTable::approximations`]: when it is
//! not empty, show the raw expression too. Words such as "Closed", "Open 24 hours" or
//! "Public holidays" are the templates' (Fluent messages); this module gives structure.

use super::hours::{self, WEEK};
use crate::i18n::cldr::{Words, MINUTES_PER_DAY};
use chrono::Weekday;
use opening_hours::OpeningHours;
use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};
use opening_hours_syntax::rules::time::{Time, TimeSelector};
use opening_hours_syntax::rules::{RuleKind, RuleOperator, RuleSequence};
use serde::Serialize;

/// The week of one expression, in one language.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct WeekTable {
    /// Seven rows, Monday first.
    pub days: Vec<DayRow>,
    /// Runs of consecutive days (Monday to Sunday, not wrapping) with the same hours, for a
    /// one-line summary: "Monday – Friday 08:00–22:00", "Sunday" closed.
    pub groups: Vec<DayGroup>,
    /// Open all week, day and night (`24/7`, `Mo-Su 00:00-24:00`).
    pub open_24_7: bool,
    /// Never open in the week (every day closed).
    pub never_open: bool,
    /// What the expression says about public holidays.
    pub public_holidays: PublicHolidays,
    /// What the table cannot express; empty when it says exactly what the expression says.
    /// When not empty, templates should show the raw expression as well.
    pub approximations: Vec<Approximation>,
}

/// One day of the week.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct DayRow {
    /// OSM's two-letter day: `mo`, `tu`, `we`, `th`, `fr`, `sa`, `su`.
    pub day: &'static str,
    /// The day's name in the language (CLDR, stand-alone wide).
    pub name: String,
    /// Open all day, from 00:00 to 24:00.
    pub all_day: bool,
    /// No opening starts on this day (a span from the day before may run into it).
    pub closed: bool,
    /// The openings that start on this day, in order; empty when `all_day` or `closed`.
    pub spans: Vec<Span>,
    /// The spans joined with CLDR's unit-list pattern ("9:00 – 12:00, 13:00 – 17:00").
    pub spans_text: String,
}

/// One opening, within a day or running past midnight.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Span {
    /// The opening time in the language ("8:00 AM", "۸:۰۰").
    pub start: String,
    /// The closing time in the language; midnight for 24:00.
    pub end: String,
    /// Start and end in CLDR's interval form for times ("8:00 AM – 10:00 PM").
    pub text: String,
    /// Minutes after the day's midnight.
    pub start_minute: u32,
    /// Minutes after the day's midnight; more than 1440 when the span ends the next day.
    pub end_minute: u32,
    /// The span ends after midnight, on the next day.
    pub ends_next_day: bool,
}

/// Consecutive days with the same hours.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct DayGroup {
    /// The first and last day (OSM codes); equal for a single day.
    pub first: &'static str,
    pub last: &'static str,
    /// The day's name, or the range in CLDR's interval fallback form ("Monday – Friday").
    pub days: String,
    pub all_day: bool,
    pub closed: bool,
    pub spans: Vec<Span>,
    pub spans_text: String,
}

/// What the expression says about public holidays (`PH`).
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PublicHolidays {
    /// The expression does not mention public holidays.
    NotStated,
    /// Closed on public holidays (`PH off`).
    Closed,
    /// Open on public holidays: all day, or these spans (`PH 10:00-14:00`).
    Open { all_day: bool, spans: Vec<Span> },
    /// `PH unknown`, or a rule the table cannot resolve (see the approximations).
    Unknown,
}

/// A part of an expression that a weekly table leaves out or simplifies.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Approximation {
    /// Years (`2025 Mo-Fr ...`).
    Years,
    /// Months, dates or Easter (`Jan-Mar`, `Dec 24`, `easter`).
    Dates,
    /// Week numbers (`week 1-26`).
    Weeks,
    /// The nth weekday of a month (`Mo[1]`) or a day offset (`Mo +1 day`).
    NthWeekday,
    /// School holidays (`SH`), or a public-holiday offset (`PH +1 day`).
    OtherHolidays,
    /// A later rule overrides the public-holiday rule on some weekdays.
    HolidayOverridden,
    /// Times given by the sun (`sunrise-sunset`), shown as the reference week's.
    VariableTimes,
    /// An open end (`18:00+`).
    OpenEnd,
    /// Repeating times (`10:00-16:00/90`).
    Repeats,
    /// A comment in the expression (`"by appointment"`).
    Comments,
    /// An `unknown` state outside public holidays (shown as closed).
    UnknownState,
    /// A fallback rule (`||`).
    Fallback,
}

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "mo"),
    (Weekday::Tue, "tu"),
    (Weekday::Wed, "we"),
    (Weekday::Thu, "th"),
    (Weekday::Fri, "fr"),
    (Weekday::Sat, "sa"),
    (Weekday::Sun, "su"),
];

/// The weekly table of `expr` in `words`' language. An error (the parser's message) only
/// when `expr` is not a valid expression; never panics.
pub fn week_table(expr: &str, words: &Words) -> Result<WeekTable, String> {
    let parsed: OpeningHours = expr
        .parse()
        .map_err(|e: opening_hours_syntax::error::Error| e.to_string())?;
    let weekly = hours::compile(expr)?;
    let expression = parsed.get_expression();
    let rules = &expression.rules;

    let mut approximations: Vec<Approximation> = rules.iter().flat_map(approximations_of).collect();
    let (public_holidays, overridden) = public_holidays(rules, words);
    if overridden {
        approximations.push(Approximation::HolidayOverridden);
    }
    approximations.sort();
    approximations.dedup();

    let per_day = split_by_day(&weekly);
    let days: Vec<DayRow> = DAYS
        .iter()
        .zip(per_day)
        .map(|(&(wd, code), (all_day, minutes))| {
            let spans: Vec<Span> = minutes.iter().map(|&(s, e)| span(words, s, e)).collect();
            DayRow {
                day: code,
                name: words.weekday(wd).to_string(),
                all_day,
                closed: !all_day && spans.is_empty(),
                spans_text: spans_text(words, &spans),
                spans,
            }
        })
        .collect();
    let groups = groups(&days, words);
    Ok(WeekTable {
        open_24_7: weekly == [(0, WEEK)],
        never_open: weekly.is_empty(),
        days,
        groups,
        public_holidays,
        approximations,
    })
}

fn span(words: &Words, start: u32, end: u32) -> Span {
    Span {
        start: words.time(start),
        end: words.time(end),
        text: words.time_span(start, end),
        start_minute: start,
        end_minute: end,
        ends_next_day: end > MINUTES_PER_DAY,
    }
}

fn spans_text(words: &Words, spans: &[Span]) -> String {
    let texts: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
    words.unit_list(&texts)
}

/// Per day, Monday first: (open all day, spans starting that day as minutes after that
/// day's midnight). A span running past midnight stays with the day it starts on unless it
/// covers the whole next day; Sunday night into Monday morning is one Sunday span.
fn split_by_day(weekly: &hours::Weekly) -> Vec<(bool, Vec<(u32, u32)>)> {
    let mut days: Vec<(bool, Vec<(u32, u32)>)> = vec![(false, Vec::new()); 7];
    let mut intervals: Vec<(u32, u32)> = weekly.clone();
    // Sunday night into Monday morning: one span (the week is a circle).
    if intervals.len() >= 2 {
        let first = intervals[0];
        let last = intervals[intervals.len() - 1];
        if first.0 == 0
            && first.1 < MINUTES_PER_DAY
            && last.1 == WEEK
            && last.0 > WEEK - MINUTES_PER_DAY
        {
            intervals.remove(0);
            if let Some(l) = intervals.last_mut() {
                l.1 = WEEK + first.1;
            }
        }
    }
    for (s, e) in intervals {
        let mut cur = s;
        while cur < e {
            let d = cur / MINUTES_PER_DAY;
            let day_start = d * MINUTES_PER_DAY;
            let day_end = day_start + MINUTES_PER_DAY;
            let slot = (d % 7) as usize;
            if cur == day_start && e >= day_end {
                days[slot].0 = true;
                cur = day_end;
            } else if e < day_end + MINUTES_PER_DAY {
                days[slot].1.push((cur - day_start, e - day_start));
                cur = e;
            } else {
                days[slot].1.push((cur - day_start, MINUTES_PER_DAY));
                cur = day_end;
            }
        }
    }
    days
}

fn groups(days: &[DayRow], words: &Words) -> Vec<DayGroup> {
    let mut out: Vec<DayGroup> = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && same_hours(&days[i], &days[j + 1]) {
            j += 1;
        }
        let (first, last) = (DAYS[i], DAYS[j]);
        out.push(DayGroup {
            first: first.1,
            last: last.1,
            days: words.weekday_range(first.0, last.0),
            all_day: days[i].all_day,
            closed: days[i].closed,
            spans: days[i].spans.clone(),
            spans_text: days[i].spans_text.clone(),
        });
        i = j + 1;
    }
    out
}

fn same_hours(a: &DayRow, b: &DayRow) -> bool {
    a.all_day == b.all_day && a.closed == b.closed && a.spans == b.spans
}

/// What a rule uses that the reference week cannot show.
fn approximations_of(rule: &RuleSequence) -> Vec<Approximation> {
    let mut out = Vec::new();
    let ds = &rule.day_selector;
    if !ds.year.is_empty() {
        out.push(Approximation::Years);
    }
    if !ds.monthday.is_empty() {
        out.push(Approximation::Dates);
    }
    if !ds.week.is_empty() {
        out.push(Approximation::Weeks);
    }
    for wd in &ds.weekday {
        match wd {
            WeekDayRange::Fixed {
                offset,
                nth_from_start,
                ..
            } => {
                if *offset != 0 || nth_from_start.contains(&false) {
                    out.push(Approximation::NthWeekday);
                }
            }
            WeekDayRange::Holiday {
                kind: HolidayKind::Public,
                offset: 0,
            } => {}
            WeekDayRange::Holiday { .. } => out.push(Approximation::OtherHolidays),
        }
    }
    for span in &rule.time_selector.spans {
        if matches!(span.range.start, Time::Variable(_))
            || matches!(span.range.end, Time::Variable(_))
        {
            out.push(Approximation::VariableTimes);
        }
        if span.open_end {
            out.push(Approximation::OpenEnd);
        }
        if span.repeats.is_some() {
            out.push(Approximation::Repeats);
        }
    }
    if !rule.comment.is_empty() {
        out.push(Approximation::Comments);
    }
    if rule.kind == RuleKind::Unknown && !mentions_public_holidays(rule) {
        out.push(Approximation::UnknownState);
    }
    if rule.operator == RuleOperator::Fallback {
        out.push(Approximation::Fallback);
    }
    out
}

fn mentions_public_holidays(rule: &RuleSequence) -> bool {
    rule.day_selector.weekday.iter().any(|wd| {
        matches!(
            wd,
            WeekDayRange::Holiday {
                kind: HolidayKind::Public,
                offset: 0
            }
        )
    })
}

/// The state on public holidays, from the last rule naming `PH`; and whether a later rule
/// (one that applies on some weekdays and replaces what came before) may override it.
fn public_holidays(rules: &[RuleSequence], words: &Words) -> (PublicHolidays, bool) {
    let Some(last) = rules.iter().rposition(mentions_public_holidays) else {
        return (PublicHolidays::NotStated, false);
    };
    let rule = &rules[last];
    let overridden = rules[last + 1..].iter().any(|r| {
        r.operator != RuleOperator::Fallback
            && !mentions_public_holidays(r)
            && r.day_selector.year.is_empty()
            && r.day_selector.monthday.is_empty()
            && r.day_selector.week.is_empty()
    });
    if overridden {
        return (PublicHolidays::Unknown, true);
    }
    let state = match rule.kind {
        RuleKind::Closed => PublicHolidays::Closed,
        RuleKind::Unknown => PublicHolidays::Unknown,
        RuleKind::Open => match fixed_spans(&rule.time_selector) {
            Some(spans) if spans == [(0, MINUTES_PER_DAY)] => PublicHolidays::Open {
                all_day: true,
                spans: Vec::new(),
            },
            Some(spans) => PublicHolidays::Open {
                all_day: false,
                spans: spans.iter().map(|&(s, e)| span(words, s, e)).collect(),
            },
            None => PublicHolidays::Unknown,
        },
    };
    (state, false)
}

/// The time selector's spans in minutes, when all are fixed times.
fn fixed_spans(selector: &TimeSelector) -> Option<Vec<(u32, u32)>> {
    selector
        .spans
        .iter()
        .map(|span| match (&span.range.start, &span.range.end) {
            (Time::Fixed(a), Time::Fixed(b)) => Some((
                u32::from(a.mins_from_midnight()),
                u32::from(b.mins_from_midnight()),
            )),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
