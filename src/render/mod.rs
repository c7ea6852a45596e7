//! Pages to HTML: the Tera environment (theme templates plus the `t()` function), small
//! per-page contexts over values prebuilt once per language, and markdown with links.

pub mod markdown;
pub mod safety;
pub mod watchdog;

use crate::campaign::vtt;
use crate::campaign::{self, Campaign};
use crate::content::frontmatter::Part;
use crate::content::images::Images;
use crate::content::model::encode_segment;
use crate::content::model::Site;
use crate::content::source::Kind;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::directory::{self, Directory};
use crate::i18n::{self, ArgValue, I18n};
use crate::theme::Theme;
use markdown::{LinkError, LinkResolver};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera, Value};

/// The menu of sections, rendered once per language and place in the menu.
pub const SECTIONS_NAV: &str = "sections-nav.html";

pub use watchdog::set_time_limit;

pub struct Renderer {
    watch: Arc<watchdog::Watch>,
    pub tera: Tera,
    i18n: Arc<I18n>,
    /// Per language: nav and language list, built once.
    shared: Vec<Shared>,
    /// The sections menu, rendered once per language and place in the menu.
    navs: std::sync::RwLock<std::collections::HashMap<NavKey, Value>>,
}

/// Where a page is in the menu: its language, the item it is (`true`) or is under
/// (`false`), whether it is in the directory, and whether it is a search page.
type NavKey = (usize, Option<(usize, bool)>, bool, bool);

#[derive(Serialize)]
struct NavItem<'a> {
    #[serde(flatten)]
    link: LinkItem<'a>,
    current: Option<&'static str>,
}

struct Shared {
    nav: Value,
    /// Pinned directory entries, for the help strip on every page.
    help: Value,
    directory_url: Option<String>,
}

#[derive(Serialize)]
struct LinkItem<'a> {
    title: &'a str,
    url: &'a str,
    description: Option<&'a str>,
    date: Option<&'a str>,
    /// Set when the title is untranslated, so it is read in its own language.
    text_lang: Option<&'a str>,
    text_dir: Option<&'a str>,
}

impl<'a> LinkItem<'a> {
    fn new(site: &'a Site, entry: usize, lang: usize) -> LinkItem<'a> {
        let (d, fallback) = site.doc(entry, lang);
        let text = fallback.then(|| site.config.default_lang());
        LinkItem {
            title: &d.fm.title.value,
            url: &site.urls[entry][lang].url,
            description: d.fm.description.as_deref(),
            date: d.fm.date(),
            text_lang: text.map(|l| l.code.as_str()),
            text_dir: text.map(|l| l.dir.as_str()),
        }
    }
}

/// A top-level section (or page) and its pages, for the search page's list.
#[derive(Serialize)]
struct SearchGroup<'a> {
    section: LinkItem<'a>,
    pages: Vec<LinkItem<'a>>,
}

#[derive(Serialize)]
struct Alternate<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'a str,
    url: String,
    permalink: String,
    current: bool,
}

