//! What a page may load: nothing from another host before the visitor asks, and no
//! inline scripts or styles (so a strict Content-Security-Policy holds) but the theme's
//! own stylesheet, which `_headers` allows by its hash. Checked on every rendered page, so
//! a template or an editor's raw HTML cannot slip one in, and on each piece of an editor's
//! raw HTML, to name its line.
//!
//! The HTML is read by html5ever's tokenizer, as a browser reads it: a `>` inside quotes
//! does not end a tag, entities in attribute values are decoded (`&#104;ttps:`), and URLs
//! are resolved by the WHATWG URL parser (`/\host` is another host), so what the check
//! sees is what the browser would load.

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// One finding: what the page would do.
pub type Finding = String;

/// A finding and where its tag ends: the 1-based line in the checked text, and the tag's
/// name (to find where it starts on that line or an earlier one).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub what: Finding,
    pub line: u64,
    pub tag: String,
}

/// What pages may hold: links to `base` (the site's `base_url`) are the site's own, and a
/// `<style>` element whose text is exactly `inline_style` (the theme's stylesheet, allowed
/// by its hash in the Content-Security-Policy) is not inline code.
#[derive(Clone, Copy)]
pub struct Policy<'a> {
    pub base: &'a str,
    pub inline_style: &'a str,
}

/// What a URL in an attribute would make the browser do, resolved against the site.
#[derive(PartialEq)]
enum Target {
    /// This site's own origin (or a link the visitor follows: `tel:`, `mailto:` …).
    Own,
    /// Another host (`https://`, `//`, `/\`).
    Elsewhere,
    /// `javascript:` (or `vbscript:`): code run by the URL.
    Script,
    /// `data:`: content carried in the page itself.
    Data,
    /// Anything else a browser would fetch (`blob:`, `file:`, `ftp:` …).
    Other(String),
}

fn target(value: &str, base: &url::Url) -> Target {
    // Most URLs of a page are paths on the site: without a scheme, a backslash, a control
    // character or a leading `//`, no parser could make them anything else.
    let plain = !value.bytes().any(|b| b == b':' || b == b'\\' || b < 0x20)
        && !value.trim_start().starts_with("//");
    if plain {
        return Target::Own;
    }
    let Ok(url) = base.join(value) else {
        // The browser cannot resolve it either, so it loads nothing.
        return Target::Own;
    };
    match url.scheme() {
        "javascript" | "vbscript" => Target::Script,
        "data" => Target::Data,
        "http" | "https" | "ws" | "wss" => {
            if url.origin() == base.origin() {
                Target::Own
            } else {
                Target::Elsewhere
            }
        }
        "tel" | "mailto" | "sms" | "geo" => Target::Own,
        other => Target::Other(other.to_string()),
    }
}

/// `rel` values of `<link>` that fetch nothing: anything else (`stylesheet`, `preload`,
/// `prerender`, `icon` …, or a value a later browser learns) must point at the site.
const INERT_RELS: &[&str] = &[
    "alternate",
    "canonical",
    "author",
    "license",
    "help",
    "me",
    "next",
    "prev",
    "bookmark",
    "tag",
];

/// Elements whose text the tokenizer reads as text, not markup (outside `<svg>`/`<math>`).
/// `<noscript>` is not one: without JavaScript its contents are markup that loads.
fn raw_kind(name: &str) -> Option<RawKind> {
    Some(match name {
        "script" => RawKind::ScriptData,
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => RawKind::Rawtext,
        "title" | "textarea" => RawKind::Rcdata,
        _ => return None,
    })
}

struct State<'p> {
    base: url::Url,
    inline_style: &'p str,
    found: Vec<Located>,
    /// How deep in `<svg>`/`<math>`, where `<style>` and `<script>` hold markup.
    foreign: usize,
    /// The `<style>` element being read: how much of its text matched the theme's
    /// stylesheet so far (`None` once it differs), and the line it began on. Compared as
    /// it comes, not copied: the stylesheet is most of every page's bytes.
    style: Option<(Option<usize>, u64)>,
    /// Stop reading after this many findings: a page with more is refused anyway.
    limit: usize,
}

struct Sink<'p>(RefCell<State<'p>>);

