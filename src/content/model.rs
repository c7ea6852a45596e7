//! The site model: entries (a page or section with its translations), the section tree,
//! ordering, and the URL table that every later stage reads.

use crate::content::config::Config;
use crate::content::frontmatter::{self, at_value, FrontMatter};
use crate::content::source::{Kind, SourceFile, Sources};
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use std::borrow::Cow;
use std::collections::BTreeMap;
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
    pub parent: Option<usize>,
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
    pub by_key: BTreeMap<String, usize>,
    /// Children of each section, ordered per language: `children[entry][lang]`.
    pub children: Vec<Vec<Vec<usize>>>,
    pub home: usize,
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
    pub entry: usize,
    pub lang: usize,
}

impl Site {
    pub fn lang_index(&self, code: &str) -> Option<usize> {
        self.config.languages.iter().position(|l| l.code == code)
    }
    pub fn default_index(&self) -> usize {
        self.lang_index(&self.config.default_language).unwrap_or(0)
    }
    /// The doc shown for (entry, lang): its translation, or the default-language text.
    ///
    /// `build()` keeps only entries with a default-language doc, so one is always found.
    pub fn doc(&self, entry: usize, lang: usize) -> (&Arc<Doc>, bool) {
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
}

/// Characters kept as they are in URL path segments (RFC 3986 unreserved).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'[')
    .add(b']')
    .add(b'\'')
    .add(b'&')
    .add(b'+')
    .add(b',')
    .add(b';')
    .add(b'=')
    .add(b'@')
    .add(b'!')
    .add(b'$')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b':');

pub fn encode_segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

/// Why a URL segment is unsafe, if it is: nothing may leave the output folder.
pub fn check_segment(s: &str) -> Result<(), &'static str> {
    if s.is_empty() {
        return Err("it is empty");
    }
    if s == "." || s == ".." || s.starts_with('.') {
        return Err("it starts with a dot, which could leave the output folder or hide the page");
    }
    if s.contains(['/', '\\']) {
        return Err("it contains a slash; a slug is one URL segment");
    }
    if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("it contains spaces or control characters; use dashes between words");
    }
    if s.contains([':', '*', '?', '"', '<', '>', '|', '#', '%']) {
        return Err("it contains a character that is not allowed in file names or URLs");
    }
    Ok(())
}

/// A file or folder name turned into a default slug (spaces become dashes).
fn default_slug(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join("-")
}

pub fn build(config: Config, sources: Sources, drafts: bool) -> (Option<Site>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let nlang = config.languages.len();
    let lang_pos = |code: &str| config.languages.iter().position(|l| l.code == code);
    let default = lang_pos(&config.default_language).unwrap_or(0);

    // Parse front matter in parallel; keep every error.
    use rayon::prelude::*;
    // Each page is put in its `Arc` here too, in parallel, not in the loop below.
    type Parsed = (Result<Arc<Doc>, Vec<Diagnostic>>, String);
    let parsed: Vec<Parsed> = sources
        .files
        .into_par_iter()
        .map(|src| {
            let key = src.key.clone();
            (
                frontmatter::parse(&src).map(|fm| Arc::new(Doc { src, fm })),
                key,
            )
        })
        .collect();

    let mut entries: Vec<Entry> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut draft_keys = std::collections::BTreeSet::new();
    let mut unreadable = sources.unreadable;
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

    // A draft original hides its translations too.
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
    let mut entries = keep;
    entries.sort_by(|a, b| a.key.cmp(&b.key));

    // The home section exists even when content/_index.md does not: titled with the site's title.
    if !entries.iter().any(|e| e.is_home) {
        let mut docs = vec![None; nlang];
        docs[default] = implicit_home(&config).map(Arc::new);
        entries.insert(
            0,
            Entry {
                key: "_index.md".into(),
                kind: Kind::Section,
                bundle: None,
                folders: vec![],
                docs,
                parent: None,
                is_home: true,
                implicit: true,
            },
        );
    }
    let by_key: BTreeMap<String, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key.clone(), i))
        .collect();
    let home = by_key["_index.md"];

    // Parents: the nearest enclosing folder with an _index.md, else home.
    let section_of_folder: BTreeMap<String, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Section && !e.is_home)
        .map(|(i, e)| (e.folders.join("/"), i))
        .collect();
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
    compute_urls(&mut site, &mut diags);
    compute_children(&mut site);
    (Some(site), diags)
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

