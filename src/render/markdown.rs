//! Markdown to HTML with pulldown-cmark: heading ids that keep Unicode, a link on each
//! heading, and `@/path.md#anchor` links resolved through the URL table.

use crate::diagnostics::{did_you_mean, Code, Diagnostic};
use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// A heading id from its text: lower case, words joined by `-`, letters of every script kept.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        // ASCII first: the Unicode tables are for the rest.
        let keep = if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            (!is_punct(c) && !c.is_whitespace()) || c.is_alphanumeric()
        };
        if keep {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else if c.is_whitespace() || c == '-' {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

/// How headings get their ids (`markdown: { heading_ids: … }` in site.yaml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeadingIds {
    /// [`slugify`]: words joined by one `-`, none at the ends (the ids sites built before
    /// the option have, and keep).
    #[default]
    Waymark,
    /// [`slugify_github`]: as GitHub (and Hugo, and most documentation written for them)
    /// gives them.
    Github,
}

impl HeadingIds {
    pub const NAMES: &'static [&'static str] = &["waymark", "github"];

    pub fn parse(name: &str) -> Option<HeadingIds> {
        match name.trim() {
            "waymark" => Some(HeadingIds::Waymark),
            "github" => Some(HeadingIds::Github),
            _ => None,
        }
    }

    pub fn slugify(self, text: &str) -> String {
        match self {
            HeadingIds::Waymark => slugify(text),
            HeadingIds::Github => slugify_github(text),
        }
    }
}

/// A heading id as GitHub's (github-slugger's) rule makes it: lower case, every character
/// that is not a letter, a digit, a combining mark, `_`, `-` or a space removed, and each
/// space a `-` (so `A + B` is `a--b`, and `--flag` keeps its dashes). An empty result is
/// `section`, as with [`slugify`]: an empty `id` is not valid HTML.
pub fn slugify_github(text: &str) -> String {
    let out: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| {
            c.is_alphanumeric()
                || c == '_'
                || c == '-'
                || c == ' '
                || unicode_normalization::char::is_combining_mark(c)
        })
        .map(|c| if c == ' ' { '-' } else { c })
        .collect();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

fn is_punct(c: char) -> bool {
    matches!(c,
        '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{0964}' | '\u{0965}' | '\u{FD3E}' | '\u{FD3F}' | '\u{00D7}' | '\u{00F7}')
}

/// Ids given to headings in order, made unique with `-1`, `-2` (as GitHub does). Each id
/// remembers how many times it was asked for, so that 10,000 headings with one text take
/// linear time, not 10,000 searches from `-1`.
#[derive(Default)]
struct Ids(HashMap<String, usize>);

impl Ids {
    fn unique(&mut self, base: String) -> String {
        let mut id = base.clone();
        while self.0.contains_key(&id) {
            let n = self.0.entry(base.clone()).or_insert(0);
            *n += 1;
            id = format!("{base}-{n}");
        }
        self.0.insert(id.clone(), 0);
        id
    }
}

/// The ids of every heading of a markdown body in order, as `render` gives them by default.
pub fn heading_ids(body: &str) -> Vec<String> {
    heading_ids_with(body, HeadingIds::Waymark)
}

