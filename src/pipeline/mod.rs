//! The whole build: load → validate → model → render → write, each stage reporting all
//! the problems it finds; nothing replaces the output unless every stage succeeded.

pub mod moved;

use crate::campaign::{self, Campaign};
use crate::content::config::Config;
use crate::content::model::{self, Site};
use crate::content::source;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::i18n::I18n;
use crate::output::{self, Staging};
use crate::render::{self, Renderer};
use crate::theme::assets::{self, Stylesheet};
use crate::theme::Theme;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;
use tera::Context;

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
    /// Write `.br` and `.gz` copies (slow at brotli's best quality; off for `serve`).
    pub precompress: bool,
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

/// What a build keeps for `serve` to rebuild only what an edit affects.
pub struct Kept {
    pub prepared: Prepared,
    /// (entry, language) whose headings a page's anchors were checked against → those
    /// pages (entry, language).
    pub anchors: Anchors,
}

pub type Anchors =
    std::collections::HashMap<(usize, usize), std::collections::BTreeSet<(usize, usize)>>;

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
            ..Options::local(root, out)
        }
    }
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
}

#[derive(Debug)]
pub struct Report {
    /// (language code, pages, of which untranslated)
    pub languages: Vec<(String, usize, usize)>,
    pub files: usize,
    pub seconds: f64,
    /// Every file written, with its hash: compare with an older one for what changed.
    pub manifest: crate::output::publish::Manifest,
    /// The heaviest pages: (URL, compressed bytes with their CSS and JS), heaviest first.
    pub heaviest: Vec<(String, usize)>,
    pub warnings: Diagnostics,
}

