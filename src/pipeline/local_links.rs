//! Links into the site that are not `@/` links (`../x/`, `/en/x/`, `photo.jpg`, `#part`),
//! checked against the built site once every page and file is written (and before it
//! replaces the old one): each must name a file the build wrote, in the language of the
//! page that links, and its `#anchor` an id on that page. `@/` links are checked as they
//! render; links to other hosts are not checked at all.

use super::{PageId, Prepared};
use crate::diagnostics::{did_you_mean, Code, Diagnostic, Severity};
use crate::render::markdown::LocalLink;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use percent_encoding::percent_decode_str;
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Where a link lands: the file below the output folder, the path as shown, the anchor.
struct Landing {
    file: Option<PathBuf>,
    path: String,
    anchor: Option<String>,
}

/// The made-up host pages are resolved on: a link that leaves it leaves the site.
const HOST: &str = "waymark.invalid";

/// Where `href`, on the page at `page_url`, lands in the output folder `root`; `None`
/// when it leaves the site.
fn land(root: &Path, page_url: &str, href: &str) -> Option<Landing> {
    let base = url::Url::parse(&format!("http://{HOST}/")).ok()?;
    let url = base.join(page_url).ok()?.join(href.trim()).ok()?;
    if url.host_str() != Some(HOST) {
        return None;
    }
    // The URL parser has removed every `..`: the path cannot climb out of `root`.
    let path = percent_decode_str(url.path())
        .decode_utf8_lossy()
        .into_owned();
    let anchor = url
        .fragment()
        .map(|f| percent_decode_str(f).decode_utf8_lossy().into_owned())
        .filter(|f| !f.is_empty());
    let rel = path.trim_start_matches('/');
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![PathBuf::from(rel).join("index.html")]
    } else {
        // `/en/x` is served as `/en/x/` by every host.
        vec![PathBuf::from(rel), PathBuf::from(rel).join("index.html")]
    };
    let file = candidates.into_iter().find(|f| root.join(f).is_file());
    Some(Landing { file, path, anchor })
}

