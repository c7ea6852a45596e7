//! Opening hours: OpenStreetMap `opening_hours` expressions parsed by the `opening-hours`
//! crate and compiled into weekly intervals in local time, which the page's script (and
//! `status_at` here) turn into "open now" in the service's own time zone.

use chrono::{Datelike, NaiveDate, TimeZone, Timelike};
use chrono_tz::Tz;
use opening_hours::{OpeningHours, RuleKind};

pub const WEEK: u32 = 7 * 24 * 60;

/// Open intervals in minutes from Monday 00:00 local time, sorted, merged, `[start, end)`.
pub type Weekly = Vec<(u32, u32)>;

/// Compiles `expr` over a reference week (4-10 March 2024, with no holidays). Rules that
/// depend on dates or holidays are approximated by that week.
pub fn compile(expr: &str) -> Result<Weekly, String> {
    let oh = <OpeningHours as std::str::FromStr>::from_str(expr).map_err(|e| e.to_string())?;
    let monday = NaiveDate::from_ymd_opt(2024, 3, 4)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .ok_or("bad reference date")?;
    let next_monday = monday + chrono::Duration::days(7);
    let mut weekly: Weekly = Vec::new();
    for r in oh.iter_range(monday, next_monday) {
        if r.kind != RuleKind::Open {
            continue;
        }
        let start = (r.range.start - monday).num_minutes().clamp(0, WEEK as i64) as u32;
        let end = (r.range.end - monday).num_minutes().clamp(0, WEEK as i64) as u32;
        if start < end {
            match weekly.last_mut() {
                Some(last) if last.1 >= start => last.1 = last.1.max(end),
                _ => weekly.push((start, end)),
            }
        }
    }
    Ok(weekly)
}

/// Minutes since Monday 00:00 of `instant` in `tz` (DST included).
pub fn minute_of_week<T: TimeZone>(instant: &chrono::DateTime<T>, tz: Tz) -> u32 {
    let local = instant.with_timezone(&tz);
    local.weekday().num_days_from_monday() * 1440 + local.hour() * 60 + local.minute()
}

#[derive(Debug, PartialEq, Eq)]
pub enum Status {
    AlwaysOpen,
    /// Open; closes at the given minute of the week.
    OpenUntil(u32),
    /// Closed; opens at the given minute of the week.
    ClosedUntil(u32),
    NeverOpen,
}

/// The status at minute `m` of the week (what the script computes in the browser).
pub fn status(weekly: &Weekly, m: u32) -> Status {
    if weekly.is_empty() {
        return Status::NeverOpen;
    }
    if weekly == &[(0, WEEK)] {
        return Status::AlwaysOpen;
    }
    // An interval ending at the week's end continues into one starting at 0.
    let wraps =
        weekly.first().is_some_and(|f| f.0 == 0) && weekly.last().is_some_and(|l| l.1 == WEEK);
    for &(s, e) in weekly {
        if m >= s && m < e {
            let end = if e == WEEK && wraps { weekly[0].1 } else { e };
            return Status::OpenUntil(end % WEEK);
        }
    }
    let next = weekly
        .iter()
        .map(|&(s, _)| s)
        .find(|&s| s > m)
        .unwrap_or(weekly[0].0);
    Status::ClosedUntil(next)
}

/// Status at a UTC instant for a service in `tz`.
pub fn status_at(weekly: &Weekly, tz: Tz, instant: chrono::DateTime<chrono::Utc>) -> Status {
    status(weekly, minute_of_week(&instant, tz))
}