impl Renderer {
    /// Compiles the theme's templates and registers `t()`.
    pub fn new(
        theme: &Theme,
        i18n: Arc<I18n>,
        stylesheet: &str,
        scripts: &[crate::theme::assets::Script],
        site: &Site,
        directory: &Directory,
    ) -> Result<Renderer, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        // Functions first: Tera checks that templates only call known ones.
        let i = i18n.clone();
        // Messages without variables, as template values made once: most `t()` calls.
        let fixed: Vec<std::collections::HashMap<String, Value>> = (0..site.config.languages.len())
            .map(|l| {
                i18n.fixed_messages(l)
                    .map(|(id, text)| (id.to_string(), Value::from(text)))
                    .collect()
            })
            .collect();
        // Tera's `range()`, but one that stops a render past its time limit.
        tera.register_function("range", watchdog::range);
        tera.register_function(
            "t",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
                translate(&i, &fixed, kwargs, state)
            },
        );
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
        if let Err(e) =
            tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
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
        let g = tera.global_context();
        g.insert("stylesheet", &format!("/{stylesheet}"));
        let scripts: BTreeMap<&str, String> = scripts
            .iter()
            .map(|s| (s.name.as_str(), format!("/{}", s.path)))
            .collect();
        g.insert("scripts", &scripts);
        g.insert("base_url", &site.config.base_url);
        g.insert("default_language", &site.config.default_language);
        g.insert("languages", &site.config.languages);
        g.insert("quick_exit", site.config.quick_exit_url());

        let shared = site
            .config
            .languages
            .iter()
            .enumerate()
            .map(|(l, lang)| Shared {
                nav: Value::from_serializable(&nav_items(site, l)),
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
        };
        // The menu of pages without a place in it (404, offline), made now so that
        // `base_context` cannot fail.
        for l in 0..site.config.languages.len() {
            renderer
                .sections_nav(site, l, None)
                .map_err(|d| Diagnostics::from_iter([d]))?;
        }
        Ok(renderer)
    }

    /// The sections menu (`sections-nav.html`) for a page at `page` (URL, kind): the
    /// same for every page in the same place, so it is rendered once per place.
    fn sections_nav(
        &self,
        site: &Site,
        lang: usize,
        page: Option<(&str, &str)>,
    ) -> Result<Value, Diagnostic> {
        let items = &site.children[site.home][lang];
        let shared = &self.shared[lang];
        let key: NavKey = match page {
            None => (lang, None, false, false),
            Some((url, kind)) => (
                lang,
                items.iter().enumerate().find_map(|(i, &c)| {
                    let item = &site.urls[c][lang].url;
                    url.starts_with(item.as_str()).then(|| (i, url == item))
                }),
                shared
                    .directory_url
                    .as_ref()
                    .is_some_and(|d| url.starts_with(d.as_str())),
                kind == "search",
            ),
        };
        if let Some(v) = self.navs.read().ok().and_then(|n| n.get(&key).cloned()) {
            return Ok(v);
        }
        let nav: Vec<NavItem> = items
            .iter()
            .enumerate()
            .map(|(i, &c)| NavItem {
                link: LinkItem::new(site, c, lang),
                current: match key.1 {
                    Some((at, true)) if at == i => Some("page"),
                    Some((at, false)) if at == i => Some("true"),
                    _ => None,
                },
            })
            .collect();
        let l = &site.config.languages[lang];
        let mut ctx = Context::new();
        ctx.insert("lang", &l.code);
        ctx.insert("dir", l.dir.as_str());
        ctx.insert("nav", &nav);
        ctx.insert("directory_url", &shared.directory_url);
        ctx.insert("directory_current", &key.2);
        ctx.insert("search_current", &key.3);
        let html = Value::safe_string(&self.render(SECTIONS_NAV, &ctx)?);
        if let Ok(mut n) = self.navs.write() {
            n.insert(key, html.clone());
        }
        Ok(html)
    }

    /// `(template, message id, origin)` for every `t(key=...)` in the templates.
    pub fn message_usage(&self, theme: &Theme) -> Vec<(String, String, std::path::PathBuf)> {
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
        let sink = watchdog::Checked {
            inner: &mut out,
            ticket: &running.ticket,
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
            let d = Diagnostic::error(Code::Template, format!("template `{template}` failed: {e}"));
            match self.watch.origin(template) {
                Some(o) => d.file(o),
                None => d,
            }
        })
    }

    /// Context every template gets (the language, its direction, the menus), with the
    /// sections menu of no particular place.
    pub fn base_context(&self, site: &Site, lang: usize) -> Context {
        let nav = self
            .navs
            .read()
            .ok()
            .and_then(|n| n.get(&(lang, None, false, false)).cloned());
        self.context(site, lang, nav.unwrap_or_else(|| Value::safe_string("")))
    }

    /// `base_context` for a page at `url` of `kind`, with the menu for its place.
    fn page_context(
        &self,
        site: &Site,
        lang: usize,
        url: &str,
        kind: &str,
    ) -> Result<Context, Diagnostic> {
        let nav = self.sections_nav(site, lang, Some((url, kind)))?;
        Ok(self.context(site, lang, nav))
    }

    /// What every page of language `lang` has, with the rendered menu `sections_nav`.
    fn context(&self, site: &Site, lang: usize, sections_nav: Value) -> Context {
        let l = &site.config.languages[lang];
        let mut ctx = Context::new();
        ctx.insert("lang", &l.code);
        ctx.insert("dir", l.dir.as_str());
        ctx.insert("language_name", &l.name);
        ctx.insert_value("nav", self.shared[lang].nav.clone());
        ctx.insert_value("help", self.shared[lang].help.clone());
        ctx.insert("directory_url", &self.shared[lang].directory_url);
        ctx.insert_value("sections_nav", sections_nav);
        ctx
    }

    /// Renders one directory page.
    pub fn directory_page(
        &self,
        site: &Site,
        p: &directory::pages::Page,
    ) -> Result<String, Diagnostic> {
        let mut ctx = self.page_context(site, p.lang, &p.url, "directory")?;
        if let Some(map) = p.context.as_object() {
            for (k, v) in map {
                ctx.insert(k.clone(), v);
            }
        }
        // The title: a message id in the page's language, else the fallback text.
        let title = match (
            p.title.get("message").and_then(|m| m.as_str()),
            p.context.get("entry"),
        ) {
            (_, Some(entry)) => entry
                .get("name")
                .and_then(|n| n.get("text"))
                .and_then(|t| t.as_str())
                .unwrap_or_default()
                .to_string(),
            (Some(id), _) => self
                .i18n
                .format(p.lang, id, None)
                .or_else(|| {
                    p.title
                        .get("fallback")
                        .and_then(|f| f.as_str())
                        .map(str::to_string)
                })
                .unwrap_or_default(),
            _ => String::new(),
        };
        let mut page = tera::Map::new();
        page.insert("title".into(), Value::from(title.as_str()));
        page.insert("url".into(), Value::from(p.url.as_str()));
        page.insert(
            "permalink".into(),
            Value::from(site.permalink(&p.url).as_str()),
        );
        page.insert("kind".into(), Value::from("directory"));
        // The entry's own description, else the directory's introduction.
        let description = p
            .context
            .get("entry")
            .and_then(|e| e.get("description"))
            .and_then(|d| d.get("text"))
            .and_then(|t| t.as_str())
            .map(str::to_string)
            .or_else(|| self.i18n.format(p.lang, "directory-intro", None));
        page.insert("description".into(), Value::from_serializable(&description));
        ctx.insert_value("page", Value::from(page));
        // Entries are searchable; the lists only repeat them.
        ctx.insert("searchable", &p.context.get("entry").is_some());
        let alternates = alternates(site, p.lang, |l| {
            format!("/{}/{}", site.config.languages[l].code, p.rest)
        });
        ctx.insert("translations", &alternates);
        ctx.insert(
            "x_default",
            &site.permalink(&format!("/{}/{}", site.config.default_language, p.rest)),
        );
        self.render(p.template, &ctx)
    }

    /// The search page of a language: a search form for browsers with JavaScript, and for
    /// every browser the list of sections and their pages.
    pub fn search_page(&self, site: &Site, lang: usize) -> Result<String, Diagnostic> {
        let url = crate::search::page_url(&site.config.languages[lang].code);
        let mut ctx = self.page_context(site, lang, &url, "search")?;
        let title = self
            .i18n
            .format(lang, "search-title", None)
            .unwrap_or_default();
        ctx.insert(
            "page",
            &serde_json::json!({
                "title": title, "url": url, "permalink": site.permalink(&url), "kind": "search",
            }),
        );
        let groups: Vec<SearchGroup> = site.children[site.home][lang]
            .iter()
            .map(|&c| SearchGroup {
                section: LinkItem::new(site, c, lang),
                pages: site.children[c][lang]
                    .iter()
                    .map(|&p| LinkItem::new(site, p, lang))
                    .collect(),
            })
            .collect();
        ctx.insert("groups", &groups);
        let alternates = alternates(site, lang, |l| {
            crate::search::page_url(&site.config.languages[l].code)
        });
        ctx.insert("translations", &alternates);
        ctx.insert(
            "x_default",
            &site.permalink(&crate::search::page_url(&site.config.default_language)),
        );
        self.render("search.html", &ctx)
    }

    /// Renders one (entry, language) page to HTML.
    pub fn page(
        &self,
        site: &Site,
        headings: &Headings,
        campaign: &Campaign,
        images: &Images,
        entry: usize,
        lang: usize,
    ) -> Result<Page, Vec<Diagnostic>> {
        let (doc, fallback) = site.doc(entry, lang);
        let e = &site.entries[entry];
        let loc = &site.urls[entry][lang];
        let (r, anchors) = render_markdown(site, headings, images, entry, lang);
        let (content, mut diags) = (r.html, r.diagnostics);
        let text_lang = site
            .config
            .language(&doc.src.lang)
            .unwrap_or(site.config.default_lang());
        let template = template_name(site, campaign, entry, lang);
        if let Some(t) = &doc.fm.template {
            if !self.has_template(&template) {
                diags.push(crate::content::frontmatter::at_value(
                    &doc.src,
                    &t.referenced,
                    Diagnostic::error(
                        Code::UnknownTemplate,
                        format!("template `{template}` does not exist in the theme"),
                    )
                    .hint(format!(
                        "add themes/{}/templates/{template}, or remove `template:`",
                        site.config.theme
                    )),
                ));
            }
        }
        if diags.iter().any(Diagnostic::is_error) {
            return Err(diags);
        }
        let warnings = diags;

        let kind = match (e.is_home, e.kind) {
            (true, _) => "home",
            (_, Kind::Section) => "section",
            _ => "page",
        };
        let mut ctx = self
            .page_context(site, lang, &loc.url, kind)
            .map_err(|d| vec![d])?;
        let title = doc.fm.title.value.clone();
        let mut page = tera::Map::new();
        let mut put = |k: &'static str, v: Value| {
            page.insert(k.into(), v);
        };
        put("title", Value::from(title.as_str()));
        put("description", Value::from_serializable(&doc.fm.description));
        put("url", Value::from(loc.url.as_str()));
        put("permalink", Value::from(site.permalink(&loc.url).as_str()));
        put("key", Value::from(e.key.as_str()));
        put("kind", Value::from(kind));
        put("date", Value::from_serializable(&doc.fm.date()));
        put("updated", Value::from_serializable(&doc.fm.updated()));
        put("extra", Value::from_serializable(&doc.fm.extra));
        put("fallback", Value::from(fallback));
        put(
            "machine_translated",
            Value::from(!fallback && doc.fm.machine_translated()),
        );
        put("text_lang", Value::from(text_lang.code.as_str()));
        put("text_dir", Value::from(text_lang.dir.as_str()));
        put("text_language_name", Value::from(text_lang.name.as_str()));
        put("content", Value::safe_string(&content));
        ctx.insert_value("page", Value::from(page));
        // Only text in the page's own language goes into that language's search index.
        ctx.insert("searchable", &!fallback);

        let alternates = alternates(site, lang, |l| site.urls[entry][l].url.clone());
        ctx.insert("translations", &alternates);
        ctx.insert(
            "x_default",
            &site.permalink(&site.urls[entry][site.default_index()].url),
        );

        // Breadcrumbs: home down to the parent.
        let mut ancestors = Vec::new();
        let mut p = e.parent;
        while let Some(i) = p {
            ancestors.push(LinkItem::new(site, i, lang));
            p = site.entries[i].parent;
        }
        ancestors.reverse();
        ctx.insert("ancestors", &ancestors);

        if e.kind == Kind::Section {
            let (pages, sections): (Vec<usize>, Vec<usize>) = site.children[entry][lang]
                .iter()
                .partition(|&&c| site.entries[c].kind == Kind::Page);
            let items = |list: &[usize]| -> Vec<LinkItem> {
                list.iter().map(|&c| LinkItem::new(site, c, lang)).collect()
            };
            ctx.insert("pages", &items(&pages));
            ctx.insert("subsections", &items(&sections));
        }
        self.campaign_context(site, campaign, entry, lang, &mut ctx);
        self.render(&template, &ctx)
            .map(|html| Page {
                html,
                warnings,
                anchors,
            })
            .map_err(|d| vec![d])
    }

    /// Parts for a campaign index; navigation, video, transcript and JSON-LD for a part.
    fn campaign_context(
        &self,
        site: &Site,
        campaign: &Campaign,
        entry: usize,
        lang: usize,
        ctx: &mut Context,
    ) {
        let page_url = &site.urls[entry][lang].url;
        if let Some(parts) = campaign.sections.get(&entry) {
            let cards: Vec<PartCard> = parts
                .iter()
                .zip(Part::ALL)
                .map(|(&p, part)| {
                    let video = campaign.videos.get(&(p, lang));
                    let url = &site.urls[p][lang].url;
                    PartCard {
                        part: part.name(),
                        number: part.number(),
                        link: LinkItem::new(site, p, lang),
                        poster: video
                            .and_then(|v| v.poster.as_ref())
                            .map(|n| format!("{url}{}", encode_segment(n))),
                        width: video.map(|v| v.width),
                        height: video.map(|v| v.height),
                        duration: video.and_then(|v| v.duration).map(format_duration),
                        duration_iso: video.and_then(|v| v.duration).map(vtt::iso_duration),
                    }
                })
                .collect();
            ctx.insert("parts", &cards);
        }
        if let Some(info) = campaign.parts.get(&entry) {
            ctx.insert(
                "campaign",
                &serde_json::json!({
                    "part": info.part.name(),
                    "number": info.part.number(),
                    "index": LinkItem::new(site, info.section, lang),
                    "prev": info.prev.map(|p| LinkItem::new(site, p, lang)),
                    "next": info.next.map(|n| LinkItem::new(site, n, lang)),
                }),
            );
        }
        let Some(video) = campaign.videos.get(&(entry, lang)) else {
            return;
        };
        let file_url = |name: &str| format!("{page_url}{}", encode_segment(name));
        let languages = &site.config.languages;
        // The page's language first (and default), then the others in site order.
        let mut tracks: Vec<&campaign::Captions> = video.captions.iter().collect();
        tracks.sort_by_key(|c| (c.lang != lang, c.lang));
        let track_items: Vec<serde_json::Value> = tracks
            .iter()
            .map(|c| {
                let l = &languages[c.lang];
                serde_json::json!({"url": file_url(&c.name), "code": l.code, "name": l.name, "dir": l.dir.as_str()})
            })
            .collect();
        let mut v = serde_json::json!({
            "poster": video.poster.as_deref().map(file_url),
            "width": video.width,
            "height": video.height,
            "duration": video.duration.map(format_duration),
            "duration_iso": video.duration.map(vtt::iso_duration),
            "captions": track_items,
            "placeholder": video.placeholder,
        });
        match &video.source {
            campaign::Source::File { name, mime, bytes } => {
                v["kind"] = "file".into();
                v["src"] = file_url(name).into();
                v["mime"] = (*mime).into();
                v["size"] = campaign::human_size(*bytes).into();
            }
            campaign::Source::Youtube { id } => {
                v["kind"] = "youtube".into();
                v["youtube_id"] = id.clone().into();
                v["embed_url"] =
                    format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1").into();
            }
        }
        ctx.insert("video", &v);
        // The transcript in the page's language, else the default language's with a notice.
        let default = site.default_index();
        let source = video
            .captions
            .iter()
            .find(|c| c.lang == lang)
            .or_else(|| video.captions.iter().find(|c| c.lang == default));
        if let Some(c) = source {
            let l = &languages[c.lang];
            ctx.insert(
                "transcript",
                &serde_json::json!({
                    "paragraphs": vtt::transcript(&c.cues),
                    "fallback": c.lang != lang,
                    "lang": l.code,
                    "dir": l.dir.as_str(),
                    "language_name": l.name,
                }),
            );
        }
        ctx.insert_value(
            "json_ld",
            Value::safe_string(&campaign::json_ld(site, entry, lang, video)),
        );
    }
}

