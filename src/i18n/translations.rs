//! Which pages, captions and interface strings are translated, missing, outdated or
//! machine-made, in every language; and `--stamp`, which records the version of the source
//! a translation was made from.

use crate::content::config::Config;
use crate::content::model::{Entry, Site};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::theme::Theme;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A source text's version: the first 12 hex digits of the BLAKE3 hash of its file.
pub(crate) fn version(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex()[..12].to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub(crate) enum State {
    /// Up to date with its source.
    Translated,
    /// Made from an older version of the source.
    Outdated,
    /// No `translated_from`: nobody knows.
    Unknown,
    /// Marked `extra.review: machine`, waiting for a person.
    Machine,
    Missing,
}

#[derive(Debug, Serialize)]
pub(crate) struct Item {
    /// `page`, `section`, `captions` or `strings`.
    pub kind: &'static str,
    /// Content key, caption file, or the UI string set.
    pub source: String,
    pub lang: String,
    pub state: State,
    /// The file holding the translation, when there is one.
    pub file: Option<String>,
    /// The source's current version, to write into `translated_from`.
    pub source_version: Option<String>,
    pub translated_from: Option<String>,
    /// For interface strings: how many messages are missing.
    pub missing_messages: Option<usize>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Report {
    pub default_language: String,
    pub items: Vec<Item>,
}

/// The state of every translation: of pages and sections, caption files and interface strings.
pub(crate) fn report(site: &Site, theme: &Theme, root: &Path) -> Report {
    let config = &site.config;
    let default = site.default_index();
    let mut items = Vec::new();
    for e in &site.entries {
        let Some(src) = &e.docs[default] else {
            continue;
        };
        if e.implicit {
            continue;
        }
        // The file was read a moment ago; one that cannot be read again is being edited.
        let Ok(text) = src.src.text() else {
            continue;
        };
        items.extend(page_items(site, e, &version(&text)));
        // Caption files of a campaign video.
        if let Some(pattern) = src
            .fm
            .video
            .as_ref()
            .and_then(|v| v.value.captions.as_ref())
            .map(|c| c.value.clone())
        {
            items.extend(caption_items(site, e, &pattern));
        }
    }
    items.extend(string_items(config, theme, root));
    Report {
        default_language: config.default_language.clone(),
        items,
    }
}

/// The state of an entry's translation in each language but the default, whose text is at
/// version `current`.
fn page_items(site: &Site, e: &Entry, current: &str) -> Vec<Item> {
    let config = &site.config;
    let default = site.default_index();
    let kind = match e.kind {
        crate::content::source::Kind::Section => "section",
        crate::content::source::Kind::Page => "page",
    };
    let mut items = Vec::new();
    for (l, lang) in site.lang_ids().zip(&config.languages) {
        if l == default {
            continue;
        }
        let (state, file, from) = match &e.docs[l] {
            None => (State::Missing, None, None),
            Some(d) => {
                let from = d.fm.translated_from.clone();
                let state = if d.fm.machine_translated() {
                    State::Machine
                } else {
                    match &from {
                        None => State::Unknown,
                        Some(v) if *v == current => State::Translated,
                        Some(_) => State::Outdated,
                    }
                };
                (
                    state,
                    Some(crate::diagnostics::display_path(&d.src.file)),
                    from,
                )
            }
        };
        items.push(Item {
            kind,
            source: e.key.clone(),
            lang: lang.code.clone(),
            state,
            file,
            source_version: Some(current.to_string()),
            translated_from: from,
            missing_messages: None,
        });
    }
    items
}

/// Whether the caption file of each language but the default is in the entry's bundle,
/// by the video's `{lang}` pattern.
fn caption_items(site: &Site, e: &Entry, pattern: &str) -> Vec<Item> {
    let config = &site.config;
    let default = site.default_index();
    let files: BTreeMap<&str, &crate::content::source::BundleFile> = site
        .bundle_files
        .iter()
        .filter(|f| Some(&f.bundle) == e.bundle.as_ref())
        .map(|f| (f.name.as_str(), f))
        .collect();
    let mut items = Vec::new();
    for (l, lang) in site.lang_ids().zip(&config.languages) {
        if l == default {
            continue;
        }
        let name = pattern.replace("{lang}", &lang.code);
        let present = files.get(name.as_str());
        // A caption file says it is machine-made in a `NOTE` block (WebVTT's comments).
        let machine = present
            .is_some_and(|f| std::fs::read_to_string(&f.path).is_ok_and(|t| machine_marked(&t)));
        items.push(Item {
            kind: "captions",
            source: format!(
                "{}/{}",
                e.bundle.clone().unwrap_or_default(),
                pattern.replace("{lang}", &config.default_language)
            ),
            lang: lang.code.clone(),
            state: match (present, machine) {
                (None, _) => State::Missing,
                (Some(_), true) => State::Machine,
                (Some(_), false) => State::Unknown,
            },
            file: present.map(|f| crate::diagnostics::display_path(&f.file)),
            source_version: None,
            translated_from: None,
            missing_messages: None,
        });
    }
    items
}

/// Whether a translated file says, in a comment before its first text, that a machine made
/// it: `# Machine translation…` in a `.ftl` file, `NOTE Machine translation…` in a `.vtt`.
pub(crate) fn machine_marked(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "WEBVTT")
        .take_while(|l| l.starts_with('#') || l.starts_with("NOTE"))
        .any(|l| {
            l.trim_start_matches(['#', ' '])
                .trim_start_matches("NOTE")
                .trim_start()
                .to_lowercase()
                .starts_with("machine translation")
        })
}

/// Interface strings: messages of the default language that a language lacks, for each
/// language of the site, then for each other language the theme speaks (`interface (theme)`:
/// ready for a site that adds that language).
fn string_items(config: &Config, theme: &Theme, root: &Path) -> Vec<Item> {
    let default_ids = string_set(theme, root, &config.default_language).ids;
    let theme_only = theme_languages(theme)
        .into_iter()
        .filter(|code| !config.is_language(code));
    let site_langs = config
        .languages
        .iter()
        .map(|l| l.code.clone())
        .filter(|code| *code != config.default_language);
    let mut items = Vec::new();
    for (code, source) in site_langs
        .map(|c| (c, "interface"))
        .chain(theme_only.map(|c| (c, "interface (theme)")))
    {
        let set = string_set(theme, root, &code);
        let missing = default_ids.difference(&set.ids).count();
        items.push(Item {
            kind: "strings",
            source: source.into(),
            state: if set.ids.is_empty() {
                State::Missing
            } else if missing > 0 {
                State::Outdated
            } else if set.machine {
                State::Machine
            } else {
                State::Translated
            },
            lang: code,
            file: None,
            source_version: None,
            translated_from: None,
            missing_messages: Some(missing),
        });
    }
    items
}

/// The languages of the theme's `locales/<lang>/` folders.
fn theme_languages(theme: &Theme) -> BTreeSet<String> {
    theme
        .under("locales")
        .filter_map(|(rel, _)| rel.split_once('/').map(|(lang, _)| lang.to_string()))
        .collect()
}

/// One language's interface strings: the message ids of the theme's and the site's `.ftl`
/// files, and whether any of those files is marked as machine-made.
struct StringSet {
    ids: BTreeSet<String>,
    machine: bool,
}

fn string_set(theme: &Theme, root: &Path, code: &str) -> StringSet {
    let mut texts: Vec<String> = theme
        .under(&format!("locales/{code}"))
        .filter_map(|(_, f)| f.text.clone())
        .collect();
    let dir = root.join("locales").join(code);
    for entry in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            if let Ok(t) = std::fs::read_to_string(entry.path()) {
                texts.push(t);
            }
        }
    }
    let mut set = StringSet {
        ids: BTreeSet::new(),
        machine: texts.iter().any(|t| machine_marked(t)),
    };
    for t in texts {
        let res = match fluent_syntax::parser::parse(t.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                set.ids.insert(m.id.name.to_string());
            }
        }
    }
    set
}

