//! Every file of the site besides the content and directory pages: one emitter a file
//! (or family of files), all with one signature, `fn emit(cx: &Cx, out: &mut Out)`.
//! [`PAGES_BESIDE`] run while the pages render; [`FINISH`] run once every page is
//! written (the search index reads the pages, and the manifest lists every file).

mod assets;
mod bundles;
mod chooser;
mod directory_files;
mod feeds;
mod github_pages;
mod headers;
pub(crate) mod manifest;
mod nginx;
mod not_found;
mod offline;
mod posters;
mod redirects;
mod robots;
mod s3;
mod search_index;
mod search_pages;
mod sitemap;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::publish::{Manifest, PageRecord};
use crate::output::Staging;
use crate::pipeline::{Options, Prepared};
use std::collections::BTreeMap;
use std::path::Path;

/// What every emitter reads: the checked model and the build's options.
pub(crate) struct Cx<'a> {
    pub p: &'a Prepared,
    pub opts: &'a Options,
    /// URLs of pages that moved since the previous build, for the manifest.
    pub moved: &'a BTreeMap<String, PageRecord>,
    /// Which page each URL shows, for the manifest (publishing builds only).
    pub records: Option<&'a BTreeMap<String, PageRecord>>,
}

/// No moved pages: builds without a previous manifest.
static NONE_MOVED: BTreeMap<String, PageRecord> = BTreeMap::new();

impl<'a> Cx<'a> {
    /// The context of a build that writes no manifest (`check`, `serve`).
    pub(crate) fn local(p: &'a Prepared, opts: &'a Options) -> Cx<'a> {
        Cx {
            p,
            opts,
            moved: &NONE_MOVED,
            records: None,
        }
    }
}

/// Where emitters put their files, and the problems they meet.
pub(crate) struct Out<'s> {
    pub staging: &'s Staging,
    pub count: usize,
    pub diags: Diagnostics,
    /// The manifest, once [`manifest`] has made it (for the build's report).
    pub manifest: Option<Manifest>,
}

/// An emitter: makes its files from the model and puts them.
pub(crate) type Emitter = fn(&Cx, &mut Out);

/// The files made beside the pages, in the order they are written.
pub(crate) const PAGES_BESIDE: &[(&str, Emitter)] = &[
    ("language chooser", chooser::emit),
    ("404 pages", not_found::emit),
    (
        "offline pages, service worker and web manifests",
        offline::emit,
    ),
    ("redirects", redirects::emit),
    ("search pages", search_pages::emit),
    ("sitemap", sitemap::emit),
    ("directory data", directory_files::emit),
    ("_headers", headers::emit),
    (".nojekyll", github_pages::emit),
    ("feeds", feeds::emit),
    ("robots.txt", robots::emit),
    ("stylesheet, scripts and static files", assets::emit),
    ("files beside pages", bundles::emit),
    ("posters drawn for campaign videos", posters::emit),
];

/// The files made from the finished folder, in order (the manifest lists the index).
pub(crate) const FINISH: &[(&str, Emitter)] = &[
    ("_redirects", redirects::emit_rules),
    ("nginx configuration", nginx::emit),
    ("search index", search_index::emit),
    ("waymark-manifest.json", manifest::emit),
    ("S3 metadata", s3::emit),
];

impl Out<'_> {
    pub(crate) fn new(staging: &Staging) -> Out<'_> {
        Out {
            staging,
            count: 0,
            diags: Diagnostics::new(),
            manifest: None,
        }
    }

    /// Writes one file; a failure is a problem, not a stop.
    pub(crate) fn put(&mut self, path: impl AsRef<Path>, bytes: impl AsRef<[u8]>) {
        let path = path.as_ref();
        self.count += 1;
        if let Err(e) = self.staging.write(path, bytes.as_ref()) {
            self.diags.push(crate::output::cannot_write(path, e));
        }
    }

    /// A rendered page (`template` names it in messages): checked that it loads nothing
    /// from elsewhere, and put.
    pub(crate) fn page(
        &mut self,
        cx: &Cx,
        template: &str,
        rendered: Result<String, Diagnostic>,
        path: impl AsRef<Path>,
    ) {
        match rendered.and_then(|html| {
            crate::render::safety::check_page(&html, cx.p.safety_policy(), template, None)
                .map(|()| html)
        }) {
            Ok(html) => self.put(path, html),
            Err(d) => self.diags.push(d),
        }
    }

    pub(crate) fn problem(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
}

/// Runs `emitters` in order into `staging`: the files written, and their problems.
pub(crate) fn run(
    cx: &Cx,
    staging: &Staging,
    emitters: &[(&str, Emitter)],
) -> (usize, Diagnostics) {
    let mut out = Out::new(staging);
    for (_, emit) in emitters {
        emit(cx, &mut out);
    }
    (out.count, out.diags)
}

/// The URLs of the stylesheet and scripts, sorted: what the service worker keeps.
pub(crate) fn asset_urls(p: &Prepared) -> Vec<String> {
    let mut urls: Vec<String> = p
        .scripts
        .iter()
        .map(|s| format!("/{}", s.path))
        .chain([format!("/{}", p.stylesheet.path)])
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

pub(crate) fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
