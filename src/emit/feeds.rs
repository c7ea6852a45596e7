//! An Atom feed per language (`/<lang>/feed.xml`) of its dated pages.

use super::{xml_escape, Cx, Out};
use crate::content::model::LangId;
use crate::content::model::Site;
use std::path::Path;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let p = cx.p;
    for (l, lang) in p.site.lang_ids().zip(&p.site.config.languages) {
        out.put(
            Path::new(&lang.code).join("feed.xml"),
            atom(&p.site, l, &p.site_title(l)),
        );
    }
}

/// An Atom feed of a language's dated pages, newest first.
fn atom(site: &Site, lang: LangId, title: &str) -> String {
    let code = &site.config.languages[lang].code;
    let mut dated: Vec<(String, String, String, Option<String>)> = Vec::new();
    for i in site.entry_ids() {
        let (doc, _) = site.doc(i, lang);
        if let Some(date) = doc.fm.updated().or(doc.fm.date()) {
            dated.push((
                date.to_string(),
                doc.fm.title.value.clone(),
                site.permalink(&site.urls[i][lang].url),
                doc.fm.description.clone(),
            ));
        }
    }
    dated.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let home = site.permalink(&format!("/{code}/"));
    let updated = dated
        .first()
        .map_or("1970-01-01", |d| d.0.as_str())
        .to_string();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>{}</id>\n<link rel=\"self\" href=\"{}\"/>\n<link href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{}</name></author>\n",
        xml_escape(code),
        xml_escape(title),
        xml_escape(&home),
        xml_escape(&site.permalink(&format!("/{code}/feed.xml"))),
        xml_escape(&home),
        xml_escape(title),
    );
    for (date, t, link, summary) in dated {
        out.push_str(&format!(
            "<entry><title>{}</title><link href=\"{}\"/><id>{}</id><updated>{date}T00:00:00Z</updated>{}</entry>\n",
            xml_escape(&t),
            xml_escape(&link),
            xml_escape(&link),
            summary.map(|s| format!("<summary>{}</summary>", xml_escape(&s))).unwrap_or_default()
        ));
    }
    out.push_str("</feed>\n");
    out
}