#[derive(Serialize)]
struct PartCard<'a> {
    part: &'static str,
    number: usize,
    link: LinkItem<'a>,
    poster: Option<String>,
    width: Option<usize>,
    height: Option<usize>,
    duration: Option<String>,
    duration_iso: Option<String>,
}

/// A rendered content page: its HTML, its warnings, and whose headings its links' anchors
/// were checked against (entry, language), for `serve` to know what an edit affects.
pub struct Page {
    pub html: String,
    pub warnings: Vec<Diagnostic>,
    pub anchors: Vec<(usize, usize)>,
}

/// The template a page is rendered with: its own `template:`, else by its kind.
pub fn template_name(site: &Site, campaign: &Campaign, entry: usize, lang: usize) -> String {
    let (doc, _) = site.doc(entry, lang);
    let e = &site.entries[entry];
    match &doc.fm.template {
        Some(t) => t.value.trim().to_string(),
        None if campaign.sections.contains_key(&entry) => "campaign.html".to_string(),
        None if campaign.parts.contains_key(&entry) => "part.html".to_string(),
        None if e.is_home => "home.html".to_string(),
        None if e.kind == Kind::Section => "section.html".to_string(),
        None => "page.html".to_string(),
    }
}

/// Seconds as m:ss or h:mm:ss, as editors write them.
fn format_duration(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

/// The page in every language, for the switcher and the `hreflang` links.
fn alternates(site: &Site, current: usize, url_of: impl Fn(usize) -> String) -> Vec<Alternate<'_>> {
    site.config
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let url = url_of(i);
            Alternate {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                permalink: site.permalink(&url),
                url,
                current: i == current,
            }
        })
        .collect()
}

