//! The search page of each language (the index itself is [`super::search_index`]).

use super::{Cx, Out};

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    for (l, lang) in site.lang_ids().zip(&site.config.languages) {
        match cx.p.renderer.search_page(site, l).and_then(|html| {
            crate::render::safety::check_page(&html, cx.p.safety_policy(), "search.html", None)
                .map(|()| html)
        }) {
            Ok(html) => out.put(crate::search::page_file(&lang.code), html),
            Err(d) => out.problem(d),
        }
    }
}