/// The compact table and a summary line per language.
pub(crate) fn human(report: &Report) -> String {
    let mut out = String::new();
    let mut langs: BTreeMap<&str, BTreeMap<State, usize>> = BTreeMap::new();
    let mut pages: BTreeMap<&str, usize> = BTreeMap::new();
    for i in &report.items {
        if i.kind == "page" || i.kind == "section" {
            *langs
                .entry(&i.lang)
                .or_default()
                .entry(i.state)
                .or_default() += 1;
            *pages.entry(&i.lang).or_default() += 1;
        }
        if i.state != State::Translated {
            let what = match i.state {
                State::Missing => "missing",
                State::Outdated if i.kind == "strings" => "incomplete",
                State::Outdated => "outdated",
                State::Unknown => "unknown",
                State::Machine => "to review (machine)",
                State::Translated => "",
            };
            let extra = i
                .missing_messages
                .filter(|n| *n > 0)
                .map(|n| format!(" ({n} messages missing)"))
                .unwrap_or_default();
            out.push_str(&format!(
                "{:<4} {:<9} {:<20} {}{extra}\n",
                i.lang,
                i.kind,
                what,
                i.file.as_deref().unwrap_or(&i.source)
            ));
        }
    }
    out.push('\n');
    for (lang, states) in &langs {
        let n = |s: State| states.get(&s).copied().unwrap_or(0);
        let total = pages.get(lang).copied().unwrap_or(0);
        out.push_str(&format!(
            "{lang}: {} of {total} pages, {} outdated, {} unknown, {} to review\n",
            total - n(State::Missing),
            n(State::Outdated),
            n(State::Unknown),
            n(State::Machine),
        ));
    }
    out
}

