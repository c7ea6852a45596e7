//! The sections menu (`sections-nav.html`): the same for every page in the same place in
//! the menu, so it is rendered once per language and place, and kept.

use super::context::{fill, LinkItem, NavItem, SectionsNavContext};
use super::{Renderer, SECTIONS_NAV};
use crate::content::model::LangId;
use crate::content::model::Site;
use crate::diagnostics::Diagnostic;
use tera::{Context, Value};

/// Where a page is in the menu: what its menu is rendered for.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct NavKey {
    /// The page's language.
    lang: LangId,
    /// The position of the menu item the page is or is under, if any.
    item: Option<usize>,
    /// Whether the page is that item itself (`aria-current="page"`), not under it.
    on_item: bool,
    /// Whether the page is in the directory.
    in_directory: bool,
    /// Whether the page is a search page.
    on_search: bool,
}

impl NavKey {
    /// The place of pages outside the menu (404, offline).
    pub(super) fn nowhere(lang: LangId) -> NavKey {
        NavKey {
            lang,
            item: None,
            on_item: false,
            in_directory: false,
            on_search: false,
        }
    }
}

/// How many of the top level's sections and pages the menu lists: pages in folders without
/// an `_index.md` belong to the home page, and 2,500 of them made every page carry a
/// 2,500-item menu (and 2,500 different menus: 64 s and 669 MB of output). The rest are
/// reached from the home page; a warning says so.
pub(crate) const MAX_MENU_ITEMS: usize = 24;

/// The entries the menu lists in `lang`, in order.
pub(crate) fn menu_entries(site: &Site, lang: LangId) -> &[crate::content::model::EntryId] {
    let all = &site.children[site.home][lang];
    &all[..all.len().min(MAX_MENU_ITEMS)]
}

/// The sections menu of each place, rendered.
pub(super) type NavCache = std::sync::RwLock<std::collections::HashMap<NavKey, Value>>;

impl Renderer {
    /// The sections menu (`sections-nav.html`) for a page at `page` (URL, kind): the
    /// same for every page in the same place, so it is rendered once per place.
    pub(super) fn sections_nav(
        &self,
        site: &Site,
        lang: LangId,
        page: Option<(&str, &str)>,
    ) -> Result<Value, Diagnostic> {
        let key = match page {
            None => NavKey::nowhere(lang),
            Some((url, kind)) => self.nav_key(site, lang, url, kind),
        };
        if let Some(v) = self.cached_nav(key) {
            return Ok(v);
        }
        let mut ctx = Context::new();
        fill(&mut ctx, &self.sections_nav_context(site, key));
        let html = Value::safe_string(&self.render(SECTIONS_NAV, &ctx)?);
        if let Ok(mut n) = self.navs.write() {
            n.insert(key, html.clone());
        }
        Ok(html)
    }

    /// The menu for `key`, if it was rendered.
    pub(super) fn cached_nav(&self, key: NavKey) -> Option<Value> {
        self.navs.read().ok().and_then(|n| n.get(&key).cloned())
    }

    /// The place in the menu of the page at `url`, of `kind`.
    fn nav_key(&self, site: &Site, lang: LangId, url: &str, kind: &str) -> NavKey {
        let place = menu_entries(site, lang)
            .iter()
            .enumerate()
            .find_map(|(i, &c)| {
                let item = &site.urls[c][lang].url;
                url.starts_with(item.as_str()).then(|| (i, url == item))
            });
        NavKey {
            lang,
            item: place.map(|(i, _)| i),
            on_item: place.is_some_and(|(_, exact)| exact),
            in_directory: self.shared[lang]
                .directory_url
                .as_ref()
                .is_some_and(|d| url.starts_with(d.as_str())),
            on_search: kind == "search",
        }
    }

    /// The context of `sections-nav.html` for a place in the menu.
    pub(super) fn sections_nav_context<'a>(
        &'a self,
        site: &'a Site,
        key: NavKey,
    ) -> SectionsNavContext<'a> {
        let lang = key.lang;
        let nav = menu_entries(site, lang)
            .iter()
            .enumerate()
            .map(|(i, &c)| NavItem {
                link: LinkItem::new(site, c, lang),
                current: match key.item {
                    Some(at) if at == i && key.on_item => Some("page"),
                    Some(at) if at == i => Some("true"),
                    _ => None,
                },
            })
            .collect();
        let l = &site.config.languages[lang];
        SectionsNavContext {
            lang: &l.code,
            dir: l.dir.as_str(),
            nav,
            directory_url: self.shared[lang].directory_url.as_deref(),
            directory_current: key.in_directory,
            search_current: key.on_search,
        }
    }
}

/// Top-level sections and pages, in order, for the navigation.
pub(super) fn nav_items(site: &Site, lang: LangId) -> Vec<LinkItem<'_>> {
    menu_entries(site, lang)
        .iter()
        .map(|&c| LinkItem::new(site, c, lang))
        .collect()
}
