//! Where an entry's details come from and whether anyone here checked them: the source
//! (its name, address and date, a day, a month or a year as precise as it was given) and
//! the optional verification (the day a person of this site confirmed the details, and
//! how). The age that makes an entry stale counts from the verification, else from the
//! source's date, read as its FIRST day: a source of "2023" is as old as 1 January 2023,
//! never younger, so that a date given loosely never makes the data look fresher.

use super::Text;
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

/// How precisely a date was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date given as a year (`2023`), a month (`2021-04`) or a day (`2021-04-07`), kept at
/// that precision: it is written back exactly as given, never with an invented day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day (four-digit year, two
    /// digits for month and day, nothing around them); anything else is `None`.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [y] if digits(y, 4) => Some(PartialDate {
                year: y.parse().ok()?,
                month: None,
                day: None,
            }),
            [y, m] if digits(y, 4) && digits(m, 2) => {
                let (year, month) = (y.parse().ok()?, m.parse().ok()?);
                NaiveDate::from_ymd_opt(year, month, 1)?;
                Some(PartialDate {
                    year,
                    month: Some(month),
                    day: None,
                })
            }
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                let date =
                    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                Some(PartialDate::from(date))
            }
            _ => None,
        }
    }

    /// Year, month or day.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1-12), when given.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, when given.
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The first day the date can mean (1 January for a year, the 1st for a month): the
    /// day an age is counted from, so that it is never shorter than the truth.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The day itself, for a date given to the day.
    pub fn as_day(&self) -> Option<NaiveDate> {
        self.day?;
        Some(self.first_day())
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> PartialDate {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
}

/// ISO 8601 at the date's own precision: `2023`, `2021-04`, `2021-04-07`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Where an entry's details were read.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    /// The publication or site (a string, or a map language -> string).
    pub name: Text,
    /// Its address, when it has one.
    pub url: Option<String>,
    /// The source's own date, as precise as it was given; `None` when the editor wrote
    /// `date: unknown` because the source shows none (the entry is then always stale:
    /// its age cannot be shown to be short).
    pub date: Option<PartialDate>,
    /// `year`, `month` or `day`: how precise `date` is.
    pub date_precision: Option<Precision>,
}

/// A person of this site confirmed the details.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Verified {
    /// The day they checked.
    pub on: PartialDate,
    /// How they checked (called the line, read the official page ...).
    pub how: Text,
}

/// What `source.date` says when the source shows no date.
pub const UNKNOWN: &str = "unknown";

/// The date an entry's details are from: `verified.on`, else `source.date`.
pub fn as_of(source: &Source, verified: Option<&Verified>) -> Option<PartialDate> {
    verified.map(|v| v.on).or(source.date)
}

/// The day an entry's age counts from: the verification's, else the source's first day;
/// `None` when neither is known (the details are then as old as can be).
pub fn age_from(source: &Source, verified: Option<&Verified>) -> Option<NaiveDate> {
    as_of(source, verified).map(|d| d.first_day())
}

/// The host of an http(s) address (`childhelplineinternational.org`), without `www.`.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_precision_they_were_given() {
        for (text, precision) in [
            ("2023", Precision::Year),
            ("2021-04", Precision::Month),
            ("2021-04-07", Precision::Day),
            ("2024-02-29", Precision::Day),
        ] {
            let d = PartialDate::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.precision(), precision, "{text}");
            assert_eq!(d.to_string(), text);
            assert_eq!(serde_json::to_value(d).unwrap(), text);
        }
        assert_eq!(
            PartialDate::parse("2021-04").unwrap().as_day(),
            None,
            "a month is not a day"
        );
    }

    #[test]
    fn anything_but_a_day_a_month_or_a_year_is_refused() {
        for bad in [
            "",
            "23",
            "202",
            "20233",
            "2023-4",
            "2023-13",
            "2023-00",
            "2023-02-30",
            "2023-02-29",
            "2023-04-7",
            "2023-04-07T10:00",
            " 2023",
            "2023-",
            "2023/04",
            "April 2023",
            "-2023",
            "2023-04-07-01",
            "+2023",
            "２０２３",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?} is accepted");
        }
    }

    #[test]
    fn age_counts_from_the_first_day_of_a_loose_date() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let first = |s: &str| PartialDate::parse(s).unwrap().first_day();
        assert_eq!(first("2023"), day("2023-01-01"));
        assert_eq!(first("2021-04"), day("2021-04-01"));
        assert_eq!(first("2021-04-07"), day("2021-04-07"));
        let source = Source {
            name: Text::One("A".into()),
            url: None,
            date: PartialDate::parse("2023"),
            date_precision: Some(Precision::Year),
        };
        assert_eq!(age_from(&source, None), Some(day("2023-01-01")));
        let verified = Verified {
            on: PartialDate::parse("2026-11-20").unwrap(),
            how: Text::One("called".into()),
        };
        assert_eq!(age_from(&source, Some(&verified)), Some(day("2026-11-20")));
        let undated = Source {
            date: None,
            date_precision: None,
            ..source
        };
        assert_eq!(age_from(&undated, None), None);
        assert_eq!(age_from(&undated, Some(&verified)), Some(day("2026-11-20")));
    }

    #[test]
    fn hosts_of_addresses() {
        assert_eq!(
            host_of("https://www.childhelplineinternational.org/"),
            Some("childhelplineinternational.org")
        );
        assert_eq!(host_of("http://example.org?x"), Some("example.org"));
        assert_eq!(host_of("ftp://example.org"), None);
    }
}
