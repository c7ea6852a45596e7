//! UI strings in Fluent: one bundle per language (the theme's messages, overridden by the
//! site's by id), formatting with CLDR plurals, and the fallback to the default language.

pub mod cldr;
pub(crate) mod translations;
pub mod xliff;

use crate::content::config::Config;
use crate::content::model::{ids, LangId};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::theme::Theme;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use walkdir::WalkDir;

pub struct I18n {
    /// In `Config::languages` order.
    bundles: Vec<FluentBundle<FluentResource>>,
    codes: Vec<String>,
    default: LangId,
    /// Per language: message id → where its winning definition is (file, text, line).
    origins: Vec<Origins>,
    /// Messages that failed to format (a variable nobody passes...): (lang, id, why).
    problems: Mutex<BTreeSet<(LangId, String, String)>>,
    /// Per language: the text of every message that takes no variables, formatted once.
    fixed: Vec<std::collections::HashMap<String, String>>,
}

/// Message id → where it is defined: (file, its text, line).
type Origins = BTreeMap<String, (std::path::PathBuf, Arc<str>, usize)>;

/// The line of each message defined in a Fluent file (`id =` at the start of a line).
fn message_lines(text: &str) -> Vec<(String, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let plain = !id.is_empty()
                && id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            plain.then(|| (id.to_string(), i + 1))
        })
        .collect()
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("codes", &self.codes).finish()
    }
}

/// One `.ftl` file's text and where it came from.
struct Ftl {
    origin: std::path::PathBuf,
    text: String,
}

fn note_origins(origins: &mut BTreeMap<String, (std::path::PathBuf, Arc<str>, usize)>, ftl: &Ftl) {
    let text: Arc<str> = Arc::from(ftl.text.as_str());
    for (id, line) in message_lines(&ftl.text) {
        origins.insert(id, (ftl.origin.clone(), text.clone(), line));
    }
}

fn parse(ftl: Ftl, diags: &mut Diagnostics) -> Option<FluentResource> {
    match FluentResource::try_new(ftl.text.clone()) {
        Ok(r) => Some(r),
        Err((_, errors)) => {
            // The first hundred, and a count: finding each one's line scans the file, and
            // 100,000 broken lines took minutes.
            let max = crate::render::markdown::MAX_FILE_DIAGNOSTICS;
            let total = errors.len();
            for e in errors.into_iter().take(max) {
                diags.push(
                    Diagnostic::error(Code::FluentSyntax, format!("Fluent syntax error: {}", e.kind))
                        .file(&ftl.origin)
                        .at_offset(&ftl.text, e.pos.start)
                        .hint("a message is `id = text`; continuation lines are indented; variables are written { $name }"),
                );
            }
            if total > max {
                diags.push(
                    Diagnostic::error(
                        Code::FluentSyntax,
                        format!(
                            "{} more Fluent syntax errors in this file are not shown",
                            total - max
                        ),
                    )
                    .file(&ftl.origin)
                    .hint("fix the ones shown and build again; they are usually the same mistake"),
                );
            }
            None
        }
    }
}

