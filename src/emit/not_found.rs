//! A 404 page per language (`/<lang>/404.html`), and the default language's at `/404.html`.

use super::{Cx, Out};
use std::path::Path;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    let homes = super::chooser::homes(cx);
    for (l, lang) in site.config.languages.iter().enumerate() {
        let mut ctx = cx.p.renderer.base_context(site, l);
        ctx.insert("homes", &homes);
        out.page(cx, "404.html", &ctx, Path::new(&lang.code).join("404.html"));
        if l == site.default_index() {
            out.page(cx, "404.html", &ctx, "404.html");
        }
    }
}