impl TokenSink for Sink<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut s = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => s.tag(&tag, line),
            Token::CharacterTokens(text) => {
                let theme = s.inline_style;
                if let Some((matched, _)) = &mut s.style {
                    *matched = matched.and_then(|at| {
                        let end = at + text.len();
                        (theme.get(at..end) == Some(&*text)).then_some(end)
                    });
                }
                TokenSinkResult::Continue
            }
            Token::EOFToken => {
                s.end_style("style");
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        // Inside <svg>/<math>, `<![CDATA[…]]>` is text, as the browser reads it.
        self.0.borrow().foreign > 0
    }
}

impl State<'_> {
    fn push(&mut self, what: String, line: u64, tag: &str) {
        if self.found.len() < self.limit {
            self.found.push(Located {
                what,
                line,
                tag: tag.to_string(),
            });
        }
    }

    fn end_style(&mut self, name: &str) {
        if let Some((matched, line)) = self.style.take() {
            if self.inline_style.is_empty() || matched != Some(self.inline_style.len()) {
                self.push("an inline <style> element".into(), line, name);
            }
        }
    }

    fn tag(&mut self, tag: &Tag, line: u64) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        if tag.kind == TagKind::EndTag {
            match name {
                "svg" | "math" => self.foreign = self.foreign.saturating_sub(1),
                "style" => self.end_style(name),
                _ => {}
            }
            return TokenSinkResult::Continue;
        }
        self.attributes(tag, line);
        match name {
            "svg" | "math" if !tag.self_closing => self.foreign += 1,
            "iframe" | "frame" | "embed" | "object" | "applet" | "portal" | "fencedframe" => {
                let src = attr(tag, "src").or_else(|| attr(tag, "data"));
                let what = format!("an embedded <{name}> {}", src.unwrap_or_default());
                self.push(what.trim_end().to_string(), line, name);
            }
            "script" => self.script(tag, line),
            "style" => {
                if self.foreign == 0 {
                    self.style = Some((Some(0), line));
                } else {
                    self.push("an inline <style> element".into(), line, name);
                }
            }
            "base" => self.push(
                "a <base> element (it changes where every link of the page goes)".into(),
                line,
                name,
            ),
            "meta" => {
                let refresh = attr(tag, "http-equiv")
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh"));
                let content = attr(tag, "content").unwrap_or_default();
                if refresh && target(refresh_url(content), &self.base) != Target::Own {
                    self.push(
                        format!("a <meta http-equiv=\"refresh\"> that leaves the site: {content}"),
                        line,
                        name,
                    );
                }
            }
            "link" => self.link(tag, line),
            _ => {}
        }
        match raw_kind(name) {
            Some(kind) if self.foreign == 0 && !tag.self_closing => TokenSinkResult::RawData(kind),
            _ if name == "plaintext" && self.foreign == 0 => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn script(&mut self, tag: &Tag, line: u64) {
        let src = attr(tag, "src")
            .or_else(|| attr(tag, "href"))
            .or_else(|| attr(tag, "xlink:href"));
        match src {
            Some(src) => match target(src, &self.base) {
                Target::Own => {}
                Target::Elsewhere => {
                    self.push(format!("a script from another host: {src}"), line, "script")
                }
                _ => self.push(format!("a script from a `{src}` URL"), line, "script"),
            },
            None if attr(tag, "type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) => {}
            None => self.push("an inline <script>".into(), line, "script"),
        }
    }

    fn link(&mut self, tag: &Tag, line: u64) {
        let rel = attr(tag, "rel").unwrap_or_default().to_ascii_lowercase();
        let inert = !rel.trim().is_empty()
            && rel
                .split_ascii_whitespace()
                .all(|r| INERT_RELS.contains(&r));
        let hrefs = ["href", "imagesrcset"];
        for key in hrefs {
            let Some(value) = attr(tag, key) else {
                continue;
            };
            for url in urls(key, value) {
                let t = target(url, &self.base);
                // An icon is an image: `data:` is allowed (`href="data:,"` asks for none).
                let icon = rel.split_ascii_whitespace().any(|r| r.ends_with("icon"));
                if t == Target::Own
                    || (inert && t == Target::Elsewhere)
                    || (icon && t == Target::Data)
                {
                    continue;
                }
                self.push(
                    format!("<link rel=\"{}\"> to {}", rel.trim(), describe(&t, url)),
                    line,
                    "link",
                );
            }
        }
    }

    /// Every attribute of a start tag: inline styles and handlers, and what the URL-bearing
    /// ones load.
    fn attributes(&mut self, tag: &Tag, line: u64) {
        let name: &str = &tag.name;
        for a in &tag.attrs {
            let key: &str = &a.name.local;
            let value: &str = &a.value;
            if key == "style" {
                self.push(format!("an inline style attribute on <{name}>"), line, name);
            } else if key.len() > 2 && key.starts_with("on") {
                self.push(
                    format!("an inline event handler `{key}` on <{name}>"),
                    line,
                    name,
                );
            } else if loads(name, key) {
                for url in urls(key, value) {
                    match target(url, &self.base) {
                        Target::Own => {}
                        Target::Data if image(name, key) => {}
                        t => self.push(
                            format!("<{name} {key}> loads {}", describe(&t, url)),
                            line,
                            name,
                        ),
                    }
                }
            } else if matches!(key, "href" | "xlink:href" | "action" | "formaction") {
                // Links the visitor follows may go anywhere but into code; forms may not
                // send what a child types to another host.
                match target(value, &self.base) {
                    Target::Script => {
                        self.push(format!("a `javascript:` URL in <{name} {key}>"), line, name)
                    }
                    Target::Elsewhere if matches!(key, "action" | "formaction") => self.push(
                        format!("<{name} {key}> sends a form to another host: {value}"),
                        line,
                        name,
                    ),
                    _ => {}
                }
            } else if script_url(value) {
                // `<animate values="javascript:…">` and the like set a link's URL.
                self.push(format!("a `javascript:` URL in <{name} {key}>"), line, name);
            }
        }
    }
}

/// The URL of a refresh's `content` (`0; url=/en/new/`), as the HTML standard reads it:
/// after the delay, an optional `url=`, optional quotes.
fn refresh_url(content: &str) -> &str {
    let rest = content.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c <= ' ');
    let rest = rest.trim_start_matches([';', ',']).trim_start();
    let rest = match rest.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("url=") => &rest[4..],
        _ => match rest.get(..3) {
            Some(p) if p.eq_ignore_ascii_case("url") => {
                rest[3..].trim_start().trim_start_matches('=').trim_start()
            }
            _ => rest,
        },
    };
    rest.trim_start_matches(['"', '\''])
        .trim_end_matches(['"', '\''])
}

