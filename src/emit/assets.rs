//! The fingerprinted stylesheet and scripts, then the theme's static files and the
//! site's `static/` folder (whose files win).

use super::{Cx, Out};
use rayon::prelude::*;
use std::path::PathBuf;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let p = cx.p;
    out.put(&p.stylesheet.path, &p.stylesheet.css);
    for s in &p.scripts {
        out.put(&s.path, &s.js);
    }
    for (name, f) in p.theme.under("static") {
        out.put(name, &f.bytes);
    }
    let static_dir = cx.opts.root.join("static");
    let mut copies: Vec<(PathBuf, PathBuf)> = Vec::new();
    if static_dir.is_dir() {
        for entry in walkdir::WalkDir::new(&static_dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if entry.file_type().is_file() {
                if let Ok(rel) = entry.path().strip_prefix(&static_dir) {
                    copies.push((rel.to_path_buf(), entry.path().to_path_buf()));
                }
            }
        }
    }
    copy_all(out, &copies);
}

/// Copies files into the output in parallel (they can be large: videos, documents).
pub(super) fn copy_all(out: &mut Out, copies: &[(PathBuf, PathBuf)]) {
    out.count += copies.len();
    let staging = out.staging;
    let failed: Vec<_> = copies
        .par_iter()
        .filter_map(|(rel, from)| {
            staging
                .copy(rel, from)
                .err()
                .map(|e| crate::output::cannot_write(rel, e))
        })
        .collect();
    out.diags.extend(failed);
}
