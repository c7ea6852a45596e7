//! Loading: every input read and checked, in parallel where they are independent, into
//! a [`Prepared`] model; and the stages `serve` runs again after an edit (the directory,
//! the theme and its locales), which check exactly what the first load checks.

use super::{today, Ledger, Options, Prepared};
use crate::campaign;
use crate::content::config::Config;
use crate::content::model::{self, Site};
use crate::content::source;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::i18n::I18n;
use crate::render::{self, Renderer};
use crate::theme::assets;
use crate::theme::Theme;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The directory as loaded: its entries, its pages, and their problems.
pub struct DirectoryLoad {
    pub directory: Directory,
    pub pages: Vec<directory::pages::Page>,
    pub diags: Diagnostics,
}

impl DirectoryLoad {
    /// Reads `directory/` and makes its pages (staleness judged against today).
    pub fn read(root: &Path, config: &crate::content::config::Config) -> DirectoryLoad {
        let (directory, diags) = directory::load(root, config, Some(&today()));
        let pages = directory::pages::pages(&directory, config);
        DirectoryLoad {
            directory,
            pages,
            diags,
        }
    }
}

impl Prepared {
    /// Loads and checks the site without writing anything: the model and its problems
    /// by stage, or every problem found when the site cannot be rendered.
    pub fn load(opts: &Options) -> Result<(Prepared, Ledger), Diagnostics> {
        let mut config = Config::load(&opts.root, opts.base_url.as_deref())?;
        if let Some(host) = opts.host {
            config.host = host;
        }
        let theme = Theme::load(&opts.root, &config.theme)?;
        let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        let read_content = || {
            source::load(
                &opts.root,
                &codes,
                &config.default_language,
                opts.keep_bodies,
            )
        };
        // The theme's CSS and JS need only the theme: made while the content is read.
        let (((i18n, i18n_diags), (sources, source_diags)), (dir, assets)) = rayon::join(
            || rayon::join(|| I18n::load(&config, &theme, &opts.root), read_content),
            || {
                rayon::join(
                    || directory::load(&opts.root, &config, Some(&today())),
                    || {
                        (
                            assets::build_stylesheet(&theme),
                            assets::build_scripts(&theme),
                        )
                    },
                )
            },
        );
        let (stylesheet, scripts) = assets;
        let mut ledger = Ledger::default();
        ledger.load.extend(source_diags);
        ledger.theme.extend(i18n_diags);
        let (directory, directory_diags) = dir;
        ledger.directory.extend(directory_diags);
        let stylesheet = stylesheet.map_err(|d| ledger.load.extend(d)).ok();
        let (site, model_diags) = model::build(config, sources, opts.drafts);
        ledger.load.extend(model_diags);
        let Some(site) = site else {
            return Err(ledger.report(Diagnostics::new()));
        };
        ledger.load.extend(long_menu(&site));
        let (campaign, campaign_diags) = campaign::analyse(&site);
        ledger.load.extend(campaign_diags);
        let (images, image_diags) = crate::content::images::process(&site.bundle_files, &opts.root);
        ledger.load.extend(image_diags);
        let directory_pages = directory::pages::pages(&directory, &site.config);
        ledger
            .directory
            .extend(directory_collisions(&site, &directory_pages));
        let i18n = Arc::new(i18n);
        let renderer = stylesheet.as_ref().and_then(|css| {
            let made = renderer_for(&theme, &i18n, css, &scripts, &site, &directory);
            made.map_err(|d| ledger.theme.extend(d))
                .map(|(r, usage)| {
                    ledger.theme.extend(usage);
                    r
                })
                .ok()
        });
        let all = ledger.report(Diagnostics::new());
        let (Some(renderer), Some(stylesheet), false) = (renderer, stylesheet, all.has_errors())
        else {
            // Still check every link, so that one run shows every kind of mistake.
            let mut all = all;
            all.extend(render::check_links(&site, &directory));
            return Err(all.sorted());
        };
        let prepared = Prepared {
            site,
            images,
            directory,
            directory_pages,
            campaign,
            i18n,
            theme,
            renderer,
            stylesheet,
            scripts,
            checked: if opts.manifest {
                crate::render::checked::CheckedCache::for_site(&opts.root)
            } else {
                crate::render::checked::CheckedCache::none()
            },
        };
        Ok((prepared, ledger))
    }