/// The ids of every heading of a markdown body in order, as `render` will give them with
/// `style`.
pub fn heading_ids_with(body: &str, style: HeadingIds) -> Vec<String> {
    let mut order = Vec::new();
    let mut ids = Ids::default();
    let mut in_heading: Option<(Option<String>, String)> = None;
    // `render` shows an image as HTML, so its alt text is not heading text there either
    // (a mismatch found by fuzzing: `# ![alt](i.png)` passed a link to `#alt`).
    let mut in_image = 0usize;
    for ev in Parser::new_ext(body, options()) {
        match ev {
            Event::Start(Tag::Heading { id, .. }) => {
                in_heading = Some((id.map(|i| i.to_string()), String::new()));
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_image == 0 => {
                if let Some((_, text)) = &mut in_heading {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((id, text)) = in_heading.take() {
                    order.push(ids.unique(id.unwrap_or_else(|| style.slugify(&text))));
                }
            }
            _ => {}
        }
    }
    order
}

/// Resolves `@/` links: returns the URL, or why it cannot.
pub trait LinkResolver {
    fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError>;
    /// A resized image of the page's bundle, for `srcset`.
    fn image(&self, _src: &str) -> Option<&crate::content::images::ImageInfo> {
        None
    }
    /// The URL of directory entry `id`'s page in the page's language; `None` if there is
    /// no such entry.
    fn entry_url(&self, _id: &str) -> Option<String> {
        None
    }
    /// Directory entry `id`'s card, to stand in a page (`None` when only checking links).
    fn entry_card(&self, _id: &str) -> Option<String> {
        None
    }
    /// How the site gives headings their ids.
    fn heading_ids(&self) -> HeadingIds {
        HeadingIds::Waymark
    }
    /// What the site does with raw HTML, and its `base_url` (what is its own).
    fn raw_html(&self) -> (super::raw_html::Mode, &str) {
        (super::raw_html::Mode::Refuse, "")
    }
    /// The icon and words of a call button in the page's language.
    fn call_parts(&self) -> super::embeds::CallParts {
        super::embeds::CallParts {
            icon: String::new(),
            verb: "Call".into(),
        }
    }
}

pub enum LinkError {
    NoPage { suggestion: Option<String> },
    NoAnchor { known: Vec<String> },
}

/// A heading being rendered: where its placeholder event is, and whether it holds a link.
struct OpenHeading<'a> {
    start: usize,
    id: Option<CowStr<'a>>,
    classes: Vec<CowStr<'a>>,
    has_link: bool,
}

/// An image being rendered: where it starts, its address and title, and its alt text so far.
struct OpenImage {
    start: usize,
    src: String,
    title: String,
    alt: String,
}

pub struct Rendered {
    pub html: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The text of the first paragraph with words in it, cut at a word to about
    /// [`SUMMARY_CHARS`] characters: what search results show of a page without
    /// `description`.
    pub summary: Option<String>,
    /// Links to this site that are not `@/` links (`../x/`, `/en/x/`, `#part`), checked
    /// against the built site once every file is written.
    pub local_links: Vec<LocalLink>,
}

/// A relative, root-relative or same-page link as written, and where (a byte offset in
/// the file: the line is found only for a broken one).
#[derive(Debug, Clone, PartialEq)]
pub struct LocalLink {
    pub href: String,
    pub offset: usize,
}

/// Whether `href` is a link into this site that is not an `@/` link: no scheme, not
/// protocol-relative (`//host`), not empty.
pub fn is_local(href: &str) -> bool {
    let h = href.trim();
    if h.is_empty() || h.starts_with("@/") || h.starts_with("//") || h.starts_with("\\\\") {
        return false;
    }
    // A scheme is letters, digits, `+ - .` before a `:` that comes before any `/ ? #`.
    let scheme = h
        .find([':', '/', '?', '#'])
        .filter(|&i| h.as_bytes()[i] == b':')
        .is_some_and(|i| {
            h[..i].starts_with(|c: char| c.is_ascii_alphabetic())
                && h[..i]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
    !scheme
}

/// The longest summary, in characters (before its "…").
pub const SUMMARY_CHARS: usize = 160;

/// The first paragraph of `events` with a letter in it, as plain text (pulldown-cmark's
/// text events are already free of markup and entities; raw HTML and the cards that embeds
/// became are not text), cut at a word to [`SUMMARY_CHARS`].
fn summary(events: &[Event]) -> Option<String> {
    let mut text: Option<String> = None;
    for ev in events {
        match ev {
            Event::Start(Tag::Paragraph) => text = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(p) = &mut text {
                    p.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(p) = &mut text {
                    p.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph) => {
                let words = text.take().unwrap_or_default();
                let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
                if words.chars().any(char::is_alphabetic) {
                    return Some(cut_at_word(&words, SUMMARY_CHARS));
                }
            }
            _ => {}
        }
    }
    None
}

/// `text` if it has at most `max` characters, else its first words within `max` and "…".
fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '،']))
}

