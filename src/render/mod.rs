//! Pages to HTML: the Tera environment (theme templates plus the `t()` function), small
//! per-page contexts over values prebuilt once per language, and markdown with links.
//!
//! By job: [`context`] has the typed contexts (every variable a template gets, documented;
//! docs/theme.md is their reference for theme authors), [`pages`] and [`extras`] build
//! and render them for each kind of page, `nav` renders and keeps the sections menu,
//! [`campaign`] makes the campaign's part of a page, [`links`] resolves and checks `@/`
//! links, `translate` is the `t()` function, and [`watchdog`] stops a render past its time
//! limit.

pub(crate) mod campaign;
mod cards;
pub mod checked;
pub(crate) mod context;
pub mod embeds;
pub(crate) mod extras;
pub(crate) mod links;
pub mod markdown;
pub(crate) mod nav;
pub(crate) mod pages;
mod paginate;
mod picture;
pub mod raw_html;
pub mod safety;
mod translate;
pub(crate) mod watchdog;

use crate::content::model::{Alternates, LangId, Site};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::i18n::{self, I18n};
use crate::theme::Theme;
use context::{fill, Alternate, BaseContext, GlobalContext};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use tera::{Context, Tera, Value};

pub use links::{check_links, collect_headings, Headings};
pub use pages::{template_name, Page};
pub use watchdog::set_time_limit;

/// The menu of sections, rendered once per language and place in the menu.
pub const SECTIONS_NAV: &str = "sections-nav.html";

pub struct Renderer {
    watch: Arc<watchdog::Watch>,
    pub tera: Tera,
    i18n: Arc<I18n>,
    /// Per language: nav and language list, built once.
    shared: Vec<Shared>,
    /// The sections menu, rendered once per language and place in the menu.
    navs: nav::NavCache,
    /// Directory entries' cards, for pages that embed them.
    cards: cards::Cards,
}

struct Shared {
    nav: Value,
    /// Pinned directory entries, for the help strip on every page.
    help: Value,
    directory_url: Option<String>,
    quick_exit_guide: Option<String>,
}

impl Renderer {
    /// Compiles the theme's templates and registers `t()`.
    pub fn new(
        theme: &Theme,
        i18n: Arc<I18n>,
        stylesheet: &crate::theme::assets::Stylesheet,
        scripts: &[crate::theme::assets::Script],
        site: &Site,
        directory: &Directory,
    ) -> Result<Renderer, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        // Functions first: Tera checks that templates only call known ones.
        // Tera's `range()`, but one that stops a render past its time limit.
        tera.register_function("range", watchdog::range);
        let languages = site.config.languages.len();
        tera.register_function("t", translate::function(i18n.clone(), languages));
        let origins = add_templates(&mut tera, theme)?;
        let globals = GlobalContext {
            stylesheet: format!("/{}", stylesheet.path),
            inline_style: &stylesheet.css,
            scripts: scripts
                .iter()
                .map(|s| (s.name.as_str(), format!("/{}", s.path)))
                .collect(),
            base_url: &site.config.base_url,
            default_language: &site.config.default_language,
            languages: &site.config.languages,
            quick_exit: site.config.quick_exit_url(),
        };
        fill(tera.global_context(), &globals);

