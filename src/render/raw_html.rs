//! The raw HTML an editor writes in markdown, as the site decides (`markdown: { raw_html:
//! refuse | sanitize | escape }` in site.yaml): checked piece by piece with the page
//! safety check, so that every finding names its file, line and column, and then kept
//! (`refuse`: any finding is an error), cleaned by ammonia with a policy that matches the
//! Content-Security-Policy (`sanitize`: each finding a warning), or shown as text
//! (`escape`).
//!
//! A piece is one HTML block (its lines, gathered) or one inline tag: pulldown-cmark gives
//! both whole, so a tag is never cut in two.

use super::safety::{self, Located, Policy};
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// What the site does with raw HTML in markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Published as written; anything the page check finds is an error.
    #[default]
    Refuse,
    /// Cleaned by ammonia; what it would have done is a warning.
    Sanitize,
    /// Shown as text.
    Escape,
}

impl Mode {
    pub const NAMES: &'static [&'static str] = &["refuse", "sanitize", "escape"];

    pub fn parse(name: &str) -> Option<Mode> {
        match name.trim() {
            "refuse" => Some(Mode::Refuse),
            "sanitize" => Some(Mode::Sanitize),
            "escape" => Some(Mode::Escape),
            _ => None,
        }
    }
}

/// A finding in the body: what, and its byte offset in the body.
pub struct Finding {
    pub what: String,
    pub at: usize,
}

/// An HTML block being gathered: its text, and for each line where it starts in the text
/// and in the body (a block in a list or quote has its prefixes cut).
#[derive(Default)]
struct Block {
    text: String,
    lines: Vec<(usize, usize)>,
}

impl Block {
    /// The body offset of byte `i` of the gathered text.
    fn body_offset(&self, i: usize) -> usize {
        let k = self
            .lines
            .partition_point(|&(t, _)| t <= i)
            .saturating_sub(1);
        self.lines.get(k).map_or(0, |&(t, b)| b + (i - t))
    }
}

/// The raw-HTML pass of one body's events.
pub struct RawHtml<'p> {
    mode: Mode,
    policy: Policy<'p>,
    block: Option<(Block, usize)>,
    /// In `sanitize`, the inline element whose text is dropped with it (`script`, `style`).
    dropping: Option<String>,
    pub findings: Vec<Finding>,
}

impl<'p> RawHtml<'p> {
    pub fn new(mode: Mode, base: &'p str) -> Self {
        RawHtml {
            mode,
            policy: Policy {
                base,
                // An editor's <style> is never the theme's stylesheet.
                inline_style: "",
            },
            block: None,
            dropping: None,
            findings: Vec::new(),
        }
    }

    /// Takes one event at body offset `at` and passes on what follows from it to `out`
    /// (nothing while a block is gathered, the whole block at its end).
    pub fn take<'a>(&mut self, ev: Event<'a>, at: usize, out: &mut Vec<(Event<'a>, usize)>) {
        match ev {
            Event::Start(Tag::HtmlBlock) => self.block = Some((Block::default(), at)),
            Event::Html(text) if self.block.is_some() => {
                if let Some((block, _)) = &mut self.block {
                    block.lines.push((block.text.len(), at));
                    block.text.push_str(&text);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let Some((block, start)) = self.block.take() else {
                    return;
                };
                self.block(block, start, out);
            }
            Event::Html(text) => {
                let block = Block {
                    text: text.to_string(),
                    lines: vec![(0, at)],
                };
                self.block(block, at, out);
            }
            Event::InlineHtml(tag) => self.inline(tag, at, out),
            Event::Text(_) if self.dropping.is_some() => {}
            other => out.push((other, at)),
        }
    }

    fn found(&mut self, text: &str, located: Vec<Located>, offset: impl Fn(usize) -> usize) {
        for f in located {
            let at = offset(safety::tag_offset(text, &f));
            self.findings.push(Finding { what: f.what, at });
        }
    }

    fn block<'a>(&mut self, block: Block, start: usize, out: &mut Vec<(Event<'a>, usize)>) {
        if self.mode == Mode::Escape {
            out.push((Event::Html("<p>".into()), start));
            out.push((Event::Text(block.text.into()), start));
            out.push((Event::Html("</p>\n".into()), start));
            return;
        }
        let located = safety::check_located(&block.text, self.policy);
        let html = if located.is_empty() || self.mode == Mode::Refuse {
            block.text.clone()
        } else {
            sanitizer(self.policy.base).clean(&block.text).to_string() + "\n"
        };
        self.found(&block.text, located, |i| block.body_offset(i));
        out.push((Event::Start(Tag::HtmlBlock), start));
        out.push((Event::Html(html.into()), start));
        out.push((Event::End(TagEnd::HtmlBlock), start));
    }

    fn inline<'a>(&mut self, tag: CowStr<'a>, at: usize, out: &mut Vec<(Event<'a>, usize)>) {
        let name = tag_name(&tag);
        if let Some(dropping) = &self.dropping {
            if name.strip_prefix('/') == Some(dropping.as_str()) {
                self.dropping = None;
            }
            return;
        }
        if self.mode == Mode::Escape {
            out.push((Event::Text(tag), at));
            return;
        }
        let located = safety::check_located(&tag, self.policy);
        if located.is_empty() || self.mode == Mode::Refuse {
            self.found(&tag, located, |i| at + i);
            out.push((Event::InlineHtml(tag), at));
            return;
        }
        self.found(&tag, located, |i| at + i);
        let mut clean = sanitizer(self.policy.base).clean(&tag).to_string();
        // ammonia closes the element it was given; the end tag comes later in the text.
        if let Some(open) = clean.strip_suffix(&format!("</{name}>")) {
            clean.truncate(open.len());
        }
        if clean.is_empty() && matches!(name.as_str(), "script" | "style") {
            self.dropping = Some(name);
        }
        out.push((Event::InlineHtml(clean.into()), at));
    }
}