impl I18n {
    pub fn load(config: &Config, theme: &Theme, root: &Path) -> (I18n, Diagnostics) {
        let mut diags = Diagnostics::new();
        let mut bundles = Vec::new();
        let mut all_origins = Vec::new();
        for lang in &config.languages {
            let mut bundle = FluentBundle::new_concurrent(vec![lang.id.clone()]);
            let mut origins = BTreeMap::new();
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(cldr_number));
            let prefix = format!("locales/{}", lang.code);
            for (name, file) in theme.under(&prefix) {
                if !name.ends_with(".ftl") {
                    continue;
                }
                let Some(text) = &file.text else {
                    diags.push(
                        Diagnostic::error(Code::NotUtf8, "the Fluent file is not UTF-8 text")
                            .file(&file.origin),
                    );
                    continue;
                };
                let ftl = Ftl {
                    origin: file.origin.clone(),
                    text: text.clone(),
                };
                note_origins(&mut origins, &ftl);
                if let Some(res) = parse(ftl, &mut diags) {
                    bundle.add_resource_overriding(res);
                }
            }
            // site.yaml's `title` is the site's name in every language, unless the site's
            // locales translate `site-title`.
            let literal = config.title.replace('\\', "\\\\").replace('"', "\\\"");
            if let Ok(res) = FluentResource::try_new(format!("site-title = {{ \"{literal}\" }}\n"))
            {
                bundle.add_resource_overriding(res);
            }
            // The site's own messages replace the theme's, message by message.
            let dir = root.join("locales").join(&lang.code);
            if dir.is_dir() {
                for entry in WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
                    let p = entry.path();
                    if !entry.file_type().is_file() || p.extension().is_none_or(|e| e != "ftl") {
                        continue;
                    }
                    let origin = p.strip_prefix(root).unwrap_or(p).to_path_buf();
                    let text = match crate::content::source::read_capped(p).map(String::from_utf8) {
                        Ok(Ok(t)) => t,
                        Ok(Err(_)) => {
                            diags.push(
                                Diagnostic::error(
                                    Code::NotUtf8,
                                    "the Fluent file is not UTF-8 text",
                                )
                                .file(&origin)
                                .hint("save it as UTF-8"),
                            );
                            continue;
                        }
                        Err(e) => {
                            diags.push(
                                Diagnostic::error(Code::Unreadable, format!("cannot read: {e}"))
                                    .file(&origin),
                            );
                            continue;
                        }
                    };
                    let ftl = Ftl { origin, text };
                    note_origins(&mut origins, &ftl);
                    if let Some(res) = parse(ftl, &mut diags) {
                        bundle.add_resource_overriding(res);
                    }
                }
            }
            bundles.push(bundle);
            all_origins.push(origins);
        }
        let default = config.default_id();
        let mut i18n = I18n {
            bundles,
            codes: config.languages.iter().map(|l| l.code.clone()).collect(),
            default,
            origins: all_origins,
            problems: Mutex::default(),
            fixed: Vec::new(),
        };
        let all_ids: BTreeSet<&String> = i18n.origins.iter().flat_map(|o| o.keys()).collect();
        let fixed = ids(i18n.bundles.len())
            .map(|l| {
                all_ids
                    .iter()
                    .filter_map(|id| {
                        let (_, text, errors) = i18n.format_raw(l, id, None)?;
                        errors.is_empty().then_some(((*id).clone(), text))
                    })
                    .collect()
            })
            .collect();
        i18n.fixed = fixed;
        (i18n, diags)
    }

    /// Every message of `lang` that takes no variables, with its text.
    pub fn fixed_messages(&self, lang: LangId) -> impl Iterator<Item = (&str, &str)> {
        self.fixed
            .get(lang.0)
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn has(&self, lang: LangId, id: &str) -> bool {
        self.bundles.get(lang.0).is_some_and(|b| b.has_message(id))
    }

    /// `id` in `lang` itself, without falling back to the default language: for the
    /// root pages, which show each language's own words.
    pub fn own(&self, lang: LangId, id: &str) -> Option<String> {
        self.has(lang, id)
            .then(|| self.format(lang, id, None))
            .flatten()
    }

    pub fn lang_index(&self, code: &str) -> Option<LangId> {
        self.codes.iter().position(|c| c == code).map(LangId)
    }

    /// Formats `id` in `lang` (falling back to the default language): the language used,
    /// the text, and what Fluent could not resolve.
    fn format_raw(
        &self,
        lang: LangId,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<(LangId, String, Vec<fluent_bundle::FluentError>)> {
        let lang = if self.has(lang, id) {
            lang
        } else {
            self.default
        };
        let bundle = self.bundles.get(lang.0)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = vec![];
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some((lang, text, errors))
    }

    /// Formats `id` in `lang`, falling back to the default language; what cannot be
    /// resolved is kept for [`I18n::problems`].
    pub fn format(&self, lang: LangId, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (lang, text, errors) = self.format_raw(lang, id, args)?;
        if !errors.is_empty() {
            let why = errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ");
            if let Ok(mut p) = self.problems.lock() {
                p.insert((lang, id.to_string(), why));
            }
        }
        Some(text)
    }

    /// Every message that could not be formatted while rendering, as errors at its line:
    /// a variable that nothing passes would otherwise show as `{$name}` on the page.
    pub fn problems(&self) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let problems = self.problems.lock().map(|p| p.clone()).unwrap_or_default();
        for (lang, id, why) in problems {
            let mut d = Diagnostic::error(Code::FluentFormat, format!(
                "the message `{id}` ({}) cannot be formatted: {why}",
                self.codes.get(lang.0).map_or("", String::as_str)
            ))
            .hint("use only the variables the templates pass to this message (see the theme's own locales/en/main.ftl), or none");
            if let Some((origin, text, line)) = self.origins.get(lang.0).and_then(|o| o.get(&id)) {
                d = d.file(origin).at(text, *line, 1);
            }
            diags.push(d);
        }
        diags
    }

    /// Checks the message ids the templates use: missing in the default language is an
    /// error naming the template; missing elsewhere is one warning per language.
    pub fn check_usage(
        &self,
        used: &[(String, String, std::path::PathBuf)],
        config: &Config,
    ) -> Diagnostics {
        let mut diags = Diagnostics::new();
        for (template, id, origin) in used {
            if !self.has(self.default, id) {
                diags.push(
                    Diagnostic::error(Code::MissingMessage, format!(
                        "template `{template}` uses the message `{id}`, which the default language ({}) does not have",
                        config.default_language
                    ))
                    .file(origin)
                    .hint(format!(
                        "add `{id} = ...` to locales/{}/ (any .ftl file)",
                        config.default_language
                    )),
                );
            }
        }
        for (l, code) in ids(self.codes.len()).zip(&self.codes) {
            if l == self.default {
                continue;
            }
            let missing: BTreeSet<&str> = used
                .iter()
                .map(|(_, id, _)| id.as_str())
                .filter(|id| !self.has(l, id) && self.has(self.default, id))
                .collect();
            if !missing.is_empty() {
                diags.push(
                    Diagnostic::warning(
                        Code::UntranslatedMessages,
                        format!(
                            "{} interface message(s) missing in `{code}`, shown in {} instead: {}",
                            missing.len(),
                            config.default_language,
                            missing.into_iter().collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .hint(format!("translate them in locales/{code}/*.ftl")),
                );
            }
        }
        diags
    }
}

/// A language's digits for Fluent, made once per bundle by its memoizer.
struct LocaleDigits(Arc<cldr::Words>);

impl intl_memoizer::Memoizable for LocaleDigits {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(LocaleDigits(cldr::Words::shared(&lang.to_string())))
    }
}

/// Whole numbers in messages ("{ $count } pages", "Part { $number }") in the language's own
/// digits, as CLDR writes them (`۴` in Persian, Dari and Pashto), like every other number
/// the build writes; plural selection still sees the number. Fractions keep Fluent's form.
fn cldr_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let default = fluent_bundle::types::FluentNumberOptions::default();
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    if !whole || n.options != default {
        return None;
    }
    intls
        .with_try_get::<LocaleDigits, _, _>((), |d| d.0.number(n.value as i64))
        .ok()
}