/// Writes `translated_from: <current source version>` into a translation's front matter.
pub(crate) fn stamp(site: &Site, root: &Path, file: &Path) -> Result<String, Diagnostics> {
    let wanted = file.strip_prefix(root).unwrap_or(file);
    let err = |code: Code, msg: String, hint: &str| {
        Diagnostics::from_iter([Diagnostic::error(code, msg).file(wanted).hint(hint)])
    };
    let default = site.default_index();
    for e in &site.entries {
        for (l, d) in site.lang_ids().zip(&e.docs) {
            let Some(d) = d else { continue };
            if d.src.file != wanted {
                continue;
            }
            if l == default {
                return Err(err(
                    Code::NotATranslation,
                    "this is the source text, not a translation".into(),
                    "stamp the translation, e.g. content/about.ar.md",
                ));
            }
            let Some(src) = &e.docs[default] else {
                return Err(err(
                    Code::NoOriginal,
                    "this translation has no source".into(),
                    "add the default-language file",
                ));
            };
            let v = version(&src.src.text().map_err(|d| Diagnostics::from_iter([d]))?);
            let text = &d.src.text().map_err(|d| Diagnostics::from_iter([d]))?;
            let front_end = d.src.body_start;
            let head = &text[..front_end];
            let new_head = match head.lines().position(|l| l.starts_with("translated_from:")) {
                Some(i) => head
                    .split_inclusive('\n')
                    .enumerate()
                    .map(|(n, line)| {
                        if n == i {
                            format!("translated_from: {v}\n")
                        } else {
                            line.to_string()
                        }
                    })
                    .collect::<String>(),
                None => {
                    // Before the closing `---`.
                    let close = head
                        .trim_end_matches(['\n', '\r'])
                        .rfind('\n')
                        .map_or(0, |i| i + 1);
                    format!("{}translated_from: {v}\n{}", &head[..close], &head[close..])
                }
            };
            let out = format!("{new_head}{}", &text[front_end..]);
            std::fs::write(root.join(wanted), out).map_err(|e| {
                err(
                    Code::CannotWrite,
                    format!("cannot write the file: {e}"),
                    "check the file's permissions",
                )
            })?;
            return Ok(v);
        }
    }
    Err(err(
        Code::NotAPage,
        "no page has this file".into(),
        "give the path of a translation, e.g. content/about.ar.md",
    ))
}

#[cfg(test)]
mod tests {
    use super::machine_marked;

    #[test]
    fn finds_the_machine_translation_mark_in_leading_comments_only() {
        assert!(machine_marked(
            "# Machine translation: waiting for review.\nhome = Accueil\n"
        ));
        assert!(machine_marked(
            "WEBVTT\n\nNOTE Machine translation: waiting for review.\n\n00:00.000 --> 00:01.000\nSalut\n"
        ));
        assert!(machine_marked("## machine translation\nx = y\n"));
        // A reviewed file, and a message that merely mentions the words.
        assert!(!machine_marked("# Reviewed by A. Person\nhome = Accueil\n"));
        assert!(!machine_marked(
            "home = Accueil\n# Machine translation: waiting for review.\n"
        ));
        assert!(!machine_marked(
            "WEBVTT\n\n00:00.000 --> 00:01.000\nMachine translation\n"
        ));
    }
}
