//! The three ways through the stages: `build` (into a staging folder that replaces the
//! output only when everything succeeded), `check` (the same, writing nothing), and the
//! full build `serve` keeps for its rebuilds.

use super::pages::{Jobs, PageId};
use super::{Anchors, Kept, Ledger, Options, Prepared};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::emit::{self, Cx};
use crate::output::budget;
use crate::output::compress_cache::CompressCache;
use crate::output::publish::Manifest;
use crate::output::Staging;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// A language's pages, and how many of them show the default language's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageCount {
    pub code: String,
    pub pages: usize,
    pub untranslated: usize,
}

#[derive(Debug)]
pub struct Report {
    pub languages: Vec<LanguageCount>,
    pub files: usize,
    pub seconds: f64,
    /// Every file written, with its hash: compare with an older one for what changed.
    pub manifest: Manifest,
    /// The heaviest pages: (URL, compressed bytes with their CSS and JS), heaviest first.
    pub heaviest: Vec<(String, usize)>,
    pub warnings: Diagnostics,
}

/// Everything `build` checks, with every page rendered in memory; nothing is written.
pub fn check(opts: &Options) -> Diagnostics {
    match Prepared::load(opts) {
        Ok((p, mut ledger)) => {
            render_all(&Cx::local(&p, opts), &Staging::dry(), &mut ledger);
            ledger.report(p.i18n.problems())
        }
        Err(diags) => diags,
    }
}

/// Builds the site into `opts.out`. On any error the previous output is untouched.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    build_keeping(opts).map(|(report, _)| report)
}

/// `build`, keeping the model, what each page depended on, and the problems by stage.
pub fn build_keeping(opts: &Options) -> Result<(Report, Kept), Diagnostics> {
    let start = Instant::now();
    let (mut p, mut ledger) = Prepared::load(opts)?;
    let mut moved = BTreeMap::new();
    if let Some(previous) = &opts.previous {
        let mut taken: std::collections::BTreeSet<PathBuf> =
            p.directory_pages.iter().map(|d| d.out.clone()).collect();
        // The other pages a build writes: an old URL never replaces one of them.
        taken.extend(["index.html", "404.html"].map(PathBuf::from));
        for lang in &p.site.config.languages {
            taken.insert(crate::search::page_file(&lang.code));
            taken.insert(PathBuf::from(&lang.code).join("404.html"));
            taken.insert(PathBuf::from(&lang.code).join("offline").join("index.html"));
        }
        let (aliases, records, gone) = super::moved::redirects(&p.site, previous, &taken);
        p.site.aliases.extend(aliases);
        moved = records;
        ledger.load.extend(gone);
    }
    let staging = match Staging::new(&opts.out) {
        Ok(s) => {
            let precompress = opts.precompress && p.site.config.host.serves_precompressed();
            s.precompressed(precompress)
                .compress_cache(precompress.then(|| CompressCache::for_site(&opts.root)))
                .hashed(opts.manifest)
        }
        Err(e) => {
            ledger.others.push(staging_error(opts, e));
            return Err(ledger.report(Diagnostics::new()));
        }
    };
    // The manifest's page records need no page: made while the pages render, not after.
    let ((heaviest, anchors), records) = rayon::join(
        || {
            let cx = Cx {
                p: &p,
                opts,
                moved: &moved,
                records: None,
            };
            render_all(&cx, &staging, &mut ledger)
        },
        || opts.manifest.then(|| super::moved::records(&p.site)),
    );
    let failed = |ledger: &Ledger, p: &Prepared| {
        let all = ledger.report(p.i18n.problems());
        all.has_errors().then_some(all)
    };
    if let Some(all) = failed(&ledger, &p) {
        staging.discard();
        return Err(all);
    }
    // The search index and the manifest are made from the finished folder.
    let cx = Cx {
        p: &p,
        opts,
        moved: &moved,
        records: records.as_ref(),
    };
    let mut out = emit::Out::new(&staging);
    for (_, finish) in emit::FINISH {
        finish(&cx, &mut out);
        if out.diags.has_errors() {
            break;
        }
    }
    let manifest = out.manifest.take().unwrap_or_default();
    ledger.others.extend(out.diags);
    if let Some(all) = failed(&ledger, &p) {
        staging.discard();
        return Err(all);
    }
    let files = staging.count() + usize::from(opts.manifest);
    staging.prune_cache();
    if let Err(e) = staging.commit() {
        ledger.others.push(Diagnostic::error(
            Code::CannotWrite,
            format!("cannot move the new site into {}: {e}", opts.out.display()),
        ));
        return Err(ledger.report(p.i18n.problems()));
    }
    // The pages this build checked are known to the next one.
    p.checked.save();
    let report = Report {
        languages: language_counts(&p),
        files,
        manifest,
        heaviest,
        seconds: start.elapsed().as_secs_f64(),
        warnings: ledger.report(p.i18n.problems()),
    };
    Ok((
        report,
        Kept {
            prepared: p,
            anchors,
            ledger,
        },
    ))
}

