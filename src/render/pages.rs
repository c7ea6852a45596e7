//! The pages of the site's content, its directory and its search: their contexts, and
//! their rendering.

use super::campaign::campaign_context;
use super::context::{
    fill, ContentContext, ContentPage, DirectoryContext, DirectoryPage, LinkItem, SearchContext,
    SearchGroup, SearchPage,
};
use super::links::{render_markdown, Embeds, Headings};
use super::{alternates, paginate, Renderer};
use crate::campaign::Campaign;
use crate::content::images::Images;
use crate::content::model::{Alternates, EntryId, LangId, Location, Site};
use crate::content::source::Kind;
use crate::diagnostics::{Code, Diagnostic};
use crate::directory;
use tera::Value;

/// A rendered content page: its HTML, its warnings, and whose headings its links' anchors
/// were checked against (entry, language), for `serve` to know what an edit affects.
pub struct Page {
    pub html: String,
    pub warnings: Vec<Diagnostic>,
    pub anchors: Vec<(EntryId, LangId)>,
    /// Links into the site that are not `@/` links, to check once the site is written.
    pub local_links: Vec<crate::render::markdown::LocalLink>,
    /// A section whose list is split: its list pages after the first, with where each goes.
    pub more: Vec<(Location, String)>,
}

/// The template a page is rendered with: its own `template:`, else by its kind.
pub fn template_name(site: &Site, campaign: &Campaign, entry: EntryId, lang: LangId) -> String {
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

/// `"home"`, `"section"` or `"page"`: a content page's `page.kind`.
fn kind_of(site: &Site, entry: EntryId) -> &'static str {
    let e = &site.entries[entry];
    match (e.is_home, e.kind) {
        (true, _) => "home",
        (_, Kind::Section) => "section",
        _ => "page",
    }
}

impl Renderer {
    /// Renders one (entry, language) page to HTML.
    pub fn page(
        &self,
        site: &Site,
        headings: &Headings,
        campaign: &Campaign,
        images: &Images,
        entry: EntryId,
        lang: LangId,
    ) -> Result<Page, Vec<Diagnostic>> {
        let (doc, _) = site.doc(entry, lang);
        let (r, anchors) =
            render_markdown(site, headings, images, Embeds::Render(self), entry, lang);
        let local_links = r.local_links;
        let (content, mut diags, summary) = (r.html, r.diagnostics, r.summary);
        let help = doc.fm.help.as_deref();
        if let Some(h) = help {
            diags.extend(self.check_help(&doc.src, h));
        }
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

        let url = &site.urls[entry][lang].url;
        let base = self
            .page_base(site, lang, url, kind_of(site, entry))
            .map_err(|d| vec![d])?;
        let whole = content_context(site, entry, lang, &content, summary);
        let pager = site.pager(entry);
        let locs = pager.map_or_else(Vec::new, |p| paginate::locations(site, p, entry, lang));
        let lists = match pager {
            Some(p) => paginate::list_pages(site, entry, lang, p, whole, &locs),
            None => vec![whole],
        };
        let mut ctx = self.context_with(base, &campaign_context(site, campaign, entry, lang));
        if let Some(h) = help {
            let ids: Vec<&str> = h.pinned.iter().map(|s| s.value.as_str()).collect();
            let country = h.country.as_ref().map(|c| c.value.as_str());
            if let Some(strip) = self.cards.help(lang, country, &ids) {
                ctx.insert("help", &strip);
            }
        }
        let mut html = Vec::with_capacity(lists.len());
        for list in &lists {
            // Every list page sets the same variables: each one's replace the last's.
            fill(&mut ctx, list);
            html.push(self.render(&template, &ctx).map_err(|d| vec![d])?);
        }
        let mut html = html.into_iter();
        Ok(Page {
            html: html.next().unwrap_or_default(),
            warnings,
            anchors,
            local_links,
            more: locs.into_iter().skip(1).zip(html).collect(),
        })
    }

    /// Renders one directory page.
    pub fn directory_page(
        &self,
        site: &Site,
        p: &directory::pages::Page,
    ) -> Result<String, Diagnostic> {
        let base = self.page_base(site, p.lang, &p.url, "directory")?;
        let mut ctx = self.context_with(base, &self.directory_context(site, p));
        // A country's pages (`directory/gr/...`) show that country's pinned entries too.
        let country = p
            .rest
            .strip_prefix("directory/")
            .and_then(|r| r.split('/').next());
        if let Some(strip) = self.cards.help(p.lang, country, &[]) {
            ctx.insert("help", &strip);
        }
        self.render(p.template, &ctx)
    }

