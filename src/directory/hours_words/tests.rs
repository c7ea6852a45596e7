use super::*;

/// The rows as "name: ALL | closed | spans".
fn rows(t: &WeekTable) -> Vec<String> {
    t.days
        .iter()
        .map(|d| {
            let what = if d.all_day {
                "ALL".to_string()
            } else if d.closed {
                "closed".to_string()
            } else {
                d.spans_text.clone()
            };
            format!("{}: {what}", d.name)
        })
        .collect()
}

fn group_lines(t: &WeekTable) -> Vec<String> {
    t.groups
        .iter()
        .map(|g| {
            let what = if g.all_day {
                "ALL".to_string()
            } else if g.closed {
                "closed".to_string()
            } else {
                g.spans_text.clone()
            };
            format!("{}: {what}", g.days)
        })
        .collect()
}

const EN_8_22: &str = "8:00\u{202f}AM\u{2009}–\u{2009}10:00\u{202f}PM";

#[test]
fn weekdays_and_saturday_with_sunday_closed() {
    let en = Words::new("en");
    let t = week_table("Mo-Fr 08:00-22:00; Sa 11:00-19:00", &en).unwrap();
    let sat = "11:00\u{202f}AM\u{2009}–\u{2009}7:00\u{202f}PM";
    assert_eq!(
        rows(&t),
        [
            format!("Monday: {EN_8_22}"),
            format!("Tuesday: {EN_8_22}"),
            format!("Wednesday: {EN_8_22}"),
            format!("Thursday: {EN_8_22}"),
            format!("Friday: {EN_8_22}"),
            format!("Saturday: {sat}"),
            "Sunday: closed".to_string(),
        ]
    );
    assert_eq!(
        group_lines(&t),
        [
            format!("Monday\u{2009}–\u{2009}Friday: {EN_8_22}"),
            format!("Saturday: {sat}"),
            "Sunday: closed".to_string(),
        ]
    );
    assert_eq!(t.groups[0].first, "mo");
    assert_eq!(t.groups[0].last, "fr");
    let monday = &t.days[0].spans[0];
    assert_eq!((monday.start_minute, monday.end_minute), (480, 1320));
    assert_eq!(monday.start, "8:00\u{202f}AM");
    assert_eq!(monday.end, "10:00\u{202f}PM");
    assert!(!t.open_24_7 && !t.never_open);
    assert_eq!(t.public_holidays, PublicHolidays::NotStated);
    assert!(t.approximations.is_empty());

    // The same week in Arabic and Persian: CLDR's day names, time pattern and digits.
    let ar = week_table("Mo-Fr 08:00-22:00; Sa 11:00-19:00", &Words::new("ar")).unwrap();
    assert_eq!(ar.days[6].name, "الأحد");
    assert!(ar.days[6].closed);
    assert_eq!(ar.groups[0].days, "الاثنين – الجمعة");
    assert_eq!(ar.days[0].spans[0].start, "8:00 ص");
    let fa = week_table("Mo-Fr 08:00-22:00; Sa 11:00-19:00", &Words::new("fa")).unwrap();
    assert_eq!(fa.groups[0].days, "دوشنبه تا جمعه");
    assert_eq!(fa.days[0].spans_text, "۸:۰۰ تا ۲۲:۰۰");
    assert_eq!(fa.days[5].spans[0].start, "۱۱:۰۰");
}

#[test]
fn open_all_week() {
    let en = Words::new("en");
    for expr in ["24/7", "Mo-Su 00:00-24:00"] {
        let t = week_table(expr, &en).unwrap();
        assert!(t.open_24_7, "{expr}");
        assert!(t
            .days
            .iter()
            .all(|d| d.all_day && !d.closed && d.spans.is_empty()));
        assert_eq!(group_lines(&t), ["Monday\u{2009}–\u{2009}Sunday: ALL"]);
        assert!(t.approximations.is_empty());
    }
    // All day on some days only.
    let t = week_table("Mo-Fr 00:00-24:00; Sa 10:00-14:00", &en).unwrap();
    assert!(!t.open_24_7);
    assert!(t.days[..5].iter().all(|d| d.all_day));
    assert!(!t.days[5].all_day && t.days[6].closed);
}

#[test]
fn lunch_break_and_closed_on_public_holidays() {
    let en = Words::new("en");
    let t = week_table("Mo-Fr 09:00-12:00,13:00-17:00; PH off", &en).unwrap();
    assert_eq!(t.days[0].spans.len(), 2);
    assert_eq!(
        t.days[0].spans_text,
        "9:00\u{202f}AM\u{2009}–\u{2009}12:00\u{202f}PM, 1:00\u{2009}–\u{2009}5:00\u{202f}PM"
    );
    assert_eq!(
        group_lines(&t)[1],
        "Saturday\u{2009}–\u{2009}Sunday: closed"
    );
    assert_eq!(t.public_holidays, PublicHolidays::Closed);
    assert!(t.approximations.is_empty());
    let json = serde_json::to_value(&t).unwrap();
    assert_eq!(
        json["public_holidays"],
        serde_json::json!({"state": "closed"})
    );
    assert_eq!(json["days"][0]["day"], "mo");
}

