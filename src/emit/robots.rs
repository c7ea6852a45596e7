//! `robots.txt`: everything allowed, and where the sitemap is.

use super::{Cx, Out};
use crate::content::model::Site;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    out.put("robots.txt", robots(&cx.p.site));
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    )
}