/// Whether `value` reads as a `javascript:` or `vbscript:` URL, as the URL parser would
/// (leading spaces and controls ignored, tabs and newlines dropped).
fn script_url(value: &str) -> bool {
    let v = value.trim_start_matches(|c: char| c <= ' ');
    if !v.contains(':') {
        return false;
    }
    let head: String = v
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(11)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("javascript:") || head.starts_with("vbscript:")
}

/// Whether attribute `key` of `element` would load something from elsewhere than the
/// site at `base` (the sanitizer drops such attributes).
pub fn loads_elsewhere(element: &str, key: &str, value: &str, base: &str) -> bool {
    if !loads(element, key) {
        return false;
    }
    let base = site_url(base);
    urls(key, value)
        .into_iter()
        .any(|u| match target(u, &base) {
            Target::Own => false,
            Target::Data => !image(element, key),
            _ => true,
        })
}

/// Whether `key` of `element` is an image, which may be a `data:` URL (the policy's
/// `img-src 'self' data:`).
fn image(element: &str, key: &str) -> bool {
    matches!(element, "img" | "source" | "image" | "picture") || key == "poster"
}

/// The site's address as a base for URLs (a made-up one if `base_url` is not one, so
/// that every absolute URL counts as elsewhere).
fn site_url(base: &str) -> url::Url {
    url::Url::parse(&format!("{}/", base.trim_end_matches('/')))
        .or_else(|_| url::Url::parse("https://waymark.invalid/"))
        .expect("a literal URL parses")
}

/// Whether attribute `key` of element `name` makes the browser fetch its URL when the
/// page loads (or, for `ping`, when a link is followed).
fn loads(name: &str, key: &str) -> bool {
    // Scripts, links and embedded documents are checked as what they are.
    if matches!(
        name,
        "script"
            | "link"
            | "iframe"
            | "frame"
            | "embed"
            | "object"
            | "applet"
            | "portal"
            | "fencedframe"
    ) {
        return false;
    }
    match key {
        "src" | "srcset" | "poster" | "data" | "background" | "lowsrc" | "dynsrc" | "ping"
        | "imagesrcset" | "codebase" | "archive" => true,
        "href" | "xlink:href" => matches!(name, "image" | "use" | "feimage" | "feImage"),
        _ => false,
    }
}

