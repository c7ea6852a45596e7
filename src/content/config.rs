//! `site.yaml` → `Config`: languages (with text direction), base URL, theme and the
//! settings later stages read. Every mistake becomes a diagnostic with the line.

use crate::content::yaml;
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use crate::output::host::Host;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

pub const CONFIG_FILE: &str = "site.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Dir,
    #[serde(skip)]
    pub id: LanguageIdentifier,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryConfig {
    pub stale_after_days: Option<u32>,
    #[serde(default)]
    pub pinned: Vec<String>,
    /// Entries added to the help strip of a country's pages (its directory pages, and
    /// content pages whose front matter says `help: { country: GR }`).
    #[serde(default)]
    pub pinned_by_country: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub timezones: BTreeMap<String, String>,
    /// How many entries a country's or category's list page shows (0: all on one).
    pub paginate_by: Option<u32>,
}

/// How many entries a directory list page shows when site.yaml does not say: entries
/// are heavier than a section's links (numbers, hours, source), so fewer fit the budget.
pub const DIRECTORY_PER_PAGE: usize = 20;

impl DirectoryConfig {
    /// Entries per list page (0: all on one).
    pub fn per_page(&self) -> usize {
        self.paginate_by.map_or(DIRECTORY_PER_PAGE, |p| p as usize)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuickExit {
    /// Where the button goes (a neutral page); the default is a weather search.
    pub url: Option<String>,
    /// The page that tells a visitor how to hide their visit (`hide-your-visit.md` or
    /// `@/hide-your-visit.md`), linked from the quick exit's help text in every language.
    pub guide: Option<Spanned<String>>,
}

/// The quick exit's guide page, and where site.yaml names it (for the message when no such
/// page exists).
#[derive(Debug, Clone)]
pub struct GuideRef {
    /// Its content key (`hide-your-visit.md`).
    pub key: String,
    /// A diagnostic located at the value in site.yaml, to which the message is added.
    pub at: Diagnostic,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: Spanned<String>,
    name: String,
    dir: Option<Dir>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<String>,
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    languages: Spanned<Vec<RawLanguage>>,
    theme: Option<Spanned<String>>,
    directory: Option<DirectoryConfig>,
    quick_exit: Option<QuickExit>,
    translations: Option<TranslationsConfig>,
    publish: Option<RawPublish>,
    markdown: Option<RawMarkdown>,
    links: Option<RawLinks>,
    paginate_by: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLinks {
    check_relative: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    raw_html: Option<Spanned<String>>,
    heading_ids: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPublish {
    host: Option<Spanned<String>>,
}

/// How the site treats translations.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationsConfig {
    /// Machine translations (`extra.review: machine`) are reported, and are errors
    /// under `check --strict`.
    #[serde(default)]
    pub review_required: bool,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    /// Without a trailing slash.
    pub base_url: String,
    pub default_language: String,
    /// In site.yaml order: the switcher's order.
    pub languages: Vec<Language>,
    pub theme: String,
    pub directory: DirectoryConfig,
    pub quick_exit: Option<QuickExit>,
    /// `quick_exit.guide`, checked against the pages once they are loaded.
    pub quick_exit_guide: Option<GuideRef>,
    pub translations: TranslationsConfig,
    /// The host the site is published to (`publish: { host: … }`); `--host` overrides it.
    pub host: Host,
    /// What pages do with raw HTML in markdown (`markdown: { raw_html: … }`).
    pub raw_html: crate::render::raw_html::Mode,
    /// How headings get their ids (`markdown: { heading_ids: … }`).
    pub heading_ids: crate::render::markdown::HeadingIds,
    /// What a broken relative, root-relative or same-page link is (`links: {
    /// check_relative: error | warn }`; an error by default).
    pub relative_links: crate::diagnostics::Severity,
    /// How many pages a section's list page shows, unless its `_index.md` says (0: all).
    pub paginate_by: usize,
}

/// Where the quick exit goes when site.yaml does not say: a neutral page that does not
/// reveal what the visitor was reading.
pub const DEFAULT_QUICK_EXIT: &str = "https://www.google.com/search?q=weather";

/// Languages written right to left when site.yaml gives no `dir`.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "fa", "prs", "ps", "ur", "ckb", "he", "dv", "yi", "sd", "ug", "arc", "syr", "nqo",
    "ku-arab",
];
const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand",
];

/// Direction from the language tag: an explicit script wins, then the language.
pub fn direction_of(id: &LanguageIdentifier) -> Dir {
    if let Some(script) = id.script {
        return if RTL_SCRIPTS.contains(&script.as_str()) {
            Dir::Rtl
        } else {
            Dir::Ltr
        };
    }
    if RTL_LANGUAGES.contains(&id.language.as_str()) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

impl Config {
    pub fn quick_exit_url(&self) -> &str {
        self.quick_exit
            .as_ref()
            .and_then(|q| q.url.as_deref())
            .map_or(DEFAULT_QUICK_EXIT, str::trim)
    }

    /// The languages' codes, in site.yaml order.
    pub fn codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The default language's position in `languages` (the first, should site.yaml's
    /// check have let a missing one through).
    pub fn default_id(&self) -> crate::content::model::LangId {
        crate::content::model::LangId(
            self.languages
                .iter()
                .position(|l| l.code == self.default_language)
                .unwrap_or(0),
        )
    }
    pub fn default_lang(&self) -> &Language {
        // load() guarantees the default language is in the list.
        self.language(&self.default_language)
            .unwrap_or(&self.languages[0])
    }

    pub fn is_language(&self, code: &str) -> bool {
        self.language(code).is_some()
    }

    /// Loads and validates `site.yaml` in `root`.
    pub fn load(root: &Path, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let file = Path::new(CONFIG_FILE);
        let text = match crate::content::source::read_capped(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let off = e.utf8_error().valid_up_to();
                    let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    return Err(Diagnostics::from_iter([Diagnostic::error(
                        Code::NotUtf8,
                        "site.yaml is not valid UTF-8 text",
                    )
                    .file(file)
                    .at_offset(&text, off)
                    .hint("save the file as UTF-8")]));
                }
            },
            Err(e) => {
                // Only a missing site.yaml means "not a site's folder"; a file too large
                // or unreadable says what it is.
                let hint = if e.kind() == std::io::ErrorKind::NotFound {
                    "run waymark in a site's folder, or give it with --root DIR"
                } else {
                    "site.yaml is a short text file: check what was saved as site.yaml"
                };
                return Err(Diagnostics::from_iter([Diagnostic::error(
                    Code::Unreadable,
                    format!("cannot read {}: {e}", path.display()),
                )
                .file(file)
                .hint(hint)]));
            }
        };
        Self::parse(&text, base_url_override)
    }

