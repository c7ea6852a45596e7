//! `serve`'s rebuilds: an edit rebuilds only what depends on it. The map from inputs to
//! outputs:
//!
//! | edit | rebuilt |
//! |---|---|
//! | a page's text (front matter unchanged) | the pages showing it (its language, and the languages that fall back to it), and the pages whose `#anchor` links were checked against its headings |
//! | a template | the pages whose template extends, includes or imports it; directory pages; the other pages (404, search, ...) |
//! | a locale file | the pages in its language (every language for the default one, which the others fall back to); directory pages; feeds and the other pages |
//! | a directory entry | directory pages and files; every page when the help strip changed |
//! | anything else (front matter, site.yaml, a new or removed file, styles, images, captions) | everything |
//!
//! Pages whose render failed are rendered again by every rebuild until they succeed.
//! Whatever is not rebuilt is byte for byte what a full build writes, and a rebuild
//! reports exactly the problems a full build reports: the stages it runs again go through
//! the same `Prepared` methods as a full build, the problems of the others are kept by
//! stage in the build's `Ledger`, and a rebuild that meets an error reports what `check`
//! finds (tests/testsuite/incremental.rs).

use crate::content::model::{ids, LangId};
use crate::diagnostics::Diagnostics;
use crate::pipeline::{self, DirectoryLoad, Jobs, Kept, Options, PageId, Report};
use crate::theme::Theme;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What a rebuild did.
#[derive(Debug)]
pub enum Rebuilt {
    Full(Report),
    /// Only these many files were written.
    Partial {
        files: usize,
        warnings: Diagnostics,
    },
}

/// The builds of one `serve`: the last good model, and what each page depended on.
pub struct Session {
    opts: Options,
    root: PathBuf,
    kept: Option<Kept>,
    /// Edits a failed rebuild did not finish: they go into the next one.
    pending: BTreeSet<PathBuf>,
    /// The session's own threads: a render stuck in a loop the watchdog cannot stop holds
    /// them, and the session is then replaced with its threads (see `render::watchdog`).
    pool: Option<rayon::ThreadPool>,
}

/// What one batch of edits changes.
#[derive(Default)]
struct Plan {
    full: bool,
    /// Content pages whose text changed (in the language of the file).
    bodies: BTreeSet<PageId>,
    templates: BTreeSet<String>,
    /// Languages whose interface strings changed.
    locales: BTreeSet<LangId>,
    /// The directory, loaded again, when an entry changed (and no page appeared or went).
    directory: Option<DirectoryLoad>,
}

impl Session {
    pub fn new(opts: Options) -> Session {
        let root = std::fs::canonicalize(&opts.root).unwrap_or_else(|_| opts.root.clone());
        Session {
            opts,
            root,
            kept: None,
            pending: BTreeSet::new(),
            pool: rayon::ThreadPoolBuilder::new().build().ok(),
        }
    }

    /// Runs `f` on the session's threads (on the global ones if it has none).
    fn on_threads<T: Send>(&mut self, f: impl FnOnce(&mut Session) -> T + Send) -> T {
        match self.pool.take() {
            Some(pool) => {
                let result = pool.install(|| f(self));
                self.pool = Some(pool);
                result
            }
            None => f(self),
        }
    }

    /// A full build, kept for the rebuilds after it.
    pub fn build(&mut self) -> Result<Rebuilt, Diagnostics> {
        self.on_threads(Session::build_here)
    }

    fn build_here(&mut self) -> Result<Rebuilt, Diagnostics> {
        self.pending.clear();
        match pipeline::build_keeping(&self.opts) {
            Ok((report, kept)) => {
                self.kept = Some(kept);
                Ok(Rebuilt::Full(report))
            }
            Err(d) => {
                // Without a good build there is nothing to rebuild from.
                self.kept = None;
                Err(d)
            }
        }
    }

