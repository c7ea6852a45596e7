//! The search index, built by Pagefind from the finished pages (publishing builds only),
//! then compressed and recorded like the pages.

use super::{Cx, Out};
use crate::diagnostics::{Code, Diagnostic};
use crate::search;
use std::path::Path;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    if !cx.opts.search {
        return;
    }
    let Some(bin) = search::find(&cx.opts.root) else {
        out.problem(
            Diagnostic::warning(Code::SearchMissing, "search is not built: Pagefind was not found, so the search pages show only their list of pages")
                .hint(format!("install it with `npm ci --prefix tools/pagefind` (or `npm i pagefind` in the site's folder), or set {} to its binary", search::ENV)),
        );
        return;
    };
    if let Err(d) = search::index(&bin, &out.staging.dir) {
        out.problem(d);
        return;
    }
    if let Err(e) = out.staging.adopt(Path::new(search::DIR)) {
        out.problem(Diagnostic::error(
            Code::SearchOutput,
            format!("cannot read the search index Pagefind wrote: {e}"),
        ));
    }
}