/// Today's date (`YYYY-MM-DD`), which directory entries' staleness is judged against: it
/// only changes warnings, never the output.
pub fn today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// Loads and checks the site without writing anything.
pub fn prepare(opts: &Options) -> (Option<Prepared>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let config = match Config::load(&opts.root, opts.base_url.as_deref()) {
        Ok(c) => c,
        Err(d) => return (None, d),
    };
    let theme = match Theme::load(&opts.root, &config.theme) {
        Ok(t) => t,
        Err(d) => return (None, d),
    };
    let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    let today = today();
    let read_content = || {
        source::load(
            &opts.root,
            &codes,
            &config.default_language,
            opts.keep_bodies,
        )
    };
    // The theme's CSS and JS need only the theme: made while the content is read.
    let (((i18n, i18n_diags), (sources, source_diags)), ((directory, directory_diags), assets)) =
        rayon::join(
            || rayon::join(|| I18n::load(&config, &theme, &opts.root), read_content),
            || {
                rayon::join(
                    || directory::load(&opts.root, &config, Some(&today)),
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
    diags.extend(i18n_diags);
    diags.extend(source_diags);
    diags.extend(directory_diags);
    let stylesheet = match stylesheet {
        Ok(s) => Some(s),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let (site, model_diags) = model::build(config, sources, opts.drafts);
    diags.extend(model_diags);
    let Some(site) = site else {
        return (None, diags);
    };
    let (campaign, campaign_diags) = campaign::analyse(&site);
    diags.extend(campaign_diags);
    let (images, image_diags) = crate::content::images::process(&site.bundle_files, &opts.root);
    diags.extend(image_diags);
    let directory_pages = directory::pages::pages(&directory, &site.config);
    diags.extend(directory_collisions(&site, &directory_pages));
    let i18n = Arc::new(i18n);
    let renderer = stylesheet.as_ref().and_then(|css| {
        match Renderer::new(&theme, i18n.clone(), &css.path, &scripts, &site, &directory) {
            Ok(r) => Some(r),
            Err(d) => {
                diags.extend(d);
                None
            }
        }
    });
    if let Some(r) = &renderer {
        diags.extend(i18n.check_usage(&r.message_usage(&theme), &site.config));
    }
    let (Some(renderer), Some(stylesheet), false) = (renderer, stylesheet, diags.has_errors())
    else {
        // Still check every link, so that one run shows every kind of mistake.
        diags.extend(render::check_links(&site));
        return (None, diags);
    };
    (
        Some(Prepared {
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
        }),
        diags,
    )
}

/// Everything `build` checks, with every page rendered in memory; nothing is written.
pub fn check(opts: &Options) -> Diagnostics {
    let (prepared, mut diags) = prepare(opts);
    if let Some(p) = prepared {
        let (_, d) = write_all(&p, opts, &Staging::dry());
        diags.extend(d);
    }
    diags.sorted()
}

/// A content page on a directory page's path is an error, not a silent overwrite.
pub fn directory_collisions(site: &Site, pages: &[directory::pages::Page]) -> Vec<Diagnostic> {
    let outs: std::collections::BTreeSet<&PathBuf> = pages.iter().map(|p| &p.out).collect();
    let mut diags = Vec::new();
    for (i, row) in site.urls.iter().enumerate() {
        for (l, loc) in row.iter().enumerate() {
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

/// Builds the site into `opts.out`. On any error the previous output is untouched.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    build_keeping(opts).map(|(report, _)| report)
}

/// `build`, keeping the model and what each page depended on.
pub fn build_keeping(opts: &Options) -> Result<(Report, Kept), Diagnostics> {
    let start = Instant::now();
    let (prepared, mut diags) = prepare(opts);
    let Some(mut p) = prepared else {
        return Err(diags.sorted());
    };
    let mut moved = std::collections::BTreeMap::new();
    if let Some(previous) = &opts.previous {
        let mut taken: std::collections::BTreeSet<PathBuf> =
            p.directory_pages.iter().map(|d| d.out.clone()).collect();
        for lang in &p.site.config.languages {
            taken.insert(crate::search::page_file(&lang.code));
        }
        let (aliases, records, gone) = crate::pipeline::moved::redirects(&p.site, previous, &taken);
        p.site.aliases.extend(aliases);
        moved = records;
        diags.extend(gone);
    }
    let staging = match Staging::new(&opts.out) {
        Ok(s) => s.precompressed(opts.precompress).hashed(opts.manifest),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
            diags.push(Diagnostic::error(Code::Busy, e.to_string()).hint(
                "wait for that build to finish (the lock goes with it), or build into another --out",
            ));
            return Err(diags.sorted());
        }
        Err(e) => {
            diags.push(Diagnostic::error(
                Code::CannotWrite,
                format!("cannot create a folder beside {}: {e}", opts.out.display()),
            ));
            return Err(diags.sorted());
        }
    };
    // The manifest's page records need no page: made while the pages render, not after.
    let (((heaviest, anchors), written_diags), records) = rayon::join(
        || write_all(&p, opts, &staging),
        || {
            opts.manifest
                .then(|| crate::pipeline::moved::records(&p.site))
        },
    );
    diags.extend(written_diags);
    if diags.has_errors() {
        staging.discard();
        return Err(diags.sorted());
    }
    // Search indexes are built from the finished pages; their files are then compressed
    // and recorded like the pages.
    if opts.search {
        match crate::search::find(&opts.root) {
            Some(bin) => {
                if let Err(d) = crate::search::index(&bin, &staging.dir) {
                    diags.push(d);
                    staging.discard();
                    return Err(diags.sorted());
                }
                if let Err(e) = staging.adopt(Path::new(crate::search::DIR)) {
                    diags.push(Diagnostic::error(Code::SearchOutput, format!(
                        "cannot read the search index Pagefind wrote: {e}"
                    )));
                    staging.discard();
                    return Err(diags.sorted());
                }
            }
            None => diags.push(
                Diagnostic::warning(Code::SearchMissing, "search is not built: Pagefind was not found, so the search pages show only their list of pages")
                    .hint(format!("install it with `npm ci --prefix tools/pagefind` (or `npm i pagefind` in the site's folder), or set {} to its binary", crate::search::ENV)),
            ),
        }
    }
    // For the CDN: the manifest of every file (compressed copies were written with them).
    let mut manifest = crate::output::publish::Manifest {
        files: staging.take_written(),
        pages: records.unwrap_or_default(),
        moved,
    };
    manifest.files.remove(crate::output::publish::MANIFEST);
    let published = if opts.manifest {
        crate::output::publish::write_manifest(
            &staging.dir.join(crate::output::publish::MANIFEST),
            &manifest,
        )
    } else {
        Ok(())
    };
    match published {
        Ok(()) => {}
        Err(e) => {
            diags.push(Diagnostic::error(
                Code::CannotWrite,
                format!("cannot write the compressed copies or the manifest: {e}"),
            ));
            staging.discard();
            return Err(diags.sorted());
        }
    };
    let staging_count = staging.count();
    if let Err(e) = staging.commit() {
        diags.push(Diagnostic::error(
            Code::CannotWrite,
            format!("cannot move the new site into {}: {e}", opts.out.display()),
        ));
        return Err(diags.sorted());
    }
    let site = &p.site;
    let languages = site
        .config
        .languages
        .iter()
        .enumerate()
        .map(|(l, lang)| {
            let fallback = (0..site.entries.len())
                .filter(|&i| site.entries[i].docs[l].is_none())
                .count();
            (lang.code.clone(), site.entries.len(), fallback)
        })
        .collect();
    let report = Report {
        languages,
        files: staging_count + usize::from(opts.manifest),
        manifest,
        heaviest,
        seconds: start.elapsed().as_secs_f64(),
        warnings: diags.sorted(),
    };
    Ok((
        report,
        Kept {
            prepared: p,
            anchors,
        },
    ))
}

/// A page that would load from another host, or run or style inline, is an error.
fn safe(html: &str, site: &Site, page: &str, file: Option<&Path>) -> Result<(), Diagnostic> {
    let found = crate::render::safety::check_html(html, &site.config.base_url);
    if found.is_empty() {
        return Ok(());
    }
    let mut d = Diagnostic::error(Code::ExternalLoad, format!(
        "the page {page} would load from another host or run inline code: {}",
        found.join("; ")
    ))
    .hint("pages may load only this site's own files; link to other sites with <a href>, and put scripts and styles in the theme's scripts/ and styles/");
    if let Some(f) = file {
        d = d.file(f);
    }
    Err(d)
}

fn io_error(path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(
        Code::CannotWrite,
        format!("cannot write {}: {e}", path.display()),
    )
}

/// Renders and writes every file in parallel; returns the heaviest pages, and what each
/// page's anchors depended on.
type Written = (Vec<(String, usize)>, Anchors);

fn write_all(p: &Prepared, opts: &Options, staging: &Staging) -> (Written, Diagnostics) {
    // Compressed sizes of what pages load, to weigh each page against the budget.
    let mut asset_sizes: std::collections::BTreeMap<String, usize> = p
        .scripts
        .iter()
        .map(|s| {
            (
                format!("/{}", s.path),
                crate::output::budget::gzip_size(s.js.as_bytes()),
            )
        })
        .collect();
    asset_sizes.insert(
        format!("/{}", p.stylesheet.path),
        crate::output::budget::gzip_size(p.stylesheet.css.as_bytes()),
    );
    let scale = crate::output::budget::Scale::new(&asset_sizes, opts.budget);
    let weigh = |url: &str, html: &str| -> Result<(), Diagnostic> {
        match scale.weigh(url, html) {
            Some(w) if opts.budget => Err(Diagnostic::error(Code::OverBudget, format!(
                "the page {url} weighs {:.1} KiB compressed with its CSS and JS, over the {} KiB of one round trip",
                w as f64 / 1024.0,
                crate::output::budget::LIMIT / 1024
            ))
            .hint("shorten the page, split it, or move large parts to their own pages")),
            _ => Ok(()),
        }
    };
    // The other files need no page: they are made while the pages render.
    let assets = asset_urls(p);
    let site = &p.site;
    let jobs: Vec<(usize, usize)> = (0..site.entries.len())
        .flat_map(|e| (0..site.config.languages.len()).map(move |l| (e, l)))
        .collect();
    let ((mut diags, _, anchors), (_, extra_diags)) = rayon::join(
        || write_pages(p, opts, staging, &weigh, &jobs, &|_| true),
        || write_extras(p, opts, staging, assets),
    );
    diags.extend(extra_diags);
    diags.extend(p.i18n.problems());
    ((scale.heaviest(), anchors), diags)
}

/// The URLs of the stylesheet and scripts, sorted: what the service worker keeps.
pub fn asset_urls(p: &Prepared) -> Vec<String> {
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

/// Weighs a page against the budget (an error only with `--budget`).
pub type Weigh<'a> = &'a (dyn Fn(&str, &str) -> Result<(), Diagnostic> + Sync);

/// The content pages `jobs` (entry, language) and the directory pages of the languages
/// `directory` accepts, rendered, checked, weighed and written in parallel; with what
/// each content page's anchors depended on.
pub fn write_pages(
    p: &Prepared,
    opts: &Options,
    staging: &Staging,
    weigh: Weigh,
    jobs: &[(usize, usize)],
    directory: &(dyn Fn(usize) -> bool + Sync),
) -> (Diagnostics, usize, Anchors) {
    p.renderer.new_run();
    let site = &p.site;
    let headings = render::collect_headings(site);
    let bar = if opts.progress && jobs.len() >= 500 {
        indicatif::ProgressBar::new(jobs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    // Per page: its problems, and whose headings its anchors were checked against.
    type Done = (Vec<Diagnostic>, Vec<(usize, usize)>);
    let results: Vec<Done> = jobs
        .par_iter()
        // Small pieces, so that a thread that comes late (from the other files) always
        // finds work to take, and both finish together.
        .with_max_len(8)
        .map(|&(e, l)| {
            bar.inc(1);
            let result = p
                .renderer
                .page(site, &headings, &p.campaign, &p.images, e, l)
                .and_then(|page| {
                    let (doc, _) = site.doc(e, l);
                    let html = &page.html;
                    safe(html, site, &site.urls[e][l].url, Some(&doc.src.file))
                        .map_err(|d| vec![d])?;
                    weigh(&site.urls[e][l].url, html).map_err(|d| vec![d.file(&doc.src.file)])?;
                    let out = &site.urls[e][l].out;
                    staging
                        .write(out, html.as_bytes())
                        .map_err(|err| vec![io_error(out, err)])?;
                    Ok((page.warnings, page.anchors))
                });
            // Warnings and errors alike are reported; only errors stop the build.
            match result {
                Ok(done) => done,
                Err(errors) => (errors, Vec::new()),
            }
        })
        .collect();
    bar.finish_and_clear();
    let mut diags = Diagnostics::new();
    let mut anchors = Anchors::new();
    for (&page, (page_diags, targets)) in jobs.iter().zip(results) {
        diags.extend(page_diags);
        for t in targets {
            anchors.entry(t).or_default().insert(page);
        }
    }
    let mut count = jobs.len();
    let chosen: Vec<&directory::pages::Page> = p
        .directory_pages
        .iter()
        .filter(|d| directory(d.lang))
        .collect();
    let directory_diags: Vec<Diagnostic> = chosen
        .par_iter()
        .filter_map(|page| {
            p.renderer
                .directory_page(site, page)
                .and_then(|html| {
                    safe(&html, site, &page.url, None)?;
                    weigh(&page.url, &html)?;
                    staging
                        .write(&page.out, html.as_bytes())
                        .map_err(|e| io_error(&page.out, e))
                })
                .err()
        })
        .collect();
    diags.extend(directory_diags);
    count += chosen.len();
    (diags, count, anchors)
}

/// The files made beside the pages, each written as soon as it is made: only one of them
/// is in memory at a time (together they were 35 MB at 20,405 documents).
struct Extras<'s> {
    staging: &'s Staging,
    count: usize,
    diags: Diagnostics,
}

impl Extras<'_> {
    fn put(&mut self, path: impl AsRef<Path>, bytes: impl AsRef<[u8]>) {
        let path = path.as_ref();
        self.count += 1;
        if let Err(e) = self.staging.write(path, bytes.as_ref()) {
            self.diags.push(io_error(path, e));
        }
    }
}

/// Everything besides content and directory pages: the chooser, 404 and offline pages,
/// redirects, search pages, sitemap, feeds, headers, the service worker, assets, and
/// the files copied from static/ and bundles.
pub fn write_extras(
    p: &Prepared,
    opts: &Options,
    staging: &Staging,
    mut assets: Vec<String>,
) -> (usize, Diagnostics) {
    let site = &p.site;
    let nlang = site.config.languages.len();
    let mut out = Extras {
        staging,
        count: 0,
        diags: Diagnostics::new(),
    };
    let render_or_note = |out: &mut Extras, name: &str, ctx: &Context, path: PathBuf| match p
        .renderer
        .render(name, ctx)
        .and_then(|html| safe(&html, site, name, None).map(|()| html))
    {
        Ok(html) => out.put(path, html),
        Err(d) => out.diags.push(d),
    };
    // The language chooser at `/`, in the default language's interface.
    let default = site.default_index();
    let mut ctx = p.renderer.base_context(site, default);
    let homes: Vec<serde_json::Value> = site
        .config
        .languages
        .iter()
        .enumerate()
        .map(|(l, lang)| {
            serde_json::json!({
                "code": lang.code, "name": lang.name, "dir": lang.dir.as_str(),
                "url": site.urls[site.home][l].url,
                "permalink": site.permalink(&site.urls[site.home][l].url),
                // "Choose your language" in that language, where the theme has it.
                "prompt": p.i18n.has(l, "language-chooser-title")
                    .then(|| p.i18n.format(l, "language-chooser-title", None)).flatten(),
            })
        })
        .collect();
    ctx.insert("homes", &homes);
    ctx.insert("x_default", &site.permalink("/"));
    render_or_note(&mut out, "chooser.html", &ctx, PathBuf::from("index.html"));
    for l in 0..nlang {
        let mut ctx = p.renderer.base_context(site, l);
        ctx.insert("homes", &homes);
        let code = &site.config.languages[l].code;
        render_or_note(&mut out, "404.html", &ctx, Path::new(code).join("404.html"));
        if l == default {
            render_or_note(&mut out, "404.html", &ctx, PathBuf::from("404.html"));
        }
    }
    // Offline help: an offline page per language, rendered with the other pages.
    for l in 0..nlang {
        let ctx = p.renderer.base_context(site, l);
        let code = &site.config.languages[l].code;
        render_or_note(
            &mut out,
            "offline.html",
            &ctx,
            Path::new(code).join("offline").join("index.html"),
        );
    }
    for a in &site.aliases {
        let mut ctx = p.renderer.base_context(site, a.lang);
        ctx.insert("target", &site.urls[a.entry][a.lang].url);
        ctx.insert(
            "target_permalink",
            &site.permalink(&site.urls[a.entry][a.lang].url),
        );
        render_or_note(&mut out, "redirect.html", &ctx, a.out.clone());
    }
    // Search: a page per language (the index itself is built after the pages are written).
    for l in 0..nlang {
        let code = &site.config.languages[l].code;
        match p
            .renderer
            .search_page(site, l)
            .and_then(|html| safe(&html, site, "search.html", None).map(|()| html))
        {
            Ok(html) => out.put(crate::search::page_file(code), html.into_bytes()),
            Err(d) => out.diags.push(d),
        }
    }
    let directory_urls: Vec<&str> = p
        .directory_pages
        .iter()
        .filter(|d| d.lang == default)
        .map(|d| d.rest.as_str())
        .collect();
    output::sitemaps(site, &directory_urls, &mut |path, xml| out.put(path, xml));
    if !p.directory.is_empty() {
        out.put(
            PathBuf::from("directory.json"),
            directory::export::json(&p.directory).into_bytes(),
        );
        for (path, bytes) in directory::hsds::package(&p.directory, &site.config.default_language) {
            out.put(PathBuf::from(path), bytes);
        }
    }
    let youtube = p
        .campaign
        .videos
        .values()
        .any(|v| matches!(v.source, campaign::Source::Youtube { .. }));
    out.put(
        PathBuf::from("_headers"),
        output::headers(site, youtube).into_bytes(),
    );
    // Offline help: the service worker and the manifests (offline pages are above).
    let directory_pages: Vec<(usize, String)> = p
        .directory_pages
        .iter()
        .map(|d| (d.lang, d.url.clone()))
        .collect();
    assets.push("/icon.svg".into());
    out.put(PathBuf::from("icon.svg"), crate::offline::ICON_SVG);
    for size in crate::offline::ICON_SIZES {
        out.put(
            PathBuf::from(format!("icon-{size}.png")),
            crate::offline::icon_png(*size),
        );
    }
    let precache = crate::offline::precache(site, &directory_pages, &assets);
    out.put(
        PathBuf::from("sw.js"),
        crate::offline::service_worker(&precache).into_bytes(),
    );
    for (l, lang) in site.config.languages.iter().enumerate() {
        let title = p
            .i18n
            .format(l, "site-title", None)
            .unwrap_or_else(|| site.config.title.clone());
        out.put(
            Path::new(&lang.code).join("feed.xml"),
            output::atom(site, l, &title).into_bytes(),
        );
        out.put(
            Path::new(&lang.code).join("manifest.webmanifest"),
            crate::offline::manifest(site, l, &title).into_bytes(),
        );
    }
    out.put(
        PathBuf::from("robots.txt"),
        output::robots(site).into_bytes(),
    );
    if !site.aliases.is_empty() {
        out.put(
            PathBuf::from("_redirects"),
            output::redirects(site).into_bytes(),
        );
    }
    out.put(PathBuf::from(&p.stylesheet.path), &p.stylesheet.css);
    for s in &p.scripts {
        out.put(PathBuf::from(&s.path), &s.js);
    }
    // The theme's static files, then the site's, which win.
    for (name, f) in p.theme.under("static") {
        out.put(PathBuf::from(name), &f.bytes);
    }
    let Extras {
        mut count,
        mut diags,
        ..
    } = out;
    let mut copies: Vec<(PathBuf, PathBuf)> = Vec::new();
    let static_dir = opts.root.join("static");
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
    // Resized images beside each language's version of their page.
    for ((bundle, _), info) in &p.images.0 {
        if let Some(&e) = site.by_key.get(&format!("{bundle}/index.md")) {
            for l in 0..nlang {
                if let Some(dir) = site.urls[e][l].out.parent() {
                    for v in &info.variants {
                        let rel = dir.join(&v.name);
                        if let Err(err) = staging.write(&rel, &v.bytes) {
                            diags.push(io_error(&rel, err));
                        }
                        count += 1;
                    }
                }
            }
        }
    }
    // Bundle files beside each language's version of their page.
    for f in &site.bundle_files {
        if let Some(&e) = site.by_key.get(&format!("{}/index.md", f.bundle)) {
            for l in 0..nlang {
                if let Some(dir) = site.urls[e][l].out.parent() {
                    copies.push((dir.join(&f.name), f.path.clone()));
                }
            }
        }
    }
    count += copies.len();
    let copy_diags: Vec<Diagnostic> = copies
        .par_iter()
        .filter_map(|(rel, from)| staging.copy(rel, from).err().map(|e| io_error(rel, e)))
        .collect();
    diags.extend(copy_diags);
    (count, diags)
}