    /// Rebuilds what the edits of `changed` (files, as the watcher names them) affect.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Diagnostics> {
        self.on_threads(|s| s.rebuild_here(changed))
    }

    fn rebuild_here(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Diagnostics> {
        let rel: Vec<PathBuf> = changed.iter().map(|p| self.relative(p)).collect();
        self.pending.extend(rel);
        let Some(kept) = &self.kept else {
            return self.build_here();
        };
        let plan = self.plan(kept);
        if plan.full {
            return self.build_here();
        }
        let result = self.apply(plan);
        if result.is_ok() {
            self.pending.clear();
        }
        result
    }

    /// `path` relative to the site's root, as the watcher's absolute paths come.
    fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root)
            .or_else(|_| path.strip_prefix(&self.opts.root))
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.to_path_buf())
    }

    fn plan(&self, kept: &Kept) -> Plan {
        let p = &kept.prepared;
        let config = &p.site.config;
        let mut plan = Plan::default();
        let mut directory = false;
        let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        let lang_of = |code: &str| codes.iter().position(|c| c == code).map(LangId);
        let theme_dir = Path::new("themes").join(&config.theme);
        for rel in &self.pending {
            let hidden = rel
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            if hidden {
                // Editors' swap and backup files: no build reads them.
                continue;
            }
            if rel.starts_with(crate::directory::DIRECTORY_DIR) {
                directory = true;
            } else if rel.starts_with(crate::content::source::CONTENT_DIR)
                && rel.extension().is_some_and(|x| x == "md")
            {
                match body_edit(&self.root, rel, kept, &codes) {
                    Some(page) => {
                        plan.bodies.insert(page);
                    }
                    // New, removed, renamed, or its front matter changed: the model changes.
                    None => plan.full = true,
                }
            } else if let Ok(name) = rel.strip_prefix(theme_dir.join("templates")) {
                plan.templates
                    .insert(crate::content::source::slash_path(name));
            } else if let Some(code) = locale_language(rel, &theme_dir) {
                match lang_of(&code) {
                    Some(l) if l != p.site.default_index() => {
                        plan.locales.insert(l);
                    }
                    // The default language's strings stand in for every language's missing ones.
                    _ => plan.locales.extend(ids::<LangId>(codes.len())),
                }
            } else {
                plan.full = true;
            }
        }
        // Entries added, removed or renamed: pages appear or go, which a full build tidies.
        if directory && !plan.full {
            let now = DirectoryLoad::read(&self.opts.root, config);
            let outs = |pages: &[crate::directory::pages::Page]| -> BTreeSet<PathBuf> {
                pages.iter().map(|d| d.out.clone()).collect()
            };
            if outs(&now.pages) == outs(&p.directory_pages) {
                plan.directory = Some(now);
            } else {
                plan.full = true;
            }
        }
        plan
    }

    /// Runs again the stages the edits touched, through the same stage methods a full
    /// build runs, then renders the pages and files they affect. A rebuild that meets an
    /// error reports what `check` (a full build that writes nothing) finds, so that its
    /// report is a full build's; the kept model stays for the fix.
    fn apply(&mut self, plan: Plan) -> Result<Rebuilt, Diagnostics> {
        match self.apply_plan(plan) {
            Ok(rebuilt) => Ok(rebuilt),
            Err(()) => {
                let diags = pipeline::check(&self.opts);
                if diags.has_errors() {
                    Err(diags)
                } else {
                    self.build_here()
                }
            }
        }
    }

    fn apply_plan(&mut self, plan: Plan) -> Result<Rebuilt, ()> {
        let Some(kept) = self.kept.as_mut() else {
            return Err(());
        };
        let opts = &self.opts;
        let p = &mut kept.prepared;
        let nlang = p.site.config.languages.len();
        let mut pages: BTreeSet<PageId> = BTreeSet::new();
        let others =
            plan.directory.is_some() || !plan.templates.is_empty() || !plan.locales.is_empty();

        if let Some(load) = plan.directory {
            // Every page shows the help strip, the menu links the directory if any, and any
            // page may embed an entry's card: what they show changed, every page changes.
            let strip = |dir: &crate::directory::Directory| {
                let langs = &p.site.config.languages;
                let shown: Vec<serde_json::Value> = langs
                    .iter()
                    .flat_map(|l| {
                        let config = &p.site.config;
                        std::iter::once(crate::directory::pages::help_strip(dir, config, &l.code))
                            .chain(
                                dir.entries.iter().map(|e| {
                                    crate::directory::pages::entry_view(e, config, &l.code)
                                }),
                            )
                    })
                    .collect();
                (shown, dir.is_empty())
            };
            if strip(&load.directory) != strip(&p.directory) {
                pages.extend(all_pages(p.site.entries.len(), nlang, |_| true));
            }
            kept.ledger.directory = p.set_directory(load);
        }
        if !plan.locales.is_empty() || !plan.templates.is_empty() {
            kept.ledger.theme = p
                .reload_theme(&opts.root, !plan.locales.is_empty())
                .map_err(|_| ())?;
        } else if others {
            kept.ledger.theme = p.renew_renderer().map_err(|_| ())?;
        }
        if kept.ledger.directory.has_errors() || kept.ledger.theme.has_errors() {
            return Err(());
        }

        // The pages each kind of edit affects.
        for &page in &plan.bodies {
            let (e, l) = (page.entry, page.lang);
            let shown_in: Vec<LangId> = if l == p.site.default_index() {
                p.site
                    .lang_ids()
                    .filter(|&x| x == l || p.site.entries[e].docs[x].is_none())
                    .collect()
            } else {
                vec![l]
            };
            for x in shown_in {
                let page = PageId { entry: e, lang: x };
                pages.insert(page);
                if let Some(users) = kept.anchors.get(&page) {
                    pages.extend(users.iter().copied());
                }
            }
        }
        if !plan.templates.is_empty() {
            pages.extend(template_pages(p, &plan.templates));
        }
        pages.extend(all_pages(p.site.entries.len(), nlang, |l| {
            plan.locales.contains(&l)
        }));
        pages.extend(kept.ledger.failed_pages());

        let staging = crate::output::Staging::in_place(&opts.out);
        let jobs: Vec<PageId> = pages.into_iter().collect();
        let no_budget = |_: &str, _: &str| Ok(());
        let directory = |_| others;
        let rendered = p.render_pages(
            opts,
            &staging,
            &no_budget,
            &Jobs {
                pages: &jobs,
                directory: &directory,
            },
        );
        let mut files = rendered.count;
        if others {
            let cx = crate::emit::Cx::local(p, opts);
            let (n, d) = crate::emit::run(&cx, &staging, crate::emit::PAGES_BESIDE);
            files += n;
            kept.ledger.others = rendered.directory;
            kept.ledger.others.extend(d);
        }
        // The re-rendered pages' links into the site, against the site as it is now.
        let mut pages = rendered.pages;
        let broken = pipeline::local_links::check(p, &staging.dir, &rendered.local_links);
        for (page, broken) in broken {
            pages.entry(page).or_default().extend(broken);
        }
        kept.ledger.replace_pages(pages, &jobs);
        // What the re-rendered pages' anchors depend on now.
        for users in kept.anchors.values_mut() {
            users.retain(|page| jobs.binary_search(page).is_err());
        }
        for (target, users) in rendered.anchors {
            kept.anchors.entry(target).or_default().extend(users);
        }
        let report = kept.ledger.report(p.i18n.problems());
        if report.has_errors() {
            return Err(());
        }
        Ok(Rebuilt::Partial {
            files,
            warnings: report,
        })
    }
}