        let guides = crate::content::model::quick_exit_guide_urls(site);
        let shared = site
            .config
            .languages
            .iter()
            .zip(site.lang_ids())
            .map(|(lang, l)| Shared {
                quick_exit_guide: guides.as_ref().map(|g| g[l.0].clone()),
                nav: Value::from_serializable(&nav::nav_items(site, l)),
                help: Value::from_serializable(&directory::pages::help_strip(
                    directory,
                    &site.config,
                    &lang.code,
                )),
                directory_url: (!directory.is_empty())
                    .then(|| directory::pages::index_url(&lang.code)),
            })
            .collect();
        let watch = watchdog::Watch::new(origins);
        let renderer = Renderer {
            watch,
            tera,
            shared,
            i18n,
            navs: Default::default(),
            cards: cards::Cards::new(site, directory),
        };
        // The menu of pages without a place in it (404, offline), made now so that
        // `base_context` cannot fail.
        for l in site.lang_ids() {
            renderer
                .sections_nav(site, l, None)
                .map_err(|d| Diagnostics::from_iter([d]))?;
        }
        Ok(renderer)
    }

    /// `(template, message id, origin)` for every `t(key=...)` in the templates.
    pub fn message_usage(&self, theme: &Theme) -> Vec<(String, String, PathBuf)> {
        let mut used = Vec::new();
        for (name, file) in theme.under("templates") {
            if let Some(text) = &file.text {
                for id in i18n::message_ids_in(text) {
                    used.push((name.to_string(), id, file.origin.clone()));
                }
            }
        }
        used
    }

    /// Called before each run of renders (see [`watchdog::Watch::forget_timeouts`]).
    pub fn new_run(&self) {
        self.watch.forget_timeouts();
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    pub fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        let running = self.watch.start(template);
        // Tera's `render` checks its output is UTF-8 the slow way; this is the same check.
        let mut out = Vec::with_capacity(32 * 1024);
        let too_big = std::cell::Cell::new(false);
        let sink = watchdog::Checked {
            inner: &mut out,
            ticket: &running.ticket,
            written: 0,
            too_big: &too_big,
        };
        let result = self.tera.render_to(template, ctx, sink).and_then(|()| {
            simdutf8::basic::from_utf8(&out)
                .map(str::to_owned)
                .map_err(|_| tera::Error::message("the template wrote bytes that are not UTF-8"))
        });
        let stopped = running.ticket.stopped();
        drop(running);
        result.map_err(|e| {
            if stopped {
                return self.watch.timeout(template);
            }
            let d = if too_big.get() {
                Diagnostic::error(
                    Code::Template,
                    format!(
                        "template `{template}` wrote more than {} MB for one page",
                        watchdog::MAX_PAGE_BYTES / (1024 * 1024)
                    ),
                )
                .hint("a loop in the template writes without end, or a list of thousands of pages: shorten it")
            } else {
                Diagnostic::error(Code::Template, format!("template `{template}` failed: {e}"))
            };
            match self.watch.origin(template) {
                Some(o) => d.file(o),
                None => d,
            }
        })
    }

    /// Context every template gets (the language, its direction, the menus), with the
    /// sections menu of no particular place: a [`BaseContext`].
    pub fn base_context(&self, site: &Site, lang: LangId) -> Context {
        let mut ctx = Context::new();
        fill(&mut ctx, &self.base_context_vars(site, lang));
        ctx
    }

    /// The variables of [`Renderer::base_context`].
    pub fn base_context_vars<'a>(&'a self, site: &'a Site, lang: LangId) -> BaseContext<'a> {
        let nav = self.cached_nav(nav::NavKey::nowhere(lang));
        self.base_vars(site, lang, nav.unwrap_or_else(|| Value::safe_string("")))
    }

    /// [`Renderer::base_context`] for a page at `url` of `kind`, with the menu for its place.
    fn page_base<'a>(
        &'a self,
        site: &'a Site,
        lang: LangId,
        url: &str,
        kind: &str,
    ) -> Result<BaseContext<'a>, Diagnostic> {
        let nav = self.sections_nav(site, lang, Some((url, kind)))?;
        Ok(self.base_vars(site, lang, nav))
    }

    /// What every page of language `lang` has, with the rendered menu `sections_nav`.
    fn base_vars<'a>(
        &'a self,
        site: &'a Site,
        lang: LangId,
        sections_nav: Value,
    ) -> BaseContext<'a> {
        let l = &site.config.languages[lang];
        let shared = &self.shared[lang];
        BaseContext {
            lang: &l.code,
            dir: l.dir.as_str(),
            language_name: &l.name,
            nav: &shared.nav,
            help: &shared.help,
            directory_url: shared.directory_url.as_deref(),
            quick_exit_guide: shared.quick_exit_guide.as_deref(),
            sections_nav,
        }
    }

    /// The Tera context of `base` and the variables of the template's kind, `vars` (a
    /// context struct).
    fn context_with(&self, base: BaseContext, vars: &impl serde::Serialize) -> Context {
        let mut ctx = Context::new();
        fill(&mut ctx, &base);
        fill(&mut ctx, vars);
        ctx
    }
}

/// Compiles the theme's templates into `tera`; returns each one's file.
fn add_templates(tera: &mut Tera, theme: &Theme) -> Result<BTreeMap<String, PathBuf>, Diagnostics> {
    let mut origins = BTreeMap::new();
    let mut templates = Vec::new();
    for (name, file) in theme.under("templates") {
        match &file.text {
            Some(t) => {
                origins.insert(name.to_string(), file.origin.clone());
                templates.push((name.to_string(), t.clone()));
            }
            None => {
                return Err(Diagnostics::from_iter([Diagnostic::error(
                    Code::NotUtf8,
                    "the template is not UTF-8 text",
                )
                .file(&file.origin)]))
            }
        }
    }
    if let Some(d) = too_deep(&templates, &origins) {
        return Err(Diagnostics::from_iter([d]));
    }
    if let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
    {
        let msg = e.to_string();
        // Tera names the template in its report; point at the first one it names.
        let origin = origins
            .iter()
            .find(|(n, _)| msg.contains(n.as_str()))
            .map(|(_, o)| o.clone());
        let mut d = Diagnostic::error(Code::TemplateSyntax, format!("template error: {msg}"))
            .hint("check the template's {% %} and {{ }} tags");
        if let Some(o) = origin {
            d = d.file(o);
        }
        return Err(Diagnostics::from_iter([d]));
    }
    Ok(origins)
}

/// How deep templates may include (or extend, or import) each other. Tera follows an
/// include by recursion: a chain of 200 overflowed the stack and killed the process.
pub const MAX_TEMPLATE_DEPTH: usize = 32;