/// Top-level sections and pages, in order, for the navigation.
fn nav_items(site: &Site, lang: usize) -> Vec<LinkItem<'_>> {
    site.children[site.home][lang]
        .iter()
        .map(|&c| LinkItem::new(site, c, lang))
        .collect()
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

fn translate(
    i18n: &I18n,
    fixed: &[std::collections::HashMap<String, Value>],
    kwargs: Kwargs,
    state: &State,
) -> tera::TeraResult<Value> {
    if watchdog::told_to_stop() {
        return Err(watchdog::stop_error());
    }
    let key: &str = kwargs.must_get::<&str>("key")?;
    let lang_value: Option<Value> = state.get::<Value>("lang")?;
    let lang = lang_value
        .as_ref()
        .and_then(Value::as_str)
        .and_then(|code| i18n.lang_index(code))
        .unwrap_or(0);
    // Most calls pass no variables: their text is the same on every page.
    if kwargs.iter().count() == 1 {
        if let Some(text) = fixed.get(lang).and_then(|f| f.get(key)) {
            return Ok(text.clone());
        }
    }
    let key = key.to_string();
    let pairs = kwargs.iter().filter_map(|(k, v)| {
        let k = k.as_str()?.to_string();
        if k == "key" {
            return None;
        }
        let v = if let Some(n) = v.as_f64() {
            ArgValue::Num(n)
        } else if let Some(n) = v.as_i64() {
            ArgValue::Num(n as f64)
        } else if let Some(n) = v.as_u64() {
            ArgValue::Num(n as f64)
        } else {
            ArgValue::Str(
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string()),
            )
        };
        Some((k, v))
    });
    let fallback: Option<String> = kwargs.get::<&str>("fallback")?.map(str::to_string);
    let args = i18n::args_from(pairs.filter(|(k, _)| k != "fallback"));
    i18n.format(lang, &key, Some(&args))
        .or(fallback)
        .map(Value::from)
        .ok_or_else(|| {
            tera::Error::message(format!(
                "the message `{key}` is in no locale file of the default language"
            ))
        })
}