/// The slug of an entry in a language, with the doc it came from (for messages).
fn slug_for(site: &Site, entry: usize, lang: usize, diags: &mut Diagnostics) -> String {
    let e = &site.entries[entry];
    let (doc, _) = site.doc(entry, lang);
    let name = match e.kind {
        Kind::Section => e.folders.last().cloned().unwrap_or_default(),
        Kind::Page => match &e.bundle {
            Some(b) => b.rsplit('/').next().unwrap_or(b).to_string(),
            None => e
                .key
                .rsplit('/')
                .next()
                .unwrap_or(&e.key)
                .trim_end_matches(".md")
                .to_string(),
        },
    };
    if let Some(slug) = &doc.fm.slug {
        let s = slug.value.trim();
        match check_segment(s) {
            Ok(()) => return s.to_string(),
            Err(why) => {
                diags.push(at_value(
                    &doc.src,
                    &slug.referenced,
                    Diagnostic::error(Code::BadSlug, format!("slug `{}` is not allowed: {why}", slug.value))
                        .hint("a slug is one URL segment of letters, digits and dashes, e.g. `your-rights` or `حقوقك`"),
                ));
                return default_slug(&name);
            }
        }
    }
    let s = default_slug(&name);
    if let Err(why) = check_segment(&s) {
        diags.push(
            Diagnostic::error(
                Code::BadFileName,
                format!("the file name `{name}` cannot be a URL: {why}"),
            )
            .file(&doc.src.file)
            .hint("rename the file, or set `slug:` in its front matter"),
        );
    }
    s
}

