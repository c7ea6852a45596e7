//! Writing: a fresh folder beside `--out` that replaces it only when the whole build
//! succeeded, so a failed or killed build leaves the last good site as it was.

pub mod budget;
pub mod publish;

use crate::content::model::Site;
use std::io;
use std::path::{Path, PathBuf};

pub struct Staging {
    pub dir: PathBuf,
    target: PathBuf,
    /// `check`: everything is rendered, nothing is written.
    dry: bool,
    /// `serve`'s rebuilds: files are replaced one by one in the live folder, each in one
    /// rename, so the server never sends half a file.
    in_place: bool,
    /// Held until the build ends: one build at a time writes into `target`. The operating
    /// system releases it when the process ends, however it ends.
    _lock: Option<std::fs::File>,
    /// Write `.br` and `.gz` copies beside text files as they are written.
    precompress: bool,
    /// Hash every file for the manifest (publishing builds only).
    hash: bool,
    /// Every file written, with its size and hash, for the manifest: taken as the bytes
    /// go out, so no file is read back.
    written: std::sync::Mutex<Vec<(String, crate::output::publish::FileEntry)>>,
    /// How many files were written, compressed copies included.
    count: std::sync::atomic::AtomicUsize,
}

/// The lock file beside `target`: `.<name>.lock`.
pub fn lock_path(target: &Path) -> PathBuf {
    sibling(target, "lock")
}

/// This process's staging folder beside `target`: `.<name>.tmp-<pid>`.
pub fn staging_dir(target: &Path) -> PathBuf {
    sibling(target, &format!("tmp-{}", std::process::id()))
}

fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent_of(target).join(format!(".{name}.{suffix}"))
}

