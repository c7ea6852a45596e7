//! The one-round-trip budget: a page's HTML plus the stylesheet and scripts it loads,
//! compressed, must fit in what the first TCP round trip carries (14 KiB).

use flate2::write::GzEncoder;
use flate2::Compression;
use std::collections::BTreeMap;
use std::io::Write;

pub const LIMIT: usize = 14 * 1024;

/// Gzip size at the default level 6: what a CDN compressing on the fly sends, and a
/// little more than the `.gz` copies (level 9), so the budget errs on the safe side.
/// Measured on every page of every build, so it counts bytes instead of keeping them:
/// level 9 here was a sixth of a whole build's time.
pub fn gzip_size(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Counter(0), Compression::default());
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
    gzip_size(html.as_bytes())
        + assets_loaded(html)
            .iter()
            .filter_map(|a| assets.get(a))
            .sum::<usize>()
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
}
