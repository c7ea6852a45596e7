//! `sitemap.xml` (split into parts with an index past [`SITEMAP_URLS`] URLs): every page
//! in every language, with its alternates.

use super::{xml_escape, Cx, Out};
use crate::content::model::{Alternates, Site};

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let p = cx.p;
    let default = p.site.default_index();
    let directory_urls: Vec<&str> = p
        .directory_pages
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| d.rest.as_str())
        .collect();
    sitemaps(&p.site, &directory_urls, &mut |path, xml| {
        out.put(path, xml)
    });
}

/// URLs per sitemap file. The protocol allows 50,000 (and 50 MB); a smaller part keeps a
/// build's memory flat, since each part is made whole before it is written (one sitemap
/// of a 20,405-document site was 15 MB).
const SITEMAP_URLS: usize = 10_000;

const URLSET: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// `sitemap.xml`: every page in every language, each with all its alternates. A site with
/// more than [`SITEMAP_URLS`] URLs gets `sitemap-1.xml`, `sitemap-2.xml`, ... and
/// `sitemap.xml` is their index. Each file goes to `put` (name, XML) as soon as it is full.
pub(crate) fn sitemaps(site: &Site, extra: &[&str], put: &mut dyn FnMut(String, String)) {
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
    // The chooser lists the homes as its alternates, with itself as the `x-default`.
    let chooser = Alternates::chooser(site);
    add(format!(
        "<url><loc>{}</loc>{}</url>\n",
        xml_escape(&site.permalink(&chooser.x_default)),
        links(site, &chooser)
    ));
    for i in site.entry_ids() {
        let alts = links(site, &Alternates::of_entry(site, i));
        for l in site.lang_ids() {
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
        let versions = Alternates::below_language(site, rest);
        let alts = links(site, &versions);
        for url in &versions.urls {
            add(format!(
                "<url><loc>{}</loc>{alts}</url>\n",
                xml_escape(&site.permalink(url))
            ));
        }
    }
}

/// The `<xhtml:link>` of each language version, then the `x-default`.
fn links(site: &Site, versions: &Alternates) -> String {
    let mut out = String::new();
    for (l, url) in versions.each() {
        out.push_str(&alt(&site.config.languages[l].code, &site.permalink(url)));
    }
    out.push_str(&alt("x-default", &site.permalink(&versions.x_default)));
    out
}

fn alt(code: &str, href: &str) -> String {
    format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
        xml_escape(code),
        xml_escape(href)
    )
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
