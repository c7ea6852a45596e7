//! A section's list split into pages: the context of each list page, made from the
//! section's context (`content_context`) with its slice of the list, its own URL and
//! alternates, and a `paginator` for the links between them.

use super::alternates;
use super::context::ContentContext;
use crate::content::model::{Alternates, EntryId, LangId, Location, Pager, Paginator, Site};

/// The list pages' locations in one language, first to last.
pub(super) fn locations(site: &Site, pager: Pager, entry: EntryId, lang: LangId) -> Vec<Location> {
    (1..=pager.count)
        .map(|n| pager.page(n, &site.urls[entry][lang]))
        .collect()
}

/// The context of each list page of section `entry` in `lang`, from its whole-list
/// context `whole`; `locs` are the list pages' locations (from [`locations`]).
pub(crate) fn list_pages<'a>(
    site: &'a Site,
    entry: EntryId,
    lang: LangId,
    pager: Pager,
    mut whole: ContentContext<'a>,
    locs: &'a [Location],
) -> Vec<ContentContext<'a>> {
    let all = whole.pages.take().unwrap_or_default();
    let subsections = whole.subsections.take();
    let items = all.len();
    let urls: Vec<&str> = locs.iter().map(|l| l.url.as_str()).collect();
    (1..=pager.count)
        .map(|number| {
            let mut c = whole.clone();
            c.pages = Some(all[pager.range(number, items)].to_vec());
            // Subsections lead the list: on its first page only.
            c.subsections = Some(if number == 1 {
                subsections.clone().unwrap_or_default()
            } else {
                Vec::new()
            });
            c.paginator = Some(Paginator::new(number, items, &urls));
            if number > 1 {
                let loc = &locs[number - 1];
                c.page.url = &loc.url;
                c.page.permalink = site.permalink(&loc.url);
                // The list repeats pages that are searched on their own.
                c.searchable = false;
                // Page `number` of the list in every language: the same pages, in the
                // same number of list pages.
                let of = |l: LangId| pager.page(number, &site.urls[entry][l]).url;
                let versions = Alternates {
                    urls: site.lang_ids().map(of).collect(),
                    x_default: of(site.default_index()),
                };
                (c.translations, c.x_default) = alternates(site, lang, &versions);
            }
            c
        })
        .collect()
}