/// The pages whose template uses one of `templates` (or every page, when the sections
/// menu changed).
fn template_pages(p: &pipeline::Prepared, templates: &BTreeSet<String>) -> Vec<PageId> {
    let uses = template_closure(&p.theme);
    let affected = |name: &str| {
        uses.get(name)
            .is_none_or(|set| set.iter().any(|t| templates.contains(t)))
            || templates.contains(name)
            || templates.contains(crate::render::SECTIONS_NAV)
    };
    let mut by_template: BTreeMap<String, bool> = BTreeMap::new();
    let mut pages = Vec::new();
    for e in p.site.entry_ids() {
        for l in p.site.lang_ids() {
            let name = crate::render::template_name(&p.site, &p.campaign, e, l);
            let hit = *by_template
                .entry(name)
                .or_insert_with_key(|name| affected(name));
            if hit {
                pages.push(PageId { entry: e, lang: l });
            }
        }
    }
    pages
}

/// Every page (entry, language) in the languages `lang` accepts.
fn all_pages(
    entries: usize,
    nlang: usize,
    lang: impl Fn(LangId) -> bool,
) -> impl Iterator<Item = PageId> {
    ids(entries)
        .flat_map(move |entry| ids(nlang).map(move |lang| PageId { entry, lang }))
        .filter(move |page| lang(page.lang))
}

