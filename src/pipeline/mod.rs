//! The pipeline, one stage after another: load (site.yaml, content, theme, locales,
//! directory, campaign, images) → check → render the pages → emit the other files →
//! write, each stage reporting every problem it finds; nothing replaces the output unless
//! every stage succeeded. `build`, `check` and `serve` all run these stages through the
//! methods of [`Prepared`]; `serve` only decides which pages and files to make again.

mod build;
mod ledger;
mod load;
pub(crate) mod local_links;
pub(crate) mod moved;
mod pages;

pub use build::{build, build_keeping, check, LanguageCount, Report};
pub use ledger::Ledger;
pub use load::DirectoryLoad;
pub use pages::{Anchors, Jobs, PageId, Rendered};

use crate::campaign::Campaign;
use crate::content::model::LangId;
use crate::content::model::Site;
use crate::content::source;
use crate::directory::{self, Directory};
use crate::i18n::I18n;
use crate::render::Renderer;
use crate::theme::assets::{self, Stylesheet};
use crate::theme::Theme;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub out: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Show a progress bar while pages are written (a terminal, not CI).
    pub progress: bool,
    /// Fail when a page is over the one-round-trip budget.
    pub budget: bool,
    /// Write `.br` and `.gz` copies where the host serves them (off for `serve`, and with
    /// `--no-precompress`).
    pub precompress: bool,
    /// The host to write for, overriding site.yaml's `publish.host` (`--host`).
    pub host: Option<crate::output::host::Host>,
    /// Index the pages for search with Pagefind, when it is installed (off for `serve`).
    pub search: bool,
    /// The previous build's manifest: URLs of pages that moved since become redirects.
    pub previous: Option<crate::output::publish::Manifest>,
    /// Write `waymark-manifest.json` (for publishing; `serve` has no use for it).
    pub manifest: bool,
    /// How many bytes of markdown to keep from the first read instead of reading them
    /// again to render ([`source::KEEP_BYTES`]; 0 for `serve`, which renders an edited
    /// body from its file with the model it keeps).
    pub keep_bodies: usize,
}

impl Options {
    /// A build for looking at, not publishing (`check`, `serve`): no search index,
    /// compressed copies, budget or manifest, which only publishing needs (and which an
    /// incremental rebuild would leave stale); no drafts; site.yaml's `base_url`.
    pub fn local(root: PathBuf, out: PathBuf) -> Options {
        Options {
            root,
            out,
            base_url: None,
            drafts: false,
            progress: false,
            budget: false,
            precompress: false,
            host: None,
            search: false,
            previous: None,
            manifest: false,
            keep_bodies: source::KEEP_BYTES,
        }
    }

    /// What `serve` builds with: a local build with drafts shown, served at `base_url`.
    pub fn serve(root: PathBuf, out: PathBuf, base_url: String) -> Options {
        Options {
            base_url: Some(base_url),
            drafts: true,
            keep_bodies: 0,
            // `serve` is a plain static server: redirects are pages.
            host: Some(crate::output::host::Host::Generic),
            ..Options::local(root, out)
        }
    }
}

/// What a build keeps for `serve` to rebuild only what an edit affects.
pub struct Kept {
    pub prepared: Prepared,
    /// (entry, language) whose headings a page's anchors were checked against → those
    /// pages (entry, language).
    pub anchors: Anchors,
    /// The problems of the build, by the stage that found them.
    pub ledger: Ledger,
}

/// Everything the checks produce: the model ready to render.
pub struct Prepared {
    pub site: Site,
    pub images: crate::content::images::Images,
    pub directory: Directory,
    pub directory_pages: Vec<directory::pages::Page>,
    pub campaign: Campaign,
    pub i18n: Arc<I18n>,
    pub theme: Theme,
    pub renderer: Renderer,
    pub stylesheet: Stylesheet,
    pub scripts: Vec<assets::Script>,
    /// Pages an earlier build's safety check passed (publishing builds only).
    pub checked: crate::render::checked::CheckedCache,
}

impl Prepared {
    /// The safety check of a page, skipped when an earlier build passed the very same HTML
    /// under the same policy (see [`crate::render::checked`]).
    pub fn check_safety(
        &self,
        html: &str,
        page: &str,
        file: Option<&std::path::Path>,
    ) -> Result<(), crate::diagnostics::Diagnostic> {
        let policy = self.safety_policy();
        let key = self.checked.key(html, policy);
        if self.checked.passed_before(&key) {
            return Ok(());
        }
        crate::render::safety::check_page(html, policy, page, file)?;
        self.checked.record(key);
        Ok(())
    }

    /// What the pages may hold: see [`crate::render::safety`].
    pub fn safety_policy(&self) -> crate::render::safety::Policy<'_> {
        crate::render::safety::Policy {
            base: &self.site.config.base_url,
            inline_style: &self.stylesheet.css,
        }
    }

    /// The site's title in language `l`: the theme's `site-title`, else site.yaml's.
    pub fn site_title(&self, l: LangId) -> String {
        self.i18n
            .format(l, "site-title", None)
            .unwrap_or_else(|| self.site.config.title.clone())
    }
}

/// Today's date (`YYYY-MM-DD`), which directory entries' staleness is judged against: it
/// only changes warnings, never the output.
pub fn today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}
