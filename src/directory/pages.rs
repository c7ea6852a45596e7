//! The directory's pages in every language: the index (grouped by country, then kind of
//! help), a page per country, per category and per entry, the help strip of pinned
//! entries, and the entry JSON-LD. Every string from the data is escaped by the templates.

use super::{languages, words_view, Directory, Entry, Text};
use crate::campaign::escape_json_for_script;
use crate::content::config::Config;
use crate::content::model::encode_segment;
use crate::content::model::{ids, page_count, LangId, Paginator};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One page to render.
pub struct Page {
    pub lang: LangId,
    pub template: &'static str,
    pub out: PathBuf,
    pub url: String,
    /// Path after `/<lang>/`, the same in every language (for the switcher and sitemap).
    pub rest: String,
    pub title: Value,
    pub context: Value,
}

pub fn index_url(code: &str) -> String {
    format!("/{code}/directory/")
}

fn entry_rest(e: &Entry) -> String {
    format!("directory/{}/{}/", e.country_slug(), encode_segment(&e.id))
}

#[derive(Serialize)]
struct Localized<'a> {
    text: &'a str,
    /// Set when the text is not in the page's language.
    lang: Option<&'a str>,
    dir: Option<&'a str>,
}

fn localize<'a>(t: &'a Text, config: &'a Config, lang: &'a str) -> Option<Localized<'a>> {
    let (text, written) = t.get(lang, &config.default_language)?;
    let other = (written != lang)
        .then(|| config.language(written))
        .flatten();
    Some(Localized {
        text,
        lang: other.map(|l| l.code.as_str()),
        dir: other.map(|l| l.dir.as_str()),
    })
}

/// A description cut into text and the phone numbers in it, each as a call button's view
/// (`{text}` or `{tel, display, national}`).
fn description_runs(e: &Entry, text: &str) -> Vec<Value> {
    let own: Vec<&str> = e.phones.iter().map(|p| p.phone.dial.as_str()).collect();
    super::phones::runs(text, &own)
        .into_iter()
        .map(|r| match r {
            super::phones::Run::Text(t) => json!({ "text": t }),
            super::phones::Run::Phone(p) => json!({
                "tel": format!("tel:{}", p.dial),
                "display": p.display,
                "national": p.national,
            }),
        })
        .collect()
}

/// The view of one entry in one language, shared by every page that lists it.
pub fn entry_view(e: &Entry, config: &Config, lang: &str) -> Value {
    let phones: Vec<Value> = e
        .phones
        .iter()
        .map(|p| {
            json!({
                "tel": format!("tel:{}", p.phone.dial),
                "display": p.phone.display,
                "national": p.phone.national,
                "label": p.label.as_ref().and_then(|l| localize(l, config, lang)),
                "free": p.free,
                "sms": p.sms.then(|| format!("sms:{}", p.phone.dial)),
                "whatsapp": if p.whatsapp { p.phone.wa_digits.as_ref().map(|d| format!("https://wa.me/{d}")) } else { None },
                "viber": if p.viber { p.phone.wa_digits.as_ref().map(|d| format!("viber://chat?number=%2B{d}")) } else { None },
            })
        })
        .collect();
    let spoken = words_view::spoken(&e.languages, config, lang);
    let description = e
        .description
        .as_ref()
        .and_then(|d| localize(d, config, lang));
    let as_of = super::provenance::as_of(&e.source, e.verified.as_ref());
    json!({
        "id": e.id,
        "url": format!("/{lang}/{}", entry_rest(e)),
        "name": localize(&e.name, config, lang),
        "description": description,
        "description_runs": description.as_ref().map(|d| description_runs(e, d.text)),
        "kind": e.kind,
        "country": e.country,
        "country_url": format!("/{lang}/directory/{}/", e.country_slug()),
        "region": e.region,
        "city": e.city,
        "categories": e.categories.iter().map(|c| json!({"slug": c, "url": format!("/{lang}/directory/category/{c}/")})).collect::<Vec<_>>(),
        "category_list": e.categories.join(" "),
        "phones": phones,
        "email": e.email.as_ref().map(|m| json!({"href": format!("mailto:{m}"), "text": m})),
        "website": e.website,
        "languages": spoken,
        "language_list": e.languages.join(" "),
        "hours": e.hours,
        "hours_words": e.hours.as_deref().and_then(|h| words_view::hours(h, lang)),
        "always_open": e.weekly_hours.as_ref().is_some_and(|w| w == &[(0, super::hours::WEEK)]),
        "weekly": e.weekly_hours.as_ref().map(|w| serde_json::to_string(w).unwrap_or_default()),
        "timezone": e.timezone,
        "ages": e.ages,
        "ages_ltr": e.ages.as_deref().map(|a| words_view::ages(a, lang)),
        "confidential": e.confidential == Some(true),
        "address": e.address,
        "interpreters": e.interpreters,
        "source": {
            "name": localize(&e.source.name, config, lang),
            "url": e.source.url,
            "date": e.source.date,
            "date_text": e.source.date.as_ref().and_then(|d| words_view::date(d, lang)),
            "precision": e.source.date_precision,
        },
        "verified": e.verified.as_ref().map(|v| json!({
            "on": v.on,
            "on_text": words_view::month_of(&v.on, lang),
            "how": localize(&v.how, config, lang),
        })),
        "as_of": as_of,
        "as_of_text": as_of.as_ref().and_then(|d| words_view::date(d, lang)),
        "stale": e.stale,
        "stale_fallback": e.stale_fallback,
        "example": e.example,
    })
}