    /// Parses and validates the text of a `site.yaml`.
    pub fn parse(text: &str, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
        let file = Path::new(CONFIG_FILE);
        let raw: RawConfig =
            yaml::parse(text, file, text, 1).map_err(|d| Diagnostics::from_iter([d]))?;
        Self::validate(raw, text, base_url_override)
    }

    fn validate(
        raw: RawConfig,
        text: &str,
        base_url_override: Option<&str>,
    ) -> Result<Config, Diagnostics> {
        let mut check = Check {
            text,
            diags: Diagnostics::new(),
        };
        let languages = check.languages(&raw.languages);
        let default = check.default_language(&raw.default_language, &languages);
        let base_url = check.base_url(&raw.base_url, base_url_override);
        let theme = check.theme(raw.theme.as_ref());
        check.quick_exit(raw.quick_exit.as_ref());
        let host = check.host(raw.publish.as_ref().and_then(|p| p.host.as_ref()));
        let raw_html = check.raw_html(raw.markdown.as_ref().and_then(|m| m.raw_html.as_ref()));
        let heading_ids =
            check.heading_ids(raw.markdown.as_ref().and_then(|m| m.heading_ids.as_ref()));
        let relative_links =
            check.relative_links(raw.links.as_ref().and_then(|l| l.check_relative.as_ref()));
        let quick_exit_guide = raw
            .quick_exit
            .as_ref()
            .and_then(|q| q.guide.as_ref())
            .map(|g| GuideRef {
                key: g.value.trim().trim_start_matches("@/").to_string(),
                at: check.at(
                    Diagnostic::error(Code::BrokenLink, String::new()),
                    &g.referenced,
                ),
            });
        if check.diags.has_errors() {
            return Err(check.diags);
        }
        Ok(Config {
            title: raw.title.unwrap_or_else(|| "Waymark".into()),
            base_url,
            default_language: default,
            languages,
            theme,
            directory: raw.directory.unwrap_or_default(),
            quick_exit: raw.quick_exit,
            quick_exit_guide,
            translations: raw.translations.unwrap_or_default(),
            host,
            raw_html,
            heading_ids,
            relative_links,
            paginate_by: raw
                .paginate_by
                .map_or(crate::content::model::DEFAULT_PER_PAGE, |p| p as usize),
        })
    }
}

