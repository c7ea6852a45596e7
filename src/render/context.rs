//! The typed contexts: for every kind of template, a struct whose fields are exactly the
//! variables the template gets, each documented. docs/theme.md, the theme authors'
//! reference, is written from these comments, and a test fails when a section there does
//! not list exactly the fields of its struct.
//!
//! A template's context is one or more of these structs written into one Tera context by
//! [`fill`]: every template gets a [`BaseContext`], then the struct of its kind.
//! (The campaign's part of a content page is in [`super::campaign`].)

use crate::content::model::Site;
use crate::content::model::{EntryId, LangId};
use serde::ser::{self, Impossible, SerializeStruct, Serializer};
use serde::Serialize;
use tera::{Context, Value};

/// A link to a page or section, in menus, lists and breadcrumbs.
#[derive(Serialize, Clone)]
pub struct LinkItem<'a> {
    /// The page's title in the page's language (the default language's when untranslated).
    pub title: &'a str,
    /// Its URL, from the site's root (`/en/rights/`).
    pub url: &'a str,
    /// Its front matter's `description`, or null.
    pub description: Option<&'a str>,
    /// Its front matter's `date` (`YYYY-MM-DD`), or null.
    pub date: Option<&'a str>,
    /// The default language's code when the title is untranslated (so that it is read in
    /// its own language: `lang="{{ item.text_lang }}"`), else null.
    pub text_lang: Option<&'a str>,
    /// The direction of `text_lang` (`ltr` or `rtl`), set with it.
    pub text_dir: Option<&'a str>,
}

impl<'a> LinkItem<'a> {
    /// The link to `entry` in language `lang`.
    pub fn new(site: &'a Site, entry: EntryId, lang: LangId) -> LinkItem<'a> {
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

/// An item of the sections menu: a [`LinkItem`] and whether the page is in it.
#[derive(Serialize)]
pub(crate) struct NavItem<'a> {
    /// The item's page: its `LinkItem` fields, flattened (`item.title`, `item.url`…).
    #[serde(flatten)]
    pub link: LinkItem<'a>,
    /// `"page"` on the item the page is, `"true"` on the item the page is under, else null
    /// (for `aria-current`).
    pub current: Option<&'static str>,
}

/// The page in one language of the site, for the language switcher and `hreflang` links.
#[derive(Serialize, Clone)]
pub struct Alternate<'a> {
    /// The language's code (`fa`).
    pub code: &'a str,
    /// The language's name, in itself (`فارسی`).
    pub name: &'a str,
    /// Its direction: `ltr` or `rtl`.
    pub dir: &'a str,
    /// The page's URL in that language, from the site's root.
    pub url: String,
    /// The same URL, absolute (with `base_url`).
    pub permalink: String,
    /// Whether this is the language of the page being rendered.
    pub current: bool,
}

/// The global variables: every template gets them, `sections-nav.html` too.
#[derive(Serialize)]
pub(crate) struct GlobalContext<'a> {
    /// The stylesheet's URL (`/assets/style.<hash>.css`).
    pub stylesheet: String,
    /// The same stylesheet's text, for a `<style>` element in the page (`{{ inline_style |
    /// safe }}`): the first paint then needs one request, not two. `_headers` allows
    /// exactly this text by its hash; any other inline style is an error.
    pub inline_style: &'a str,
    /// The URL of each script of the theme's `scripts/`, by file name without `.js`
    /// (`{{ scripts.search }}` is `/assets/search.<hash>.js`).
    pub scripts: std::collections::BTreeMap<&'a str, String>,
    /// The site's `base_url`, without a trailing slash (`https://example.org`).
    pub base_url: &'a str,
    /// The default language's code.
    pub default_language: &'a str,
    /// The site's languages, in site.yaml's order: a list of `Language`.
    pub languages: &'a [crate::content::config::Language],
    /// Where the quick-exit button goes (site.yaml's `quick_exit.url`, else a weather
    /// search).
    pub quick_exit: &'a str,
}

