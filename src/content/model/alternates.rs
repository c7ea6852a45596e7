//! The language versions of one page (hreflang): made here once, and read by the pages'
//! `<link rel="alternate">`, their language switcher and the sitemap alike.

use super::{EntryId, LangId, Site};

/// A page's path in every language of the site (in `site.yaml`'s order), and the path
/// that stands for it when no language matches (`x-default`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternates {
    pub urls: Vec<String>,
    pub x_default: String,
}

impl Alternates {
    /// A content page or section: its own URL in each language; the default language's
    /// version is the `x-default`, except for the home pages, whose `x-default` is the
    /// language chooser at `/` (which names them all): the homes and `/` are one cluster,
    /// each naming the same alternates, as search engines require.
    pub fn of_entry(site: &Site, entry: EntryId) -> Self {
        if entry == site.home {
            return Self::chooser(site);
        }
        Alternates {
            urls: site
                .lang_ids()
                .map(|l| site.urls[entry][l].url.clone())
                .collect(),
            x_default: site.urls[entry][site.default_index()].url.clone(),
        }
    }

    /// A page made from data at the same path below each language's folder
    /// (`/<lang>/<rest>`, the directory's pages).
    pub fn below_language(site: &Site, rest: &str) -> Self {
        Self::made_by(site, |code| format!("/{code}/{rest}"))
    }

    /// A page whose path in each language `url_of(code)` gives (the search pages).
    pub fn made_by(site: &Site, url_of: impl Fn(&str) -> String) -> Self {
        Alternates {
            urls: site
                .config
                .languages
                .iter()
                .map(|l| url_of(&l.code))
                .collect(),
            x_default: url_of(&site.config.default_language),
        }
    }

    /// The root language chooser: it stands for every language's home page.
    pub fn chooser(site: &Site) -> Self {
        Alternates {
            urls: site
                .lang_ids()
                .map(|l| site.urls[site.home][l].url.clone())
                .collect(),
            x_default: "/".into(),
        }
    }

    /// (language id, path) in the site's order.
    pub fn each(&self) -> impl Iterator<Item = (LangId, &str)> {
        self.urls
            .iter()
            .enumerate()
            .map(|(i, u)| (LangId(i), u.as_str()))
    }
}
