//! The files of page bundles (a page's folder: images, documents), and the resized
//! images, beside each language's version of their page.

use super::{Cx, Out};
use std::path::PathBuf;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    let nlang = site.config.languages.len();
    let page_dirs = |bundle: &str| -> Vec<PathBuf> {
        match site.by_key.get(&format!("{bundle}/index.md")) {
            Some(&e) => (0..nlang)
                .filter_map(|l| site.urls[e][l].out.parent().map(PathBuf::from))
                .collect(),
            None => Vec::new(),
        }
    };
    for ((bundle, _), info) in &cx.p.images.0 {
        for dir in page_dirs(bundle) {
            for v in &info.variants {
                out.put(dir.join(&v.name), v.bytes.as_slice());
            }
        }
    }
    let mut copies: Vec<(PathBuf, PathBuf)> = Vec::new();
    for f in &site.bundle_files {
        for dir in page_dirs(&f.bundle) {
            copies.push((dir.join(&f.name), f.path.clone()));
        }
    }
    super::assets::copy_all(out, &copies);
}