fn parent_of(target: &Path) -> &Path {
    target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

impl Staging {
    /// Takes the lock beside `target`, removes what killed builds left, and creates
    /// `.<name>.tmp-<pid>` beside `target`. Another build holding the lock is an error of
    /// kind `WouldBlock`.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = parent_of(target);
        std::fs::create_dir_all(parent)?;
        let lock_file = lock_path(target);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_file)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "another waymark build is writing {} right now (it holds {})",
                        target.display(),
                        lock_file.display()
                    ),
                ))
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        // Staging folders of builds that were killed: nobody else can be using them now.
        let stem = sibling(target, "tmp-");
        let prefix = stem.file_name().map(|n| n.to_string_lossy().into_owned());
        if let (Some(prefix), Ok(entries)) = (prefix, std::fs::read_dir(parent)) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    std::fs::remove_dir_all(e.path())?;
                }
            }
        }
        let dir = staging_dir(target);
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            dry: false,
            in_place: false,
            _lock: Some(lock),
            precompress: false,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        })
    }

    /// A staging area that writes nothing (for `check`).
    pub fn dry() -> Staging {
        Staging {
            dir: PathBuf::new(),
            target: PathBuf::new(),
            dry: true,
            in_place: false,
            _lock: None,
            precompress: false,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        }
    }

    /// Writes straight into `dir`, a file at a time (for `serve`'s rebuilds).
    pub fn in_place(dir: &Path) -> Staging {
        Staging {
            dir: dir.to_path_buf(),
            target: dir.to_path_buf(),
            dry: false,
            in_place: true,
            _lock: None,
            precompress: false,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        }
    }

    /// Text files get `.br` and `.gz` copies as they are written.
    pub fn precompressed(mut self, on: bool) -> Staging {
        self.precompress = on;
        self
    }

    /// Every written file is hashed for the manifest.
    pub fn hashed(mut self, on: bool) -> Staging {
        self.hash = on;
        self
    }

    /// How many files were written, compressed copies included.
    pub fn count(&self) -> usize {
        self.count.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Counts (and hashes) a written file; with precompression, writes its compressed
    /// copies too.
    fn finish(&self, rel: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let name = crate::content::source::slash_path(rel);
        let mut copies = Vec::new();
        if self.precompress && crate::output::publish::is_text(&name) {
            for (ext, packed) in crate::output::publish::compressed(bytes) {
                let mut copy = path.as_os_str().to_owned();
                copy.push(".");
                copy.push(ext);
                std::fs::write(PathBuf::from(copy), &packed)?;
                copies.push((format!("{name}.{ext}"), packed));
            }
        }
        self.count
            .fetch_add(1 + copies.len(), std::sync::atomic::Ordering::Relaxed);
        if self.hash {
            let entries: Vec<_> = std::iter::once((name, bytes))
                .chain(copies.iter().map(|(n, b)| (n.clone(), b.as_slice())))
                .map(|(n, b)| {
                    let entry = crate::output::publish::entry(&n, b);
                    (n, entry)
                })
                .collect();
            if let Ok(mut w) = self.written.lock() {
                w.extend(entries);
            }
        }
        Ok(())
    }

    /// Records (and compresses) files that another program wrote below `sub` (Pagefind).
    pub fn adopt(&self, sub: &Path) -> io::Result<()> {
        let files: Vec<PathBuf> = walkdir::WalkDir::new(self.dir.join(sub))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        use rayon::prelude::*;
        files.par_iter().try_for_each(|path| {
            let bytes = std::fs::read(path)?;
            let rel = path.strip_prefix(&self.dir).unwrap_or(path);
            self.finish(rel, path, &bytes)
        })
    }

    /// Every file written so far with its size and hash, by name; taken, not copied.
    pub fn take_written(
        &self,
    ) -> std::collections::BTreeMap<String, crate::output::publish::FileEntry> {
        self.written
            .lock()
            .map(|mut w| std::mem::take(&mut *w).into_iter().collect())
            .unwrap_or_default()
    }

    /// Writes `rel` (already checked to stay inside) below the staging folder.
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> io::Result<()> {
        debug_assert!(rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_))));
        if self.dry {
            return Ok(());
        }
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        if self.in_place {
            let mut tmp = path.as_os_str().to_owned();
            tmp.push(".waymark-tmp");
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, &path)?;
        } else {
            std::fs::write(&path, bytes)?;
        }
        self.finish(rel, &path, bytes)
    }

    /// Copies a file into the site (read whole: its hash goes into the manifest).
    pub fn copy(&self, rel: &Path, from: &Path) -> io::Result<()> {
        if self.dry {
            return std::fs::metadata(from).map(|_| ());
        }
        self.write(rel, &std::fs::read(from)?)
    }

    /// Puts the staged site in place of the old one. On Linux the two folders trade places
    /// in one atomic step (`renameat2` with `RENAME_EXCHANGE`), so at every instant the
    /// output folder holds one whole site, the old or the new; elsewhere, or on a file
    /// system without it, two renames leave a moment with no folder at all.
    pub fn commit(self) -> io::Result<()> {
        if self.in_place {
            return Ok(());
        }
        if self.target.exists() {
            if exchange(&self.dir, &self.target).is_ok() {
                // The staging folder now holds the old site.
                return std::fs::remove_dir_all(&self.dir);
            }
            let old = sibling(&self.target, &format!("tmp-{}.old", std::process::id()));
            std::fs::rename(&self.target, &old)?;
            if let Err(e) = std::fs::rename(&self.dir, &self.target) {
                let _ = std::fs::rename(&old, &self.target);
                return Err(e);
            }
            return std::fs::remove_dir_all(&old);
        }
        std::fs::rename(&self.dir, &self.target)
    }

    /// Removes the staged files, leaving the previous site untouched.
    pub fn discard(self) {
        if self.in_place {
            return;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// URLs per sitemap file. The protocol allows 50,000 (and 50 MB); a smaller part keeps a
/// build's memory flat, since each part is made whole before it is written (one sitemap
/// of a 20,405-document site was 15 MB).
const SITEMAP_URLS: usize = 10_000;

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// `sitemap.xml`: every page in every language, each with all its alternates. A site with
/// more than [`SITEMAP_URLS`] URLs gets `sitemap-1.xml`, `sitemap-2.xml`, ... and
/// `sitemap.xml` is their index. Each file goes to `put` (name, XML) as soon as it is full.
pub fn sitemaps(site: &Site, extra: &[&str], put: &mut dyn FnMut(String, String)) {
    sitemaps_of(site, extra, SITEMAP_URLS, put);
}

fn sitemaps_of(site: &Site, extra: &[&str], per_file: usize, put: &mut dyn FnMut(String, String)) {
    let mut parts = Parts::new(per_file, &site.config.base_url, put);
    each_url(site, extra, &mut |entry| parts.add(&entry));
    parts.finish();
}

/// Sitemap files filled one `<url>` at a time.
struct Parts<'a> {
    per_file: usize,
    base_url: &'a str,
    put: &'a mut dyn FnMut(String, String),
    xml: String,
    urls: usize,
    /// Full parts already handed on.
    files: usize,
}

impl<'a> Parts<'a> {
    fn new(per_file: usize, base_url: &'a str, put: &'a mut dyn FnMut(String, String)) -> Self {
        Parts {
            per_file,
            base_url,
            put,
            xml: String::new(),
            urls: 0,
            files: 0,
        }
    }

    fn add(&mut self, entry: &str) {
        if self.urls == self.per_file {
            self.files += 1;
            self.hand_on(format!("sitemap-{}.xml", self.files));
        }
        if self.urls == 0 {
            self.xml.push_str(URLSET);
        }
        self.xml.push_str(entry);
        self.urls += 1;
    }

    fn hand_on(&mut self, name: String) {
        let mut xml = std::mem::take(&mut self.xml);
        if self.urls == 0 {
            xml.push_str(URLSET);
        }
        xml.push_str("</urlset>\n");
        self.urls = 0;
        (self.put)(name, xml);
    }

    /// One part is `sitemap.xml` itself; several get an index.
    fn finish(mut self) {
        if self.files == 0 {
            return self.hand_on("sitemap.xml".into());
        }
        self.files += 1;
        self.hand_on(format!("sitemap-{}.xml", self.files));
        let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for n in 1..=self.files {
            index.push_str(&format!(
                "<sitemap><loc>{}</loc></sitemap>\n",
                xml_escape(&format!("{}/sitemap-{n}.xml", self.base_url))
            ));
        }
        index.push_str("</sitemapindex>\n");
        (self.put)("sitemap.xml".into(), index);
    }
}

/// Every `<url>` of the sitemap, in order.
fn each_url(site: &Site, extra: &[&str], add: &mut dyn FnMut(String)) {
    let default = site.default_index();
    let mut chooser_alts = String::new();
    for (l, lang) in site.config.languages.iter().enumerate() {
        chooser_alts.push_str(&alt(
            &lang.code,
            &site.permalink(&site.urls[site.home][l].url),
        ));
    }
    add(format!(
        "<url><loc>{}</loc>{chooser_alts}{}</url>\n",
        xml_escape(&site.permalink("/")),
        alt("x-default", &site.permalink("/"))
    ));
    for (i, _) in site.entries.iter().enumerate() {
        let mut alts = String::new();
        for (l, lang) in site.config.languages.iter().enumerate() {
            alts.push_str(&alt(&lang.code, &site.permalink(&site.urls[i][l].url)));
        }
        alts.push_str(&alt(
            "x-default",
            &site.permalink(&site.urls[i][default].url),
        ));
        for l in 0..site.config.languages.len() {
            let (doc, fallback) = site.doc(i, l);
            let lastmod = if fallback {
                None
            } else {
                doc.fm.updated().or(doc.fm.date())
            };
            add(format!(
                "<url><loc>{}</loc>{}{alts}</url>\n",
                xml_escape(&site.permalink(&site.urls[i][l].url)),
                lastmod
                    .map(|d| format!("<lastmod>{d}</lastmod>"))
                    .unwrap_or_default(),
            ));
        }
    }
    // Pages made from data (the directory): `rest` is the same path in every language.
    for rest in extra {
        let mut alts = String::new();
        for lang in &site.config.languages {
            alts.push_str(&alt(
                &lang.code,
                &site.permalink(&format!("/{}/{rest}", lang.code)),
            ));
        }
        alts.push_str(&alt(
            "x-default",
            &site.permalink(&format!("/{}/{rest}", site.config.default_language)),
        ));
        for lang in &site.config.languages {
            add(format!(
                "<url><loc>{}</loc>{alts}</url>\n",
                xml_escape(&site.permalink(&format!("/{}/{rest}", lang.code)))
            ));
        }
    }
}

fn alt(code: &str, href: &str) -> String {
    format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
        xml_escape(code),
        xml_escape(href)
    )
}

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    )
}