/// What every template gets, besides the global variables: the page's language and the
/// menus (`Renderer::base_context`). `offline.html` gets only this.
#[derive(Serialize)]
pub struct BaseContext<'a> {
    /// The page's language code (`en`, `ar`), as in site.yaml.
    pub lang: &'a str,
    /// The page's direction: `ltr` or `rtl`.
    pub dir: &'a str,
    /// The page's language's name, in itself (`العربية`).
    pub language_name: &'a str,
    /// The top-level sections and pages, in order: a list of `LinkItem`.
    pub nav: &'a Value,
    /// The pinned directory entries (site.yaml's `directory.pinned`) for the help strip: a
    /// list of directory entries (`DirectoryEntry`), empty when nothing is pinned.
    pub help: &'a Value,
    /// The directory's index URL in the page's language (`/en/directory/`), or null when
    /// the site has no directory.
    pub directory_url: Option<&'a str>,
    /// The URL, in the page's language, of the page on hiding a visit (site.yaml's
    /// `quick_exit.guide`), or null.
    pub quick_exit_guide: Option<&'a str>,
    /// The sections menu, rendered by `sections-nav.html` for the page's place in it (safe
    /// HTML: write `{{ sections_nav }}`).
    pub sections_nav: Value,
}

/// The context of `sections-nav.html`, which is rendered once per language and place in
/// the menu rather than once per page, so it sees only this (and the global variables).
#[derive(Serialize)]
pub(crate) struct SectionsNavContext<'a> {
    /// The language code of the pages the menu is for.
    pub lang: &'a str,
    /// Their direction: `ltr` or `rtl`.
    pub dir: &'a str,
    /// The top-level sections and pages, in order: a list of `NavItem`.
    pub nav: Vec<NavItem<'a>>,
    /// The directory's index URL in that language, or null when the site has no directory.
    pub directory_url: Option<&'a str>,
    /// Whether the page is a directory page.
    pub directory_current: bool,
    /// Whether the page is the search page.
    pub search_current: bool,
}

/// `page` of a content page (one markdown file in one language).
#[derive(Serialize, Clone)]
pub(crate) struct ContentPage<'a> {
    /// The front matter's `title`.
    pub title: &'a str,
    /// The front matter's `description`, or null.
    pub description: Option<&'a str>,
    /// For a page without `description`: its first paragraph's text, cut at a word to
    /// about 160 characters (for `<meta name="description">`); else null.
    pub summary: Option<String>,
    /// The page's URL, from the site's root (`/en/rights/asylum/`).
    pub url: &'a str,
    /// The same URL, absolute (with `base_url`).
    pub permalink: String,
    /// The page's content key: its file's path under `content/`, in the default language
    /// (`rights/asylum.md`).
    pub key: &'a str,
    /// `"home"`, `"section"` (an `_index.md`) or `"page"`.
    pub kind: &'static str,
    /// The front matter's `date` (`YYYY-MM-DD`), or null.
    pub date: Option<&'a str>,
    /// The front matter's `updated` (`YYYY-MM-DD`), or null.
    pub updated: Option<&'a str>,
    /// The front matter's `extra` table, as written (empty when there is none).
    pub extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
    /// Whether the page is untranslated: the default language's text shown in this one.
    pub fallback: bool,
    /// Whether the translation is marked `extra: { review: machine }` (never on a fallback).
    pub machine_translated: bool,
    /// The code of the language the text is written in (the default one on a fallback).
    pub text_lang: &'a str,
    /// Its direction: `ltr` or `rtl`.
    pub text_dir: &'a str,
    /// Its name, in itself.
    pub text_language_name: &'a str,
    /// The markdown as HTML (safe: write `{{ page.content }}`).
    pub content: Value,
}