/// The URLs an attribute holds: a `srcset` is a list of candidates.
fn urls<'v>(key: &str, value: &'v str) -> Vec<&'v str> {
    if key.ends_with("srcset") {
        value
            .split(',')
            .filter_map(|c| c.split_ascii_whitespace().next())
            .collect()
    } else if key == "ping" || key == "archive" {
        value.split_ascii_whitespace().collect()
    } else {
        vec![value]
    }
}

fn describe(t: &Target, url: &str) -> String {
    match t {
        Target::Own => format!("this site: {url}"),
        Target::Elsewhere => format!("from another host: {url}"),
        Target::Script => format!("a `javascript:` URL: {url}"),
        Target::Data => "a `data:` URL".to_string(),
        Target::Other(scheme) => format!("a `{scheme}:` URL: {url}"),
    }
}

fn attr<'t>(tag: &'t Tag, key: &str) -> Option<&'t str> {
    tag.attrs
        .iter()
        .find(|a| &*a.name.local == key)
        .map(|a| &*a.value)
}

/// Everything in `html` that would load from another host, or run or style inline, with
/// the line of each.
pub fn check_located(html: &str, policy: Policy) -> Vec<Located> {
    let state = State {
        base: site_url(policy.base),
        inline_style: policy.inline_style,
        found: Vec::new(),
        foreign: 0,
        style: None,
        limit: 1000,
    };
    let tokenizer = Tokenizer::new(Sink(RefCell::new(state)), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from_slice(html));
    // Feeding goes on until the input is read: the sink never stops for a script.
    while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) && !input.is_empty() {
    }
    tokenizer.end();
    let found = std::mem::take(&mut tokenizer.sink.0.borrow_mut().found);
    found
}

/// Everything in `html` that would load from another host, or run or style inline.
pub fn check_html(html: &str, policy: Policy) -> Vec<Finding> {
    check_located(html, policy)
        .into_iter()
        .map(|f| f.what)
        .collect()
}

/// The byte offset in `text` where the tag of `found` starts: the last `<name` on its
/// line or before (a tag may span lines; the tokenizer names the line it ends on).
pub fn tag_offset(text: &str, found: &Located) -> usize {
    let line = usize::try_from(found.line.max(1)).unwrap_or(usize::MAX);
    let end = text
        .match_indices('\n')
        .nth(line - 1)
        .map_or(text.len(), |(i, _)| i);
    let needle = format!("<{}", found.tag);
    let hay = text[..end].to_ascii_lowercase();
    hay.rfind(&needle.to_ascii_lowercase())
        .or_else(|| text[..end].rfind('\n').map(|i| i + 1))
        .unwrap_or(0)
}