/// The ids of an HTML file (`id` on any element, `name` on `<a>`), as a browser reads
/// them.
fn ids(html: &str) -> HashSet<String> {
    struct Ids(RefCell<HashSet<String>>);
    impl TokenSink for Ids {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(Tag {
                kind: TagKind::StartTag,
                name,
                attrs,
                ..
            }) = token
            {
                for a in attrs {
                    let key: &str = &a.name.local;
                    if key == "id" || (key == "name" && &*name == "a") {
                        self.0.borrow_mut().insert(a.value.to_string());
                    }
                }
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Ids(RefCell::default()), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from_slice(html));
    while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) && !input.is_empty() {
    }
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// Each page's broken links, as errors (or warnings, with `links: { check_relative: warn }`)
/// at their file and line; a file shown in several languages reports a link once.
pub(crate) fn check(
    p: &Prepared,
    root: &Path,
    links: &[(PageId, Vec<LocalLink>)],
) -> BTreeMap<PageId, Vec<Diagnostic>> {
    let site = &p.site;
    // Where each link lands, page by page.
    let landed: Vec<(PageId, Vec<(&LocalLink, Landing)>)> = links
        .par_iter()
        .map(|(page, links)| {
            let url = &site.urls[page.entry][page.lang].url;
            let landed = links
                .iter()
                .filter_map(|l| land(root, url, &l.href).map(|at| (l, at)))
                .collect();
            (*page, landed)
        })
        .collect();
    // The ids of every page an anchor points into, each page read once.
    let targets: HashSet<&PathBuf> = landed
        .iter()
        .flat_map(|(_, ls)| ls.iter())
        .filter(|(_, at)| at.anchor.is_some())
        .filter_map(|(_, at)| at.file.as_ref())
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
        .collect();
    let ids: HashMap<&PathBuf, HashSet<String>> = targets
        .into_par_iter()
        .map(|f| {
            let html = std::fs::read_to_string(root.join(f)).unwrap_or_default();
            (f, ids(&html))
        })
        .collect();
    let severity = site.config.relative_links;
    let mut seen = HashSet::new();
    let mut out: BTreeMap<PageId, Vec<Diagnostic>> = BTreeMap::new();
    for (page, landed) in &landed {
        let page = *page;
        let (doc, _) = site.doc(page.entry, page.lang);
        // An anchor is written against the text's own language: on a page shown in another
        // (untranslated) the target's headings are the translation's, whose ids differ.
        // `@/` links map anchors across languages; here only the file is checked.
        let own_language = site.lang_index(&doc.src.lang) == Some(page.lang);
        for (link, at) in landed {
            let anchor = at.anchor.as_ref().filter(|_| own_language);
            let problem = match (&at.file, anchor) {
                (None, _) => Some((
                    Code::BrokenLink,
                    format!("link `{}` points to no page or file of this site ({})", link.href, at.path),
                    "link to a page with an `@/` path from content/ (`@/rights/asking-for-help.md`): it is checked and follows the page when it moves".to_string(),
                )),
                (Some(file), Some(anchor)) => match ids.get(file) {
                    Some(known) if !known.contains(anchor) => {
                        let names: Vec<&str> = known.iter().map(String::as_str).collect();
                        let hint = match did_you_mean(anchor, &names) {
                            Some(near) => format!("did you mean `#{near}`?"),
                            None => "link to one of the page's headings: its id is the heading's text in lower case, words joined by `-`".to_string(),
                        };
                        Some((
                            Code::BrokenAnchor,
                            format!("link `{}`: the page {} has no `#{anchor}`", link.href, at.path),
                            hint,
                        ))
                    }
                    _ => None,
                },
                _ => None,
            };
            let Some((code, message, hint)) = problem else {
                continue;
            };
            if !seen.insert((doc.src.file.clone(), link.offset)) {
                continue;
            }
            let d = match severity {
                Severity::Error => Diagnostic::error(code, message),
                Severity::Warning => Diagnostic::warning(code, message),
            }
            .hint(hint)
            .file(&doc.src.file);
            let d = match doc.src.text() {
                Ok(text) => d.at_offset(&text, link.offset),
                Err(_) => d,
            };
            out.entry(page).or_default().push(d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_land_on_the_files_they_name() {
        let root = tempfile::tempdir().unwrap();
        let r = root.path();
        for f in [
            "en/x/index.html",
            "en/p/index.html",
            "en/p/photo.jpg",
            "files/a.pdf",
        ] {
            std::fs::create_dir_all(r.join(f).parent().unwrap()).unwrap();
            std::fs::write(r.join(f), "<h2 id=\"top\">x</h2>").unwrap();
        }
        let file = |href: &str| land(r, "/en/p/", href).and_then(|l| l.file);
        assert_eq!(file("../x/"), Some(PathBuf::from("en/x/index.html")));
        assert_eq!(file("/en/x"), Some(PathBuf::from("en/x/index.html")));
        assert_eq!(file("photo.jpg"), Some(PathBuf::from("en/p/photo.jpg")));
        assert_eq!(
            file("../../files/a.pdf?v=2"),
            Some(PathBuf::from("files/a.pdf"))
        );
        assert_eq!(file("#top"), Some(PathBuf::from("en/p/index.html")));
        assert_eq!(file("../../../../../etc/passwd"), None);
        assert_eq!(file("../y/"), None);
        assert!(land(r, "/en/p/", "//other.example/x").is_none());
        let l = land(r, "/en/p/", "../x/#%D8%AD%D9%82").unwrap();
        assert_eq!(l.anchor.as_deref(), Some("حق"));
        assert!(ids("<p id=a><a name=b></a><span name=c id='d'>")
            .eq(&HashSet::from(["a", "b", "d"].map(String::from))));
    }
}
