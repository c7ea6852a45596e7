//! A 404 page per language (`/<lang>/404.html`), and the default language's at `/404.html`.

use super::{Cx, Out};
use std::path::Path;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let (site, renderer) = (&cx.p.site, &cx.p.renderer);
    let homes = renderer.homes(site);
    for (l, lang) in site.lang_ids().zip(&site.config.languages) {
        let page = renderer.not_found_page(site, l, &homes, false);
        if l == site.default_index() {
            let root = renderer.not_found_page(site, l, &homes, true);
            out.page(cx, "404.html", root, "404.html");
        }
        out.page(cx, "404.html", page, Path::new(&lang.code).join("404.html"));
    }
}
