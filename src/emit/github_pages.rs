//! GitHub Pages runs Jekyll on a site unless `.nojekyll` says not to (Jekyll would hide
//! files and folders whose names start with `_` or `.`).

use super::{Cx, Out};
use crate::output::host::Host;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    if cx.p.site.config.host == Host::GithubPages {
        out.put(".nojekyll", "");
    }
}