/// Netlify/Cloudflare-style `_redirects`: one line per alias.
pub fn redirects(site: &Site) -> String {
    let mut lines: Vec<String> = site
        .aliases
        .iter()
        .map(|a| format!("{} {} 301", a.url, site.urls[a.entry][a.lang].url))
        .collect();
    lines.sort();
    let mut out = lines.join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// `_headers` (read by Netlify and Cloudflare Pages): privacy headers everywhere, a strict
/// Content-Security-Policy on every page, fingerprinted assets cached for a year and
/// everything else revalidated.
///
/// Hosts differ in how they merge two rules that match one path (Cloudflare joins the
/// values with commas, which for CSP means both policies apply), so no two rules that
/// set the same header overlap: the policy is set per folder of pages, and search, the one
/// thing that runs WebAssembly, has folders of its own (`/search/`, `/pagefind/`).
pub fn headers(site: &Site, youtube: bool) -> String {
    let frame = if youtube {
        "frame-src https://www.youtube-nocookie.com; "
    } else {
        "frame-src 'none'; "
    };
    let csp = |script: &str| {
        format!(
            "  Content-Security-Policy: default-src 'self'; script-src {script}; style-src 'self'; \
img-src 'self' data:; media-src 'self'; connect-src 'self'; font-src 'self'; {frame}object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'\n"
        )
    };
    let strict = csp("'self'");
    let revalidate = "  Cache-Control: public, max-age=0, must-revalidate\n";
    let mut out = String::from(
        "/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  \
Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n\n\
/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n\n",
    );
    let mut rules: Vec<(String, String)> = ["/", "/index.html", "/404.html", "/sw.js"]
        .iter()
        .map(|p| (p.to_string(), strict.clone() + revalidate))
        .collect();
    rules.extend(
        site.config
            .languages
            .iter()
            .map(|l| (format!("/{}/*", l.code), strict.clone() + revalidate)),
    );
    // Search runs Pagefind's WebAssembly in its worker (which takes the policy of its own
    // response, from /pagefind/), or in the page itself where workers are missing.
    for p in ["/search/*", "/pagefind/*"] {
        rules.push((p.into(), csp("'self' 'wasm-unsafe-eval'") + revalidate));
    }
    for p in [
        "/sitemap.xml",
        "/robots.txt",
        "/directory.json",
        "/icon.svg",
        "/icon-192.png",
        "/icon-512.png",
        "/hsds/*",
    ] {
        rules.push((p.to_string(), revalidate.to_string()));
    }
    for (path, headers) in rules {
        out.push_str(&path);
        out.push('\n');
        out.push_str(&headers);
        out.push('\n');
    }
    out
}

/// An Atom feed of a language's dated pages, newest first.
pub fn atom(site: &Site, lang: usize, title: &str) -> String {
    let code = &site.config.languages[lang].code;
    let mut dated: Vec<(String, String, String, Option<String>)> = Vec::new();
    for i in 0..site.entries.len() {
        let (doc, _) = site.doc(i, lang);
        if let Some(date) = doc.fm.updated().or(doc.fm.date()) {
            dated.push((
                date.to_string(),
                doc.fm.title.value.clone(),
                site.permalink(&site.urls[i][lang].url),
                doc.fm.description.clone(),
            ));
        }
    }
    dated.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let home = site.permalink(&format!("/{code}/"));
    let updated = dated
        .first()
        .map_or("1970-01-01", |d| d.0.as_str())
        .to_string();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>{}</id>\n<link rel=\"self\" href=\"{}\"/>\n<link href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{}</name></author>\n",
        xml_escape(code),
        xml_escape(title),
        xml_escape(&home),
        xml_escape(&site.permalink(&format!("/{code}/feed.xml"))),
        xml_escape(&home),
        xml_escape(title),
    );
    for (date, t, link, summary) in dated {
        out.push_str(&format!(
            "<entry><title>{}</title><link href=\"{}\"/><id>{}</id><updated>{date}T00:00:00Z</updated>{}</entry>\n",
            xml_escape(&t),
            xml_escape(&link),
            xml_escape(&link),
            summary.map(|s| format!("<summary>{}</summary>", xml_escape(&s))).unwrap_or_default()
        ));
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts_of(urls: usize, per_file: usize) -> Vec<(String, String)> {
        let mut files = Vec::new();
        let mut put = |name: String, xml: String| files.push((name, xml));
        let mut parts = Parts::new(per_file, "https://example.org", &mut put);
        for n in 0..urls {
            parts.add(&format!("<url><loc>https://example.org/{n}/</loc></url>\n"));
        }
        parts.finish();
        files
    }

    /// The sitemap files of a built site of 3 pages in 2 languages (9 URLs with the
    /// chooser and the directory's pages), `per_file` URLs a file.
    fn site_sitemaps(per_file: usize) -> Vec<(String, String)> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("site.yaml"),
            "title: T\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n",
        )
        .unwrap();
        std::fs::create_dir(root.join("content")).unwrap();
        for (name, title) in [("_index.md", "Home"), ("a.md", "A"), ("b.md", "B")] {
            let text = format!("---\ntitle: {title}\n---\nText.\n");
            std::fs::write(root.join("content").join(name), text).unwrap();
        }
        let config = crate::content::config::Config::load(root, None).unwrap();
        let langs = ["en".to_string(), "ar".to_string()];
        let (sources, _) = crate::content::source::load(root, &langs, "en", 0);
        let (site, _) = crate::content::model::build(config, sources, false);
        let mut files = Vec::new();
        let mut put = |name: String, xml: String| files.push((name, xml));
        sitemaps_of(&site.unwrap(), &["directory/"], per_file, &mut put);
        files
    }

    #[test]
    fn a_site_split_into_parts_lists_the_same_urls_as_one_sitemap() {
        let whole = site_sitemaps(SITEMAP_URLS);
        assert_eq!(whole.len(), 1);
        let urls = |xml: &str| -> Vec<String> {
            xml.split("<url>")
                .skip(1)
                .map(|u| format!("<url>{u}"))
                .collect()
        };
        let one = urls(&whole[0].1);
        assert_eq!(one.len(), 9, "{}", whole[0].1);
        let parts = site_sitemaps(4);
        let names: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        // Each part is a sitemap of its own; together they are the one sitemap, in order.
        let mut joined = Vec::new();
        for (_, xml) in &parts[..3] {
            assert!(xml.starts_with(URLSET) && xml.ends_with("</urlset>\n"));
            let mut u = urls(xml);
            if let Some(last) = u.last_mut() {
                *last = last.trim_end_matches("</urlset>\n").to_string();
            }
            joined.extend(u);
        }
        let one: Vec<String> = one
            .into_iter()
            .map(|u| u.trim_end_matches("</urlset>\n").to_string())
            .collect();
        assert_eq!(joined, one);
        assert!(parts[3]
            .1
            .contains("<sitemap><loc>https://example.org/sitemap-3.xml</loc></sitemap>"));
    }

    #[test]
    fn a_sitemap_that_fits_is_one_file() {
        for urls in [1, 3] {
            let files = parts_of(urls, 3);
            assert_eq!(files.len(), 1);
            assert_eq!(files[0].0, "sitemap.xml");
            let xml = &files[0].1;
            assert!(xml.starts_with(URLSET) && xml.ends_with("</urlset>\n"));
            assert_eq!(xml.matches("<url>").count(), urls);
        }
    }

    #[test]
    fn a_larger_sitemap_is_split_and_indexed_in_order() {
        let files = parts_of(7, 3);
        let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        let counts: Vec<usize> = files[..3]
            .iter()
            .map(|f| f.1.matches("<url>").count())
            .collect();
        assert_eq!(counts, [3, 3, 1]);
        for (_, xml) in &files[..3] {
            assert!(xml.starts_with(URLSET) && xml.ends_with("</urlset>\n"));
        }
        // Every URL once, in order.
        let all: String = files[..3].iter().map(|f| f.1.as_str()).collect();
        let mut at = 0;
        for n in 0..7 {
            let loc = format!("https://example.org/{n}/</loc>");
            let i = all[at..].find(&loc).expect("every URL, in order");
            at += i + loc.len();
        }
        let index = &files[3].1;
        assert!(
            index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        );
        for n in 1..=3 {
            assert!(index.contains(&format!(
                "<sitemap><loc>https://example.org/sitemap-{n}.xml</loc></sitemap>"
            )));
        }
        assert_eq!(index.matches("<sitemap>").count(), 3);
    }
}
