//! The problems of a build, kept by the stage that found them, so that a rebuild that
//! runs only some stages again reports exactly what a full build would: the stages it
//! ran replace their entries, the others keep theirs.

use super::pages::PageId;
use crate::diagnostics::{Diagnostic, Diagnostics};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct Ledger {
    /// site.yaml, the content and the model, the campaign, images, the theme's CSS and
    /// JS: only a full build runs these again.
    pub load: Diagnostics,
    /// The directory's entries, and pages on its addresses.
    pub directory: Diagnostics,
    /// The locales, and the messages the templates use.
    pub theme: Diagnostics,
    /// Each content page's own problems (pages without any are absent).
    pub pages: BTreeMap<PageId, Vec<Diagnostic>>,
    /// The directory pages and the other files (made again together).
    pub others: Diagnostics,
}

impl Ledger {
    /// Every problem, in the order a report shows them; `formatting` are the messages
    /// that could not be formatted while rendering (kept by the interface strings).
    pub fn report(&self, formatting: Diagnostics) -> Diagnostics {
        let mut all = Diagnostics::new();
        all.extend(self.load.iter().cloned());
        all.extend(self.directory.iter().cloned());
        all.extend(self.theme.iter().cloned());
        all.extend(self.pages.values().flatten().cloned());
        all.extend(self.others.iter().cloned());
        all.extend(formatting);
        all.sorted()
    }

    /// Pages whose render failed: rendered again by the next rebuild, whatever it is (a
    /// failed page's links were not all followed, so what it depends on is not known).
    pub fn failed_pages(&self) -> impl Iterator<Item = PageId> + '_ {
        self.pages
            .iter()
            .filter(|(_, diags)| diags.iter().any(Diagnostic::is_error))
            .map(|(page, _)| *page)
    }

    /// The pages of `rendered` replace their earlier problems.
    pub fn replace_pages(&mut self, rendered: BTreeMap<PageId, Vec<Diagnostic>>, jobs: &[PageId]) {
        for page in jobs {
            self.pages.remove(page);
        }
        self.pages.extend(rendered);
    }
}