/// The context of a content page (`page.html`, `section.html`, `home.html`,
/// `campaign.html`, `part.html`, or the front matter's `template`), with a
/// [`BaseContext`] and, on the campaign's pages, a `CampaignContext`.
#[derive(Serialize, Clone)]
pub(crate) struct ContentContext<'a> {
    /// The page itself: a `ContentPage`.
    pub page: ContentPage<'a>,
    /// Whether the page goes into the search index (not when it is untranslated: only text
    /// in a language goes into that language's index).
    pub searchable: bool,
    /// The page in every language of the site, in site order: a list of `Alternate`.
    pub translations: Vec<Alternate<'a>>,
    /// The page's permalink in the default language (for `hreflang="x-default"`).
    pub x_default: String,
    /// The breadcrumbs: the sections above the page, from the home page down to its
    /// parent (a list of `LinkItem`; empty on the home page).
    pub ancestors: Vec<LinkItem<'a>>,
    /// Sections only (else undefined): their pages, in order (a list of `LinkItem`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<Vec<LinkItem<'a>>>,
    /// Sections only (else undefined): their subsections, in order (a list of `LinkItem`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subsections: Option<Vec<LinkItem<'a>>>,
    /// Sections whose list is split into pages only (else undefined): this list page's
    /// place among them, a `Paginator`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paginator: Option<crate::content::model::Paginator<'a>>,
}

/// `page` of a directory page.
#[derive(Serialize)]
pub struct DirectoryPage<'a> {
    /// The page's title: the entry's name on an entry page, else the message of the page
    /// (`directory-title`, `country-XX`, `category-…`) in the page's language.
    pub title: String,
    /// The page's URL, from the site's root (`/en/directory/gr/`).
    pub url: &'a str,
    /// The same URL, absolute.
    pub permalink: String,
    /// Always `"directory"`.
    pub kind: &'static str,
    /// The entry's description on an entry page, else the `directory-intro` message; or
    /// null.
    pub description: Option<String>,
}

/// The context of a directory page (`directory.html`, `directory-list.html`,
/// `directory-entry.html`), with a [`BaseContext`]. The lists and entries come from the
/// directory as JSON-like values: their fields are in docs/theme.md (`DirectoryEntry`…).
#[derive(Serialize)]
pub struct DirectoryContext<'a> {
    /// The page: a `DirectoryPage`.
    pub page: DirectoryPage<'a>,
    /// Whether the page goes into the search index (entry pages only: the lists repeat them).
    pub searchable: bool,
    /// The page in every language of the site: a list of `Alternate`.
    pub translations: Vec<Alternate<'a>>,
    /// The page's permalink in the default language.
    pub x_default: String,
    /// Every country of the directory, with entries: a list of `{code, url, count}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub countries: Option<&'a serde_json::Value>,
    /// Every category (kind of help), with entries: a list of `{slug, url, count}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_links: Option<&'a serde_json::Value>,
    /// Every language some entry answers in, for the filter: a list of `{code, name}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_languages: Option<&'a serde_json::Value>,
    /// `directory.html` only: the entries by country then category, a list of
    /// `{code, url, categories}` where each category is `{slug, entries}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<&'a serde_json::Value>,
    /// `directory.html` only: every entry (a list of `DirectoryEntry`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all: Option<&'a serde_json::Value>,
    /// `directory-list.html` of a country only: the country's code (`GR`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'a serde_json::Value>,
    /// `directory-list.html` of a category only: the category's slug.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'a serde_json::Value>,
    /// `directory-list.html` only: the list's entries (a list of `DirectoryEntry`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<&'a serde_json::Value>,
    /// `directory-list.html` of a list split into pages only: this list page's place
    /// among them (a `Paginator`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paginator: Option<&'a serde_json::Value>,
    /// `directory-entry.html` only: the entry (a `DirectoryEntry`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<&'a serde_json::Value>,
    /// `directory-entry.html` only: the entry's schema.org JSON-LD, escaped for a
    /// `<script>` (write `{{ json_ld | safe }}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_ld: Option<&'a serde_json::Value>,
}