/// The element name of a tag (`/name` for an end tag), in lower case.
fn tag_name(tag: &str) -> String {
    let rest = tag.strip_prefix('<').unwrap_or(tag);
    let (slash, rest) = match rest.strip_prefix('/') {
        Some(r) => ("/", r),
        None => ("", rest),
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{slash}{}", name.to_ascii_lowercase())
}

/// ammonia with the site's policy: its defaults (no scripts, handlers or inline styles)
/// plus ids, classes and direction, and no URL that would load from another host.
fn sanitizer(base: &str) -> ammonia::Builder<'static> {
    let base = base.to_string();
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class", "dir"])
        .add_tags(["picture", "source"])
        .add_tag_attributes("source", ["srcset", "type", "media", "sizes"])
        .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
        .attribute_filter(move |element, attribute, value| {
            if safety::loads_elsewhere(element, attribute, value, &base) {
                None
            } else {
                Some(value.into())
            }
        });
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(mode: Mode, body: &str) -> (String, Vec<(String, usize)>) {
        let mut raw = RawHtml::new(mode, "https://example.org");
        let mut events = Vec::new();
        let parser = pulldown_cmark::Parser::new_ext(body, super::super::markdown::options());
        for (ev, range) in parser.into_offset_iter() {
            raw.take(ev, range.start, &mut events);
        }
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(e, _)| e));
        let found = raw.findings.into_iter().map(|f| (f.what, f.at)).collect();
        (html, found)
    }

    const BODY: &str = "Intro <b onclick=\"x()\">bold</b> text.\n\n- item\n\n  <div>\n  <img alt=\">\" src=x onerror=alert(1)>\n  </div>\n\nafter <script>alert(2)</script> end\n";

    #[test]
    fn refuse_finds_each_piece_at_its_place() {
        let (html, found) = run(Mode::Refuse, BODY);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].1, BODY.find("<b ").unwrap());
        assert_eq!(found[1].1, BODY.find("<img").unwrap());
        assert_eq!(found[2].1, BODY.find("<script").unwrap());
        assert!(
            html.contains("onerror"),
            "refuse publishes nothing, but changes nothing"
        );
    }

    #[test]
    fn sanitize_keeps_the_markup_and_drops_what_the_policy_blocks() {
        let (html, found) = run(Mode::Sanitize, BODY);
        assert_eq!(found.len(), 3);
        assert!(
            !html.contains("onclick") && !html.contains("onerror"),
            "{html}"
        );
        assert!(
            !html.contains("alert(2)"),
            "a script's text goes with it: {html}"
        );
        assert!(
            html.contains("<b>bold</b>") && html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("after  end"), "{html}");
        let clean = "<p>A <a href=\"https://evil.example/\">link</a> and <img src=\"https://evil.example/p.gif\" alt=\"x\"></p>\n";
        let (html, found) = run(Mode::Sanitize, &format!("<div>\n{clean}</div>\n"));
        assert_eq!(found.len(), 1);
        assert!(
            html.contains("href=\"https://evil.example/\""),
            "links stay: {html}"
        );
        assert!(!html.contains("p.gif"), "{html}");
    }

    #[test]
    fn escape_shows_the_html_as_text() {
        let (html, found) = run(Mode::Escape, BODY);
        assert!(found.is_empty());
        assert!(
            html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
            "{html}"
        );
        assert!(html.contains("&lt;img alt=\"&gt;\""), "{html}");
        assert!(!html.contains("<b"), "{html}");
    }
}