#[test]
fn open_with_other_hours_on_public_holidays() {
    let en = Words::new("en");
    let t = week_table("Mo-Fr 09:00-17:00; PH 10:00-14:00", &en).unwrap();
    match &t.public_holidays {
        PublicHolidays::Open { all_day, spans } => {
            assert!(!all_day);
            assert_eq!(
                spans[0].text,
                "10:00\u{202f}AM\u{2009}–\u{2009}2:00\u{202f}PM"
            );
        }
        other => panic!("{other:?}"),
    }
    let t = week_table("Mo-Fr 09:00-17:00; PH 00:00-24:00", &en).unwrap();
    assert_eq!(
        t.public_holidays,
        PublicHolidays::Open {
            all_day: true,
            spans: Vec::new()
        }
    );
    let t = week_table("Mo-Fr 09:00-17:00; PH unknown", &en).unwrap();
    assert_eq!(t.public_holidays, PublicHolidays::Unknown);
    assert!(t.approximations.is_empty());
    // A later weekday rule replaces "PH off" on the weekdays it names: not "closed".
    let t = week_table("PH off; Mo-Fr 09:00-17:00", &en).unwrap();
    assert_eq!(t.public_holidays, PublicHolidays::Unknown);
    assert_eq!(t.approximations, [Approximation::HolidayOverridden]);
    // Saturday, Sunday and holidays closed; nothing open all week.
    let t = week_table("Sa,Su,PH off", &en).unwrap();
    assert!(t.never_open);
    assert_eq!(t.public_holidays, PublicHolidays::Closed);
}

#[test]
fn a_night_crossing_midnight_stays_on_its_evening() {
    let en = Words::new("en");
    let t = week_table("Fr 22:00-02:00", &en).unwrap();
    let friday = &t.days[4];
    assert_eq!(friday.spans.len(), 1);
    let span = &friday.spans[0];
    assert_eq!((span.start_minute, span.end_minute), (22 * 60, 26 * 60));
    assert!(span.ends_next_day);
    assert_eq!(span.text, "10:00\u{202f}PM\u{2009}–\u{2009}2:00\u{202f}AM");
    assert!(t.days[5].closed, "Saturday has no opening of its own");
    assert_eq!(
        group_lines(&t),
        [
            "Monday\u{2009}–\u{2009}Thursday: closed".to_string(),
            "Friday: 10:00\u{202f}PM\u{2009}–\u{2009}2:00\u{202f}AM".to_string(),
            "Saturday\u{2009}–\u{2009}Sunday: closed".to_string(),
        ]
    );
    // Sunday night into Monday morning is one Sunday span, not a Monday one.
    let t = week_table("Su 22:00-02:00", &en).unwrap();
    assert!(t.days[0].closed);
    assert_eq!(t.days[6].spans[0].end_minute, 26 * 60);
    // Ukrainian: 24-hour clock.
    let t = week_table("Fr 22:00-02:00", &Words::new("uk")).unwrap();
    assert_eq!(t.days[4].spans[0].start, "22:00");
    assert_eq!(t.days[4].spans[0].end, "02:00");
}

#[test]
fn rules_a_week_cannot_show_are_flagged() {
    let en = Words::new("en");
    for (expr, expected) in [
        ("Jan-Mar Mo-Fr 08:00-12:00", vec![Approximation::Dates]),
        ("easter off; Mo-Fr 09:00-17:00", vec![Approximation::Dates]),
        ("Dec 24 off; Mo-Fr 09:00-17:00", vec![Approximation::Dates]),
        ("2026 Mo-Fr 09:00-17:00", vec![Approximation::Years]),
        ("week 1-26 Mo 10:00-12:00", vec![Approximation::Weeks]),
        ("Mo[1] 10:00-12:00", vec![Approximation::NthWeekday]),
        (
            "Mo-Fr 09:00-17:00; SH off",
            vec![Approximation::OtherHolidays],
        ),
        ("Mo-Fr sunrise-sunset", vec![Approximation::VariableTimes]),
        ("Mo 18:00+", vec![Approximation::OpenEnd]),
        (
            "Mo-Fr 08:00-12:00 \"by appointment\"",
            vec![Approximation::Comments],
        ),
        (
            "Mo-Fr 09:00-17:00 || \"call first\"",
            vec![Approximation::Comments, Approximation::Fallback],
        ),
        ("Mo-Fr unknown", vec![Approximation::UnknownState]),
    ] {
        let t = week_table(expr, &en).unwrap_or_else(|e| panic!("{expr}: {e}"));
        assert_eq!(t.approximations, expected, "{expr}");
        assert_eq!(t.days.len(), 7);
    }
}

#[test]
fn bad_expressions_are_errors_not_panics() {
    let en = Words::new("en");
    for expr in [
        "",
        "Mo-Fr 25:00-26:00 nonsense",
        "Xx 10:00-12:00",
        ";;;",
        "Mo-Fr 09:00-",
        "\u{0}",
    ] {
        let _ = week_table(expr, &en);
    }
    assert!(week_table("Mo-Fr 25:00-26:00 nonsense", &en).is_err());
}
