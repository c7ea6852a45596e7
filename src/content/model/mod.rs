//! The site model: entries (a page or section with its translations), the section tree,
//! ordering, and the URL table that every later stage reads.

mod alternates;
mod ids;
mod pagination;
pub(crate) mod urls;

pub use alternates::Alternates;
pub use ids::{ids, EntryId, LangId};
pub use pagination::{page_count, PageNumber, Pager, Paginator, DEFAULT_PER_PAGE};

pub use urls::{check_segment, encode_segment};

use crate::content::config::Config;
use crate::content::frontmatter::{self, FrontMatter};
use crate::content::source::{Kind, SourceFile, Sources};
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

/// One content file with its parsed front matter.
#[derive(Debug)]
pub struct Doc {
    pub src: SourceFile,
    pub fm: FrontMatter,
}

/// A page or section in all its languages.
#[derive(Debug)]
pub struct Entry {
    pub key: String,
    pub kind: Kind,
    pub bundle: Option<String>,
    /// Folder below content/ (`rights` for `rights/a.md` and for `rights/_index.md`'s parent... see `folders`).
    pub folders: Vec<String>,
    /// Index by language position in `Config::languages`; `None` where untranslated.
    pub docs: Vec<Option<Arc<Doc>>>,
    /// Parent section entry (None for the home section).
    pub parent: Option<EntryId>,
    pub is_home: bool,
    /// True for a home section made up because content/_index.md is missing.
    pub implicit: bool,
}

/// Where one (entry, language) lives.
#[derive(Debug, Clone)]
pub struct Location {
    /// Path below the output root, percent-encoded, starting and ending with `/`.
    pub url: String,
    /// Output file below the output root.
    pub out: PathBuf,
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub entries: Vec<Entry>,
    /// `urls[entry][lang]`.
    pub urls: Vec<Vec<Location>>,
    /// Content key → entry index, for `@/` links.
    pub by_key: BTreeMap<String, EntryId>,
    /// Children of each section, ordered per language: `children[entry][lang]`.
    pub children: Vec<Vec<Vec<EntryId>>>,
    pub home: EntryId,
    /// Alias redirects: (alias location, target entry, lang, file of the alias).
    pub aliases: Vec<Alias>,
    pub bundle_files: Vec<crate::content::source::BundleFile>,
    /// Content keys of files that failed to load, so links to them are not reported twice.
    pub unreadable: std::collections::BTreeSet<String>,
    /// Never shown: `doc()` returns it only if an invariant of `build()` were broken.
    placeholder: Arc<Doc>,
}

#[derive(Debug, Clone)]
pub struct Alias {
    pub url: String,
    pub out: PathBuf,
    pub entry: EntryId,
    pub lang: LangId,
}

impl Site {
    pub fn lang_index(&self, code: &str) -> Option<LangId> {
        self.config
            .languages
            .iter()
            .position(|l| l.code == code)
            .map(LangId)
    }
    pub fn default_index(&self) -> LangId {
        self.config.default_id()
    }
    /// Every entry's id, in order.
    pub fn entry_ids(&self) -> impl DoubleEndedIterator<Item = EntryId> + Clone {
        ids(self.entries.len())
    }
    /// Every language's id, in the order of `site.yaml`.
    pub fn lang_ids(&self) -> impl DoubleEndedIterator<Item = LangId> + Clone {
        ids(self.config.languages.len())
    }
    /// The doc shown for (entry, lang): its translation, or the default-language text.
    ///
    /// `build()` keeps only entries with a default-language doc, so one is always found.
    pub fn doc(&self, entry: EntryId, lang: LangId) -> (&Arc<Doc>, bool) {
        let docs = &self.entries[entry].docs;
        match (&docs[lang], &docs[self.default_index()]) {
            (Some(d), _) => (d, false),
            (None, Some(d)) => (d, true),
            (None, None) => (&self.placeholder, true),
        }
    }
    pub fn permalink(&self, url: &str) -> String {
        format!("{}{}", self.config.base_url, url)
    }

    /// The entry's `date` in `lang`: its translation's own, else its original's (a
    /// translation is published with its original unless it says otherwise).
    pub fn date(&self, entry: EntryId, lang: LangId) -> Option<&str> {
        let (doc, _) = self.doc(entry, lang);
        doc.fm
            .date()
            .or_else(|| self.doc(entry, self.default_index()).0.fm.date())
    }

    /// The entry's last change in `lang`: its translation's `updated`, else its date.
    pub fn updated(&self, entry: EntryId, lang: LangId) -> Option<&str> {
        self.doc(entry, lang)
            .0
            .fm
            .updated()
            .or_else(|| self.date(entry, lang))
    }
}

/// A source with its front matter parsed (or every problem with it), and its content key.
type Parsed = (Result<Arc<Doc>, Vec<Diagnostic>>, String);

