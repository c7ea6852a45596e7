//! Pagination: a section whose list of pages is longer than its `paginate_by` (else the
//! site's) is split into list pages, the first at the section's URL and the next at
//! `<section>/page/2/`, `…/page/3/`. A section has the same pages in every language
//! (a fallback stands in for a missing translation), so each list page has its
//! translation at the same number, and the original's `paginate_by` counts for all.

use super::{EntryId, LangId, Location, Site};
use crate::content::frontmatter::at_value;
use crate::content::source::Kind;
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A section's list pages: how many pages each lists, and how many list pages there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    pub per_page: usize,
    pub count: usize,
}

impl Pager {
    /// The `number`th list page (from 1) of the list whose first page is `first`.
    pub fn page(&self, number: usize, first: &Location) -> Location {
        if number <= 1 {
            return first.clone();
        }
        let folder = first.out.parent().unwrap_or(Path::new(""));
        Location {
            url: format!("{}page/{number}/", first.url),
            out: folder
                .join("page")
                .join(number.to_string())
                .join("index.html"),
        }
    }

    /// The positions of the items of list page `number` (from 1).
    pub fn range(&self, number: usize, len: usize) -> std::ops::Range<usize> {
        let start = (number.saturating_sub(1) * self.per_page).min(len);
        start..(start + self.per_page).min(len)
    }
}

/// `paginator` of a list page: where it stands among the section's list pages.
#[derive(Serialize, Clone)]
pub struct Paginator<'a> {
    /// This list page's number, from 1.
    pub number: usize,
    /// How many list pages there are.
    pub count: usize,
    /// How many pages the whole list has (on every list page).
    pub items: usize,
    /// The previous list page's URL, or null on the first.
    pub previous: Option<&'a str>,
    /// The next list page's URL, or null on the last.
    pub next: Option<&'a str>,
    /// Links to the first list page, the ones beside this one, and the last: a list of
    /// `PageNumber`, in order.
    pub numbers: Vec<PageNumber<'a>>,
}

/// A numbered link between list pages.
#[derive(Serialize, Clone)]
pub struct PageNumber<'a> {
    /// The list page's number, from 1.
    pub number: usize,
    /// Its URL, from the site's root.
    pub url: &'a str,
    /// Whether it is the page being rendered (for `aria-current="page"`).
    pub current: bool,
    /// Whether numbers are left out before this one (show `…`).
    pub gap_before: bool,
}

impl<'a> Paginator<'a> {
    /// List page `number` (from 1) of `urls.len()` list pages at `urls`, over a list of
    /// `items`.
    pub fn new(number: usize, items: usize, urls: &[&'a str]) -> Self {
        let url_of = |n: usize| urls.get(n.wrapping_sub(1)).copied();
        let mut last = 0;
        let numbers = shown(number, urls.len())
            .into_iter()
            .filter_map(|n| {
                let gap_before = last != 0 && n > last + 1;
                last = n;
                Some(PageNumber {
                    number: n,
                    url: url_of(n)?,
                    current: n == number,
                    gap_before,
                })
            })
            .collect();
        Paginator {
            number,
            count: urls.len(),
            items,
            previous: url_of(number.wrapping_sub(1)),
            next: url_of(number + 1),
            numbers,
        }
    }
}

/// The numbers shown around page `number` of `count`: the first, the last, and the ones
/// beside it, so that a phone's line holds them however long the list.
fn shown(number: usize, count: usize) -> Vec<usize> {
    let mut shown: Vec<usize> = [1, number.saturating_sub(1), number, number + 1, count]
        .into_iter()
        .filter(|&n| (1..=count).contains(&n))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    shown
}

/// How many items a list page holds when `paginate_by` is 0 or absent everywhere: few
/// enough that a list of long titles and descriptions stays within the one-round-trip
/// budget (README, "Pagination", has the measurement).
pub const DEFAULT_PER_PAGE: usize = 50;

/// The number of list pages for `len` items, `per_page` on each (0: never split).
pub fn page_count(len: usize, per_page: usize) -> usize {
    if per_page == 0 || len == 0 {
        1
    } else {
        len.div_ceil(per_page)
    }
}

impl Site {
    /// How the pages of section `entry` are split: `None` for a page, or a list that fits
    /// on one page.
    pub fn pager(&self, entry: EntryId) -> Option<Pager> {
        if self.entries[entry].kind != Kind::Section {
            return None;
        }
        let (doc, _) = self.doc(entry, self.default_index());
        let per_page = doc
            .fm
            .paginate_by
            .as_ref()
            .map_or(self.config.paginate_by, |p| p.value as usize);
        let len = self.list_len(entry);
        let count = page_count(len, per_page);
        (count > 1).then_some(Pager { per_page, count })
    }

