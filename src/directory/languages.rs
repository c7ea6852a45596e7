//! Language codes a directory entry may list, with each language's name for itself
//! (CLDR autonyms), so "answers in" can be shown in the languages' own scripts.

/// (code, autonym). Codes are ISO 639-1 where one exists, else ISO 639-3.
const AUTONYMS: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("az", "azərbaycan"),
    ("be", "беларуская"),
    ("bg", "български"),
    ("bn", "বাংলা"),
    ("bs", "bosanski"),
    ("ca", "català"),
    ("ckb", "کوردیی ناوەندی"),
    ("cs", "čeština"),
    ("cy", "Cymraeg"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("dv", "ދިވެހި"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("et", "eesti"),
    ("fa", "فارسی"),
    ("ff", "Pulaar"),
    ("fi", "suomi"),
    ("fr", "français"),
    ("ga", "Gaeilge"),
    ("ha", "Hausa"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("hy", "հայերեն"),
    ("id", "Indonesia"),
    ("ig", "Igbo"),
    ("is", "íslenska"),
    ("it", "italiano"),
    ("ja", "日本語"),
    ("ka", "ქართული"),
    ("kk", "қазақ тілі"),
    ("km", "ខ្មែរ"),
    ("kmr", "kurdî (kurmancî)"),
    ("ko", "한국어"),
    ("ku", "kurdî"),
    ("ky", "кыргызча"),
    ("ln", "lingála"),
    ("lt", "lietuvių"),
    ("lv", "latviešu"),
    ("mk", "македонски"),
    ("mn", "монгол"),
    ("ms", "Melayu"),
    ("mt", "Malti"),
    ("my", "မြန်မာ"),
    ("ne", "नेपाली"),
    ("nl", "Nederlands"),
    ("no", "norsk"),
    ("om", "Oromoo"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("pl", "polski"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("pt", "português"),
    ("ro", "română"),
    ("ru", "русский"),
    ("rw", "Kinyarwanda"),
    ("sd", "سنڌي"),
    ("si", "සිංහල"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("so", "Soomaali"),
    ("sq", "shqip"),
    ("sr", "српски"),
    ("sv", "svenska"),
    ("sw", "Kiswahili"),
    ("ta", "தமிழ்"),
    ("tg", "тоҷикӣ"),
    ("th", "ไทย"),
    ("ti", "ትግርኛ"),
    ("tk", "türkmen dili"),
    ("tl", "Tagalog"),
    ("tr", "Türkçe"),
    ("ug", "ئۇيغۇرچە"),
    ("uk", "українська"),
    ("ur", "اردو"),
    ("uz", "o‘zbek"),
    ("vi", "Tiếng Việt"),
    ("wo", "Wolof"),
    ("yi", "ייִדיש"),
    ("yo", "Èdè Yorùbá"),
    ("zh", "中文"),
    ("zu", "isiZulu"),
];

/// The language's name for itself, if the code is known.
pub(crate) fn autonym(code: &str) -> Option<&'static str> {
    AUTONYMS
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| AUTONYMS[i].1)
}

pub(crate) fn known_codes() -> impl Iterator<Item = &'static str> {
    AUTONYMS.iter().map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(AUTONYMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(autonym("prs"), Some("دری"));
        assert_eq!(autonym("xx"), None);
    }
}