    /// The directory loaded again: its pages replace the old ones, checked as at load.
    pub fn set_directory(&mut self, load: DirectoryLoad) -> Diagnostics {
        let mut diags = load.diags;
        diags.extend(directory_collisions(&self.site, &load.pages));
        self.directory = load.directory;
        self.directory_pages = load.pages;
        diags
    }

    /// The theme's templates (and with `locales`, the interface strings) loaded again, and
    /// the renderer made anew from them: the problems of the theme stage, as at load.
    pub fn reload_theme(&mut self, root: &Path, locales: bool) -> Result<Diagnostics, Diagnostics> {
        let mut diags = Diagnostics::new();
        let theme = Theme::load(root, &self.site.config.theme)?;
        if locales {
            let (i18n, d) = I18n::load(&self.site.config, &theme, root);
            diags.extend(d);
            self.i18n = Arc::new(i18n);
        }
        self.theme = theme;
        self.renew_renderer().map(|usage| {
            diags.extend(usage);
            diags
        })
    }

    /// The renderer made anew (after the directory, which every page's help strip shows,
    /// or the theme changed), with the check of the messages its templates use.
    pub fn renew_renderer(&mut self) -> Result<Diagnostics, Diagnostics> {
        let (renderer, usage) = renderer_for(
            &self.theme,
            &self.i18n,
            &self.stylesheet,
            &self.scripts,
            &self.site,
            &self.directory,
        )?;
        self.renderer = renderer;
        Ok(usage)
    }
}

/// The renderer, and the check of the interface messages its templates use.
fn renderer_for(
    theme: &Theme,
    i18n: &Arc<I18n>,
    stylesheet: &assets::Stylesheet,
    scripts: &[assets::Script],
    site: &Site,
    directory: &Directory,
) -> Result<(Renderer, Diagnostics), Diagnostics> {
    let renderer = Renderer::new(theme, i18n.clone(), stylesheet, scripts, site, directory)?;
    let usage = i18n.check_usage(&renderer.message_usage(theme), &site.config);
    Ok((renderer, usage))
}

/// A warning when the top level has more sections and pages than the menu lists.
fn long_menu(site: &Site) -> Option<Diagnostic> {
    let max = crate::render::nav::MAX_MENU_ITEMS;
    let most = site
        .lang_ids()
        .map(|l| site.children[site.home][l].len())
        .max()?;
    (most > max).then(|| {
        Diagnostic::warning(
            Code::LongMenu,
            format!(
                "the menu lists the first {max} of the {most} sections and pages at the top of the site; the others are reached from the home page"
            ),
        )
        .file("content")
        .hint("put pages into sections (a folder with an `_index.md`), or give the ones the menu should show a low `weight`")
    })
}

/// A content page on a directory page's path is an error, not a silent overwrite.
fn directory_collisions(site: &Site, pages: &[directory::pages::Page]) -> Vec<Diagnostic> {
    let outs: std::collections::BTreeSet<&PathBuf> = pages.iter().map(|p| &p.out).collect();
    let mut diags = Vec::new();
    for (i, row) in site.entry_ids().zip(&site.urls) {
        for (l, loc) in site.lang_ids().zip(row) {
            if outs.contains(&loc.out) {
                let (doc, _) = site.doc(i, l);
                diags.push(
                    Diagnostic::error(Code::ReservedUrl, format!(
                        "this page's URL {} is the address of a directory page",
                        loc.url
                    ))
                    .file(&doc.src.file)
                    .hint("give the page another `slug:`; /<lang>/directory/ belongs to the directory"),
                );
            }
        }
    }
    diags
}