/// schema.org data for an entry page: the service and its contact points.
fn json_ld(e: &Entry, config: &Config, lang: &str, permalink: &str) -> String {
    let name = e.name.get(lang, &config.default_language).map(|(t, _)| t);
    let mut obj = json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": e.website.clone().unwrap_or_else(|| permalink.to_string()),
        "areaServed": e.country,
        "contactPoint": e.phones.iter().map(|p| json!({
            "@type": "ContactPoint",
            "telephone": p.phone.e164.clone().unwrap_or_else(|| p.phone.dial.clone()),
            "contactType": e.categories.first(),
            "availableLanguage": e.languages,
            "areaServed": e.country,
        })).collect::<Vec<_>>(),
    });
    if let (Some(map), Some(d)) = (obj.as_object_mut(), &e.description) {
        if let Some((text, _)) = d.get(lang, &config.default_language) {
            map.insert("description".into(), json!(text));
        }
    }
    if let (Some(map), Some(m)) = (obj.as_object_mut(), &e.email) {
        map.insert("email".into(), json!(m));
    }
    escape_json_for_script(&serde_json::to_string(&obj).unwrap_or_else(|_| "{}".into()))
}

/// The pinned entries for the help strip of every page in `lang`.
pub fn help_strip(dir: &Directory, config: &Config, lang: &str) -> Value {
    let items: Vec<Value> = config
        .directory
        .pinned
        .iter()
        .filter_map(|id| dir.get(id))
        .map(|e| entry_view(e, config, lang))
        .collect();
    json!(items)
}

/// Every directory page in every language.
pub fn pages(dir: &Directory, config: &Config) -> Vec<Page> {
    let mut out = Vec::new();
    if dir.is_empty() {
        return out;
    }
    let countries = dir.countries();
    let categories = dir.categories();
    for l in ids(config.languages.len()) {
        LanguagePages::new(dir, config, l, &countries, &categories).push_all(&mut out);
    }
    out
}

/// Entries grouped under a name (a country or a category), as `Directory` lists them.
type Groups<'a, K> = [(K, Vec<&'a Entry>)];

/// The directory's pages in one language, with what they share.
struct LanguagePages<'a> {
    config: &'a Config,
    lang: LangId,
    code: &'a str,
    countries: &'a Groups<'a, &'a str>,
    categories: &'a Groups<'a, &'static str>,
    /// Each entry's view in this language, in the directory's order.
    views: Vec<(&'a Entry, Value)>,
    /// Built once per language, looked up by id for every page that lists the entry.
    by_id: BTreeMap<&'a str, usize>,
    /// What every page's context has: the links to countries and categories, the filters.
    common: Value,
}

impl<'a> LanguagePages<'a> {
    /// The views and shared links of the pages in language `lang`.
    fn new(
        dir: &'a Directory,
        config: &'a Config,
        lang: LangId,
        countries: &'a Groups<'a, &'a str>,
        categories: &'a Groups<'a, &'static str>,
    ) -> Self {
        let code = config.languages[lang].code.as_str();
        let views: Vec<(&Entry, Value)> = dir
            .entries
            .iter()
            .map(|e| (e, entry_view(e, config, code)))
            .collect();
        let by_id = views
            .iter()
            .enumerate()
            .map(|(i, (e, _))| (e.id.as_str(), i))
            .collect();
        LanguagePages {
            config,
            lang,
            code,
            countries,
            categories,
            views,
            by_id,
            common: common(dir, config, code, countries, categories),
        }
    }

    /// The view of `e`, as listed on a page.
    fn view_of(&self, e: &Entry) -> Value {
        self.by_id
            .get(e.id.as_str())
            .map_or(Value::Null, |&i| self.views[i].1.clone())
    }

    /// The index: grouped by country, then by kind of help.
    fn groups(&self) -> Vec<Value> {
        let code = self.code;
        self.countries
            .iter()
            .map(|(c, list)| {
                let by_category: Vec<Value> = self
                    .categories
                    .iter()
                    .filter_map(|(cat, _)| {
                        let here: Vec<Value> = list
                            .iter()
                            .filter(|e| e.categories.first().map(String::as_str) == Some(*cat))
                            .map(|e| self.view_of(e))
                            .collect();
                        (!here.is_empty()).then(|| json!({"slug": cat, "entries": here}))
                    })
                    .collect();
                json!({"code": c, "url": format!("/{code}/directory/{}/", c.to_ascii_lowercase()), "categories": by_category})
            })
            .collect()
    }