/// Renders `body` (which starts at byte `body_start` of `file_text`).
pub fn render(
    body: &str,
    body_start: usize,
    file_text: &str,
    file: &std::path::Path,
    links: &dyn LinkResolver,
    title: Option<&str>,
) -> Rendered {
    let mut r = Renderer {
        title: title.map(str::trim),
        body_start,
        file_text,
        file,
        links,
        diagnostics: Vec::new(),
        local_links: Vec::new(),
        ids: Ids::default(),
        // About one event per 32 bytes of markdown (the bundled site and the benchmark's
        // corpus): sized once, not grown by doubling.
        events: Vec::with_capacity(body.len() / 32 + 16),
        heading: None,
        image: None,
    };
    // Table columns' alignment becomes a class, not pulldown-cmark's inline `style`, which
    // the site's Content-Security-Policy (style-src 'self') would block.
    let mut table = TableCells::default();
    let mut components = super::embeds::Components::default();
    let mut events = Vec::new();

    let mut depth = 0usize;
    let (mode, base) = links.raw_html();
    let mut raw = super::raw_html::RawHtml::new(mode, base);
    let mut taken = Vec::new();

    for (ev, range) in Parser::new_ext(body, options()).into_offset_iter() {
        // Lists or quotes thousands deep are not writing but an attack on every reader
        // (and on the templates and browsers after us): stop at a depth no page needs.
        match &ev {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_DEPTH {
            r.too_deep(range.start);
            return Rendered {
                html: String::new(),
                diagnostics: r.diagnostics,
                summary: None,
                local_links: Vec::new(),
            };
        }
        raw.take(ev, range.start, &mut taken);
        for (ev, start) in taken.drain(..) {
            let Some(ev) = table.rewrite(ev) else {
                continue;
            };
            if components.passes(&ev) {
                let ev = r.resolve_link(ev, start);
                r.push(ev, start);
                continue;
            }
            if let Some(d) = components.rewrite(ev, start, links, &mut events) {
                let d = r.at(d, start);
                r.diagnostics.push(d);
            }
            for (ev, at) in events.drain(..) {
                let ev = r.resolve_link(ev, at);
                r.push(ev, at);
            }
        }
    }
    r.raw_html_findings(mode, raw.findings);
    for (ev, at) in components.finish() {
        let ev = r.resolve_link(ev, at);
        r.push(ev, at);
    }
    let summary = summary(&r.events);
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, code_left_to_right(r.events).into_iter());
    Rendered {
        html: out,
        diagnostics: Renderer::capped(r.diagnostics, file),
        summary,
        local_links: r.local_links,
    }
}

/// What the HTML writer would write differently: GitHub alerts as notices, and code read
/// left to right on every page: `dir="ltr"` on code blocks and inline code,
/// so that on a right-to-left page a long line starts at the left edge and scrolls to the
/// right (instead of showing its end first), and inline code keeps its order. An
/// attribute, not a stylesheet rule: a page without code carries no byte of it. A code
/// block scrolls inside itself, so it takes keyboard focus (`tabindex="0"`): a reader
/// without a pointer can scroll it with the arrow keys.
fn code_left_to_right(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    for ev in events {
        match ev {
            Event::Code(text) => {
                out.push(Event::InlineHtml(CowStr::Borrowed("<code dir=\"ltr\">")));
                out.push(Event::Text(text));
                out.push(Event::InlineHtml(CowStr::Borrowed("</code>")));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang: String = match &kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) => info
                        .split(|c: char| c.is_whitespace() || c == ',')
                        .next()
                        .unwrap_or_default()
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || "_+#.-".contains(*c))
                        .collect(),
                    pulldown_cmark::CodeBlockKind::Indented => String::new(),
                };
                let open = if lang.is_empty() {
                    "<pre dir=\"ltr\" tabindex=\"0\"><code>".to_string()
                } else {
                    format!("<pre dir=\"ltr\" tabindex=\"0\"><code class=\"language-{lang}\">")
                };
                out.push(Event::Html(open.into()));
            }
            Event::End(TagEnd::CodeBlock) => out.push(Event::Html("</code></pre>\n".into())),
            // GitHub's alerts (`> [!NOTE]` …) are the theme's notices, their kind a class.
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let kind = match kind {
                    pulldown_cmark::BlockQuoteKind::Note => "note",
                    pulldown_cmark::BlockQuoteKind::Tip => "tip",
                    pulldown_cmark::BlockQuoteKind::Important => "important",
                    pulldown_cmark::BlockQuoteKind::Warning => "warning",
                    pulldown_cmark::BlockQuoteKind::Caution => "caution",
                };
                out.push(Event::Html(
                    format!("<blockquote class=\"notice alert-{kind}\" role=\"note\">\n").into(),
                ));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                out.push(Event::Html("</blockquote>\n".into()))
            }
            other => out.push(other),
        }
    }
    out
}

