//! Expected strings are CLDR's. Where each was checked:
//! - "ICU4X data": the compiled CLDR 49 data that ships in `icu_datetime_data`,
//!   `icu_decimal_data`, `icu_experimental_data` 2.4 / 0.7 (what the build uses).
//! - "cldr-json <locale>": `cldr-json/cldr-dates-full/main/<locale>/ca-gregorian.json` in
//!   unicode-org/cldr-json (an earlier release than 49; the fields cited are unchanged):
//!   `days.stand-alone.wide`, `dateFormats.long`, `timeFormats.short`,
//!   `availableFormats.yMMMM`, `availableFormats.y`, `intervalFormatFallback`.
//! - "icu4x testdata ar/fr": unicode-org/icu4x `provider/source/tests/data/cldr/` (CLDR
//!   JSON: `ar` `ca-gregorian.json` and `languages.json`, `fr` `ca-gregorian.json`).
//! - Digits: `ar` uses `latn` since CLDR 46 (CLDR-17553, unicode-org/cldr PR #3678,
//!   "Change default numbering system for ar.xml to latn"); `ar-EG` keeps `arab`; `fa`, `ps`
//!   and `fa-AF` use `arabext` (cldr-json `numbers.json` `defaultNumberingSystem`).
//!
//! Invisible characters are written as escapes: U+202F narrow no-break space (CLDR 42+
//! before AM/PM and before "р."), U+2009 thin space (around the interval dash), U+200C
//! zero-width non-joiner (Persian "سه‌شنبه").
use super::*;

const WEEK: [Weekday; 7] = ALL_WEEKDAYS;