/// The checks of site.yaml's fields, with the problems found so far.
struct Check<'t> {
    /// site.yaml's text, for the lines of messages.
    text: &'t str,
    diags: Diagnostics,
}

impl Check<'_> {
    /// `d` in site.yaml, at `loc`.
    fn at(&self, d: Diagnostic, loc: &serde_saphyr::Location) -> Diagnostic {
        d.file(Path::new(CONFIG_FILE))
            .at(self.text, loc.line() as usize, loc.column() as usize)
    }

    /// The languages that are BCP 47 tags, each once, with their direction.
    fn languages(&mut self, raw: &Spanned<Vec<RawLanguage>>) -> Vec<Language> {
        let mut languages: Vec<Language> = Vec::new();
        if raw.value.is_empty() {
            self.diags.push(
                self.at(
                    Diagnostic::error(Code::NoLanguages, "`languages` is empty")
                        .hint("list at least one language, e.g. `- { code: en, name: English }`"),
                    &raw.referenced,
                ),
            );
        }
        for l in &raw.value {
            let code = l.code.value.trim();
            let id: Option<LanguageIdentifier> = code.parse().ok();
            let safe =
                !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            match id {
                Some(id) if safe => {
                    // `EN` beside `en` is the same folder on case-insensitive disks and hosts.
                    if let Some(x) = languages.iter().find(|x| x.code.eq_ignore_ascii_case(code)) {
                        let message = if x.code == code {
                            format!("language `{code}` is listed twice")
                        } else {
                            format!("language `{code}` is `{}` again in other letters (they share a folder on most disks and hosts)", x.code)
                        };
                        self.diags.push(
                            self.at(
                                Diagnostic::error(Code::DuplicateLanguage, message)
                                    .hint("remove one of the two entries"),
                                &l.code.referenced,
                            ),
                        );
                        continue;
                    }
                    if let Some(what) = crate::content::model::urls::generated_root(code) {
                        self.diags.push(
                            self.at(
                                Diagnostic::error(
                                    Code::ReservedUrl,
                                    format!("language `{code}` would put its pages in /{code}/, where Waymark writes {what}"),
                                )
                                .hint("use the language's BCP 47 tag, e.g. en, ar or fa"),
                                &l.code.referenced,
                            ),
                        );
                        continue;
                    }
                    let dir = l.dir.unwrap_or_else(|| direction_of(&id));
                    languages.push(Language {
                        code: code.to_string(),
                        name: l.name.clone(),
                        dir,
                        id,
                    });
                }
                _ => self.diags.push(
                    self.at(
                        Diagnostic::error(
                            Code::BadLanguageTag,
                            format!("`{code}` is not a BCP 47 language tag"),
                        )
                        .hint("use a tag such as en, ar, fa, prs, ps, ur, ckb, fr, el or uk"),
                        &l.code.referenced,
                    ),
                ),
            }
        }
        languages
    }

    /// The default language, which must be one of `languages` (when there are any).
    fn default_language(&mut self, raw: &Spanned<String>, languages: &[Language]) -> String {
        let default = raw.value.trim().to_string();
        if !languages.is_empty() && !languages.iter().any(|l| l.code == default) {
            let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
            let hint = match did_you_mean(&default, &codes) {
                Some(c) => format!(
                    "did you mean `{c}`? The languages are: {}",
                    codes.join(", ")
                ),
                None => format!("use one of the listed languages: {}", codes.join(", ")),
            };
            self.diags.push(
                self.at(
                    Diagnostic::error(
                        Code::UnknownDefaultLanguage,
                        format!("default_language `{default}` is not in `languages`"),
                    )
                    .hint(hint),
                    &raw.referenced,
                ),
            );
        }
        default
    }

    /// The base URL without its trailing slash: site.yaml's, or the command line's.
    fn base_url(&mut self, raw: &Spanned<String>, base_url_override: Option<&str>) -> String {
        let base_url = base_url_override
            .map(str::to_string)
            .unwrap_or_else(|| raw.value.clone());
        let base_url = base_url.trim().trim_end_matches('/').to_string();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://"))
            || base_url.contains(char::is_whitespace)
        {
            let d = Diagnostic::error(
                Code::BadBaseUrl,
                format!("base_url `{base_url}` is not an http(s) URL"),
            )
            .hint("write the address the site is published at, e.g. https://example.org");
            // A URL from the command line has no line in site.yaml.
            let d = if base_url_override.is_some() {
                d
            } else {
                self.at(d, &raw.referenced)
            };
            self.diags.push(d);
        }
        base_url
    }

    /// The theme's folder name, `default` when site.yaml does not say.
    fn theme(&mut self, raw: Option<&Spanned<String>>) -> String {
        let Some(t) = raw else {
            return "default".to_string();
        };
        let name = t.value.trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            self.diags.push(
                self.at(
                    Diagnostic::error(
                        Code::BadThemeName,
                        format!("theme `{name}` is not a folder name"),
                    )
                    .hint("name a folder under themes/, or remove the key to use `default`"),
                    &t.referenced,
                ),
            );
        }
        name.to_string()
    }

    /// `publish.host`: one of the hosts Waymark writes for; `generic` when not given.
    fn host(&mut self, raw: Option<&Spanned<String>>) -> Host {
        let Some(name) = raw else {
            return Host::default();
        };
        if let Some(host) = Host::parse(&name.value) {
            return host;
        }
        let mut hint = format!("write one of: {}", Host::NAMES.join(", "));
        if let Some(near) = did_you_mean(name.value.trim(), Host::NAMES) {
            hint = format!("did you mean `{near}`? ({hint})");
        }
        self.diags.push(
            self.at(
                Diagnostic::error(
                    Code::BadHost,
                    format!(
                        "publish host `{}` is not a host Waymark knows",
                        name.value.trim()
                    ),
                )
                .hint(hint),
                &name.referenced,
            ),
        );
        Host::default()
    }

    /// `markdown.raw_html`: `refuse` (the default), `sanitize` or `escape`.
    fn raw_html(&mut self, raw: Option<&Spanned<String>>) -> crate::render::raw_html::Mode {
        use crate::render::raw_html::Mode;
        let Some(name) = raw else {
            return Mode::default();
        };
        if let Some(mode) = Mode::parse(&name.value) {
            return mode;
        }
        let mut hint = format!("write one of: {}", Mode::NAMES.join(", "));
        if let Some(near) = did_you_mean(name.value.trim(), Mode::NAMES) {
            hint = format!("did you mean `{near}`? ({hint})");
        }
        self.diags.push(
            self.at(
                Diagnostic::error(
                    Code::BadRawHtml,
                    format!(
                        "raw_html `{}` is not something Waymark does with raw HTML",
                        name.value.trim()
                    ),
                )
                .hint(hint),
                &name.referenced,
            ),
        );
        Mode::default()
    }

    /// `markdown.heading_ids`: `waymark` (the default) or `github`.
    fn heading_ids(
        &mut self,
        raw: Option<&Spanned<String>>,
    ) -> crate::render::markdown::HeadingIds {
        use crate::render::markdown::HeadingIds;
        let Some(name) = raw else {
            return HeadingIds::default();
        };
        if let Some(style) = HeadingIds::parse(&name.value) {
            return style;
        }
        self.diags.push(
            self.at(
                Diagnostic::error(
                    Code::BadHeadingIds,
                    format!(
                        "heading_ids `{}` is not a way Waymark makes ids",
                        name.value.trim()
                    ),
                )
                .hint(format!("write one of: {}", HeadingIds::NAMES.join(", "))),
                &name.referenced,
            ),
        );
        HeadingIds::default()
    }

    /// `links.check_relative`: `error` (the default) or `warn`.
    fn relative_links(&mut self, raw: Option<&Spanned<String>>) -> crate::diagnostics::Severity {
        use crate::diagnostics::Severity;
        match raw.map(|r| r.value.trim()) {
            None | Some("error") => Severity::Error,
            Some("warn") => Severity::Warning,
            Some(other) => {
                let Some(name) = raw else {
                    return Severity::Error;
                };
                self.diags.push(
                    self.at(
                        Diagnostic::error(
                            Code::BadLinksCheck,
                            format!("check_relative `{other}` is not `error` or `warn`"),
                        )
                        .hint("write `error` (a broken link stops the build) or `warn`"),
                        &name.referenced,
                    ),
                );
                Severity::Error
            }
        }
    }

    /// The quick exit's address must be an http(s) one.
    fn quick_exit(&mut self, quick_exit: Option<&QuickExit>) {
        let Some(url) = quick_exit.and_then(|q| q.url.as_deref()) else {
            return;
        };
        let url = url.trim();
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(char::is_whitespace)
            && url.len() > "https://x".len();
        if !ok {
            self.diags.push(
                Diagnostic::error(
                    Code::BadQuickExitUrl,
                    format!("quick_exit url `{url}` is not an http(s) address"),
                )
                .file(CONFIG_FILE)
                .hint("give a neutral page, e.g. https://www.google.com/search?q=weather"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(yaml: &str) -> Result<Config, Diagnostics> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        Config::load(dir.path(), None)
    }

    #[test]
    fn publish_host_is_read_and_a_typo_is_named_with_line() {
        let base = "base_url: https://x.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n";
        assert_eq!(load_str(base).unwrap().host, Host::Generic);
        let cf = load_str(&format!("{base}publish: {{ host: cloudflare }}\n")).unwrap();
        assert_eq!(cf.host, Host::Cloudflare);
        let bad = load_str(&format!("{base}publish:\n  host: netlfy\n")).unwrap_err();
        let d = bad.iter().next().unwrap();
        assert_eq!(d.code, Code::BadHost);
        assert_eq!(d.line, Some(6), "{d:?}");
        assert!(d.hint.as_deref().unwrap().contains("`netlify`"), "{d:?}");
    }

    #[test]
    fn raw_html_is_read_and_a_typo_is_named_with_line() {
        use crate::render::raw_html::Mode;
        let base = "base_url: https://x.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n";
        assert_eq!(load_str(base).unwrap().raw_html, Mode::Refuse);
        let s = load_str(&format!("{base}markdown: {{ raw_html: sanitize }}\n")).unwrap();
        assert_eq!(s.raw_html, Mode::Sanitize);
        let bad = load_str(&format!("{base}markdown:\n  raw_html: sanitise\n")).unwrap_err();
        let d = bad.iter().next().unwrap();
        assert_eq!(d.code, Code::BadRawHtml);
        assert_eq!(d.line, Some(6), "{d:?}");
        assert!(d.hint.as_deref().unwrap().contains("`sanitize`"), "{d:?}");
    }

    #[test]
    fn direction_comes_from_language_or_script() {
        for (tag, dir) in [
            ("ar", Dir::Rtl),
            ("fa", Dir::Rtl),
            ("prs", Dir::Rtl),
            ("ckb", Dir::Rtl),
            ("en", Dir::Ltr),
            ("uk", Dir::Ltr),
            ("ku-Arab", Dir::Rtl),
            ("ku-Latn", Dir::Ltr),
        ] {
            let id: LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(direction_of(&id), dir, "{tag}");
        }
    }

    #[test]
    fn minimal_config_loads() {
        let c = load_str(
            "base_url: https://example.org/\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n",
        )
        .unwrap();
        assert_eq!(c.base_url, "https://example.org");
        assert_eq!(c.language("ar").unwrap().dir, Dir::Rtl);
        assert_eq!(c.theme, "default");
    }

    #[test]
    fn unknown_key_is_named_with_line() {
        let err = load_str(
            "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\ntheem: x\n",
        )
        .unwrap_err();
        let d = err.iter().next().unwrap();
        assert_eq!(d.line, Some(6));
        assert!(d.hint.as_deref().unwrap().contains("`theme`"));
    }

    #[test]
    fn default_language_must_be_listed() {
        let err = load_str(
            "base_url: https://example.org\ndefault_language: eng\nlanguages:\n  - code: en\n    name: English\n",
        )
        .unwrap_err();
        let d = err.iter().next().unwrap();
        assert_eq!(d.line, Some(2));
        assert!(d.hint.as_deref().unwrap().contains("`en`"));
    }
}