    /// The page at `/<lang>/<rest>`, its context with what every page shares.
    fn page(&self, template: &'static str, rest: String, title: Value, mut ctx: Value) -> Page {
        let code = self.code;
        if let (Some(m), Some(c)) = (ctx.as_object_mut(), self.common.as_object()) {
            for (k, v) in c {
                m.entry(k.clone()).or_insert(v.clone());
            }
        }
        let segs: Vec<String> = rest
            .trim_end_matches('/')
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        let mut path: PathBuf = [code].iter().collect();
        for s in &segs {
            path.push(s);
        }
        path.push("index.html");
        Page {
            lang: self.lang,
            template,
            out: path,
            url: format!("/{code}/{rest}"),
            rest,
            title,
            context: ctx,
        }
    }

    /// A country's or category's list of entries, split into list pages of
    /// `directory.paginate_by` (the first at `rest`, the next at `rest` + `page/2/` …).
    fn push_list(
        &self,
        out: &mut Vec<Page>,
        rest: String,
        title: Value,
        (key, value): (&str, Value),
        list: &[&Entry],
    ) {
        let per_page = self.config.directory.per_page();
        let count = page_count(list.len(), per_page);
        let rests: Vec<String> = (1..=count)
            .map(|n| match n {
                1 => rest.clone(),
                n => format!("{rest}page/{n}/"),
            })
            .collect();
        let urls: Vec<String> = rests
            .iter()
            .map(|r| format!("/{}/{r}", self.code))
            .collect();
        let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
        for (n, rest) in (1..=count).zip(rests.iter()) {
            let start = ((n - 1) * per_page).min(list.len());
            let end = if count == 1 {
                list.len()
            } else {
                (start + per_page).min(list.len())
            };
            let mut ctx = json!({
                key: value,
                "entries": list[start..end].iter().map(|e| self.view_of(e)).collect::<Vec<_>>(),
            });
            if let (true, Some(m)) = (count > 1, ctx.as_object_mut()) {
                let paginator = Paginator::new(n, list.len(), &urls);
                m.insert("paginator".into(), json!(paginator));
            }
            out.push(self.page("directory-list.html", rest.clone(), title.clone(), ctx));
        }
    }

    /// The index, then a page per country, per category and per entry.
    fn push_all(&self, out: &mut Vec<Page>) {
        let code = self.code;
        // A directory longer than a list page: the index links the lists and shows no
        // entries, or it would be every entry on one page.
        let per_page = self.config.directory.per_page();
        let (groups, all) = if page_count(self.views.len(), per_page) > 1 {
            (Vec::new(), Vec::new())
        } else {
            (
                self.groups(),
                self.views.iter().map(|(_, v)| v.clone()).collect(),
            )
        };
        out.push(self.page(
            "directory.html",
            "directory/".into(),
            json!({"message": "directory-title"}),
            json!({"groups": groups, "all": all}),
        ));
        for (c, list) in self.countries {
            self.push_list(
                out,
                format!("directory/{}/", c.to_ascii_lowercase()),
                json!({"message": format!("country-{c}"), "fallback": c}),
                ("country", json!(c)),
                list,
            );
        }
        for (cat, list) in self.categories {
            self.push_list(
                out,
                format!("directory/category/{cat}/"),
                json!({"message": format!("category-{cat}"), "fallback": cat}),
                ("category", json!(cat)),
                list,
            );
        }
        for (e, v) in &self.views {
            let permalink = format!("{}/{code}/{}", self.config.base_url, entry_rest(e));
            out.push(self.page(
                "directory-entry.html",
                entry_rest(e),
                json!({"entry": true}),
                json!({"entry": v, "json_ld": json_ld(e, self.config, code, &permalink)}),
            ));
        }
    }
}

/// What every directory page in `code` shares: the links to the countries and categories,
/// and the languages the entries are spoken in, for the filter.
fn common(
    dir: &Directory,
    config: &Config,
    code: &str,
    countries: &Groups<&str>,
    categories: &Groups<&'static str>,
) -> Value {
    let country_links: Vec<Value> = countries
        .iter()
        .map(|(c, list)| json!({"code": c, "url": format!("/{code}/directory/{}/", c.to_ascii_lowercase()), "count": list.len()}))
        .collect();
    let category_links: Vec<Value> = categories
        .iter()
        .map(|(c, list)| json!({"slug": c, "url": format!("/{code}/directory/category/{c}/"), "count": list.len()}))
        .collect();
    let spoken: std::collections::BTreeSet<&str> = dir
        .entries
        .iter()
        .flat_map(|e| e.languages.iter().map(String::as_str))
        .collect();
    let filter_languages: Vec<Value> = spoken
        .iter()
        .map(|c| {
            let name = config
                .language(c)
                .map(|l| l.name.clone())
                .or_else(|| languages::autonym(c).map(str::to_string))
                .unwrap_or_else(|| c.to_string());
            json!({"code": c, "name": name})
        })
        .collect();
    json!({
        "countries": country_links,
        "category_links": category_links,
        "filter_languages": filter_languages,
    })
}
