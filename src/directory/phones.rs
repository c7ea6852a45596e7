//! Phone numbers: E.164 numbers checked with libphonenumber's metadata (the `phonenumber`
//! crate), and short codes. That crate has no short-number metadata, so a short code is
//! checked for its shape and, for country `EU`, against the EU-wide harmonised numbers.

use phonenumber::{country, Mode};
use std::str::FromStr;

/// EU-wide numbers: 112 and the harmonised 116 numbers (Commission Decision 2007/116/EC
/// and its amendments).
pub(crate) const EU_NUMBERS: &[&str] = &["112", "116000", "116006", "116111", "116117", "116123"];

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Phone {
    /// For `tel:` links: `+302132128888`, or the short code's digits (`116111`).
    pub dial: String,
    /// As shown: the international format, which dials from any SIM (`+30 21 3212 8888`),
    /// or the short code grouped (`116 111`).
    pub display: String,
    /// The national format, where it differs (`21 3212 8888`): what people in the country
    /// write, shown as a second line.
    pub national: Option<String>,
    /// The number in E.164, when it has one.
    pub e164: Option<String>,
    /// Digits for `https://wa.me/<digits>`.
    pub wa_digits: Option<String>,
}

/// Whether `code` is an ISO 3166-1 alpha-2 region libphonenumber knows, or `EU`.
pub(crate) fn valid_country(code: &str) -> bool {
    code == "EU" || (code.len() == 2 && country::Id::from_str(code).is_ok())
}

fn group_short(digits: &str) -> String {
    // 116111 → "116 111", as the EU writes the harmonised numbers.
    if digits.len() == 6 {
        format!("{} {}", &digits[..3], &digits[3..])
    } else {
        digits.to_string()
    }
}

