//! Offline help: an offline page per language, the icons, the service worker that keeps
//! the help pages, and a web manifest per language.

use super::{Cx, Out};
use crate::content::model::LangId;
use crate::offline;
use std::path::Path;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let (p, site) = (cx.p, &cx.p.site);
    for (l, lang) in site.lang_ids().zip(&site.config.languages) {
        let path = Path::new(&lang.code).join("offline").join("index.html");
        out.page(cx, "offline.html", p.renderer.offline_page(site, l), path);
    }
    let mut assets = super::asset_urls(p);
    assets.push("/icon.svg".into());
    out.put("icon.svg", offline::ICON_SVG);
    for size in offline::ICON_SIZES {
        out.put(format!("icon-{size}.png"), offline::icon_png(*size));
    }
    let directory_pages: Vec<(LangId, String)> = p
        .directory_pages
        .iter()
        .map(|d| (d.lang, d.url.clone()))
        .collect();
    let precache = offline::precache(site, &directory_pages, &assets);
    out.put("sw.js", offline::service_worker(&precache));
    for (l, lang) in site.lang_ids().zip(&site.config.languages) {
        out.put(
            Path::new(&lang.code).join("manifest.webmanifest"),
            offline::manifest(site, l, &p.site_title(l)),
        );
    }
}
