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
    let mut dated: Vec<(String, String, String, Option<String>, String)> = Vec::new();
    for i in site.entry_ids() {
        let (doc, _) = site.doc(i, lang);
        // A translation without its own date is in the feed with its original's.
        if let (Some(date), Some(first)) = (site.updated(i, lang), site.date(i, lang)) {
            dated.push((
                date.to_string(),
                doc.fm.title.value.clone(),
                site.permalink(&site.urls[i][lang].url),
                doc.fm.description.clone(),
                tag_id(site, &site.entries[i].key, lang, first),
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
    for (date, t, link, summary, id) in dated {
        out.push_str(&format!(
            "<entry><title>{}</title><link href=\"{}\"/><id>{}</id><updated>{date}T00:00:00Z</updated>{}</entry>\n",
            xml_escape(&t),
            xml_escape(&link),
            xml_escape(&id),
            summary.map(|s| format!("<summary>{}</summary>", xml_escape(&s))).unwrap_or_default()
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// An entry's Atom id that survives a change of URL (a new slug, a moved section): a `tag:`
/// URI (RFC 4151) from the site's host, the page's first date and its content key in the
/// language, `tag:example.org,2023-05-24:en/campaign/problem/index.md`.
fn tag_id(site: &Site, key: &str, lang: LangId, first: &str) -> String {
    // A tag's authority is a domain name: no port.
    let host = crate::directory::provenance::host_of(&site.config.base_url)
        .and_then(|h| h.split(':').next())
        .unwrap_or("localhost");
    let day = first.get(..10).unwrap_or(first);
    let code = &site.config.languages[lang].code;
    let key: String = percent_encoding::utf8_percent_encode(key, TAG_SPECIFIC).collect();
    format!("tag:{host},{day}:{code}/{key}")
}

/// What a `tag:` URI's specific part may not hold as it is.
const TAG_SPECIFIC: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'%');
