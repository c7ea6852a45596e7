//! Rendering the pages: content pages (entry × language) and directory pages, in
//! parallel, each checked (no load from another host, the one-round-trip budget) and
//! written as soon as it is made.

use super::{Options, Prepared};
use crate::content::model::{EntryId, LangId};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::Staging;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A content page: an entry in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId {
    pub entry: EntryId,
    pub lang: LangId,
}

/// A page whose headings other pages' `#anchor` links were checked against → those pages.
pub type Anchors = HashMap<PageId, BTreeSet<PageId>>;

/// Weighs a page against the budget (an error only with `--budget`).
pub(crate) type Weigh<'a> = &'a (dyn Fn(&str, &str) -> Result<(), Diagnostic> + Sync);

/// Which pages to render: content pages, and the directory pages of some languages.
pub struct Jobs<'a> {
    pub pages: &'a [PageId],
    pub directory: &'a (dyn Fn(LangId) -> bool + Sync),
}

/// What rendering produced besides the files.
pub struct Rendered {
    /// Each content page's problems (pages without any are absent).
    pub pages: BTreeMap<PageId, Vec<Diagnostic>>,
    /// The directory pages' problems.
    pub directory: Diagnostics,
    /// Files written.
    pub count: usize,
    /// What each page's anchors depended on.
    pub anchors: Anchors,
    /// Each page's links into the site that are not `@/` links.
    pub local_links: Vec<(PageId, Vec<crate::render::markdown::LocalLink>)>,
}

impl Jobs<'_> {
    /// Every content page of `p` in every language.
    pub fn all_pages(p: &Prepared) -> Vec<PageId> {
        p.site
            .entry_ids()
            .flat_map(|entry| p.site.lang_ids().map(move |lang| PageId { entry, lang }))
            .collect()
    }
}

impl Prepared {
    /// Renders, checks, weighs and writes `jobs` in parallel.
    pub fn render_pages(
        &self,
        opts: &Options,
        staging: &Staging,
        weigh: Weigh,
        jobs: &Jobs,
    ) -> Rendered {
        self.renderer.new_run();
        let site = &self.site;
        let headings = crate::render::collect_headings(site);
        let bar = if opts.progress && jobs.pages.len() >= 500 {
            indicatif::ProgressBar::new(jobs.pages.len() as u64)
        } else {
            indicatif::ProgressBar::hidden()
        };
        // Per page: its problems, and whose headings its anchors were checked against.
        type Done = (
            Vec<Diagnostic>,
            Vec<(EntryId, LangId)>,
            Vec<crate::render::markdown::LocalLink>,
            usize,
        );
        let results: Vec<Done> = jobs
            .pages
            .par_iter()
            // Small pieces, so that a thread that comes late (from the other files) always
            // finds work to take, and both finish together.
            .with_max_len(8)
            .map(|&PageId { entry: e, lang: l }| {
                bar.inc(1);
                let result = self
                    .renderer
                    .page(site, &headings, &self.campaign, &self.images, e, l)
                    .and_then(|page| {
                        let (doc, _) = site.doc(e, l);
                        let (url, out) = (&site.urls[e][l].url, &site.urls[e][l].out);
                        // The page, then its list pages if its list is split.
                        let more = page
                            .more
                            .iter()
                            .map(|(loc, html)| (&loc.url, &loc.out, html));
                        for (url, out, html) in std::iter::once((url, out, &page.html)).chain(more)
                        {
                            self.check_safety(html, url, Some(&doc.src.file))
                                .map_err(|d| vec![d])?;
                            weigh(url, html).map_err(|d| vec![d.file(&doc.src.file)])?;
                            staging
                                .write(out, html.as_bytes())
                                .map_err(|err| vec![crate::output::cannot_write(out, err)])?;
                        }
                        Ok((
                            page.warnings,
                            page.anchors,
                            page.local_links,
                            page.more.len(),
                        ))
                    });
                // Warnings and errors alike are reported; only errors stop the build.
                match result {
                    Ok(done) => done,
                    Err(errors) => (errors, Vec::new(), Vec::new(), 0),
                }
            })
            .collect();
        bar.finish_and_clear();
        let mut pages = BTreeMap::new();
        let mut anchors = Anchors::new();
        let mut local_links = Vec::new();
        let mut list_pages = 0;
        for (&page, (page_diags, targets, links, more)) in jobs.pages.iter().zip(results) {
            list_pages += more;
            if !page_diags.is_empty() {
                pages.insert(page, page_diags);
            }
            if !links.is_empty() {
                local_links.push((page, links));
            }
            for (entry, lang) in targets {
                anchors
                    .entry(PageId { entry, lang })
                    .or_default()
                    .insert(page);
            }
        }
        let chosen: Vec<&crate::directory::pages::Page> = self
            .directory_pages
            .iter()
            .filter(|d| (jobs.directory)(d.lang))
            .collect();
        let directory: Vec<Diagnostic> = chosen
            .par_iter()
            .filter_map(|page| {
                self.renderer
                    .directory_page(site, page)
                    .and_then(|html| {
                        self.check_safety(&html, &page.url, None)?;
                        weigh(&page.url, &html)?;
                        staging
                            .write(&page.out, html.as_bytes())
                            .map_err(|e| crate::output::cannot_write(&page.out, e))
                    })
                    .err()
            })
            .collect();
        Rendered {
            pages,
            directory: directory.into_iter().collect(),
            count: jobs.pages.len() + list_pages + chosen.len(),
            anchors,
            local_links,
        }
    }
}
