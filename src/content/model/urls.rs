//! The URL table: each entry's slug in each language, the paths made of its sections'
//! slugs, the check that no two pages share one, and the aliases that redirect to them.

use super::{section_of_folder, Alias, EntryId, LangId, Location, Site};
use crate::content::frontmatter::at_value;
use crate::content::source::Kind;
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    // Invisible characters and direction overrides make one address look like another
    // (ZWNJ and ZWJ stay: Persian and other scripts spell words with them).
    if s.chars().any(|c| {
        matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
    }) {
        return Err("it contains an invisible or direction-changing character (such as U+200B or U+202E) that makes one address look like another");
    }
    if s.contains([
        '\u{2215}', '\u{2044}', '\u{FF0F}', '\u{29F8}', '\u{FF3C}', '\u{2216}',
    ]) {
        return Err("it contains a character that looks like a slash");
    }
    // File systems take at most 255 bytes per name; a slug is also a folder name.
    if s.len() > MAX_SLUG_BYTES {
        return Err("it is longer than 200 bytes (a slug is a folder name, and file systems take at most 255 bytes per name)");
    }
    if s.ends_with('.') {
        return Err("it ends with a dot, which Windows drops from file names");
    }
    let stem = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    let windows = matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || (stem.len() == 4
            && (stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.as_bytes()[3].is_ascii_digit());
    if windows {
        return Err("it is a name Windows reserves for devices (con, nul, com1 …): the file cannot be written there");
    }
    Ok(())
}

/// The longest slug, in bytes (UTF-8): Arabic letters take two each, so 100 of them.
pub(crate) const MAX_SLUG_BYTES: usize = 200;

/// What Waymark writes at the top of the output folder: no page, alias or language may
/// take these names.
pub(crate) const GENERATED_ROOT: &[(&str, &str)] = &[
    ("index.html", "the language chooser"),
    ("404.html", "the not-found page"),
    ("assets", "the theme's fingerprinted files"),
    ("search", "the search pages"),
    ("pagefind", "the search index"),
    ("robots.txt", "robots.txt"),
    ("sitemap.xml", "the sitemap"),
    ("sw.js", "the offline service worker"),
    ("icon.svg", "the site's icon"),
    ("icon-192.png", "the site's icon"),
    ("icon-512.png", "the site's icon"),
    ("directory.json", "the directory's export"),
    ("hsds", "the directory's HSDS export"),
    ("waymark-manifest.json", "the build's manifest"),
    ("_headers", "the host's headers file"),
    ("_redirects", "the host's redirects file"),
    ("_nginx", "the nginx configuration"),
    ("_s3", "the S3 metadata"),
    (".nojekyll", "GitHub Pages' marker"),
];

/// What Waymark writes in each language's folder, beside the content's pages.
pub(crate) const GENERATED_IN_LANGUAGE: &[(&str, &str)] = &[
    ("404.html", "the language's not-found page"),
    ("offline", "the offline page"),
    ("feed.xml", "the language's feed"),
    ("manifest.webmanifest", "the web app manifest"),
];

/// What Waymark writes at top-level name `name`, if anything.
pub(crate) fn generated_root(name: &str) -> Option<&'static str> {
    GENERATED_ROOT
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, what)| *what)
}

/// What Waymark writes at output path `out` (or in a folder it owns), if anything.
pub(crate) fn generated(out: &Path, codes: &[&str]) -> Option<&'static str> {
    let mut parts = out.iter().filter_map(|p| p.to_str());
    let first = parts.next()?;
    if let Some(what) = generated_root(first) {
        return Some(what);
    }
    if !codes.contains(&first) {
        return None;
    }
    let second = parts.next()?;
    GENERATED_IN_LANGUAGE
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(second))
        .map(|(_, what)| *what)
}

/// A path as case-insensitive, normalising disks and hosts see it: two paths with the same
/// key are one file there.
fn folded(out: &Path) -> String {
    use unicode_normalization::UnicodeNormalization;
    out.to_string_lossy()
        .nfc()
        .flat_map(char::to_lowercase)
        .collect()
}

/// A file or folder name turned into a default slug (spaces become dashes).
fn default_slug(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join("-")
}