/// Default IANA time zones by country; site.yaml's `directory.timezones` adds or overrides.
pub fn default_timezone(country: &str) -> Option<&'static str> {
    Some(match country {
        "AT" => "Europe/Vienna",
        "BE" => "Europe/Brussels",
        "BG" => "Europe/Sofia",
        "CH" => "Europe/Zurich",
        "CY" => "Asia/Nicosia",
        "CZ" => "Europe/Prague",
        "DE" => "Europe/Berlin",
        "DK" => "Europe/Copenhagen",
        "EE" => "Europe/Tallinn",
        "ES" => "Europe/Madrid",
        "FI" => "Europe/Helsinki",
        "FR" => "Europe/Paris",
        "GB" => "Europe/London",
        "GR" => "Europe/Athens",
        "HR" => "Europe/Zagreb",
        "HU" => "Europe/Budapest",
        "IE" => "Europe/Dublin",
        "IT" => "Europe/Rome",
        "LT" => "Europe/Vilnius",
        "LU" => "Europe/Luxembourg",
        "LV" => "Europe/Riga",
        "MD" => "Europe/Chisinau",
        "MT" => "Europe/Malta",
        "NL" => "Europe/Amsterdam",
        "NO" => "Europe/Oslo",
        "PL" => "Europe/Warsaw",
        "PT" => "Europe/Lisbon",
        "RO" => "Europe/Bucharest",
        "RS" => "Europe/Belgrade",
        "SE" => "Europe/Stockholm",
        "SI" => "Europe/Ljubljana",
        "SK" => "Europe/Bratislava",
        "TR" => "Europe/Istanbul",
        "UA" => "Europe/Kyiv",
        "EU" => "Europe/Brussels",
        _ => return None,
    })
}

pub fn parse_timezone(name: &str) -> Option<Tz> {
    name.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn hm(day: u32, h: u32, m: u32) -> u32 {
        day * 1440 + h * 60 + m
    }

    #[test]
    fn compiles_weekly_intervals() {
        assert_eq!(compile("24/7").unwrap(), vec![(0, WEEK)]);
        let w = compile("Mo-Fr 08:00-22:00; Sa 11:00-19:00").unwrap();
        assert_eq!(w.len(), 6);
        assert_eq!(w[0], (hm(0, 8, 0), hm(0, 22, 0)));
        assert_eq!(w[5], (hm(5, 11, 0), hm(5, 19, 0)));
        assert!(compile("Mo-Fr 25:00-26:00 nonsense").is_err());
    }

    #[test]
    fn open_now_across_a_day_boundary() {
        // Open Friday evening to Saturday morning.
        let w = compile("Fr 22:00-02:00").unwrap();
        assert_eq!(status(&w, hm(4, 23, 30)), Status::OpenUntil(hm(5, 2, 0)));
        assert_eq!(status(&w, hm(5, 1, 59)), Status::OpenUntil(hm(5, 2, 0)));
        assert_eq!(status(&w, hm(5, 2, 0)), Status::ClosedUntil(hm(4, 22, 0)));
        // Sunday night into Monday wraps around the week.
        let w = compile("Su 20:00-24:00; Mo 00:00-06:00").unwrap();
        assert_eq!(status(&w, hm(6, 21, 0)), Status::OpenUntil(hm(0, 6, 0)));
        assert_eq!(status(&w, hm(0, 5, 0)), Status::OpenUntil(hm(0, 6, 0)));
        assert_eq!(status(&w, hm(3, 12, 0)), Status::ClosedUntil(hm(6, 20, 0)));
        assert_eq!(status(&compile("24/7").unwrap(), 0), Status::AlwaysOpen);
    }

    #[test]
    fn open_now_follows_daylight_saving_time() {
        let w = compile("Mo-Su 08:00-20:00").unwrap();
        let athens: Tz = "Europe/Athens".parse().unwrap();
        // Sunday 29 March 2026: Athens moves from UTC+2 to UTC+3 at 01:00 UTC.
        // 05:30 UTC is 08:30 local (open); a fixed UTC+2 offset would say 07:30 (closed).
        let after = Utc.with_ymd_and_hms(2026, 3, 29, 5, 30, 0).unwrap();
        assert_eq!(
            status_at(&w, athens, after),
            Status::OpenUntil(hm(6, 20, 0))
        );
        // The day before, 05:30 UTC is 07:30 local: closed until 08:00.
        let before = Utc.with_ymd_and_hms(2026, 3, 28, 5, 30, 0).unwrap();
        assert_eq!(
            status_at(&w, athens, before),
            Status::ClosedUntil(hm(5, 8, 0))
        );
        // Autumn: 25 October 2026, back to UTC+2; 17:30 UTC is 19:30 local (open).
        let autumn = Utc.with_ymd_and_hms(2026, 10, 25, 17, 30, 0).unwrap();
        assert_eq!(
            status_at(&w, athens, autumn),
            Status::OpenUntil(hm(6, 20, 0))
        );
    }
}
