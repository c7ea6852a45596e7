//! The language chooser at `/`, in the default language's interface.

use super::{Cx, Out};

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    let mut ctx = cx.p.renderer.base_context(site, site.default_index());
    ctx.insert("homes", &homes(cx));
    ctx.insert("x_default", &site.permalink("/"));
    out.page(cx, "chooser.html", &ctx, "index.html");
}

/// Every language's home page, for the chooser and the 404 pages.
pub(super) fn homes(cx: &Cx) -> Vec<serde_json::Value> {
    let (site, i18n) = (&cx.p.site, &cx.p.i18n);
    site.config
        .languages
        .iter()
        .enumerate()
        .map(|(l, lang)| {
            serde_json::json!({
                "code": lang.code, "name": lang.name, "dir": lang.dir.as_str(),
                "url": site.urls[site.home][l].url,
                "permalink": site.permalink(&site.urls[site.home][l].url),
                // "Choose your language" in that language, where the theme has it.
                "prompt": i18n.has(l, "language-chooser-title")
                    .then(|| i18n.format(l, "language-chooser-title", None)).flatten(),
            })
        })
        .collect()
}