/// The state of one body's rendering: the events so far, the heading or image open, the
/// ids given, and the problems found. Offsets passed to it are in the body.
struct Renderer<'a> {
    /// The page's title: a body that opens with it as `# Title` does not show it twice
    /// (the page template shows the title as the page's one `<h1>`).
    title: Option<&'a str>,
    body_start: usize,
    file_text: &'a str,
    file: &'a std::path::Path,
    links: &'a dyn LinkResolver,
    diagnostics: Vec<Diagnostic>,
    local_links: Vec<LocalLink>,
    ids: Ids,
    events: Vec<Event<'a>>,
    heading: Option<OpenHeading<'a>>,
    image: Option<OpenImage>,
}

impl<'a> Renderer<'a> {
    /// `d` in the file, at `offset` in the body (past [`MAX_FILE_DIAGNOSTICS`], only in the
    /// file: such a diagnostic is counted, not shown, and finding its line costs a scan).
    fn at(&self, d: Diagnostic, offset: usize) -> Diagnostic {
        let d = d.file(self.file);
        if self.diagnostics.len() >= MAX_FILE_DIAGNOSTICS {
            return d;
        }
        d.at_offset(self.file_text, self.body_start + offset)
    }

    /// The first [`MAX_FILE_DIAGNOSTICS`] problems, and one that counts the rest.
    fn capped(mut diagnostics: Vec<Diagnostic>, file: &std::path::Path) -> Vec<Diagnostic> {
        if diagnostics.len() <= MAX_FILE_DIAGNOSTICS {
            return diagnostics;
        }
        let rest = diagnostics.split_off(MAX_FILE_DIAGNOSTICS);
        let errors = rest.iter().filter(|d| d.is_error()).count();
        let (code, severity) = match rest.iter().find(|d| d.is_error()).or(rest.first()) {
            Some(d) => (d.code, d.severity),
            None => return diagnostics,
        };
        let message = format!(
            "{} more problems in this file ({errors} of them errors) are not shown",
            rest.len()
        );
        let mut more = match severity {
            crate::diagnostics::Severity::Error => Diagnostic::error(code, message),
            crate::diagnostics::Severity::Warning => Diagnostic::warning(code, message),
        };
        more = more
            .file(file)
            .hint("fix the ones shown and build again; they are usually the same mistake");
        diagnostics.push(more);
        diagnostics
    }

    /// What the raw-HTML pass found: errors where the site refuses such HTML, warnings
    /// where it was cleaned.
    fn raw_html_findings(
        &mut self,
        mode: super::raw_html::Mode,
        found: Vec<super::raw_html::Finding>,
    ) {
        use super::raw_html::Mode;
        for f in found {
            let d = match mode {
                Mode::Sanitize => Diagnostic::warning(
                    Code::HtmlSanitized,
                    format!("raw HTML cleaned: removed {}", f.what),
                )
                .hint("`raw_html: sanitize` removes what the site's Content-Security-Policy would block; change the HTML to keep what you meant"),
                _ => Diagnostic::error(
                    Code::ExternalLoad,
                    format!("raw HTML would load from another host or run code: {}", f.what),
                )
                .hint("remove it (link to other sites with a plain link; scripts and styles belong in the theme), or set `markdown: { raw_html: sanitize }` (removed, with a warning) or `escape` (shown as text) in site.yaml"),
            };
            let d = self.at(d, f.at);
            self.diagnostics.push(d);
        }
    }

    /// Reports nesting deeper than [`MAX_DEPTH`], at `offset`.
    fn too_deep(&mut self, offset: usize) {
        let d = self.at(
            Diagnostic::error(Code::TooDeep, format!(
                "the text is nested more than {MAX_DEPTH} levels deep (lists or quotes inside each other)"
            )),
            offset,
        )
        .hint("flatten the list or quote: no reader can follow more than a few levels");
        self.diagnostics.push(d);
    }