/// The page (entry, language) of a file whose front matter is what the model was built
/// from, so that only its text changed: then no other page's links, menus or lists change.
fn body_edit(root: &Path, rel: &Path, kept: &Kept, codes: &[String]) -> Option<PageId> {
    let site = &kept.prepared.site;
    let below = rel.strip_prefix(crate::content::source::CONTENT_DIR).ok()?;
    let src =
        crate::content::source::reload(root, below, codes, &site.config.default_language).ok()?;
    let e = *site.by_key.get(&src.key)?;
    let l = LangId(codes.iter().position(|c| *c == src.lang)?);
    let doc = site.entries[e].docs[l].as_ref()?;
    (doc.src.file == src.file && doc.src.head == src.head).then_some(PageId { entry: e, lang: l })
}

/// The language of a locale file: `locales/<code>/...` or `themes/<t>/locales/<code>/...`.
fn locale_language(rel: &Path, theme_dir: &Path) -> Option<String> {
    let under = rel
        .strip_prefix("locales")
        .or_else(|_| rel.strip_prefix(theme_dir.join("locales")))
        .ok()?;
    let code = under.components().next()?.as_os_str().to_string_lossy();
    (under.components().count() > 1).then(|| code.into_owned())
}

/// Every template → the templates it uses, directly or not (`extends`, `include`,
/// `import`): any quoted name of a template inside `{% %}`, which over-counts but never
/// misses one.
fn template_closure(theme: &Theme) -> BTreeMap<String, BTreeSet<String>> {
    let texts: BTreeMap<&str, &str> = theme
        .under("templates")
        .filter_map(|(name, f)| Some((name, f.text.as_deref()?)))
        .collect();
    let direct: BTreeMap<&str, Vec<&str>> = texts
        .iter()
        .map(|(&name, &text)| {
            let used = quoted_in_tags(text)
                .into_iter()
                .filter_map(|q| texts.get_key_value(q).map(|(k, _)| *k))
                .collect();
            (name, used)
        })
        .collect();
    direct
        .keys()
        .map(|&name| {
            let mut seen: BTreeSet<String> = BTreeSet::new();
            let mut todo = vec![name];
            while let Some(t) = todo.pop() {
                for &u in direct.get(t).into_iter().flatten() {
                    if seen.insert(u.to_string()) {
                        todo.push(u);
                    }
                }
            }
            (name.to_string(), seen)
        })
        .collect()
}

/// The quoted strings inside a template's `{% ... %}` tags.
fn quoted_in_tags(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{%") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("%}") else { break };
        let mut tag = &after[..close];
        while let Some(q) = tag.find(['"', '\'']) {
            let quote = &tag[q..q + 1];
            let inner = &tag[q + 1..];
            let Some(end) = inner.find(quote) else { break };
            found.push(&inner[..end]);
            tag = &inner[end + 1..];
        }
        rest = &after[close + 2..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_used_are_found_in_tags_only() {
        let t = r#"{% extends "base.html" %}{% block main %}"page.html"{% include 'notices.html' %}{% endblock %}"#;
        assert_eq!(quoted_in_tags(t), vec!["base.html", "notices.html"]);
    }

    #[test]
    fn locale_files_name_their_language() {
        let theme = Path::new("themes/default");
        assert_eq!(
            locale_language(Path::new("locales/ar/site.ftl"), theme),
            Some("ar".into())
        );
        assert_eq!(
            locale_language(Path::new("themes/default/locales/fa/main.ftl"), theme),
            Some("fa".into())
        );
        assert_eq!(locale_language(Path::new("locales/README"), theme), None);
    }
}