/// A page's markdown as HTML, and whose headings its links' anchors were checked against.
fn render_markdown(
    site: &Site,
    headings: &Headings,
    images: &Images,
    entry: usize,
    lang: usize,
) -> (markdown::Rendered, Vec<(usize, usize)>) {
    let (doc, _) = site.doc(entry, lang);
    let text = match doc.src.text() {
        Ok(t) => t,
        Err(d) => {
            let failed = markdown::Rendered {
                html: String::new(),
                diagnostics: vec![d],
            };
            return (failed, Vec::new());
        }
    };
    let resolver = Resolver {
        site,
        headings,
        images,
        bundle: site.entries[entry].bundle.as_deref(),
        lang,
        text_lang: site.lang_index(&doc.src.lang).unwrap_or(lang),
        anchors: Default::default(),
    };
    let rendered = markdown::render(
        &text[doc.src.body_start..],
        doc.src.body_start,
        &text,
        &doc.src.file,
        &resolver,
    );
    (rendered, resolver.anchors.into_inner())
}

/// Every `@/` link's problems, without rendering pages (for builds that stop early).
pub fn check_links(site: &Site) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let headings = collect_headings(site);
    let nlang = site.config.languages.len();
    (0..site.entries.len())
        .into_par_iter()
        .flat_map_iter(|e| {
            let headings = &headings;
            let none = Images::default();
            (0..nlang)
                .flat_map(|l| render_markdown(site, headings, &none, e, l).0.diagnostics)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Heading ids, in order, of the text each (entry, language) shows; computed once.
/// Heading ids of every (entry, language), computed the first time a link's anchor asks:
/// most pages are never the target of an `#anchor`, so most are never computed.
pub struct Headings<'a> {
    site: &'a Site,
    cells: Vec<Vec<std::sync::OnceLock<Arc<Vec<String>>>>>,
}

impl<'a> Headings<'a> {
    pub fn get(&self, entry: usize, lang: usize) -> &Arc<Vec<String>> {
        self.cells[entry][lang].get_or_init(|| {
            let (doc, _) = self.site.doc(entry, lang);
            // A file that cannot be read again reports that itself, when its page renders.
            let ids = doc
                .src
                .text()
                .map(|t| markdown::heading_ids(&t[doc.src.body_start..]));
            Arc::new(ids.unwrap_or_default())
        })
    }
}

pub fn collect_headings(site: &Site) -> Headings<'_> {
    let nlang = site.config.languages.len();
    Headings {
        site,
        cells: (0..site.entries.len())
            .map(|_| (0..nlang).map(|_| std::sync::OnceLock::new()).collect())
            .collect(),
    }
}

