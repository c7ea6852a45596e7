//! The one-round-trip budget: a page's HTML plus the stylesheet and scripts it loads,
//! compressed, must fit in what the first TCP round trip carries (14 KiB).

use flate2::write::GzEncoder;
use flate2::Compression;
use std::collections::BTreeMap;
use std::io::Write;

pub const LIMIT: usize = 14 * 1024;

/// Gzip size at the best level: what the `.gz` copies weigh.
pub fn gzip_size(bytes: &[u8]) -> usize {
    gzip_size_at(bytes, Compression::best())
}

/// Counts the compressed bytes instead of keeping them.
fn gzip_size_at(bytes: &[u8], level: Compression) -> usize {
    let mut enc = GzEncoder::new(Counter(0), level);
    if enc.write_all(bytes).is_err() {
        return bytes.len();
    }
    enc.finish().map_or(bytes.len(), |c| c.0)
}

/// A writer that only counts.
struct Counter(usize);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The `/assets/...` files a page loads (stylesheet and scripts).
pub fn assets_loaded(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["src=\"/assets/", "href=\"/assets/"] {
        let mut rest = html;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len() - "/assets/".len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Weight of one page: its HTML plus every asset it loads, each compressed.
pub fn page_weight(html: &str, assets: &BTreeMap<String, usize>) -> usize {
    gzip_size(html.as_bytes()) + assets_weight(html, assets)
}

fn assets_weight(html: &str, assets: &BTreeMap<String, usize>) -> usize {
    assets_loaded(html)
        .iter()
        .filter_map(|a| assets.get(a))
        .sum::<usize>()
}

/// Weighs the pages of a build. With the budget enforced (`--budget`), every page is
/// compressed and weighed exactly. Otherwise only the report's heaviest pages need exact
/// weights: the pages with the most HTML are the candidates, and only the last dozen are
/// compressed, once, when the report asks (compressing every page took a third of a
/// build's time, and compressing each page that was a candidate for a while, 3 %).
pub struct Scale<'a> {
    assets: &'a BTreeMap<String, usize>,
    every_page: bool,
    /// (HTML bytes, URL, weight) of the candidates: most HTML first, or with every page
    /// weighed, heaviest first.
    candidates: std::sync::Mutex<Vec<(usize, String, Weight)>>,
}

/// A candidate's weight: known, or its HTML kept to be weighed at the end.
enum Weight {
    Exact(usize),
    Later(String),
}

/// How many of the heaviest pages the build report lists.
pub const TOP: usize = 3;
/// How many of the largest pages are weighed exactly for the report.
const CANDIDATES: usize = 12;

impl<'a> Scale<'a> {
    pub fn new(assets: &'a BTreeMap<String, usize>, every_page: bool) -> Scale<'a> {
        Scale {
            assets,
            every_page,
            candidates: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The page's exact weight when it is weighed and over `LIMIT`, else `None`.
    pub fn weigh(&self, url: &str, html: &str) -> Option<usize> {
        let size = html.len();
        if self.every_page {
            let exact = page_weight(html, self.assets);
            self.keep((size, url.to_string(), Weight::Exact(exact)));
            return (exact > LIMIT).then_some(exact);
        }
        let wanted = self.candidates.lock().is_ok_and(|c| {
            c.len() < CANDIDATES || c.last().is_some_and(|l| (size, url) > (l.0, l.1.as_str()))
        });
        if wanted {
            self.keep((size, url.to_string(), Weight::Later(html.to_string())));
        }
        None
    }

    fn keep(&self, candidate: (usize, String, Weight)) {
        if let Ok(mut c) = self.candidates.lock() {
            c.push(candidate);
            if self.every_page {
                c.sort_by(|a, b| b.2.known().cmp(&a.2.known()).then_with(|| a.1.cmp(&b.1)));
            } else {
                c.sort_by(|a, b| (b.0, &b.1).cmp(&(a.0, &a.1)));
            }
            c.truncate(CANDIDATES);
        }
    }

    /// The heaviest pages, heaviest first.
    pub fn heaviest(self) -> Vec<(String, usize)> {
        use rayon::prelude::*;
        let assets = self.assets;
        let mut c: Vec<(String, usize)> = self
            .candidates
            .into_inner()
            .unwrap_or_default()
            .into_par_iter()
            .map(|(_, url, w)| match w {
                Weight::Exact(n) => (url, n),
                Weight::Later(html) => (url, page_weight(&html, assets)),
            })
            .collect();
        c.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        c.truncate(TOP);
        c
    }
}

impl Weight {
    /// With every page weighed, every candidate's weight is known.
    fn known(&self) -> Option<usize> {
        match self {
            Weight::Exact(n) => Some(*n),
            Weight::Later(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_counts_the_page_and_what_it_loads() {
        let html = r#"<link rel="stylesheet" href="/assets/s.css"><script src="/assets/a.js" defer></script><script src="/assets/a.js"></script>"#;
        assert_eq!(assets_loaded(html), vec!["/assets/a.js", "/assets/s.css"]);
        let assets = BTreeMap::from([
            ("/assets/s.css".to_string(), 1000),
            ("/assets/a.js".to_string(), 100),
        ]);
        let w = page_weight(html, &assets);
        assert!(w > 1100 && w < 1300, "{w}");
        // Repetitive text compresses.
        assert!(gzip_size(&[b'a'; 10_000]) < 200);
    }

    #[test]
    fn the_scale_keeps_the_exact_heaviest_and_flags_what_is_over() {
        let assets = BTreeMap::new();
        let scale = Scale::new(&assets, true);
        // Text that compresses badly, of growing length.
        let page = |n: usize| {
            let mut x: u64 = n as u64 + 1;
            (0..n)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    format!("{:x} ", x >> 44)
                })
                .collect::<String>()
        };
        for n in [100, 4000, 300, 2000, 50, 3000] {
            let html = page(n);
            let over = scale.weigh(&format!("/{n}/"), &html);
            assert_eq!(over.is_some(), gzip_size(html.as_bytes()) > LIMIT, "{n}");
        }
        let top = scale.heaviest();
        let urls: Vec<&str> = top.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(urls, ["/4000/", "/3000/", "/2000/"]);
        assert_eq!(top[0].1, gzip_size(page(4000).as_bytes()));
        // Without the budget, only the largest pages are weighed, and nothing is flagged.
        let quick = Scale::new(&assets, false);
        for n in [100, 4000, 300, 2000, 50, 3000] {
            assert_eq!(quick.weigh(&format!("/{n}/"), &page(n)), None);
        }
        assert_eq!(quick.heaviest(), top);
    }
}