struct Expected<'a> {
    code: &'a str,
    locale: &'a str,
    fallback: Fallback,
    days: [&'a str; 7],
    /// 08:00 and 22:30.
    times: [&'a str; 2],
    /// 7 April 2021, April 2021, 2021.
    dates: [&'a str; 3],
    /// (code, name in this language), twice.
    names: [(&'a str, &'a str); 2],
}

fn check(e: Expected<'_>) {
    let w = Words::new(e.code);
    assert_eq!(w.locale(), e.locale, "{}", e.code);
    assert_eq!(w.fallback(), &e.fallback, "{}", e.code);
    let days: Vec<&str> = WEEK.iter().map(|d| w.weekday(*d)).collect();
    assert_eq!(days, e.days, "{}", e.code);
    assert_eq!(w.time(8 * 60), e.times[0], "{}", e.code);
    assert_eq!(w.time(22 * 60 + 30), e.times[1], "{}", e.code);
    assert_eq!(
        w.date(2021, Some(4), Some(7)).as_deref(),
        Some(e.dates[0]),
        "{}",
        e.code
    );
    assert_eq!(
        w.date(2021, Some(4), None).as_deref(),
        Some(e.dates[1]),
        "{}",
        e.code
    );
    assert_eq!(
        w.date(2021, None, None).as_deref(),
        Some(e.dates[2]),
        "{}",
        e.code
    );
    for (code, name) in e.names {
        assert_eq!(
            w.language_name(code).as_deref(),
            Some(name),
            "{} names {code}",
            e.code
        );
    }
}

#[test]
fn english() {
    // CLDR en (ICU4X data): timeFormats.short "h:mm a" (U+202F before AM/PM since CLDR
    // 42), dateFormats.long "MMMM d, y", yMMMM "MMMM y"; languages "ar" Arabic, "fa" Persian.
    check(Expected {
        code: "en",
        locale: "en",
        fallback: Fallback::Exact,
        days: [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
        times: ["8:00\u{202f}AM", "10:30\u{202f}PM"],
        dates: ["April 7, 2021", "April 2021", "2021"],
        names: [("ar", "Arabic"), ("fa", "Persian")],
    });
}

#[test]
fn arabic() {
    // icu4x testdata ar: days.stand-alone.wide; months format wide "أبريل";
    // dateFormats.long "d MMMM y"; timeFormats.short "h:mm a" with am "ص" / pm "م";
    // yMMMM "MMMM y"; languages "ar" العربية, "fa" الفارسية. Digits: latn (CLDR-17553).
    check(Expected {
        code: "ar",
        locale: "ar",
        fallback: Fallback::Exact,
        days: [
            "الاثنين",
            "الثلاثاء",
            "الأربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
            "الأحد",
        ],
        times: ["8:00 ص", "10:30 م"],
        dates: ["7 أبريل 2021", "أبريل 2021", "2021"],
        names: [("ar", "العربية"), ("fa", "الفارسية")],
    });
}

#[test]
fn arabic_with_arabic_indic_digits() {
    // ar-EG's defaultNumberingSystem is still "arab" (CLDR-17553 kept it), and a site can
    // ask for them on plain Arabic with the BCP 47 extension -u-nu-arab.
    for code in ["ar-EG", "ar-u-nu-arab"] {
        let w = Words::new(code);
        assert_eq!(w.fallback(), &Fallback::Exact);
        assert_eq!(w.time(8 * 60), "٨:٠٠ ص", "{code}");
        assert_eq!(
            w.date(2021, Some(4), Some(7)).as_deref(),
            Some("٧ أبريل ٢٠٢١")
        );
        assert_eq!(w.number(1234), "١٬٢٣٤", "{code}");
    }
}

#[test]
fn persian() {
    // cldr-json fa: days.stand-alone.wide; dateFormats.long "d MMMM y" with format wide
    // "آوریل"; timeFormats.short "H:mm"; yMMMM "MMMM y"; defaultNumberingSystem arabext.
    check(Expected {
        code: "fa",
        locale: "fa",
        fallback: Fallback::Exact,
        days: [
            "دوشنبه",
            "سه\u{200c}شنبه",
            "چهارشنبه",
            "پنجشنبه",
            "جمعه",
            "شنبه",
            "یکشنبه",
        ],
        times: ["۸:۰۰", "۲۲:۳۰"],
        dates: ["۷ آوریل ۲۰۲۱", "آوریل ۲۰۲۱", "۲۰۲۱"],
        // ICU4X data (fa languages): "ar" عربی, "fa" فارسی.
        names: [("ar", "عربی"), ("fa", "فارسی")],
    });
}

#[test]
fn french() {
    // icu4x testdata fr: dateFormats.long "d MMMM y", timeFormats.short "HH:mm",
    // yMMMM "MMMM y"; ICU4X data (fr days and languages): "ar" arabe, "uk" ukrainien.
    check(Expected {
        code: "fr",
        locale: "fr",
        fallback: Fallback::Exact,
        days: [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        times: ["08:00", "22:30"],
        dates: ["7 avril 2021", "avril 2021", "2021"],
        names: [("ar", "arabe"), ("uk", "ukrainien")],
    });
}

#[test]
fn greek() {
    // cldr-json el: days.stand-alone.wide; dateFormats.long "d MMMM y" with the genitive
    // format month "Απριλίου"; yMMMM "LLLL y" with the stand-alone "Απρίλιος";
    // timeFormats.short "h:mm a" with "π.μ." / "μ.μ." (12-hour clock, as CLDR says).
    check(Expected {
        code: "el",
        locale: "el",
        fallback: Fallback::Exact,
        days: [
            "Δευτέρα",
            "Τρίτη",
            "Τετάρτη",
            "Πέμπτη",
            "Παρασκευή",
            "Σάββατο",
            "Κυριακή",
        ],
        times: ["8:00\u{202f}π.μ.", "10:30\u{202f}μ.μ."],
        dates: ["7 Απριλίου 2021", "Απρίλιος 2021", "2021"],
        // ICU4X data (el languages).
        names: [("ar", "Αραβικά"), ("el", "Ελληνικά")],
    });
}

#[test]
fn ukrainian() {
    // cldr-json uk: days.stand-alone.wide; dateFormats.long "d MMMM y 'р'." (genitive
    // "квітня"); yMMMM "LLLL y 'р'." (stand-alone "квітень"); timeFormats.short "HH:mm".
    check(Expected {
        code: "uk",
        locale: "uk",
        fallback: Fallback::Exact,
        days: [
            "понеділок",
            "вівторок",
            "середа",
            "четвер",
            "пʼятниця",
            "субота",
            "неділя",
        ],
        times: ["08:00", "22:30"],
        dates: ["7 квітня 2021\u{202f}р.", "квітень 2021\u{202f}р.", "2021"],
        // ICU4X data (uk languages).
        names: [("ar", "арабська"), ("uk", "українська")],
    });
}

#[test]
fn pashto() {
    // ICU4X data (CLDR 49): ps day names are the Persian-derived forms
    // (datetime_names_weekday_v1 holds "دوشنبه … یکشنبه" for ps); earlier cldr-json ps had
    // "دونۍ …", so these are from CLDR 49 itself. Time "HH:mm" and long date "d MMMM y",
    // year-month "y MMMM", digits arabext.
    check(Expected {
        code: "ps",
        locale: "ps",
        fallback: Fallback::Exact,
        days: [
            "دوشنبه",
            "سه شنبه",
            "چهارشنبه",
            "پنج شنبه",
            "جمعه",
            "شنبه",
            "یکشنبه",
        ],
        times: ["۰۸:۰۰", "۲۲:۳۰"],
        dates: ["۷ اپریل ۲۰۲۱", "۲۰۲۱ اپریل", "۲۰۲۱"],
        names: [("ps", "پښتو"), ("ar", "عربي")],
    });
}

#[test]
fn dari_is_cldr_persian_of_afghanistan() {
    // CLDR's alias data (supplementalMetadata languageAlias, applied by ICU4X's
    // LocaleCanonicalizer) maps prs to fa-AF. fa-AF inherits fa's days and time but has
    // its own month names ("اپریل", ICU4X data); "fa-AF" is named دری in fa.
    let expected = |code: &'static str, fallback: Fallback| Expected {
        code,
        locale: "fa-AF",
        fallback,
        days: [
            "دوشنبه",
            "سه\u{200c}شنبه",
            "چهارشنبه",
            "پنجشنبه",
            "جمعه",
            "شنبه",
            "یکشنبه",
        ],
        times: ["۸:۰۰", "۲۲:۳۰"],
        dates: ["۷ اپریل ۲۰۲۱", "اپریل ۲۰۲۱", "۲۰۲۱"],
        names: [("prs", "دری"), ("fa-AF", "دری")],
    };
    check(expected(
        "prs",
        Fallback::Alias {
            to: "fa-AF".to_string(),
        },
    ));
    check(expected("fa-AF", Fallback::Exact));
    assert!(!Words::new("prs").fell_back());
    check(expected("fa_AF", Fallback::Exact));
}

#[test]
fn unknown_codes_fall_back_to_english_and_say_so() {
    for (code, fallback) in [
        ("xx", Fallback::Unsupported),
        ("qq-ZZ", Fallback::Unsupported),
        ("", Fallback::Invalid),
        ("   ", Fallback::Invalid),
        ("!!", Fallback::Invalid),
        ("und", Fallback::Invalid),
        ("en-", Fallback::Invalid),
    ] {
        let w = Words::new(code);
        assert_eq!(w.fallback(), &fallback, "{code:?}");
        assert_eq!(w.locale(), "en", "{code:?}");
        assert_eq!(w.requested(), code);
        assert!(w.fell_back());
        assert_eq!(w.weekday(Weekday::Mon), "Monday");
    }
    // A region CLDR has no data for keeps the language.
    let w = Words::new("fr-ZZ");
    assert_eq!(w.fallback(), &Fallback::Exact);
    assert_eq!(w.weekday(Weekday::Mon), "lundi");
    assert_eq!(
        Words::new("en_GB").date(2021, Some(4), Some(7)).as_deref(),
        Some("7 April 2021")
    );
}

#[test]
fn building_never_panics_on_odd_codes() {
    for code in [
        "ar-",
        "-ar",
        "ar--EG",
        "a",
        "abcdefghi",
        "ar-u-nu",
        "ar-u-nu-xxxx",
        "ku",
        "ckb",
        "ur",
        "so",
        "ti",
        "zh-Hant-TW",
        "sr-Latn",
        "x-private",
        "i-klingon",
        "ar\u{0}",
        "ع",
        "fa-IR-u-ca-persian",
    ] {
        let w = Words::new(code);
        assert!(!w.weekday(Weekday::Sun).is_empty(), "{code:?}");
        assert!(!w.time(0).is_empty());
        assert!(w.date(2021, Some(12), Some(31)).is_some(), "{code:?}");
        let _ = w.language_name(code);
    }
}

#[test]
fn dates_are_as_precise_as_given() {
    let w = Words::new("en");
    assert_eq!(w.date(2021, Some(2), Some(30)), None);
    assert_eq!(w.date(2021, Some(13), None), None);
    assert_eq!(w.date(2021, Some(0), None), None);
    assert_eq!(w.date(2021, None, Some(7)), None);
    // A month is never shown with an invented day, nor a year with a month.
    assert_eq!(w.date(2008, Some(1), None).as_deref(), Some("January 2008"));
    assert_eq!(w.date(2008, None, None).as_deref(), Some("2008"));
    // The Gregorian calendar in every language: fa's default calendar is Persian, but a
    // month given in Gregorian terms stays a Gregorian month.
    assert_eq!(
        Words::new("fa").date(2024, Some(3), None).as_deref(),
        Some("مارس ۲۰۲۴")
    );
}

#[test]
fn times_spans_and_ranges() {
    let en = Words::new("en");
    assert_eq!(en.time(0), "12:00\u{202f}AM");
    // 24:00 (end of day) is midnight; extended OSM times wrap.
    assert_eq!(en.time(24 * 60), "12:00\u{202f}AM");
    assert_eq!(en.time(26 * 60), "2:00\u{202f}AM");
    // CLDR's interval formats for times (en hm: "h:mm a – h:mm a", "h:mm – h:mm a").
    assert_eq!(
        en.time_span(8 * 60, 22 * 60),
        "8:00\u{202f}AM\u{2009}–\u{2009}10:00\u{202f}PM"
    );
    assert_eq!(
        en.time_span(13 * 60, 17 * 60),
        "1:00\u{2009}–\u{2009}5:00\u{202f}PM"
    );
    // Day ranges use intervalFormatFallback: en "{0} – {1}", el "{0} - {1}", fa "{0} تا {1}"
    // (cldr-json el and fa).
    assert_eq!(
        en.weekday_range(Weekday::Mon, Weekday::Fri),
        "Monday\u{2009}–\u{2009}Friday"
    );
    assert_eq!(en.weekday_range(Weekday::Sun, Weekday::Sun), "Sunday");
    assert_eq!(
        Words::new("el").weekday_range(Weekday::Mon, Weekday::Fri),
        "Δευτέρα - Παρασκευή"
    );
    assert_eq!(
        Words::new("fa").weekday_range(Weekday::Mon, Weekday::Fri),
        "دوشنبه تا جمعه"
    );
    assert_eq!(Words::new("fa").time_span(8 * 60, 22 * 60), "۸:۰۰ تا ۲۲:۰۰");
}

#[test]
fn numbers_and_lists() {
    assert_eq!(Words::new("en").number(1234), "1,234");
    assert_eq!(Words::new("ar").number(1234), "1,234");
    assert_eq!(Words::new("fa").number(1234), "۱٬۲۳۴");
    assert_eq!(Words::new("ps").number(12), "۱۲");
    assert_eq!(Words::new("fr").number(1234), "1\u{202f}234");
    assert_eq!(
        Words::new("en").and_list(&["Arabic", "Dari", "Greek"]),
        "Arabic, Dari, and Greek"
    );
    assert_eq!(
        Words::new("fr").and_list(&["arabe", "grec"]),
        "arabe et grec"
    );
}

#[test]
fn language_names() {
    let en = Words::new("en");
    // CLDR en languages: prs "Dari" (and fa-AF "Dari" as a locale name).
    assert_eq!(en.language_name("prs").as_deref(), Some("Dari"));
    assert_eq!(en.language_name("fa-AF").as_deref(), Some("Dari"));
    assert_eq!(en.language_name("ar-SY").as_deref(), Some("Arabic"));
    assert_eq!(en.language_name("ckb").as_deref(), Some("Central Kurdish"));
    assert_eq!(en.language_name("ti").as_deref(), Some("Tigrinya"));
    assert_eq!(en.language_name("AR").as_deref(), Some("Arabic"));
    assert_eq!(en.language_name("xx"), None);
    assert_eq!(en.language_name(""), None);
    assert_eq!(en.language_name("not a code"), None);
    // icu4x testdata ar languages.
    let ar = Words::new("ar");
    for (code, name) in [
        ("ps", "البشتو"),
        ("ckb", "السورانية الكردية"),
        ("el", "اليونانية"),
        ("en", "الإنجليزية"),
        ("so", "الصومالية"),
        ("ti", "التغرينية"),
        ("fa-AF", "الدارية"),
        ("prs", "الدارية"),
    ] {
        assert_eq!(ar.language_name(code).as_deref(), Some(name), "{code}");
    }
    // ur names Dari only as the locale fa-AF (ICU4X data, locale names); prs reaches it
    // through CLDR's alias.
    assert_eq!(
        Words::new("ur").language_name("prs").as_deref(),
        Some("دری")
    );
    // A language CLDR does not name in this locale: no name, not an English one.
    assert_eq!(Words::new("ur").language_name("qaa"), None);
}

#[test]
fn words_are_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Words>();
    let w = Words::new("ar");
    std::thread::scope(|s| {
        s.spawn(|| assert_eq!(w.weekday(Weekday::Fri), "الجمعة"));
    });
}

#[test]
fn digits_replaces_each_ascii_digit_and_keeps_the_rest() {
    assert_eq!(Words::new("fa").digits("0:07"), "۰:۰۷");
    assert_eq!(Words::new("prs").digits("0-17 سال"), "۰-۱۷ سال");
    assert_eq!(Words::new("en").digits("2021-04-07"), "2021-04-07");
    assert_eq!(Words::new("ar").digits("0:07"), "0:07");
}
