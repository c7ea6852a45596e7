//! `waymark-manifest.json`: every file with its size, hash and type (compressed copies
//! were written with them), each page's URL, and the URLs of moved pages, for CI to upload
//! only what changed and for the next build's redirects (publishing builds only).

use super::{Cx, Out};
use crate::diagnostics::{Code, Diagnostic};
use crate::output::publish::{self, Manifest};

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let mut manifest = Manifest {
        files: out.staging.take_written(),
        pages: cx.records.cloned().unwrap_or_default(),
        moved: cx.moved.clone(),
    };
    manifest.files.remove(publish::MANIFEST);
    if cx.opts.manifest {
        let path = out.staging.dir.join(publish::MANIFEST);
        if let Err(e) = publish::write_manifest(&path, &manifest) {
            out.problem(Diagnostic::error(
                Code::CannotWrite,
                format!("cannot write the compressed copies or the manifest: {e}"),
            ));
        }
    }
    out.manifest = Some(manifest);
}