/// The model of the site from its configuration and sources: entries with their
/// translations, parents, URLs and ordered children. `None` only if no home can be made.
pub fn build(config: Config, sources: Sources, drafts: bool) -> (Option<Site>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let default = config.default_id();
    let mut unreadable = sources.unreadable;
    let parsed = parse_all(sources.files);
    let (entries, draft_keys) = group(parsed, &config, drafts, &mut unreadable, &mut diags);
    let mut entries = keep_originals(entries, &draft_keys, &config, &unreadable, &mut diags);
    entries.sort_by(|a, b| a.key.cmp(&b.key));

    // The home section exists even when content/_index.md does not: titled with the site's title.
    if !entries.iter().any(|e| e.is_home) {
        entries.insert(0, implicit_home_entry(&config, default));
    }
    let by_key: BTreeMap<String, EntryId> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.clone(), EntryId(i)))
        .collect();
    let home = by_key["_index.md"];
    set_parents(&mut entries, home);

    let home_is_implicit = entries[home].implicit;
    let Some(placeholder) = entries[home].docs[default]
        .clone()
        .or_else(|| implicit_home(&config).map(Arc::new))
    else {
        return (None, diags);
    };
    let mut site = Site {
        config,
        entries,
        urls: vec![],
        by_key,
        children: vec![],
        home,
        aliases: vec![],
        bundle_files: sources.bundle_files,
        unreadable,
        placeholder,
    };
    if home_is_implicit {
        diags.push(
            Diagnostic::warning(
                Code::MissingHomeIndex,
                "there is no content/_index.md: the home pages show only the site's sections",
            )
            .hint("create content/_index.md with a title"),
        );
    }
    warn_unreviewed(&site, &mut diags);
    check_quick_exit_guide(&site, &mut diags);
    urls::compute_urls(&mut site, &mut diags);
    compute_children(&mut site);
    pagination::check(&site, &mut diags);
    (Some(site), diags)
}

/// Parses every source's front matter in parallel, keeping every error.
fn parse_all(files: Vec<SourceFile>) -> Vec<Parsed> {
    use rayon::prelude::*;
    // Each page is put in its `Arc` here too, in parallel, not in the loop that groups them.
    files
        .into_par_iter()
        .map(|src| {
            let key = src.key.clone();
            (
                frontmatter::parse(&src).map(|fm| Arc::new(Doc { src, fm })),
                key,
            )
        })
        .collect()
}

/// Groups the docs into entries by content key, each in its language's place; leaves out
/// drafts (returning the keys of draft originals) and records the keys that failed.
fn group(
    parsed: Vec<Parsed>,
    config: &Config,
    drafts: bool,
    unreadable: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> (Vec<Entry>, BTreeSet<String>) {
    let nlang = config.languages.len();
    let lang_pos = |code: &str| config.languages.iter().position(|l| l.code == code);
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut draft_keys = BTreeSet::new();
    for (p, key) in parsed {
        let doc = match p {
            Ok(d) => d,
            Err(ds) => {
                diags.extend(ds);
                unreadable.insert(key);
                continue;
            }
        };
        if doc.fm.draft && !drafts {
            if doc.src.lang == config.default_language {
                draft_keys.insert(doc.src.key.clone());
            }
            continue;
        }
        let Some(li) = lang_pos(&doc.src.lang) else {
            continue;
        };
        // Looked up before it is inserted: most keys are there already (translations).
        let idx = match by_key.get(&doc.src.key) {
            Some(&i) => i,
            None => {
                let key = doc.src.key.clone();
                let mut folders: Vec<String> = key.split('/').map(str::to_string).collect();
                folders.pop();
                by_key.insert(key.clone(), entries.len());
                entries.push(Entry {
                    is_home: key == "_index.md",
                    kind: doc.src.kind,
                    bundle: doc.src.bundle.clone(),
                    key,
                    folders,
                    docs: vec![None; nlang],
                    parent: None,
                    implicit: false,
                });
                entries.len() - 1
            }
        };
        entries[idx].docs[li] = Some(doc);
    }
    (entries, draft_keys)
}

/// The entries that have an original in the default language. A draft original hides its
/// translations too; a translation without one is an error.
fn keep_originals(
    entries: Vec<Entry>,
    draft_keys: &BTreeSet<String>,
    config: &Config,
    unreadable: &BTreeSet<String>,
    diags: &mut Diagnostics,
) -> Vec<Entry> {
    let default = config.default_id();
    let mut keep = Vec::new();
    for e in entries {
        if draft_keys.contains(&e.key) {
            continue;
        }
        if e.docs[default].is_none() {
            // An original that failed to load has its own error already.
            if let Some(d) = e
                .docs
                .iter()
                .flatten()
                .next()
                .filter(|_| !unreadable.contains(&e.key))
            {
                let original = e.key.clone();
                diags.push(
                    Diagnostic::error(Code::NoOriginal, format!(
                        "this translation has no original in the default language ({})",
                        config.default_language
                    ))
                    .file(&d.src.file)
                    .hint(format!(
                        "add content/{original}, which untranslated languages show, or rename this file"
                    )),
                );
            }
            continue;
        }
        keep.push(e);
    }
    keep
}

/// The home section made up when content/_index.md is missing.
fn implicit_home_entry(config: &Config, default: LangId) -> Entry {
    let mut docs = vec![None; config.languages.len()];
    docs[default] = implicit_home(config).map(Arc::new);
    Entry {
        key: "_index.md".into(),
        kind: Kind::Section,
        bundle: None,
        folders: vec![],
        docs,
        parent: None,
        is_home: true,
        implicit: true,
    }
}

/// Section entry of each folder that has an `_index.md` (the home section's is not one).
fn section_of_folder(entries: &[Entry]) -> BTreeMap<String, EntryId> {
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Section && !e.is_home)
        .map(|(i, e)| (e.folders.join("/"), EntryId(i)))
        .collect()
}