impl DirectoryContext<'_> {
    /// The names of the fields taken from the directory's page context.
    pub const FROM_DIRECTORY: [&'static str; 11] = [
        "countries",
        "category_links",
        "filter_languages",
        "groups",
        "all",
        "country",
        "category",
        "entries",
        "paginator",
        "entry",
        "json_ld",
    ];
}

/// `page` of the search page.
#[derive(Serialize)]
pub struct SearchPage<'a> {
    /// The `search-title` message in the page's language.
    pub title: String,
    /// The page's URL (`/search/en/`).
    pub url: &'a str,
    /// The same URL, absolute.
    pub permalink: String,
    /// Always `"search"`.
    pub kind: &'static str,
}

/// A top-level section (or page) and its pages, for the search page's list.
#[derive(Serialize)]
pub struct SearchGroup<'a> {
    /// The section: a `LinkItem`.
    pub section: LinkItem<'a>,
    /// Its pages and subsections, in order (a list of `LinkItem`; empty for a page).
    pub pages: Vec<LinkItem<'a>>,
}

/// The context of `search.html`, with a [`BaseContext`].
#[derive(Serialize)]
pub struct SearchContext<'a> {
    /// The page: a `SearchPage`.
    pub page: SearchPage<'a>,
    /// Every top-level section and its pages, for browsers without JavaScript (a list of
    /// `SearchGroup`).
    pub groups: Vec<SearchGroup<'a>>,
    /// The search page in every language: a list of `Alternate`.
    pub translations: Vec<Alternate<'a>>,
    /// The search page's permalink in the default language.
    pub x_default: String,
}

/// A language's home page, for the language chooser and the 404 page.
#[derive(Serialize)]
pub struct Home<'a> {
    /// The language's code.
    pub code: &'a str,
    /// The language's name, in itself.
    pub name: &'a str,
    /// Its direction: `ltr` or `rtl`.
    pub dir: &'a str,
    /// The home page's URL (`/fa/`).
    pub url: &'a str,
    /// The same URL, absolute.
    pub permalink: String,
    /// The `language-chooser-title` message ("Choose your language") in that language, or
    /// null where no locale file of that language has it.
    pub prompt: Option<String>,
    /// The `help-strip-title` message ("Need help now?") in that language, or null where
    /// no locale file of that language has it.
    pub help_title: Option<String>,
    /// The pinned directory entries with their names in that language (as `help` on that
    /// language's pages): what the root pages show in every language.
    pub help: &'a Value,
}

/// The context of `chooser.html` (the site's `/`: the language chooser, in the default
/// language's interface), with a [`BaseContext`] of the default language.
#[derive(Serialize)]
pub(crate) struct ChooserContext<'a> {
    /// Every language's home page, in site order: a list of `Home`.
    pub homes: &'a [Home<'a>],
    /// The chooser's permalink (`base_url` and `/`).
    pub x_default: String,
}

/// The context of `404.html` (one per language, and the default language's at `/404.html`),
/// with a [`BaseContext`].
#[derive(Serialize)]
pub(crate) struct NotFoundContext<'a> {
    /// Every language's home page, in site order: a list of `Home`.
    pub homes: &'a [Home<'a>],
    /// Whether this is the site's `/404.html`, which any address can show (so it gives the
    /// help numbers in every language), not a language's own.
    pub root: bool,
}

/// The context of `redirect.html` (a page's old URL: an `aliases` entry or a page that
/// moved since the last build), with a [`BaseContext`] of the page's language.
#[derive(Serialize)]
pub(crate) struct RedirectContext<'a> {
    /// The URL the page is at now, from the site's root.
    pub target: &'a str,
    /// The same URL, absolute.
    pub target_permalink: String,
}