/// A page that would load from another host, or run or style inline, is an error naming
/// the page (and its source file, where it has one).
pub fn check_page(
    html: &str,
    policy: Policy,
    page: &str,
    file: Option<&std::path::Path>,
) -> Result<(), crate::diagnostics::Diagnostic> {
    let found = check_html(html, policy);
    if found.is_empty() {
        return Ok(());
    }
    let d = crate::diagnostics::Diagnostic::error(
        crate::diagnostics::Code::ExternalLoad,
        format!(
            "the page {page} would load from another host or run inline code: {}",
            found.join("; ")
        ),
    )
    .hint("pages may load only this site's own files; link to other sites with <a href>, and put scripts and styles in the theme's scripts/ and styles/");
    Err(match file {
        Some(f) => d.file(f),
        None => d,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Policy = Policy {
        base: "https://example.org",
        inline_style: "a>b{color:red}p:after{content:\"<\"}",
    };

    #[test]
    fn own_files_and_links_are_fine() {
        let html = r#"<link rel="stylesheet" href="/assets/s.css"><link rel="canonical" href="https://example.org/en/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/"><a href="https://www.unicef.org/">x</a>
<img src="/en/a.png" srcset="/en/a-2.png 2x"><script src="/assets/a.js" defer></script>
<script type="application/ld+json">{"a":"b"}</script><video poster="poster.jpg" src="https://example.org/v.mp4"></video>
<style>a>b{color:red}p:after{content:"<"}</style><p>after</p>"#;
        assert_eq!(check_html(html, BASE), Vec::<String>::new());
    }

    #[test]
    fn anything_from_elsewhere_or_inline_is_found() {
        let cases = [
            r#"<img src="https://tracker.example.com/p.gif">"#,
            r#"<img src='//cdn.example.com/a.png'>"#,
            r#"<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X">"#,
            r#"<script src="https://www.googletagmanager.com/gtag.js"></script>"#,
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe>"#,
            r#"<script>alert(1)</script>"#,
            r#"<style>p{}</style>"#,
            r#"<p style="color:red">x</p>"#,
            r#"<img src="/a.png" onerror="alert(1)">"#,
            r#"<img srcset="/a.png 1x, https://evil.example/b.png 2x">"#,
            r#"<video poster="https://example.org.evil.com/p.jpg"></video>"#,
            r#"<SCRIPT>alert(1)</SCRIPT>"#,
            "<img\tSRC=\"https://tracker.example.com/p.gif\">",
            "<p\nstyle=color:red>x</p>",
            r#"<IFRAME src=/x></IFRAME>"#,
            r#"<style>a>b{color:red}p:after{content:"<"}x{}</style>"#,
            r#"<STYLE>a>b{color:red}p:after{content:"<"}</STYLE><STYLE>p{}</STYLE>"#,
        ];
        for c in cases {
            assert_eq!(check_html(c, BASE).len(), 1, "{c}");
        }
        // Without a theme stylesheet to allow, no <style> passes.
        let none = Policy {
            inline_style: "",
            ..BASE
        };
        assert_eq!(check_html("<style></style>", none).len(), 1);
    }

    /// The attacks on the first, hand-written scan (issue 21, S2): each is found.
    #[test]
    fn what_the_browser_would_read_is_what_is_checked() {
        let cases = [
            // A `>` inside quotes does not end the tag.
            r#"<img alt=">" src=x onerror="alert(1)">"#,
            // Entities decoded, backslashes read as the URL parser reads them.
            r#"<img src="&#104;ttps://evil.example/p.gif">"#,
            r#"<img src="/\evil.example/p.gif">"#,
            "<img src=\"ht\ttps://evil.example/p.gif\">",
            r#"<script src="data:text/javascript,alert(1)"></script>"#,
            r#"<base href="https://evil.example/">"#,
            r#"<link rel=prerender href="https://evil.example/">"#,
            r#"<link rel="stylesheet" href="data:text/css,p{}">"#,
            r#"<svg><image href="https://evil.example/i.png"/></svg>"#,
            r#"<svg><use xlink:href="https://evil.example/s.svg#a"/></svg>"#,
            r#"<table background="https://evil.example/b.png"></table>"#,
            r#"<meta http-equiv="refresh" content="0;url=http://other.example/">"#,
            r#"<a href="jav&#x09;ascript:alert(1)">x</a>"#,
            r#"<a href=" JAVASCRIPT:alert(1)">x</a>"#,
            r#"<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>"#,
            r#"<form action="https://evil.example/collect"><input></form>"#,
            r#"<a href="/x" ping="https://evil.example/track">x</a>"#,
            r#"<video src="blob:https://example.org/1"></video>"#,
            // Not raw text inside <svg>: the tag after the breakout is read.
            r#"<svg><style><img src="https://evil.example/p.gif"></style></svg>"#,
            // <noscript> holds markup when JavaScript is off.
            r#"<noscript><img src="https://evil.example/p.gif"></noscript>"#,
        ];
        for c in cases {
            assert!(!check_html(c, BASE).is_empty(), "not found: {c}");
        }
    }

    #[test]
    fn links_out_and_own_urls_in_any_spelling_are_fine() {
        let html = r##"<a href="https://www.unicef.org/" rel="noopener">u</a><a href="tel:+441234">t</a>
<a href="mailto:a@example.org">m</a><a href="#top">top</a><img src="data:image/png;base64,AAAA" alt="">
<img src="HTTPS://EXAMPLE.ORG/a.png" alt=""><img src="&#47;en/a.png" alt=""><p title="a > b">x</p>
<link rel="icon" href="data:,"><link rel="alternate" hreflang="ar" href="https://example.org/ar/"><link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
<meta http-equiv="refresh" content="0; url=/en/new/"><meta http-equiv="Refresh" content="0;URL='https://example.org/x'">
<textarea><img src="https://evil.example/p.gif"></textarea><form action="/search/en/"><input name="q"></form>
<script type="application/ld+json">{"a":"<img src=https://x.example/>"}</script>"##;
        assert_eq!(check_html(html, BASE), Vec::<String>::new());
    }

    #[test]
    fn findings_carry_the_line_and_the_start_of_their_tag() {
        let text = "<div>\n<p>ok</p>\n<img\n  src=x onerror=alert(1)>\n</div>\n";
        let found = check_located(text, BASE);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 4);
        assert_eq!(tag_offset(text, &found[0]), text.find("<img").unwrap());
    }
}