/// Parents: the nearest enclosing folder with an _index.md, else home.
fn set_parents(entries: &mut [Entry], home: EntryId) {
    let section_of_folder = section_of_folder(entries);
    for entry in entries.iter_mut() {
        if entry.is_home {
            continue;
        }
        let mut folders = entry.folders.clone();
        // A section's own folder is not its parent; nor is a bundle's.
        if entry.kind == Kind::Section || entry.bundle.is_some() {
            folders.pop();
        }
        let mut parent = home;
        while !folders.is_empty() {
            if let Some(&s) = section_of_folder.get(&folders.join("/")) {
                parent = s;
                break;
            }
            folders.pop();
        }
        entry.parent = Some(parent);
    }
}

/// A warning for each machine translation, when the site asks for them to be reviewed.
fn warn_unreviewed(site: &Site, diags: &mut Diagnostics) {
    if site.config.translations.review_required {
        for e in &site.entries {
            for d in e.docs.iter().flatten() {
                if d.fm.machine_translated() {
                    diags.push(
                        Diagnostic::warning(
                            Code::UnreviewedTranslation,
                            "this translation was made by machine and is not reviewed yet",
                        )
                        .file(&d.src.file)
                        .hint(
                            "after a person has checked it, remove `review: machine` from `extra`",
                        ),
                    );
                }
            }
        }
    }
}

fn implicit_home(config: &Config) -> Option<Doc> {
    let title = serde_json::to_string(&config.title).ok()?;
    let text: Arc<str> = Arc::from(format!("---\ntitle: {title}\n---\n"));
    let src = SourceFile::in_memory(
        PathBuf::from("content/_index.md"),
        "_index.md".into(),
        config.default_language.clone(),
        Kind::Section,
        text,
    )
    .ok()?;
    let fm = frontmatter::parse(&src).ok()?;
    Some(Doc { src, fm })
}

/// Weight (lowest first; none last), then date (newest first), then title, then path: as Hugo.
fn compute_children(site: &mut Site) {
    let nlang = site.config.languages.len();
    let mut children = vec![vec![Vec::new(); nlang]; site.entries.len()];
    for (i, e) in site.entry_ids().zip(&site.entries) {
        if let Some(p) = e.parent {
            for row in children[p].iter_mut() {
                row.push(i);
            }
        }
    }
    for row in children.iter_mut() {
        for (l, list) in site.lang_ids().zip(row.iter_mut()) {
            list.sort_by(|&a, &b| {
                let (da, _) = site.doc(a, l);
                let (db, _) = site.doc(b, l);
                let wa = da.fm.weight.unwrap_or(i64::MAX);
                let wb = db.fm.weight.unwrap_or(i64::MAX);
                wa.cmp(&wb)
                    .then_with(|| db.fm.date().cmp(&da.fm.date()))
                    .then_with(|| da.fm.title.value.cmp(&db.fm.title.value))
                    .then_with(|| site.entries[a].key.cmp(&site.entries[b].key))
            });
        }
    }
    site.children = children;
}

/// site.yaml's `quick_exit.guide` must name a page.
fn check_quick_exit_guide(site: &Site, diags: &mut Diagnostics) {
    let Some(guide) = &site.config.quick_exit_guide else {
        return;
    };
    if site.by_key.contains_key(&guide.key) || site.unreadable.contains(&guide.key) {
        return;
    }
    let mut d = guide.at.clone();
    d.message = format!("quick_exit guide `{}` is not a page of content/", guide.key);
    let hint = match suggest_key(site, &guide.key) {
        Some(k) => format!("did you mean `{k}`? Give the page's path under content/"),
        None => {
            "give the path under content/ of the page on hiding a visit, e.g. `hide-your-visit.md`"
                .into()
        }
    };
    diags.push(d.hint(hint));
}

/// The guide page's URL in each language (its translation, or the original's), where
/// site.yaml names one.
pub fn quick_exit_guide_urls(site: &Site) -> Option<Vec<String>> {
    let key = &site.config.quick_exit_guide.as_ref()?.key;
    let entry = *site.by_key.get(key)?;
    Some(
        site.lang_ids()
            .map(|l| site.urls[entry][l].url.clone())
            .collect(),
    )
}

/// "Did you mean" for a content key that does not exist.
pub fn suggest_key(site: &Site, key: &str) -> Option<String> {
    let keys: Vec<&str> = site.by_key.keys().map(String::as_str).collect();
    did_you_mean(key, &keys).map(str::to_string)
}
