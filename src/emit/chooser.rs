//! The language chooser at `/`, in the default language's interface.

use super::{Cx, Out};

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let (site, renderer) = (&cx.p.site, &cx.p.renderer);
    let homes = renderer.homes(site);
    out.page(
        cx,
        "chooser.html",
        renderer.chooser_page(site, &homes),
        "index.html",
    );
}
