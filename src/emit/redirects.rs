//! Redirects of the pages' aliases and moved URLs: an HTML page at each old address (any
//! host), and `_redirects` for the hosts that read it (Netlify, Cloudflare Pages).

use super::{Cx, Out};
use crate::content::model::Site;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    for a in &site.aliases {
        let target = &site.urls[a.entry][a.lang].url;
        let page = cx.p.renderer.redirect_page(site, a.lang, target);
        out.page(cx, "redirect.html", page, a.out.clone());
    }
    if !site.aliases.is_empty() {
        out.put("_redirects", redirects(site));
    }
}

/// Netlify/Cloudflare-style `_redirects`: one line per alias.
fn redirects(site: &Site) -> String {
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