    /// An `@/` link with the URL of the page it names (`#` and a problem when there is
    /// none); any other event as it is.
    fn resolve_link(&mut self, ev: Event<'a>, offset: usize) -> Event<'a> {
        let Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) = ev
        else {
            return ev;
        };
        if !dest_url.starts_with("@/") {
            if is_local(&dest_url) {
                self.local_links.push(LocalLink {
                    href: dest_url.to_string(),
                    offset: self.body_start + offset,
                });
            }
            return Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            });
        }
        if let Some(entry) = super::embeds::entry_id(&dest_url[2..]) {
            let url = self.links.entry_url(entry).unwrap_or_else(|| {
                let d = Diagnostic::error(
                    Code::UnknownEntry,
                    format!("link to a directory entry that does not exist: `{dest_url}`"),
                )
                .hint("the file name without `.yaml` is the entry's id: check it under content/directory/");
                let d = self.at(d, offset);
                self.diagnostics.push(d);
                "#".into()
            });
            return Event::Start(Tag::Link {
                link_type,
                dest_url: url.into(),
                title,
                id,
            });
        }
        let (path, anchor) = match dest_url[2..].split_once('#') {
            Some((p, a)) => (p.to_string(), Some(a.to_string())),
            None => (dest_url[2..].to_string(), None),
        };
        let url = match self.links.resolve(&path, anchor.as_deref()) {
            Ok(u) => u,
            Err(e) => {
                let d = self.broken_link(&dest_url, &path, anchor.as_deref(), e, offset);
                self.diagnostics.push(d);
                "#".to_string()
            }
        };
        Event::Start(Tag::Link {
            link_type,
            dest_url: url.into(),
            title,
            id,
        })
    }

    /// The problem with a link to `@/path#anchor` that `LinkResolver` could not resolve.
    fn broken_link(
        &self,
        dest_url: &str,
        path: &str,
        anchor: Option<&str>,
        e: LinkError,
        offset: usize,
    ) -> Diagnostic {
        let d = match &e {
            LinkError::NoPage { .. } => Diagnostic::error(
                Code::BrokenLink,
                format!("link to a page that does not exist: `{dest_url}`"),
            ),
            LinkError::NoAnchor { .. } => Diagnostic::error(
                Code::BrokenAnchor,
                format!(
                    "link to a heading that does not exist: `#{}` in `@/{path}`",
                    anchor.unwrap_or("")
                ),
            ),
        };
        let d = self.at(d, offset);
        let hint = match e {
            LinkError::NoPage {
                suggestion: Some(s),
            } => {
                format!("did you mean `@/{s}`? Paths start from content/")
            }
            LinkError::NoPage { suggestion: None } => {
                "write the path of a file from content/, e.g. `@/rights/your-rights.md`".into()
            }
            LinkError::NoAnchor { known } => {
                let refs: Vec<&str> = known.iter().map(String::as_str).collect();
                match did_you_mean(anchor.unwrap_or(""), &refs) {
                    Some(k) => format!("did you mean `#{k}`?"),
                    None if known.is_empty() => "that page has no headings".into(),
                    None => format!(
                        "the page's headings are: {}",
                        known
                            .iter()
                            .map(|k| format!("#{k}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }
            }
        };
        d.hint(hint)
    }

    /// Adds an event (at `offset` in the body): headings and images are rendered here, and
    /// an image's text is its alt text.
    fn push(&mut self, ev: Event<'a>, offset: usize) {
        match ev {
            Event::Start(Tag::Heading { id, classes, .. }) => {
                self.heading = Some(OpenHeading {
                    start: self.events.len(),
                    id,
                    classes,
                    has_link: false,
                });
                self.events.push(Event::Text(CowStr::Borrowed(""))); // placeholder
            }
            Event::End(TagEnd::Heading(level)) => self.close_heading(level),
            Event::Start(Tag::Link { .. }) => {
                if let Some(h) = &mut self.heading {
                    h.has_link = true;
                }
                self.events.push(ev);
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                self.image = Some(OpenImage {
                    start: offset,
                    src: dest_url.to_string(),
                    title: title.to_string(),
                    alt: String::new(),
                });
            }
            Event::Text(ref t) | Event::Code(ref t) if self.image.is_some() => {
                if let Some(img) = &mut self.image {
                    img.alt.push_str(t);
                }
            }
            Event::End(TagEnd::Image) => self.close_image(),
            _ if self.image.is_some() => {}
            other => self.events.push(other),
        }
    }

    /// Ends the open heading: its id (given, or from its text, made unique) and the link
    /// to itself go into its placeholder.
    fn close_heading(&mut self, level: pulldown_cmark::HeadingLevel) {
        let Some(OpenHeading {
            start,
            id,
            classes,
            has_link,
        }) = self.heading.take()
        else {
            self.events.push(Event::End(TagEnd::Heading(level)));
            return;
        };
        let text: String = self.events[start + 1..]
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        if start == 0
            && level == pulldown_cmark::HeadingLevel::H1
            && self.title == Some(text.trim())
        {
            self.events.truncate(start);
            return;
        }
        let style = self.links.heading_ids();
        let id = self.ids.unique(
            id.map(|i| i.to_string())
                .unwrap_or_else(|| style.slugify(&text)),
        );
        let class = if classes.is_empty() {
            String::new()
        } else {
            format!(
                " class=\"{}\"",
                escape_attr(
                    &classes
                        .iter()
                        .map(|c| c.as_ref())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            )
        };
        let id_attr = escape_attr(&id);
        // The heading links to itself, unless it holds a link of its own.
        let open = if has_link {
            format!("<{level} id=\"{id_attr}\"{class}>")
        } else {
            format!("<{level} id=\"{id_attr}\"{class}><a class=\"self-link\" href=\"#{id_attr}\">")
        };
        self.events[start] = Event::Html(open.into());
        let close = if has_link {
            format!("</{level}>\n")
        } else {
            format!("</a></{level}>\n")
        };
        self.events.push(Event::Html(close.into()));
    }

    /// Ends the open image: its HTML (resized versions where the page has them), and a
    /// warning when it has no alt text.
    fn close_image(&mut self) {
        let Some(OpenImage {
            start,
            src,
            title,
            alt,
        }) = self.image.take()
        else {
            return;
        };
        if alt.trim().is_empty() {
            let d = self.at(Diagnostic::warning(Code::MissingAlt, "an image without alt text"), start)
                .hint("describe the image between the brackets: ![a poster of the campaign](poster.jpg); `check --strict` makes this an error");
            self.diagnostics.push(d);
        }
        let html = match self.links.image(&src) {
            Some(info) => super::picture::html(&src, &alt, Some(&title), info),
            None => format!(
                "<img src=\"{}\" alt=\"{}\"{} loading=\"lazy\" decoding=\"async\">",
                escape_attr(&src),
                escape_attr(&alt),
                if title.is_empty() {
                    String::new()
                } else {
                    format!(" title=\"{}\"", escape_attr(&title))
                }
            ),
        };
        self.events.push(Event::InlineHtml(html.into()));
    }
}

/// How many problems of one file are shown; the rest are counted in one more.
pub const MAX_FILE_DIAGNOSTICS: usize = 100;

/// How deep lists, quotes and other blocks may nest in a page.
pub const MAX_DEPTH: usize = 100;

/// Renders table cells itself, so that alignment is a class (`align-right`), and the
/// table's opening tag: a table scrolls inside itself (the theme makes it a block), so it
/// takes keyboard focus like a code block.
#[derive(Default)]
struct TableCells {
    aligns: Vec<pulldown_cmark::Alignment>,
    in_head: bool,
    column: usize,
}

impl TableCells {
    fn rewrite<'a>(&mut self, ev: Event<'a>) -> Option<Event<'a>> {
        use pulldown_cmark::Alignment;
        match ev {
            Event::Start(Tag::Table(aligns)) => {
                self.aligns = aligns;
                Some(Event::Html(CowStr::Borrowed("<table tabindex=\"0\">")))
            }
            Event::Start(Tag::TableHead) => {
                self.in_head = true;
                self.column = 0;
                Some(Event::Start(Tag::TableHead))
            }
            Event::End(TagEnd::TableHead) => {
                self.in_head = false;
                Some(Event::End(TagEnd::TableHead))
            }
            Event::Start(Tag::TableRow) => {
                self.column = 0;
                Some(Event::Start(Tag::TableRow))
            }
            // Fixed strings, not `format!`: a table has a cell every few words.
            Event::Start(Tag::TableCell) => {
                let align = self.aligns.get(self.column);
                let open = match (self.in_head, align) {
                    (true, Some(Alignment::Left)) => "<th class=\"align-left\">",
                    (true, Some(Alignment::Center)) => "<th class=\"align-center\">",
                    (true, Some(Alignment::Right)) => "<th class=\"align-right\">",
                    (true, _) => "<th>",
                    (false, Some(Alignment::Left)) => "<td class=\"align-left\">",
                    (false, Some(Alignment::Center)) => "<td class=\"align-center\">",
                    (false, Some(Alignment::Right)) => "<td class=\"align-right\">",
                    (false, _) => "<td>",
                };
                Some(Event::Html(CowStr::Borrowed(open)))
            }
            Event::End(TagEnd::TableCell) => {
                self.column += 1;
                let close = if self.in_head { "</th>" } else { "</td>" };
                Some(Event::Html(CowStr::Borrowed(close)))
            }
            other => Some(other),
        }
    }
}

pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn heading_ids_are_the_ids_render_gives() {
        for body in [
            "# ![alt](i.png)\n",
            "## A ![b](c.png) d\n\n## A\n",
            "# `code` *x*\n",
        ] {
            let r = md(body);
            for id in heading_ids(body) {
                assert!(
                    r.html.contains(&format!("id=\"{id}\"")),
                    "{body}: {id} in {}",
                    r.html
                );
            }
        }
    }

    #[test]
    fn nesting_has_a_limit_with_its_line() {
        let r = md(&format!("Fine.\n\n{} deep\n", ">".repeat(10_000)));
        assert!(r.html.is_empty());
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].line, Some(3));
        let ok = md(&format!("{} fine\n", ">".repeat(20)));
        assert!(ok.diagnostics.is_empty());
    }

    #[test]
    fn table_alignment_is_a_class_not_an_inline_style() {
        let html = md("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n").html;
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("<th class=\"align-left\">a</th>"), "{html}");
        assert!(html.contains("<th class=\"align-center\">b</th>"), "{html}");
        assert!(html.contains("<td class=\"align-right\">3</td>"), "{html}");
        assert!(html.contains("<td>4</td>"), "{html}");
        assert!(html.contains("<thead><tr>"), "{html}");
    }

    use super::*;
    use std::path::Path;

    struct Links;
    impl LinkResolver for Links {
        fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError> {
            match (path, anchor) {
                ("a.md", None) => Ok("/en/a/".into()),
                ("a.md", Some("x")) => Ok("/en/a/#x".into()),
                ("a.md", Some(_)) => Err(LinkError::NoAnchor {
                    known: vec!["x".into()],
                }),
                _ => Err(LinkError::NoPage {
                    suggestion: Some("a.md".into()),
                }),
            }
        }
    }

    fn md(body: &str) -> Rendered {
        render(body, 0, body, Path::new("t.md"), &Links, Some("The title"))
    }

    #[test]
    fn thousands_of_broken_links_on_one_line_are_counted_not_copied() {
        let body = "[x](@/nope.md) ".repeat(20_000);
        let started = std::time::Instant::now();
        let r = md(&body);
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
        assert_eq!(r.diagnostics.len(), MAX_FILE_DIAGNOSTICS + 1);
        assert!(r.diagnostics[0].line == Some(1) && r.diagnostics[0].source_line.is_none());
        let last = &r.diagnostics[MAX_FILE_DIAGNOSTICS];
        assert!(
            last.message.starts_with("19900 more problems"),
            "{}",
            last.message
        );
        assert!(last.is_error());
    }

    #[test]
    fn links_into_the_site_are_kept_for_checking() {
        for (href, local) in [
            ("../x/", true),
            ("/en/x/#a", true),
            ("#part", true),
            ("photo.jpg", true),
            ("x/y:z", true),
            ("https://example.org/", false),
            ("mailto:a@example.org", false),
            ("tel:+44", false),
            ("//cdn.example/x", false),
            ("@/a.md", false),
            ("", false),
        ] {
            assert_eq!(is_local(href), local, "{href}");
        }
        let r = md("Intro.\n\n[a](../x/) [b](https://example.org/) [c](#top)\n");
        let found: Vec<_> = r
            .local_links
            .iter()
            .map(|l| (l.href.as_str(), l.offset))
            .collect();
        assert_eq!(found, [("../x/", 8), ("#top", 45)]);
    }

    #[test]
    fn github_alerts_are_notices() {
        let r = md("> [!WARNING]\n> Do not share your location.\n\n> A quote.\n");
        assert!(
            r.html.contains("<blockquote class=\"notice alert-warning\" role=\"note\">\n<p>Do not share your location.</p>\n</blockquote>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<blockquote>\n<p>A quote.</p>"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("[!WARNING]"));
    }

    #[test]
    fn a_body_that_opens_with_the_title_does_not_show_it_twice() {
        let r = md("# The title\n\nText.\n");
        assert_eq!(r.html.trim(), "<p>Text.</p>");
        // Another first heading, or the title further down, stays.
        assert!(md("# Another\n\nText.\n").html.contains("<h1"));
        assert!(md("Text.\n\n# The title\n").html.contains("<h1"));
    }

    #[test]
    fn the_summary_is_the_first_paragraph_with_words_cut_at_a_word() {
        // A paragraph of only a number is skipped; entities and markup become text once.
        let r = md("## A\n\n[112](tel:112)\n\nFish &amp; *chips* <b>x</b>\nand `code`.\n");
        assert_eq!(r.summary.as_deref(), Some("Fish & chips x and code."));
        let long = md(&"word ".repeat(60));
        let s = long.summary.unwrap();
        assert!(
            s.ends_with("word…") && s.chars().count() <= SUMMARY_CHARS + 1,
            "{s}"
        );
        assert_eq!(md("```\ncode\n```\n\n- x\n").summary, None);
        assert_eq!(md("تو حق داری\n").summary.as_deref(), Some("تو حق داری"));
    }

    #[test]
    fn arabic_headings_keep_arabic_ids() {
        assert_eq!(slugify("حقوقك، أينما كنت"), "حقوقك-أينما-كنت");
        assert_eq!(slugify("Numbers you can call"), "numbers-you-can-call");
        assert_eq!(slugify("Ваші права!"), "ваші-права");
    }

    /// The ids authors wrote against GitHub and Hugo (issue 21's real corpus).
    #[test]
    fn github_ids_are_githubs() {
        for (text, id) in [
            ("--background", "--background"),
            ("Deploying Keystatic + Astro", "deploying-keystatic--astro"),
            ("What's new in v2.0?", "whats-new-in-v20"),
            ("snake_case and kebab-case", "snake_case-and-kebab-case"),
            (" Leading space", "-leading-space"),
            ("حقوقك، أينما كنت", "حقوقك-أينما-كنت"),
            ("Ваші права!", "ваші-права"),
            ("नमस्ते दुनिया", "नमस्ते-दुनिया"),
            ("日本語の見出し", "日本語の見出し"),
            ("!!!", "section"),
        ] {
            assert_eq!(slugify_github(text), id, "{text}");
        }
        let body = "## A + B\n\n## A + B\n\n## Other\n";
        assert_eq!(
            heading_ids_with(body, HeadingIds::Github),
            ["a--b", "a--b-1", "other"]
        );
        assert_eq!(heading_ids(body), ["a-b", "a-b-1", "other"]);
        let r = md("## حقوقك\n");
        assert!(r.html.contains("id=\"حقوقك\""), "{}", r.html);
        assert!(r.html.contains("href=\"#حقوقك\""), "{}", r.html);
    }

    #[test]
    fn duplicate_headings_get_numbered_ids() {
        let r = md("## A\n\n## A\n");
        assert!(
            r.html.contains("id=\"a\"") && r.html.contains("id=\"a-1\""),
            "{}",
            r.html
        );
        assert_eq!(heading_ids("## A\n\n## A\n").len(), 2);
    }

    #[test]
    fn at_links_resolve_and_report_lines() {
        let r = md("[ok](@/a.md#x)\n\nline\n\n[bad](@/b.md)\n\n[bad anchor](@/a.md#y)\n");
        assert!(r.html.contains("href=\"/en/a/#x\""));
        assert_eq!(r.diagnostics.len(), 2);
        assert_eq!(r.diagnostics[0].line, Some(5));
        assert!(r.diagnostics[0].hint.as_deref().unwrap().contains("@/a.md"));
        assert_eq!(r.diagnostics[1].line, Some(7));
    }

    #[test]
    fn images_need_alt_text() {
        let r = md("![](a.png)\n\n![a child reading](b.png)\n");
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].line, Some(1));
        assert_eq!(
            r.diagnostics[0].severity,
            crate::diagnostics::Severity::Warning
        );
    }

    #[test]
    fn repeated_headings_are_numbered_in_linear_time() {
        let body = "# h\n".repeat(20_000) + "# h-1\n# h 2\n";
        let started = std::time::Instant::now();
        let ids = heading_ids(&body);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        assert_eq!(ids[..3], ["h", "h-1", "h-2"]);
        assert_eq!(ids[19_999], "h-19999");
        // `h-1` and `h-2` were taken by the repeats: GitHub's rule numbers them on.
        assert_eq!(ids[20_000..], ["h-1-1", "h-2-1"]);
        let ids: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(ids.len(), 20_002, "every id unique");
    }

    #[test]
    fn tables_footnotes_tasks_strikethrough() {
        let r = md("|a|b|\n|-|-|\n|1|2|\n\n~~x~~ [^1]\n\n[^1]: note\n\n- [x] done\n");
        assert!(r
            .html
            .contains("<table tabindex=\"0\"><thead><tr><th>a</th>"));
        assert!(r.html.contains("</tbody></table>"));
        assert!(r.html.contains("<del>"));
        assert!(r.html.contains("footnote"));
        assert!(r.html.contains("checkbox"));
    }
}