struct Resolver<'a> {
    site: &'a Site,
    headings: &'a Headings<'a>,
    images: &'a Images,
    /// The page's bundle folder, where its images are.
    bundle: Option<&'a str>,
    /// The language being built.
    lang: usize,
    /// The language the linking text is written in (the default one on a fallback page).
    text_lang: usize,
    /// Whose headings the links' anchors were checked against: (entry, language).
    anchors: std::cell::RefCell<Vec<(usize, usize)>>,
}

impl LinkResolver for Resolver<'_> {
    fn image(&self, src: &str) -> Option<&crate::content::images::ImageInfo> {
        if src.contains(['/', ':', '?', '#']) {
            return None;
        }
        self.images.get(self.bundle?, src)
    }

    fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError> {
        let key = normalize_key(self.site, path);
        let Some(&entry) = self.site.by_key.get(&key) else {
            // The target exists but could not be read: its own error says why.
            if self.site.unreadable.contains(&key) {
                return Ok("#".into());
            }
            return Err(LinkError::NoPage {
                suggestion: crate::content::model::suggest_key(self.site, &key),
            });
        };
        let url = &self.site.urls[entry][self.lang].url;
        match anchor {
            None | Some("") => Ok(url.clone()),
            Some(a) => {
                // The anchor was written against the target's text in the linking text's
                // language; translations keep the structure, so it maps by position.
                self.anchors
                    .borrow_mut()
                    .extend([(entry, self.text_lang), (entry, self.lang)]);
                let written = self.headings.get(entry, self.text_lang);
                let Some(pos) = written.iter().position(|id| id == a) else {
                    return Err(LinkError::NoAnchor {
                        known: written.to_vec(),
                    });
                };
                let shown = self.headings.get(entry, self.lang);
                let id = if shown.len() == written.len() {
                    &shown[pos]
                } else if shown.iter().any(|id| id == a) {
                    &written[pos]
                } else {
                    return Ok(url.clone());
                };
                Ok(format!(
                    "{url}#{}",
                    percent_encoding::utf8_percent_encode(id, FRAGMENT)
                ))
            }
        }
    }
}

const FRAGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`');

/// `rights/`, `rights`, `rights/a.ar.md` and `campaign/problem/` name content keys.
fn normalize_key(site: &Site, path: &str) -> String {
    let path = path.trim_start_matches('/');
    if site.by_key.contains_key(path) {
        return path.to_string();
    }
    let trimmed = path.trim_end_matches('/');
    for candidate in [
        format!("{trimmed}/_index.md"),
        format!("{trimmed}/index.md"),
        format!("{trimmed}.md"),
    ] {
        if site.by_key.contains_key(&candidate) {
            return candidate;
        }
    }
    // A translation's file name: `a.ar.md` → `a.md`.
    if let Some(stem) = trimmed.strip_suffix(".md") {
        if let Some((base, code)) = stem.rsplit_once('.') {
            if site.config.is_language(code) {
                let k = format!("{base}.md");
                if site.by_key.contains_key(&k) {
                    return k;
                }
            }
        }
    }
    if trimmed.is_empty() {
        return "_index.md".into();
    }
    path.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