    /// The context of directory page `p`, besides its base context.
    pub fn directory_context<'a>(
        &self,
        site: &'a Site,
        p: &'a directory::pages::Page,
    ) -> DirectoryContext<'a> {
        let get = |key: &str| p.context.get(key);
        debug_assert!(
            p.context.as_object().is_some_and(|m| m
                .keys()
                .all(|k| DirectoryContext::FROM_DIRECTORY.contains(&k.as_str()))),
            "a directory page's variable is missing from DirectoryContext"
        );
        let entry = get("entry");
        // The title: the entry's name, else a message id in the page's language, else
        // the fallback text.
        let title = match (p.title.get("message").and_then(|m| m.as_str()), entry) {
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
        // The entry's own description, else the directory's introduction.
        let description = entry
            .and_then(|e| e.get("description"))
            .and_then(|d| d.get("text"))
            .and_then(|t| t.as_str())
            .map(str::to_string)
            .or_else(|| self.i18n.format(p.lang, "directory-intro", None));
        let (translations, x_default) =
            alternates(site, p.lang, &Alternates::below_language(site, &p.rest));
        DirectoryContext {
            page: DirectoryPage {
                title,
                url: &p.url,
                permalink: site.permalink(&p.url),
                kind: "directory",
                description,
            },
            // Entries are searchable; the lists only repeat them.
            searchable: entry.is_some(),
            translations,
            x_default,
            countries: get("countries"),
            category_links: get("category_links"),
            filter_languages: get("filter_languages"),
            groups: get("groups"),
            all: get("all"),
            country: get("country"),
            category: get("category"),
            entries: get("entries"),
            paginator: get("paginator"),
            entry,
            json_ld: get("json_ld"),
        }
    }

    /// The search page of a language: a search form for browsers with JavaScript, and for
    /// every browser the list of sections and their pages.
    pub fn search_page(&self, site: &Site, lang: LangId) -> Result<String, Diagnostic> {
        let url = crate::search::page_url(&site.config.languages[lang].code);
        let base = self.page_base(site, lang, &url, "search")?;
        let ctx = self.context_with(base, &self.search_context(site, lang, &url));
        self.render("search.html", &ctx)
    }

    /// The context of the search page of `lang`, at `url`, besides its base context.
    pub fn search_context<'a>(
        &self,
        site: &'a Site,
        lang: LangId,
        url: &'a str,
    ) -> SearchContext<'a> {
        let title = self
            .i18n
            .format(lang, "search-title", None)
            .unwrap_or_default();
        let groups = site.children[site.home][lang]
            .iter()
            .map(|&c| SearchGroup {
                section: LinkItem::new(site, c, lang),
                pages: site.children[c][lang]
                    .iter()
                    .map(|&p| LinkItem::new(site, p, lang))
                    .collect(),
            })
            .collect();
        let (translations, x_default) = alternates(
            site,
            lang,
            &Alternates::made_by(site, crate::search::page_url),
        );
        SearchContext {
            page: SearchPage {
                title,
                url,
                permalink: site.permalink(url),
                kind: "search",
            },
            groups,
            translations,
            x_default,
        }
    }
}

/// The context of the content page (`entry`, `lang`) whose markdown is `content` (as
/// HTML) with `summary` (its first paragraph's text), besides its base context and its
/// campaign's.
pub(crate) fn content_context<'a>(
    site: &'a Site,
    entry: EntryId,
    lang: LangId,
    content: &str,
    summary: Option<String>,
) -> ContentContext<'a> {
    let (doc, fallback) = site.doc(entry, lang);
    let e = &site.entries[entry];
    let loc = &site.urls[entry][lang];
    let (translations, x_default) = alternates(site, lang, &Alternates::of_entry(site, entry));
    let text_lang = site
        .config
        .language(&doc.src.lang)
        .unwrap_or(site.config.default_lang());
    // Breadcrumbs: home down to the parent.
    let mut ancestors = Vec::new();
    let mut p = e.parent;
    while let Some(i) = p {
        ancestors.push(LinkItem::new(site, i, lang));
        p = site.entries[i].parent;
    }
    ancestors.reverse();
    let (pages, subsections) = if e.kind == Kind::Section {
        let (pages, sections): (Vec<EntryId>, Vec<EntryId>) = site.children[entry][lang]
            .iter()
            .partition(|&&c| site.entries[c].kind == Kind::Page);
        let items = |list: &[EntryId]| -> Vec<LinkItem> {
            list.iter().map(|&c| LinkItem::new(site, c, lang)).collect()
        };
        (Some(items(&pages)), Some(items(&sections)))
    } else {
        (None, None)
    };
    ContentContext {
        page: ContentPage {
            title: &doc.fm.title.value,
            description: doc.fm.description.as_deref(),
            summary: summary.filter(|_| doc.fm.description.is_none()),
            url: &loc.url,
            permalink: site.permalink(&loc.url),
            key: &e.key,
            kind: kind_of(site, entry),
            date: doc.fm.date(),
            updated: doc.fm.updated(),
            extra: &doc.fm.extra,
            fallback,
            machine_translated: !fallback && doc.fm.machine_translated(),
            text_lang: &text_lang.code,
            text_dir: text_lang.dir.as_str(),
            text_language_name: &text_lang.name,
            content: Value::safe_string(content),
        },
        // Only text in the page's own language goes into that language's search index.
        searchable: !fallback,
        translations,
        x_default,
        ancestors,
        pages,
        subsections,
        paginator: None,
    }
}