    /// The number of pages (not subsections) section `entry` lists: the same in every
    /// language.
    pub fn list_len(&self, entry: EntryId) -> usize {
        self.children[entry][self.default_index()]
            .iter()
            .filter(|&&c| self.entries[c].kind == Kind::Page)
            .count()
    }
}

/// Checks what pagination writes against what the content asks for: `paginate_by` in a
/// page that lists nothing, and a page or alias whose URL is a list page's.
pub(super) fn check(site: &Site, diags: &mut Diagnostics) {
    for e in site.entry_ids() {
        if site.entries[e].kind == Kind::Section {
            continue;
        }
        for doc in site.entries[e].docs.iter().flatten() {
            if let Some(p) = &doc.fm.paginate_by {
                diags.push(at_value(
                    &doc.src,
                    &p.referenced,
                    Diagnostic::warning(
                        Code::PaginateByPage,
                        "`paginate_by` splits a section's list; this page lists nothing",
                    )
                    .hint("move `paginate_by` to the section's _index.md, or remove it"),
                ));
            }
        }
    }
    let paged: Vec<(EntryId, Pager)> = site
        .entry_ids()
        .filter_map(|e| site.pager(e).map(|p| (e, p)))
        .collect();
    if paged.is_empty() {
        return;
    }
    let mut taken: HashMap<&Path, (EntryId, LangId)> = HashMap::new();
    for e in site.entry_ids() {
        for l in site.lang_ids() {
            taken.insert(&site.urls[e][l].out, (e, l));
        }
    }
    let aliases: HashMap<&Path, (EntryId, LangId)> = site
        .aliases
        .iter()
        .map(|a| (a.out.as_path(), (a.entry, a.lang)))
        .collect();
    let mut reported = std::collections::HashSet::new();
    for (section, pager) in paged {
        for l in site.lang_ids() {
            for number in 2..=pager.count {
                let list = pager.page(number, &site.urls[section][l]);
                let out: PathBuf = list.out;
                let what = format!(
                    "list page {number} of {}",
                    display_path(&site.doc(section, l).0.src.file)
                );
                if let Some(&(e, lang)) = taken.get(out.as_path()) {
                    let (doc, _) = site.doc(e, lang);
                    if !reported.insert(doc.src.file.clone()) {
                        continue;
                    }
                    let d = Diagnostic::error(
                        Code::ReservedUrl,
                        format!("this page's URL {} is where Waymark writes {what}", list.url),
                    )
                    .hint("give the page another `slug:` (the list's pages are at page/2/, page/3/ …)");
                    diags.push(super::urls::at_slug(doc, d));
                }
                if let Some(&(e, lang)) = aliases.get(out.as_path()) {
                    let Some(doc) = &site.entries[e].docs[lang] else {
                        continue;
                    };
                    let at = doc.fm.aliases.iter().find(|a| {
                        super::urls::alias_location(a.value.trim()).is_ok_and(|loc| loc.out == out)
                    });
                    let d = Diagnostic::error(
                        Code::ReservedUrl,
                        format!(
                            "an alias of this page is {}, where Waymark writes {what}",
                            list.url
                        ),
                    )
                    .hint("remove the alias, or choose another path");
                    diags.push(match at {
                        Some(a) => at_value(&doc.src, &a.referenced, d),
                        None => d.file(&doc.src.file),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_and_cut_without_a_remainder_lost() {
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(50, 50), 1);
        assert_eq!(page_count(51, 50), 2);
        assert_eq!(page_count(5000, 50), 100);
        assert_eq!(page_count(5000, 0), 1);
        let p = Pager {
            per_page: 50,
            count: 3,
        };
        assert_eq!(p.range(1, 120), 0..50);
        assert_eq!(p.range(3, 120), 100..120);
        assert_eq!(p.range(4, 120), 120..120);
    }

    #[test]
    fn a_long_list_shows_first_last_and_neighbours() {
        assert_eq!(shown(1, 1), vec![1]);
        assert_eq!(shown(1, 2), vec![1, 2]);
        assert_eq!(shown(1, 100), vec![1, 2, 100]);
        assert_eq!(shown(50, 100), vec![1, 49, 50, 51, 100]);
        assert_eq!(shown(100, 100), vec![1, 99, 100]);
        let urls = ["/a/", "/a/page/2/", "/a/page/3/", "/a/page/4/"];
        let p = Paginator::new(1, 7, &urls);
        assert_eq!((p.previous, p.next), (None, Some("/a/page/2/")));
        let p = Paginator::new(4, 7, &urls);
        assert_eq!((p.previous, p.next), (Some("/a/page/3/"), None));
        let gaps: Vec<(usize, bool, bool)> = p
            .numbers
            .iter()
            .map(|n| (n.number, n.gap_before, n.current))
            .collect();
        assert_eq!(
            gaps,
            [(1, false, false), (3, true, false), (4, false, true)]
        );
    }

    #[test]
    fn list_pages_live_below_the_first() {
        let first = Location {
            url: "/ar/%D8%AD/".into(),
            out: ["ar", "ح", "index.html"].iter().collect(),
        };
        let p = Pager {
            per_page: 10,
            count: 2,
        };
        assert_eq!(p.page(1, &first).url, first.url);
        let second = p.page(2, &first);
        assert_eq!(second.url, "/ar/%D8%AD/page/2/");
        assert_eq!(
            second.out,
            ["ar", "ح", "page", "2", "index.html"]
                .iter()
                .collect::<PathBuf>()
        );
    }
}