/// Writes the fields of a context struct into `ctx`, each under its name: what
/// `Context::from_serialize` does, without its intermediate map and copies of the names.
/// A field skipped when serialized (`skip_serializing_if`) is left undefined.
pub(crate) fn fill<T: Serialize>(ctx: &mut Context, vars: &T) {
    if let Err(e) = vars.serialize(Fields(ctx)) {
        // Only a struct can be written as variables, and each is one: a programming error.
        panic!("a template context must be a struct: {}", e.0);
    }
}

/// Where [`Fields`] puts a struct's fields: the value (`None` for a skipped field).
trait Sink {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: Option<&T>);
}

impl Sink for Context {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: Option<&T>) {
        if let Some(v) = value {
            self.insert(name, v);
        }
    }
}

/// The names of a struct's fields, those skipped too (for the reference's test).
#[cfg(test)]
impl Sink for Vec<&'static str> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, _: Option<&T>) {
        self.push(name);
    }
}

/// Every field name of a context struct, those it skips too.
#[cfg(test)]
pub(crate) fn field_names<T: Serialize>(vars: &T) -> Vec<&'static str> {
    let mut names = Vec::new();
    let _ = vars.serialize(Fields(&mut names));
    names
}

/// A serializer of structs only, which hands each field to its [`Sink`].
struct Fields<'s, S>(&'s mut S);

#[derive(Debug)]
struct NotAStruct(String);

impl std::fmt::Display for NotAStruct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotAStruct {}

impl ser::Error for NotAStruct {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        NotAStruct(msg.to_string())
    }
}

/// `fn serialize_x(self, _: T) -> Err`, for every kind of value that is not a struct.
macro_rules! not_a_struct {
    ($($name:ident($($t:ty),*)),* $(,)?) => {$(
        fn $name(self, $(_: $t),*) -> Result<(), NotAStruct> {
            Err(NotAStruct(format!("got {}", stringify!($name))))
        }
    )*};
}

