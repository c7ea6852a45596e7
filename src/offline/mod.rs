//! Offline help and installability: a service worker written for the site (no library)
//! that keeps each language's home, help and directory pages once the visitor has opened
//! that language, an offline page with the pinned numbers, and a web app manifest per
//! language.

use crate::content::model::LangId;
use crate::content::model::Site;
use serde_json::json;
use std::collections::BTreeMap;

/// The service worker's logic; `__PAGES__` and `__VERSION__` are filled in by the build.
const WORKER: &str = r#"// Waymark's service worker: network first; when the network is gone, the saved copy,
// or the language's offline page with the helpline numbers.
const VERSION = "__VERSION__";
const PAGES = __PAGES__;
const PREFIX = "waymark-";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith(PREFIX) && !k.endsWith("-" + VERSION)).map((k) => caches.delete(k))
  )).then(() => self.clients.claim()));
});

// A page asks to keep its language: save that language's list once.
self.addEventListener("message", (event) => {
  const lang = event.data && event.data.keepLanguage;
  if (!lang || !PAGES[lang]) return;
  event.waitUntil(caches.open(PREFIX + lang + "-" + VERSION).then((cache) => cache.addAll(PAGES[lang])));
});

function languageOf(path) {
  const first = path.split("/")[1];
  return PAGES[first] ? first : Object.keys(PAGES)[0];
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((saved) => {
    if (saved) return saved;
    if (request.mode === "navigate") return caches.match("/" + languageOf(url.pathname) + "/offline/");
    return Response.error();
  })));
});
"#;

/// The pages kept offline for each language: its home, its directory pages, its offline
/// page, pages marked `extra: { offline: true }`, and the assets every page loads.
pub(crate) fn precache(
    site: &Site,
    directory_urls: &[(LangId, String)],
    assets: &[String],
) -> BTreeMap<String, Vec<String>> {
    let default = site.default_index();
    let mut out = BTreeMap::new();
    for (l, lang) in site.lang_ids().zip(&site.config.languages) {
        let mut urls = vec![
            site.urls[site.home][l].url.clone(),
            format!("/{}/offline/", lang.code),
        ];
        for (i, e) in site.entry_ids().zip(&site.entries) {
            let marked = e.docs[default]
                .as_ref()
                .and_then(|d| d.fm.extra.get("offline"))
                .and_then(|v| v.as_bool())
                == Some(true);
            if marked {
                urls.push(site.urls[i][l].url.clone());
            }
        }
        urls.extend(
            directory_urls
                .iter()
                .filter(|(dl, _)| *dl == l)
                .map(|(_, u)| u.clone()),
        );
        urls.extend(assets.iter().cloned());
        urls.sort();
        urls.dedup();
        out.insert(lang.code.clone(), urls);
    }
    out
}

pub(crate) fn service_worker(pages: &BTreeMap<String, Vec<String>>) -> String {
    let list = serde_json::to_string(pages).unwrap_or_else(|_| "{}".into());
    let version = &blake3::hash(list.as_bytes()).to_hex()[..10];
    WORKER
        .replace("__PAGES__", &list)
        .replace("__VERSION__", version)
}

/// The app icon: a rounded square in the theme's help colour with a white tick.
pub(crate) const ICON_SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#7a1010\"/><path d=\"M18 34l9 9 19-21\" stroke=\"#fff\" stroke-width=\"7\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>\n";

/// The same icon as a PNG of `size` pixels, drawn here (no rasteriser needed for a
/// square and two strokes).
pub(crate) fn icon_png(size: u32) -> Vec<u8> {
    let s = size as f32 / 64.0;
    // Distance from p to the segment a-b.
    let dist = |p: (f32, f32), a: (f32, f32), b: (f32, f32)| {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
        ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
    };
    let img = image::RgbaImage::from_fn(size, size, |x, y| {
        // In the icon's 64-unit space, at the pixel's centre.
        let p = ((x as f32 + 0.5) / s, (y as f32 + 0.5) / s);
        let corner = |c: f32| {
            if c < 12.0 {
                12.0 - c
            } else if c > 52.0 {
                c - 52.0
            } else {
                0.0
            }
        };
        if (corner(p.0).powi(2) + corner(p.1).powi(2)).sqrt() > 12.0 {
            return image::Rgba([0, 0, 0, 0]);
        }
        let tick = dist(p, (18.0, 34.0), (27.0, 43.0)).min(dist(p, (27.0, 43.0), (46.0, 22.0)));
        if tick <= 3.5 {
            image::Rgba([255, 255, 255, 255])
        } else {
            image::Rgba([0x7a, 0x10, 0x10, 255])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

pub(crate) const ICON_SIZES: &[u32] = &[192, 512];

/// A web app manifest for one language.
pub(crate) fn manifest(site: &Site, lang: LangId, name: &str) -> String {
    let l = &site.config.languages[lang];
    let doc = json!({
        "name": name,
        "short_name": name,
        "lang": l.code,
        "dir": l.dir.as_str(),
        "start_url": format!("/{}/", l.code),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#7a1010",
        "icons": [
            {"src": "/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
            {"src": "/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": "/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
        ],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into()) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_icons_have_their_size_and_colours() {
        let png = icon_png(192);
        let img = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(img.dimensions(), (192, 192));
        assert_eq!(img.get_pixel(0, 0)[3], 0, "rounded corner is transparent");
        assert_eq!(img.get_pixel(96, 20).0, [0x7a, 0x10, 0x10, 255]);
        // A point on the tick (27, 43 in icon units) is white.
        assert_eq!(img.get_pixel(81, 129).0, [255, 255, 255, 255]);
        assert_eq!(icon_png(192), png, "deterministic");
    }

    #[test]
    fn worker_carries_the_lists_and_a_content_version() {
        let pages = BTreeMap::from([("en".to_string(), vec!["/en/".to_string()])]);
        let a = service_worker(&pages);
        assert!(a.contains(r#"const PAGES = {"en":["/en/"]};"#));
        assert!(!a.contains("__VERSION__"));
        let other = BTreeMap::from([("en".to_string(), vec!["/en/x/".to_string()])]);
        assert_ne!(a, service_worker(&other), "a new list is a new version");
    }
}