/// The slug of an entry in a language, with the doc it came from (for messages).
fn slug_for(site: &Site, entry: EntryId, lang: LangId, diags: &mut Diagnostics) -> String {
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
    // A translation without its own `slug:` takes its original's: one `slug:` names the
    // page in every language (the original's file reports a bad one, once).
    let original = e.docs[site.default_index()].as_ref();
    let inherited = original
        .filter(|_| doc.fm.slug.is_none())
        .and_then(|o| o.fm.slug.as_ref())
        .map(|slug| slug.value.trim())
        .filter(|s| check_segment(s).is_ok());
    if let Some(s) = inherited {
        return s.to_string();
    }
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

/// Fills `site.urls` and `site.aliases`.
pub(super) fn compute_urls(site: &mut Site, diags: &mut Diagnostics) {
    let slugs = slugs(site, diags);
    let urls = locations(site, &slugs);
    let mut taken = check_unique(site, &urls, diags);
    let files = bundle_outputs(site, &urls);
    let aliases = aliases(site, &mut taken, &files, diags);
    drop(taken);
    site.urls = urls;
    site.aliases = aliases;
}

/// Output paths already given, with their (entry, language). Hashed, not ordered:
/// comparing paths component by component was a tenth of the model. The pages' paths are
/// borrowed, not copied; the aliases' are their own.
type Taken<'u> = HashMap<Cow<'u, Path>, (EntryId, LangId)>;

/// `slugs[entry][lang]`, empty for the home section.
fn slugs(site: &Site, diags: &mut Diagnostics) -> Vec<Vec<String>> {
    let _nlang = site.config.languages.len();
    // Slugs and URLs are made a page at a time, in parallel; only the check that no two
    // pages share a URL goes through them in order (made in order, they were a fifth of
    // the model's time, on one core).
    let slug_rows: Vec<(Vec<String>, Diagnostics)> = (0..site.entries.len())
        .into_par_iter()
        .map(EntryId)
        .map(|i| {
            let mut d = Diagnostics::new();
            let row = site
                .lang_ids()
                .map(|l| {
                    if site.entries[i].is_home {
                        String::new()
                    } else {
                        slug_for(site, i, l, &mut d)
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
    slugs
}

/// `urls[entry][lang]`: the language, then the slugs of the entry's folders, then its own.
fn locations(site: &Site, slugs: &[Vec<String>]) -> Vec<Vec<Location>> {
    let nlang = site.config.languages.len();
    // The folders of a path become segments: a section's slug where the folder has one.
    let section_of_folder = section_of_folder(&site.entries);
    site.entries
        .par_iter()
        .enumerate()
        .map(|(i, e)| {
            let mut row = Vec::with_capacity(nlang);
            for (l, language) in site.config.languages.iter().enumerate() {
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
        .collect()
}

/// `d` at `doc`'s `slug:` (what decides its address), else at the file's first line.
pub(super) fn at_slug(doc: &super::Doc, d: Diagnostic) -> Diagnostic {
    match &doc.fm.slug {
        Some(s) => at_value(&doc.src, &s.referenced, d),
        None => d.file(&doc.src.file).at(&doc.src.head, 1, 1),
    }
}

/// The output paths of the pages, in order, each reported where it is a second page's.
fn check_unique<'u>(site: &Site, urls: &'u [Vec<Location>], diags: &mut Diagnostics) -> Taken<'u> {
    let nlang = site.config.languages.len();
    let mut taken: Taken = HashMap::with_capacity(site.entries.len() * nlang);
    let mut folded_taken: HashMap<String, (EntryId, LangId)> = HashMap::new();
    let codes = site.config.codes();
    // Each clash once per file and cause: a page shown in several languages (a fallback)
    // makes the same clash in each.
    let mut reported: std::collections::HashSet<(&Path, String)> = Default::default();
    for (i, row) in site.entry_ids().zip(urls) {
        for (l, Location { url, out }) in site.lang_ids().zip(row) {
            if let Some(what) = generated(out, &codes) {
                let (b, _) = site.doc(i, l);
                if !reported.insert((&b.src.file, what.to_string())) {
                    continue;
                }
                let d = Diagnostic::error(
                    Code::ReservedUrl,
                    format!("this page's URL {url} is where Waymark writes {what}"),
                )
                .hint("give the page another `slug:`");
                diags.push(at_slug(b, d));
                continue;
            }
            if let Some(&(oi, ol)) = folded_taken.get(&folded(out)) {
                let other = &urls[oi][ol];
                if other.out != *out {
                    let (a, _) = site.doc(oi, ol);
                    let (b, _) = site.doc(i, l);
                    if !reported.insert((&b.src.file, display_path(&a.src.file))) {
                        continue;
                    }
                    let d = Diagnostic::error(
                        Code::DuplicateUrl,
                        format!(
                            "two pages' URLs differ only in capitals or in how an accent is encoded: {} ({}) and {url} ({}); they are one file on most disks and hosts",
                            other.url,
                            display_path(&a.src.file),
                            display_path(&b.src.file)
                        ),
                    )
                    .hint("give one of them another `slug:`, or rename its file");
                    diags.push(at_slug(b, d));
                    continue;
                }
            } else {
                folded_taken.insert(folded(out), (i, l));
            }
            if let Some(&(oi, ol)) = taken.get(out.as_path()) {
                if (oi, ol) != (i, l) {
                    let (a, _) = site.doc(oi, ol);
                    let (b, _) = site.doc(i, l);
                    let d = Diagnostic::error(
                        Code::DuplicateUrl,
                        format!(
                            "two pages have the same URL {url}: {} and {}",
                            display_path(&a.src.file),
                            display_path(&b.src.file)
                        ),
                    )
                    .hint("give one of them another `slug:`, or rename its file");
                    // Point at the slug that made the clash, or the file's first line.
                    diags.push(at_slug(b, d));
                }
            } else {
                taken.insert(Cow::Borrowed(out), (i, l));
            }
        }
    }
    taken
}

/// Where each bundle's files are copied (beside each language's version of its page) →
/// the file in content/.
fn bundle_outputs<'s>(site: &'s Site, urls: &[Vec<Location>]) -> HashMap<PathBuf, &'s Path> {
    let mut files = HashMap::new();
    for f in &site.bundle_files {
        let Some(&e) = site.by_key.get(&format!("{}/index.md", f.bundle)) else {
            continue;
        };
        for loc in &urls[e] {
            if let Some(dir) = loc.out.parent() {
                files.insert(dir.join(&f.name), f.file.as_path());
            }
        }
    }
    files
}

/// Aliases: old paths that redirect to the page in the alias's language. Each one takes
/// its path in `taken`, unless a page, an earlier alias or a bundle's file has it.
fn aliases(
    site: &Site,
    taken: &mut Taken,
    files: &HashMap<PathBuf, &Path>,
    diags: &mut Diagnostics,
) -> Vec<Alias> {
    let mut aliases = Vec::new();
    for (i, e) in site.entry_ids().zip(&site.entries) {
        for (l, doc) in site.lang_ids().zip(&e.docs) {
            let Some(doc) = doc else { continue };
            for a in &doc.fm.aliases {
                let raw = a.value.trim();
                let Location { url, out } = match alias_location(raw) {
                    Ok(loc) => loc,
                    Err(bad) => {
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
                };
                if let Some(what) = generated(&out, &site.config.codes()) {
                    diags.push(at_value(
                        &doc.src,
                        &a.referenced,
                        Diagnostic::error(
                            Code::ReservedUrl,
                            format!("alias `{raw}` is where Waymark writes {what}"),
                        )
                        .hint("remove the alias, or choose another path"),
                    ));
                    continue;
                }
                // A file of a page bundle at the alias's path, or at a folder of it.
                if let Some(file) = out.ancestors().find_map(|p| files.get(p)) {
                    diags.push(at_value(
                        &doc.src,
                        &a.referenced,
                        Diagnostic::error(
                            Code::AliasTaken,
                            format!(
                                "alias `{raw}` is where the file {} is copied",
                                display_path(file)
                            ),
                        )
                        .hint("remove the alias, or choose another path"),
                    ));
                    continue;
                }
                if let Some(&(oi, ol)) = taken.get(out.as_path()) {
                    let (other, _) = site.doc(oi, ol);
                    diags.push(at_value(
                        &doc.src,
                        &a.referenced,
                        Diagnostic::error(
                            Code::AliasTaken,
                            format!(
                                "alias `{raw}` is already the address of {}",
                                display_path(&other.src.file)
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
    aliases
}

/// The URL and output file of an alias (trimmed), or why it is not a path on this site
/// (`None` when no segment says).
pub(super) fn alias_location(raw: &str) -> Result<Location, Option<&'static str>> {
    let path = raw.trim_start_matches('/');
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let bad = segs.iter().find_map(|s| check_segment(s).err());
    if segs.is_empty() || bad.is_some() || raw.contains("://") {
        return Err(bad);
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
    Ok(Location { url, out })
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