impl<S: Sink> Serializer for Fields<'_, S> {
    type Ok = ();
    type Error = NotAStruct;
    type SerializeSeq = Impossible<(), NotAStruct>;
    type SerializeTuple = Impossible<(), NotAStruct>;
    type SerializeTupleStruct = Impossible<(), NotAStruct>;
    type SerializeTupleVariant = Impossible<(), NotAStruct>;
    type SerializeMap = Impossible<(), NotAStruct>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), NotAStruct>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, NotAStruct> {
        Ok(self)
    }

    not_a_struct!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), NotAStruct> {
        Err(NotAStruct("got an option".into()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotAStruct> {
        Err(NotAStruct("got a newtype".into()))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotAStruct> {
        Err(NotAStruct("got an enum".into()))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAStruct> {
        Err(NotAStruct("got a sequence".into()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAStruct> {
        Err(NotAStruct("got a tuple".into()))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotAStruct> {
        Err(NotAStruct("got a tuple struct".into()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAStruct> {
        Err(NotAStruct("got an enum".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAStruct> {
        Err(NotAStruct(
            "got a map (a struct with a flattened field?)".into(),
        ))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAStruct> {
        Err(NotAStruct("got an enum".into()))
    }
}

impl<S: Sink> SerializeStruct for Fields<'_, S> {
    type Ok = ();
    type Error = NotAStruct;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), NotAStruct> {
        self.0.field(name, Some(value));
        Ok(())
    }

    fn skip_field(&mut self, name: &'static str) -> Result<(), NotAStruct> {
        self.0.field::<()>(name, None);
        Ok(())
    }

    fn end(self) -> Result<(), NotAStruct> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::campaign::{campaign_context, video_context};
    use super::super::nav::NavKey;
    use super::super::pages::content_context;
    use super::super::tests::sample;
    use super::*;
    use crate::content::source::Kind;
    use serde_json::Value as Json;

    /// The theme authors' reference.
    const REFERENCE: &str = include_str!("../../docs/theme.md");

    /// The section of the reference headed ``### `name` ``, to the next heading.
    fn section(name: &str) -> &'static str {
        let head = format!("\n### `{name}`\n");
        let start = REFERENCE
            .find(&head)
            .unwrap_or_else(|| panic!("docs/theme.md has no section ### `{name}`"));
        let rest = &REFERENCE[start + head.len()..];
        &rest[..rest.find("\n#").unwrap_or(rest.len())]
    }

    /// The variables a section documents: the first cell of each table row, `` `name` ``.
    fn documented(section: &str) -> Vec<&str> {
        section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once("` |"))
            .map(|(name, _)| name)
            .collect()
    }

    /// Every key of `value`: the fields it skips too (when it is a struct), and those of
    /// fields it flattens.
    fn keys<T: Serialize>(value: &T) -> Vec<String> {
        let mut keys: Vec<String> = field_names(value).into_iter().map(String::from).collect();
        let json = serde_json::to_value(value).unwrap();
        let object = json.as_object().expect("a struct or map");
        keys.extend(
            object
                .keys()
                .filter(|k| !keys.contains(k))
                .cloned()
                .collect::<Vec<_>>(),
        );
        keys
    }

    /// Checks the section `name` documents exactly the keys of `value`.
    fn check<T: Serialize>(name: &str, value: &T) {
        let mut keys = keys(value);
        let mut documented = documented(section(name));
        keys.sort();
        documented.sort();
        assert_eq!(
            documented, keys,
            "docs/theme.md's section `{name}` (left) is not the struct's fields (right)"
        );
    }

    fn first<'a>(v: &'a Json, key: &str) -> &'a Json {
        let list = v.get(key).and_then(Json::as_array);
        list.and_then(|l| l.first())
            .unwrap_or_else(|| panic!("no {key} in {v}"))
    }

    #[test]
    fn the_theme_reference_documents_every_variable() {
        let p = sample();
        let (r, site) = (&p.renderer, &p.site);
        let (en, home) = (site.default_index(), site.home);
        check(
            "GlobalContext",
            &GlobalContext {
                stylesheet: String::new(),
                inline_style: "",
                scripts: Default::default(),
                base_url: "",
                default_language: "",
                languages: &site.config.languages,
                quick_exit: "",
            },
        );
        check("Language", &site.config.languages[0]);
        let base = r.base_context_vars(site, en);
        check("BaseContext", &base);
        check("LinkItem", &LinkItem::new(site, home, en));
        let menu = r.sections_nav_context(site, NavKey::nowhere(en));
        check("SectionsNavContext", &menu);
        check("NavItem", &menu.nav[0]);

        let section_entry = site
            .entry_ids()
            .find(|&e| site.entries[e].kind == Kind::Section && !site.entries[e].is_home)
            .unwrap();
        let content = content_context(site, section_entry, en, "", None);
        check("ContentContext", &content);
        let pager = crate::content::model::Pager {
            per_page: 1,
            count: 3,
        };
        let locs: Vec<_> = (1..=3)
            .map(|n| pager.page(n, &site.urls[section_entry][en]))
            .collect();
        let lists = super::super::paginate::list_pages(
            site,
            section_entry,
            en,
            pager,
            content.clone(),
            &locs,
        );
        let paginator = lists[1].paginator.as_ref().unwrap();
        check("Paginator", paginator);
        check("PageNumber", &paginator.numbers[0]);
        check("ContentPage", &content.page);
        check("Alternate", &content.translations[0]);

        let (&index, _) = p.campaign.sections.iter().next().unwrap();
        let (&part, _) = p.campaign.parts.iter().next().unwrap();
        let campaign = campaign_context(site, &p.campaign, part, en);
        check("CampaignContext", &campaign);
        check("PartNav", campaign.campaign.as_ref().unwrap());
        let video = campaign.video.as_ref().expect("a part with a video");
        check("Video", video);
        check("Track", &video.captions[0]);
        let transcript = campaign.transcript.as_ref().expect("a transcript");
        check("Transcript", transcript);
        check("Paragraph", &transcript.paragraphs[0]);
        let youtube = crate::campaign::Video {
            source: crate::campaign::Source::Youtube { id: "x".into() },
            poster: None,
            width: 1,
            height: 1,
            duration: None,
            captions: Vec::new(),
            placeholder: false,
        };
        check("Video", &video_context(site, "/", &youtube, en, None));
        let index = campaign_context(site, &p.campaign, index, en);
        check("PartCard", &index.parts.as_ref().unwrap()[0]);

        let directory = |template: &str| {
            let page = p
                .directory_pages
                .iter()
                .find(|d| d.template == template && d.lang == en);
            r.directory_context(site, page.unwrap())
        };
        let d = directory("directory.html");
        check("DirectoryContext", &d);
        check("DirectoryPage", &d.page);
        let json = serde_json::to_value(&d).unwrap();
        check("CountryLink", first(&json, "countries"));
        check("CategoryLink", first(&json, "category_links"));
        check("FilterLanguage", first(&json, "filter_languages"));
        let group = first(&json, "groups");
        check("DirectoryGroup", group);
        check("GroupCategory", first(group, "categories"));
        let entry = first(&json, "all");
        check("DirectoryEntry", entry);
        check("LocalizedText", &entry["name"]);
        let entries = json["all"].as_array().unwrap();
        // The first item of `key` of any entry (not every entry has one).
        let any = |key: &str| {
            let mut items = entries.iter().filter_map(|e| e[key].as_array());
            let item = items.find_map(|l| l.first());
            item.unwrap_or_else(|| panic!("no entry has {key}"))
        };
        check("EntryPhone", any("phones"));
        check("EntryLanguage", any("languages"));
        check("EntryCategory", any("categories"));
        let email = entries.iter().find_map(|e| e["email"].as_object());
        check("EntryEmail", email.expect("an entry with an email"));

        let url = crate::search::page_url("en");
        let search = r.search_context(site, en, &url);
        check("SearchContext", &search);
        check("SearchPage", &search.page);
        check("SearchGroup", &search.groups[0]);

        let homes = r.homes(site);
        check("Home", &homes[0]);
        check(
            "ChooserContext",
            &ChooserContext {
                homes: &homes,
                x_default: String::new(),
            },
        );
        check(
            "NotFoundContext",
            &NotFoundContext {
                homes: &homes,
                root: true,
            },
        );
        check(
            "RedirectContext",
            &RedirectContext {
                target: "",
                target_permalink: String::new(),
            },
        );
    }

    /// Every template of the default theme is in the reference.
    #[test]
    fn the_theme_reference_names_every_template() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/templates");
        for file in std::fs::read_dir(dir).unwrap() {
            let name = file.unwrap().file_name().into_string().unwrap();
            assert!(
                REFERENCE.contains(&format!("`{name}`")),
                "docs/theme.md does not name {name}"
            );
        }
    }

    /// `fill` makes the context `Context::from_serialize` makes.
    #[test]
    fn fill_is_from_serialize() {
        let p = sample();
        let (r, site) = (&p.renderer, &p.site);
        for e in site.entry_ids() {
            let content = content_context(site, e, LangId(1), "<p>x</p>", None);
            let mut ctx = Context::new();
            fill(&mut ctx, &content);
            assert_eq!(ctx, Context::from_serialize(&content).unwrap());
            let campaign = campaign_context(site, &p.campaign, e, LangId(1));
            let mut ctx = Context::new();
            fill(&mut ctx, &campaign);
            assert_eq!(ctx, Context::from_serialize(&campaign).unwrap());
        }
        let base = r.base_context_vars(site, LangId(0));
        assert_eq!(
            r.base_context(site, LangId(0)),
            Context::from_serialize(&base).unwrap()
        );
    }
}