/// Turns template arguments into Fluent arguments (numbers stay numbers, for plurals).
pub fn args_from<'a>(pairs: impl Iterator<Item = (String, ArgValue)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        match v {
            ArgValue::Num(n) => args.set(k, FluentValue::from(n)),
            ArgValue::Str(s) => args.set(k, FluentValue::from(s)),
        }
    }
    args
}

pub enum ArgValue {
    Num(f64),
    Str(String),
}

/// Message ids used as `t(key="...")` in a template's source.
pub fn message_ids_in(template: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find("t(key=") {
        let standalone = !rest[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[i + 6..];
        if !standalone {
            continue;
        }
        let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(q) {
            // `t(key="country-" ~ code)` builds its id at render time: not a static id.
            let dynamic = rest[2 + end..].trim_start().starts_with('~');
            if !dynamic {
                ids.push(rest[1..1 + end].to_string());
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_ids_in_templates() {
        let t = r#"{{ t(key="a") }} {{ t(key='b', count=2) }} {{ not(key="c") }} {{ t(key="d-" ~ x) }}"#;
        assert_eq!(message_ids_in(t), vec!["a", "b"]);
    }
}

#[cfg(test)]
mod load_tests {
    use super::*;
    use crate::content::config::Config;

    /// The built-in theme's bundles for a site.yaml in a fresh folder.
    fn load(site_yaml: &str) -> I18n {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), site_yaml).unwrap();
        let config = Config::load(dir.path(), None).unwrap();
        let theme = Theme::load(dir.path(), "default").unwrap();
        let (i18n, diags) = I18n::load(&config, &theme, dir.path());
        assert!(!diags.has_errors());
        i18n
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let i18n = load(
            "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ar, name: العربية }\n  - { code: uk, name: Українська }\n",
        );
        let count = |lang: LangId, n: f64| {
            let args = args_from([("count".to_string(), ArgValue::Num(n))].into_iter());
            i18n.format(lang, "pages-count", Some(&args)).unwrap()
        };
        assert_eq!(count(LangId(0), 1.0), "1 page");
        assert_eq!(count(LangId(0), 5.0), "5 pages");
        // Arabic has six plural forms: 2 ("two"), 3 ("few") and 11 ("many") differ (CLDR
        // writes Arabic's numbers in Western digits).
        let (two, few, many) = (
            count(LangId(1), 2.0),
            count(LangId(1), 3.0),
            count(LangId(1), 11.0),
        );
        assert!(two.contains('2') && few.contains('3') && many.contains("11"));
        assert_ne!(two.replace('2', ""), few.replace('3', ""));
        assert_ne!(few.replace('3', ""), many.replace("11", ""));
        // Ukrainian: 1 (one), 3 (few) and 5 (many) differ.
        let (one, few, many) = (
            count(LangId(2), 1.0),
            count(LangId(2), 3.0),
            count(LangId(2), 5.0),
        );
        assert_ne!(one.replace('1', ""), few.replace('3', ""));
        assert_ne!(few.replace('3', ""), many.replace('5', ""));
    }

    #[test]
    fn numbers_in_messages_have_the_languages_digits() {
        let i18n = load(
            "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: fa, name: فارسی }\n  - { code: prs, name: دری }\n",
        );
        let part = |lang: LangId, n: f64| {
            let args = args_from([("number".to_string(), ArgValue::Num(n))].into_iter());
            i18n.format(lang, "campaign-part", Some(&args)).unwrap()
        };
        assert!(
            part(LangId(0), 1.0).contains('1'),
            "{}",
            part(LangId(0), 1.0)
        );
        for lang in [LangId(1), LangId(2)] {
            let text = part(lang, 2.0);
            assert!(text.contains('۲') && !text.contains('2'), "{text}");
        }
    }

    #[test]
    fn site_title_comes_from_site_yaml_verbatim() {
        let i18n = load(
            "title: 'A \"quoted\" {site} \\ name'\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n",
        );
        assert_eq!(
            i18n.format(LangId(0), "site-title", None).as_deref(),
            Some("A \"quoted\" {site} \\ name")
        );
    }
}