/// Parses `number` for an entry in `country`; the error says what is wrong.
pub(crate) fn parse(number: &str, country_code: &str) -> Result<Phone, String> {
    let trimmed = number.trim();
    if trimmed.starts_with('+') {
        let parsed = phonenumber::parse(None, trimmed)
            .map_err(|e| format!("`{trimmed}` is not a phone number ({e})"))?;
        if !parsed.is_valid() {
            return Err(format!(
                "`{trimmed}` is not a valid number for its country code (+{})",
                parsed.code().value()
            ));
        }
        let e164 = parsed.format().mode(Mode::E164).to_string();
        let international = parsed.format().mode(Mode::International).to_string();
        let national = parsed.format().mode(Mode::National).to_string();
        return Ok(Phone {
            dial: e164.clone(),
            national: (national != international).then_some(national),
            display: international,
            wa_digits: Some(e164.trim_start_matches('+').to_string()),
            e164: Some(e164),
        });
    }
    let digits: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{trimmed}` is not a phone number"));
    }
    if country_code == "EU" {
        if EU_NUMBERS.contains(&digits.as_str()) {
            return Ok(Phone {
                display: group_short(&digits),
                national: None,
                dial: digits,
                e164: None,
                wa_digits: None,
            });
        }
        return Err(format!(
            "`{trimmed}` is not an EU-wide number (112 or a harmonised 116 number)"
        ));
    }
    if (3..=6).contains(&digits.len()) {
        return Ok(Phone {
            display: group_short(&digits),
            national: None,
            dial: digits,
            e164: None,
            wa_digits: None,
        });
    }
    Err(format!(
        "`{trimmed}` is neither an international number (+country code) nor a short code (3 to 6 digits)"
    ))
}

/// A piece of text, or a phone number found in it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Run {
    Text(String),
    Phone(Phone),
}

/// `text` cut into words and the phone numbers in it, so that a number written in an
/// entry's description is a call button too. Found: an international number that
/// libphonenumber accepts (`+30 213 212 8888`), an EU-wide number (112, 116 111), or one of
/// `own` (the entry's own short codes, as dialled). Years, ages and other figures are not
/// numbers to call and stay text.
pub(crate) fn runs(text: &str, own: &[&str]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let mut prev: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        let starts = (c == '+' || c.is_ascii_digit()) && !prev.is_some_and(char::is_alphanumeric);
        if starts {
            if let Some((phone, len)) = number_at(rest, own) {
                if !plain.is_empty() {
                    out.push(Run::Text(std::mem::take(&mut plain)));
                }
                out.push(Run::Phone(phone));
                prev = rest[..len].chars().last();
                rest = &rest[len..];
                continue;
            }
        }
        plain.push(c);
        prev = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    if !plain.is_empty() {
        out.push(Run::Text(plain));
    }
    out
}

/// The phone number at the start of `text`, with its length in bytes.
fn number_at(text: &str, own: &[&str]) -> Option<(Phone, usize)> {
    // Digits, single spaces between them (no-break ones too: editors keep `116 111`
    // together with them), and a leading `+`.
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let space = matches!(c, ' ' | '\u{a0}' | '\u{202f}');
        let fits = c.is_ascii_digit() || (c == '+' && i == 0) || (space && end == i);
        if !fits {
            break;
        }
        if c != ' ' {
            end = i + 1;
        }
    }
    let after = text[end..].chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let candidate = &text[..end];
    let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
    let phone = if candidate.starts_with('+') {
        parse(candidate, "").ok()?
    } else if EU_NUMBERS.contains(&digits.as_str()) {
        parse(&digits, "EU").ok()?
    } else if own.contains(&digits.as_str()) {
        parse(&digits, "").ok()?
    } else {
        return None;
    };
    Some((phone, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_numbers_are_checked_and_formatted() {
        let p = parse("+30 213 212 8888", "GR").unwrap();
        assert_eq!(p.dial, "+302132128888");
        // A child on a foreign SIM can dial what is shown; the national form is a second line.
        assert_eq!(p.display, "+30 21 3212 8888");
        assert_eq!(p.national.as_deref(), Some("21 3212 8888"));
        assert_eq!(p.wa_digits.as_deref(), Some("302132128888"));
        assert!(parse("+30 694 277 30", "GR").is_err(), "too short");
        assert!(parse("+30 abc", "GR").is_err());
    }

    #[test]
    fn short_codes() {
        assert_eq!(parse("116 111", "EU").unwrap().display, "116 111");
        assert_eq!(parse("116 111", "EU").unwrap().national, None);
        assert_eq!(parse("112", "EU").unwrap().dial, "112");
        assert!(parse("116 999", "EU").is_err());
        assert_eq!(parse("1056", "GR").unwrap().dial, "1056");
        assert!(parse("12", "GR").is_err());
        assert!(parse("12 34 56 78", "GR").is_err());
        assert!(parse("javascript:alert(1)", "GR").is_err());
    }

    #[test]
    fn countries() {
        assert!(valid_country("GR") && valid_country("EU") && valid_country("UA"));
        assert!(!valid_country("XX") && !valid_country("gr") && !valid_country("GRC"));
    }

    #[test]
    fn numbers_in_text_are_found_and_figures_are_not() {
        let r = runs(
            "Outside these hours, call 112. For children under 18 since 2021.",
            &[],
        );
        assert_eq!(r.len(), 3, "{r:?}");
        assert!(matches!(&r[1], Run::Phone(p) if p.dial == "112"));
        assert!(matches!(&r[2], Run::Text(t) if t.contains("18") && t.contains("2021")));
        let r = runs("Call +30 213 212 8888 or 116 111, or 1056.", &["1056"]);
        let dialled: Vec<&str> = r
            .iter()
            .filter_map(|x| match x {
                Run::Phone(p) => Some(p.dial.as_str()),
                Run::Text(_) => None,
            })
            .collect();
        assert_eq!(dialled, ["+302132128888", "116111", "1056"]);
        // Not numbers to call: part of a word, a sum, a figure that only looks like one.
        assert_eq!(runs("route112 costs 1120 euros", &[]).len(), 1);
        // No-break spaces inside a number, as editors write `116\u{a0}111`.
        assert!(
            matches!(&runs("the number 116\u{a0}111 is free", &[])[1], Run::Phone(p) if p.dial == "116111")
        );
        assert_eq!(runs("في اليونان، اتصل بالرقم 112.", &[]).len(), 3);
    }
}
