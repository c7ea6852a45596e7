//! What an entry's page and card say in the visitor's words, from CLDR: its opening hours
//! as a weekly table, and the languages it answers in, named in the visitor's language.

use super::hours_words::{week_table, PublicHolidays};
use super::languages;
use super::provenance::PartialDate;
use crate::content::config::{direction_of, Config};
use crate::i18n::cldr::Words;
use serde_json::{json, Value};

/// The weekly table of `expr` in language `lang`: the days, the runs of days with the same
/// hours (for a one-line summary), 24/7, public holidays, and whether the table leaves out
/// part of the expression (then the page shows the expression as written, too).
pub(crate) fn hours(expr: &str, lang: &str) -> Option<Value> {
    let words = Words::shared(lang);
    let table = week_table(expr, &words).ok()?;
    let holiday_spans = match &table.public_holidays {
        PublicHolidays::Open { spans, .. } => {
            let texts: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
            Some(words.unit_list(&texts))
        }
        _ => None,
    };
    Some(json!({
        "holiday_spans": holiday_spans,
        "days": table.days,
        "groups": table.groups,
        "open_24_7": table.open_24_7,
        "never_open": table.never_open,
        "public_holidays": table.public_holidays,
        "approximate": !table.approximations.is_empty(),
    }))
}

/// A date in words in language `lang`, exactly as precise as it was given: "2023",
/// "April 2021", "7 April 2021" (CLDR's patterns for the language).
pub(crate) fn date(d: &PartialDate, lang: &str) -> Option<String> {
    let words = Words::shared(lang);
    let small = |n: Option<u32>| n.and_then(|n| u8::try_from(n).ok());
    words.date(d.year(), small(d.month()), small(d.day()))
}

/// The month of a day, in words ("November 2026"): how "checked by us" is said, as the
/// site format does.
pub(crate) fn month_of(d: &PartialDate, lang: &str) -> Option<String> {
    let words = Words::shared(lang);
    let month = d.month().and_then(|n| u8::try_from(n).ok());
    words.date(d.year(), month, None)
}

/// An entry's ages ("0-17") in the language's digits ("۰-۱۷" in Persian), isolated left to
/// right: after Arabic letters, "0-17" would read "17-0" (the bidi algorithm makes its
/// digits Arabic numbers, and the hyphen splits them).
pub(crate) fn ages(ages: &str, lang: &str) -> String {
    format!("\u{2066}{}\u{2069}", Words::shared(lang).digits(ages))
}

/// Each language code as the visitor reads it: its name in the page's language (CLDR), and
/// its name in itself where that differs, so a Dari speaker on an English page finds "دری".
pub(crate) fn spoken(codes: &[String], config: &Config, lang: &str) -> Vec<Value> {
    let words = Words::shared(lang);
    codes
        .iter()
        .map(|code| {
            let (own, dir) = match config.language(code) {
                Some(l) => (l.name.clone(), l.dir.as_str()),
                None => (
                    autonym(code),
                    direction_of(&code.parse().unwrap_or_default()).as_str(),
                ),
            };
            let name = words.language_name(code).unwrap_or_else(|| own.clone());
            let differs = name != own;
            json!({
                "code": code,
                "name": name,
                "own": differs.then_some(own),
                "dir": dir,
            })
        })
        .collect()
}

/// A language's name in itself: CLDR's where CLDR has the language, else the built-in
/// list's, else the code.
fn autonym(code: &str) -> String {
    let own = Words::shared(code);
    (!own.fell_back())
        .then(|| own.language_name(code))
        .flatten()
        .or_else(|| languages::autonym(code).map(str::to_string))
        .unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ar, name: العربية }\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        Config::load(dir.path(), None).unwrap()
    }

    #[test]
    fn languages_are_named_in_the_visitors_language_with_their_own_name() {
        let codes = vec!["ar".to_string(), "prs".to_string()];
        let en = spoken(&codes, &config(), "en");
        assert_eq!(en[0]["name"], "Arabic");
        assert_eq!(en[0]["own"], "العربية");
        assert_eq!(en[0]["dir"], "rtl");
        assert_eq!(en[1]["name"], "Dari");
        // CLDR's Dari name for itself (fa_AF.json "fa_AF": دری).
        assert_eq!(en[1]["own"], "دری");
        // A language CLDR names in itself (bn.json "bn": বাংলা).
        assert_eq!(
            spoken(&["bn".to_string()], &config(), "en")[0]["own"],
            "বাংলা"
        );
        // On an Arabic page, Arabic is named once, in Arabic (CLDR: ar.json "ar": العربية).
        let ar = spoken(&codes, &config(), "ar");
        assert_eq!(ar[0]["name"], "العربية");
        assert!(ar[0]["own"].is_null());
        // CLDR's Arabic name of Dari (fa-AF): الدارية.
        assert_eq!(ar[1]["name"], "الدارية");
    }

    #[test]
    fn dates_are_words_at_the_precision_given() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(date(&d("2023"), "en").as_deref(), Some("2023"));
        assert_eq!(date(&d("2021-04"), "en").as_deref(), Some("April 2021"));
        assert_eq!(
            date(&d("2021-04-07"), "en").as_deref(),
            Some("April 7, 2021")
        );
        assert_eq!(date(&d("2021-04"), "fr").as_deref(), Some("avril 2021"));
        assert_eq!(
            month_of(&d("2026-11-20"), "en").as_deref(),
            Some("November 2026")
        );
    }

    #[test]
    fn hours_are_a_table_in_the_page_language() {
        let v = hours("Mo-Fr 08:00-22:00; Sa 11:00-19:00", "en").unwrap();
        assert_eq!(v["days"][6]["closed"], true);
        assert_eq!(v["days"][0]["name"], "Monday");
        assert_eq!(v["approximate"], false);
        let fr = hours("Mo-Fr 08:00-22:00; Sa 11:00-19:00", "fr").unwrap();
        assert_eq!(fr["days"][0]["name"], "lundi");
        assert!(hours("not hours", "en").is_none());
        assert_eq!(
            hours("Jan-Mar Mo 10:00-12:00", "en").unwrap()["approximate"],
            true
        );
    }
}