/// The templates a template's `{% include %}`, `{% extends %}` and `{% import %}` tags
/// name.
fn included(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{%") {
        let after = &rest[open + 2..];
        let close = after.find("%}").unwrap_or(after.len());
        let tag = after[..close].trim_start_matches('-').trim_start();
        if ["include", "extends", "import"]
            .iter()
            .any(|k| tag.starts_with(k))
        {
            let mut quoted = tag;
            while let Some(q) = quoted.find(['"', '\'']) {
                let quote = &quoted[q..q + 1];
                let body = &quoted[q + 1..];
                let Some(end) = body.find(quote) else { break };
                names.push(&body[..end]);
                quoted = &body[end + 1..];
            }
        }
        rest = &after[close.min(after.len())..];
    }
    names
}

/// An error when templates include each other deeper than [`MAX_TEMPLATE_DEPTH`] (or in a
/// circle), naming the chain from its first template.
fn too_deep(
    templates: &[(String, String)],
    origins: &BTreeMap<String, PathBuf>,
) -> Option<Diagnostic> {
    let edges: BTreeMap<&str, Vec<&str>> = templates
        .iter()
        .map(|(name, text)| (name.as_str(), included(text)))
        .collect();
    let children = |name: &str| -> Vec<&str> {
        edges
            .get(name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|c| edges.contains_key(c))
            .collect()
    };
    // The longest chain from each template (in templates), depth first without recursion,
    // so that the check itself cannot overflow.
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    for &start in edges.keys() {
        if depth.contains_key(start) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        while let Some(&(name, next)) = stack.last() {
            let kids = children(name);
            if let Some(&child) = kids.get(next) {
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                if let Some(at) = stack.iter().position(|(n, _)| *n == child) {
                    let mut circle: Vec<&str> = stack[at..].iter().map(|(n, _)| *n).collect();
                    circle.push(child);
                    return Some(deep_error(&circle, origins));
                }
                if !depth.contains_key(child) {
                    stack.push((child, 0));
                }
            } else {
                let d = 1 + kids
                    .iter()
                    .filter_map(|c| depth.get(c))
                    .max()
                    .copied()
                    .unwrap_or(0);
                depth.insert(name, d);
                stack.pop();
            }
        }
    }
    // The template at the top of the longest chain, and the chain, following the deepest
    // include at each step.
    let (&top, &d) = depth
        .iter()
        .max_by_key(|(name, d)| (**d, std::cmp::Reverse(**name)))?;
    if d <= MAX_TEMPLATE_DEPTH + 1 {
        return None;
    }
    let mut chain = vec![top];
    let mut at = top;
    while chain.len() < 8 {
        let deepest = children(at)
            .into_iter()
            .max_by_key(|c| depth.get(c).copied().unwrap_or(0));
        let Some(next) = deepest else { break };
        chain.push(next);
        at = next;
    }
    Some(deep_error(&chain, origins))
}

fn deep_error(chain: &[&str], origins: &BTreeMap<String, PathBuf>) -> Diagnostic {
    let shown: Vec<&str> = chain.iter().take(7).copied().collect();
    let more = if chain.len() > shown.len() {
        " → …"
    } else {
        ""
    };
    let d = Diagnostic::error(
        Code::TemplateSyntax,
        format!(
            "templates include each other more than {MAX_TEMPLATE_DEPTH} deep, or in a circle: {}{more}",
            shown.join(" → ")
        ),
    )
    .hint("include fewer levels: put what the inner templates share in one template or a macro");
    match chain.first().and_then(|n| origins.get(*n)) {
        Some(o) => d.file(o),
        None => d,
    }
}

/// The page in every language, for the switcher and the `hreflang` links, and the
/// permalink of its `x-default`.
fn alternates<'s>(
    site: &'s Site,
    current: LangId,
    versions: &Alternates,
) -> (Vec<Alternate<'s>>, String) {
    let list = versions
        .each()
        .map(|(i, url)| {
            let l = &site.config.languages[i];
            Alternate {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                permalink: site.permalink(url),
                url: url.to_string(),
                current: i == current,
            }
        })
        .collect();
    (list, site.permalink(&versions.x_default))
}

/// Tera's escaping, byte for byte (`&<>"'`), writing the runs between the escaped bytes
/// whole: Tera's own writes every byte separately, which was a tenth of a build.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let with: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(with)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, Prepared};

    /// The bundled site (the repository's own), prepared once for the tests that need a
    /// whole site: it has every kind of page (a campaign with videos and captions, a
    /// directory, fallbacks).
    pub(super) fn sample() -> &'static Prepared {
        static SITE: std::sync::OnceLock<Prepared> = std::sync::OnceLock::new();
        SITE.get_or_init(|| {
            let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
            let out = root.join("target").join("render-tests-unused");
            match Prepared::load(&Options::local(root, out)) {
                Ok((p, _)) => p,
                Err(diags) => panic!("the bundled site does not load: {diags:?}"),
            }
        })
    }

    #[test]
    fn escaping_is_teras_byte_for_byte() {
        for text in [
            "",
            "plain",
            "<script>alert('x') & \"y\"</script>",
            "حماية الأطفال & «اللاجئين» <b>",
            "&&&'''>>><<<\"\"\"",
            "ends with <",
        ] {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            escape_html(text, &mut ours).unwrap();
            tera::escape_html(text, &mut theirs).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
