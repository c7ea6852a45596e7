//! Built pages read with an HTML parser (html5ever, through `scraper`) and CSS selectors.

use scraper::{ElementRef, Html, Selector};
use std::collections::BTreeMap;

/// An element's attributes, by name (values decoded as a browser decodes them).
pub type Attrs = BTreeMap<String, String>;

/// A parsed page, with its text.
pub struct Page {
    /// The page as written (for messages, and for checks of the exact bytes).
    pub html: String,
    pub doc: Html,
}

impl Page {
    pub fn parse(html: String) -> Page {
        let doc = Html::parse_document(&html);
        Page { html, doc }
    }

    /// The elements matching `css`, in document order.
    pub fn select(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.doc.select(&selector(css)).collect()
    }

    /// The attributes of the elements matching `css`, in document order.
    pub fn attrs(&self, css: &str) -> Vec<Attrs> {
        self.select(css).iter().map(attrs).collect()
    }

    /// The one element matching `css`.
    pub fn one(&self, css: &str) -> ElementRef<'_> {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "{} elements match `{css}` in the page:\n{}",
            found.len(),
            self.html
        );
        found[0]
    }

    /// The elements around the first text that holds `needle`, outermost (`<html>`) first.
    pub fn ancestors_of_text(&self, needle: &str) -> Vec<ElementRef<'_>> {
        let node = self
            .doc
            .tree
            .root()
            .descendants()
            .find(|n| n.value().as_text().is_some_and(|t| t.contains(needle)))
            .unwrap_or_else(|| panic!("`{needle}` is not in the text of the page:\n{}", self.html));
        let mut around: Vec<ElementRef<'_>> =
            node.ancestors().filter_map(ElementRef::wrap).collect();
        around.reverse();
        around
    }
}

/// A CSS selector, or a failure naming it.
pub fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector `{css}`: {e:?}"))
}

/// The attributes of an element.
pub fn attrs(el: &ElementRef<'_>) -> Attrs {
    el.value()
        .attrs()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The text of an element, its whitespace collapsed.
pub fn text(el: &ElementRef<'_>) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
