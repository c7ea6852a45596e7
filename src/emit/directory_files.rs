//! The directory as data: `directory.json` and the HSDS package (Open Referral's format).

use super::{Cx, Out};
use crate::directory;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let p = cx.p;
    if p.directory.is_empty() {
        return;
    }
    out.put("directory.json", directory::export::json(&p.directory));
    for (path, bytes) in directory::hsds::package(&p.directory, &p.site.config.default_language) {
        out.put(path, bytes);
    }
}