fn staging_error(opts: &Options, e: std::io::Error) -> Diagnostic {
    if e.kind() == std::io::ErrorKind::WouldBlock {
        return Diagnostic::error(Code::Busy, e.to_string()).hint(
            "wait for that build to finish (the lock goes with it), or build into another --out",
        );
    }
    Diagnostic::error(
        Code::CannotWrite,
        format!("cannot create a folder beside {}: {e}", opts.out.display()),
    )
}

fn language_counts(p: &Prepared) -> Vec<LanguageCount> {
    let site = &p.site;
    site.config
        .languages
        .iter()
        .enumerate()
        .map(|(l, lang)| LanguageCount {
            code: lang.code.clone(),
            pages: site.entries.len(),
            untranslated: site.entries.iter().filter(|e| e.docs[l].is_none()).count(),
        })
        .collect()
}

/// Renders every page and emits every other file in parallel into `staging`, recording
/// the problems in `ledger`; returns the heaviest pages, and what each page's anchors
/// depended on.
fn render_all(cx: &Cx, staging: &Staging, ledger: &mut Ledger) -> (Vec<(String, usize)>, Anchors) {
    let (p, opts) = (cx.p, cx.opts);
    // Compressed sizes of what pages load, to weigh each page against the budget.
    let mut asset_sizes: BTreeMap<String, usize> = p
        .scripts
        .iter()
        .map(|s| (format!("/{}", s.path), budget::gzip_size(s.js.as_bytes())))
        .collect();
    asset_sizes.insert(
        format!("/{}", p.stylesheet.path),
        budget::gzip_size(p.stylesheet.css.as_bytes()),
    );
    let scale = budget::Scale::new(&asset_sizes, opts.budget);
    let weigh = |url: &str, html: &str| -> Result<(), Diagnostic> {
        match scale.weigh(url, html) {
            Some(w) if opts.budget => Err(Diagnostic::error(Code::OverBudget, format!(
                "the page {url} weighs {:.1} KiB compressed with its CSS and JS, over the {} KiB of one round trip",
                w as f64 / 1024.0,
                budget::LIMIT / 1024
            ))
            .hint("shorten the page, split it, or move large parts to their own pages")),
            _ => Ok(()),
        }
    };
    let all: Vec<PageId> = Jobs::all_pages(p);
    let jobs = Jobs {
        pages: &all,
        directory: &|_| true,
    };
    // The other files need no page: they are made while the pages render.
    let (rendered, (_, others)) = rayon::join(
        || p.render_pages(opts, staging, &weigh, &jobs),
        || emit::run(cx, staging, emit::PAGES_BESIDE),
    );
    // Every file is written now: links into the site are checked against it (`check`
    // writes none, so it checks only `@/` links).
    let mut pages = rendered.pages;
    if !staging.is_dry() {
        let broken = super::local_links::check(p, &staging.dir, &rendered.local_links);
        for (page, broken) in broken {
            pages.entry(page).or_default().extend(broken);
        }
    }
    ledger.replace_pages(pages, &all);
    ledger.others = rendered.directory;
    ledger.others.extend(others);
    (scale.heaviest(), rendered.anchors)
}
