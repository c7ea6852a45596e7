//! The posters the build draws for campaign parts whose video has none: one SVG per part
//! and language, in the part's folder (`<lang>/<part path>/waymark/poster.svg`).

use super::{Cx, Out};
use crate::campaign;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let p = cx.p;
    for (&(entry, lang), drawn) in &p.campaign.posters {
        if let Some(svg) = campaign::poster_svg(&p.site, &p.campaign, &p.i18n, entry, lang) {
            out.put(&drawn.out, svg);
        }
    }
}