fn compute_urls(site: &mut Site, diags: &mut Diagnostics) {
    use rayon::prelude::*;
    let nlang = site.config.languages.len();
    // Slugs and URLs are made a page at a time, in parallel; only the check that no two
    // pages share a URL goes through them in order (made in order, they were a fifth of
    // the model's time, on one core).
    let site_ref = &*site;
    let slug_rows: Vec<(Vec<String>, Diagnostics)> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| {
            let mut d = Diagnostics::new();
            let row = (0..nlang)
                .map(|l| {
                    if site_ref.entries[i].is_home {
                        String::new()
                    } else {
                        slug_for(site_ref, i, l, &mut d)
                    }
                })
                .collect();
            (row, d)
        })
        .collect();
    let mut slugs = Vec::with_capacity(slug_rows.len());
    for (row, d) in slug_rows {
        slugs.push(row);
        diags.extend(d);
    }
    // The folders of a path become segments: a section's slug where the folder has one.
    let section_of_folder: BTreeMap<String, usize> = site
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == Kind::Section && !e.is_home)
        .map(|(i, e)| (e.folders.join("/"), i))
        .collect();
    let urls: Vec<Vec<Location>> = site
        .entries
        .par_iter()
        .enumerate()
        .map(|(i, e)| {
            let mut row = Vec::with_capacity(nlang);
            for (l, language) in site_ref.config.languages.iter().enumerate() {
                let mut segs: Vec<Cow<str>> = vec![Cow::Borrowed(&language.code)];
                if !e.is_home {
                    let own_folders = match (e.kind, &e.bundle) {
                        (Kind::Section, _) | (_, Some(_)) => e.folders.len().saturating_sub(1),
                        _ => e.folders.len(),
                    };
                    for depth in 0..own_folders {
                        let path = e.folders[..=depth].join("/");
                        segs.push(match section_of_folder.get(&path) {
                            Some(&s) => Cow::Borrowed(&slugs[s][l]),
                            None => Cow::Owned(default_slug(&e.folders[depth])),
                        });
                    }
                    segs.push(Cow::Borrowed(&slugs[i][l]));
                }
                let url = format!(
                    "/{}/",
                    segs.iter()
                        .map(|s| encode_segment(s))
                        .collect::<Vec<_>>()
                        .join("/")
                );
                let mut out: PathBuf = segs.iter().map(|s| &**s).collect();
                out.push("index.html");
                row.push(Location { url, out });
            }
            row
        })
        .collect();

    // Hashed, not ordered: comparing paths component by component was a tenth of the model.
    // The pages' paths are borrowed, not copied; the aliases' are their own.
    let mut taken: std::collections::HashMap<Cow<std::path::Path>, (usize, usize)> =
        std::collections::HashMap::with_capacity(site.entries.len() * nlang);
    for (i, row) in urls.iter().enumerate() {
        for (l, Location { url, out }) in row.iter().enumerate() {
            if let Some(&(oi, ol)) = taken.get(out.as_path()) {
                if (oi, ol) != (i, l) {
                    let (a, _) = site.doc(oi, ol);
                    let (b, _) = site.doc(i, l);
                    let d = Diagnostic::error(
                        Code::DuplicateUrl,
                        format!(
                            "two pages have the same URL {url}: {} and {}",
                            crate::diagnostics::display_path(&a.src.file),
                            crate::diagnostics::display_path(&b.src.file)
                        ),
                    )
                    .hint("give one of them another `slug:`, or rename its file");
                    // Point at the slug that made the clash, or the file's first line.
                    diags.push(match &b.fm.slug {
                        Some(s) => at_value(&b.src, &s.referenced, d),
                        None => d.file(&b.src.file).at(&b.src.head, 1, 1),
                    });
                }
            } else {
                taken.insert(Cow::Borrowed(out), (i, l));
            }
        }
    }

    // Aliases: old paths that redirect to the page in the alias's language.
    let mut aliases = Vec::new();
    for (i, e) in site.entries.iter().enumerate() {
        for (l, doc) in e.docs.iter().enumerate() {
            let Some(doc) = doc else { continue };
            for a in &doc.fm.aliases {
                let raw = a.value.trim();
                let path = raw.trim_start_matches('/');
                let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
                let bad = segs.iter().find_map(|s| check_segment(s).err());
                if segs.is_empty() || bad.is_some() || raw.contains("://") {
                    diags.push(at_value(
                        &doc.src,
                        &a.referenced,
                        Diagnostic::error(
                            Code::BadAlias,
                            format!(
                                "alias `{raw}` is not a path on this site{}",
                                bad.map(|w| format!(": {w}")).unwrap_or_default()
                            ),
                        )
                        .hint("write an old path of this site, e.g. /help/old-name/"),
                    ));
                    continue;
                }
                let mut out: PathBuf = segs.iter().collect();
                let is_file = segs.last().is_some_and(|s| s.ends_with(".html"));
                if !is_file {
                    out.push("index.html");
                }
                let url = format!(
                    "/{}{}",
                    segs.iter()
                        .map(|s| encode_segment(s))
                        .collect::<Vec<_>>()
                        .join("/"),
                    if is_file { "" } else { "/" }
                );
                if let Some(&(oi, ol)) = taken.get(out.as_path()) {
                    let (other, _) = site.doc(oi, ol);
                    diags.push(at_value(
                        &doc.src,
                        &a.referenced,
                        Diagnostic::error(
                            Code::AliasTaken,
                            format!(
                                "alias `{raw}` is already the address of {}",
                                crate::diagnostics::display_path(&other.src.file)
                            ),
                        )
                        .hint("remove the alias, or choose another path"),
                    ));
                    continue;
                }
                taken.insert(Cow::Owned(out.clone()), (i, l));
                aliases.push(Alias {
                    url,
                    out,
                    entry: i,
                    lang: l,
                });
            }
        }
    }
    drop(taken);
    site.urls = urls;
    site.aliases = aliases;
}

/// Weight (lowest first; none last), then date (newest first), then title, then path: as Hugo.
fn compute_children(site: &mut Site) {
    let nlang = site.config.languages.len();
    let mut children = vec![vec![Vec::new(); nlang]; site.entries.len()];
    for (i, e) in site.entries.iter().enumerate() {
        if let Some(p) = e.parent {
            for row in children[p].iter_mut() {
                row.push(i);
            }
        }
    }
    for row in children.iter_mut() {
        for (l, list) in row.iter_mut().enumerate() {
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

/// "Did you mean" for a content key that does not exist.
pub fn suggest_key(site: &Site, key: &str) -> Option<String> {
    let keys: Vec<&str> = site.by_key.keys().map(String::as_str).collect();
    did_you_mean(key, &keys).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_that_leave_the_folder_are_refused() {
        assert!(check_segment("..").is_err());
        assert!(check_segment("../etc").is_err());
        assert!(check_segment("a/b").is_err());
        assert!(check_segment(".hidden").is_err());
        assert!(check_segment("a b").is_err());
        assert!(check_segment("حقوقك").is_ok());
        assert!(check_segment("your-rights").is_ok());
    }

    #[test]
    fn unicode_segments_are_percent_encoded() {
        assert_eq!(encode_segment("a-b"), "a-b");
        assert_eq!(encode_segment("حق"), "%D8%AD%D9%82");
    }
}
