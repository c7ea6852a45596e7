//! Markdown an editor writes that becomes a component of the page:
//! - a `tel:` link becomes a call button ("Call" in the page's language, a phone icon, the
//!   number in the form that dials from any phone, left to right);
//! - a link to a directory entry (`@/directory/gr/<id>.yaml`) alone in its paragraph
//!   becomes that entry's card, with its call buttons, in the page's language.
//!
//! Both work on pulldown-cmark's events before they are rendered, so that the rest of the
//! markdown pipeline (link resolution, headings) sees ordinary events.

use super::markdown::{escape_attr, LinkResolver};
use crate::diagnostics::{Code, Diagnostic};
use crate::directory::phones;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// What the page's language and theme give a call button.
#[derive(Debug, Clone, Default)]
pub struct CallParts {
    /// The theme's phone icon (inline SVG), rendered once.
    pub icon: String,
    /// "Call" in the page's language.
    pub verb: String,
}

/// The entry id a link to `@/directory/.../<id>.yaml` names (`path` without `@/`).
pub fn entry_id(path: &str) -> Option<&str> {
    let rest = path.trim_start_matches('/').strip_prefix("directory/")?;
    let file = rest.rsplit('/').next()?;
    file.strip_suffix(".yaml").filter(|id| !id.is_empty())
}

/// An event with its offset in the body.
type At<'a> = (Event<'a>, usize);

/// Rewrites the event stream; see the module's comment.
#[derive(Default)]
pub(super) struct Components<'a> {
    /// A paragraph that opened with a link to a directory entry, held until it is known
    /// whether the link is alone in it.
    paragraph: Vec<At<'a>>,
    /// The entry that paragraph's link names.
    entry: Option<String>,
    /// Inside a `tel:` link: its number as shown, and the link's own text so far.
    tel: Option<(phones::Phone, String)>,
}

impl<'a> Components<'a> {
    /// Adds to `out` the events to render in place of `ev` (none while a component is being
    /// read); returns a problem with it, if any. `out` is the caller's, reused: a `Vec`
    /// made per event was 6% of a build's instructions (callgrind, 5,105 documents).
    pub(super) fn rewrite(
        &mut self,
        ev: Event<'a>,
        offset: usize,
        links: &dyn LinkResolver,
        out: &mut Vec<At<'a>>,
    ) -> Option<Diagnostic> {
        if self.passes(&ev) {
            out.push((ev, offset));
            return None;
        }
        let (events, problem) = self.rewrite_held(ev, offset, links);
        out.extend(events);
        problem
    }

    /// Whether `ev` is rendered as it is: nothing is held and it starts no component (most
    /// events; the caller skips [`Components::rewrite`] for them).
    pub(super) fn passes(&self, ev: &Event) -> bool {
        self.tel.is_none()
            && self.paragraph.is_empty()
            && !matches!(ev, Event::Start(Tag::Paragraph | Tag::Link { .. }))
    }

    /// [`Components::rewrite`] for an event that may start, continue or end a component.
    fn rewrite_held(
        &mut self,
        ev: Event<'a>,
        offset: usize,
        links: &dyn LinkResolver,
    ) -> (Vec<At<'a>>, Option<Diagnostic>) {
        if let Some((phone, text)) = &mut self.tel {
            return match ev {
                Event::End(TagEnd::Link) => {
                    let html = call_button_end(phone, text, links);
                    self.tel = None;
                    (
                        self.out(vec![(Event::InlineHtml(html.into()), offset)]),
                        None,
                    )
                }
                Event::Text(t) | Event::Code(t) => {
                    text.push_str(&t);
                    (vec![], None)
                }
                _ => (vec![], None),
            };
        }
        if let Event::Start(Tag::Link { dest_url, .. }) = &ev {
            if let Some(number) = dest_url.strip_prefix("tel:") {
                return match phones::parse(number, "") {
                    Ok(phone) => {
                        let open = format!(
                            "<a class=\"call-button\" href=\"tel:{}\">",
                            escape_attr(&phone.dial)
                        );
                        self.tel = Some((phone, String::new()));
                        (
                            self.out(vec![(Event::InlineHtml(open.into()), offset)]),
                            None,
                        )
                    }
                    Err(why) => {
                        let d = Diagnostic::error(Code::BadTelLink, format!("this `tel:` link cannot be dialled: {why}"))
                            .hint("write the number in international form, e.g. `[+30 213 212 8888](tel:+302132128888)`, or a short code, e.g. `[116 111](tel:116111)`");
                        (self.out(vec![(ev, offset)]), Some(d))
                    }
                };
            }
        }
        self.paragraph(ev, offset, links)
    }

    /// Holds a paragraph that starts with a link to a directory entry until its end.
    fn paragraph(
        &mut self,
        ev: Event<'a>,
        offset: usize,
        links: &dyn LinkResolver,
    ) -> (Vec<At<'a>>, Option<Diagnostic>) {
        let entry = self.entry.clone();
        match (&ev, self.paragraph.len(), entry) {
            (Event::Start(Tag::Paragraph), 0, _) => {
                self.paragraph.push((ev, offset));
                (vec![], None)
            }
            (Event::Start(Tag::Link { dest_url, .. }), 1, None) => {
                match dest_url.strip_prefix("@/").and_then(entry_id) {
                    Some(id) => {
                        self.entry = Some(id.to_string());
                        self.paragraph.push((ev, offset));
                        (vec![], None)
                    }
                    None => (self.flush_with((ev, offset)), None),
                }
            }
            (_, 0, _) => (vec![(ev, offset)], None),
            (_, 1, None) => (self.flush_with((ev, offset)), None),
            (Event::End(TagEnd::Paragraph), _, Some(id)) => {
                let alone = matches!(self.paragraph.last(), Some((Event::End(TagEnd::Link), _)));
                let card = alone
                    .then(|| links.entry_url(&id).and(links.entry_card(&id)))
                    .flatten();
                match card {
                    Some(html) => {
                        let at = self.paragraph[0].1;
                        self.paragraph.clear();
                        self.entry = None;
                        (vec![(Event::Html(CowStr::from(html)), at)], None)
                    }
                    None => (self.flush_with((ev, offset)), None),
                }
            }
            // After the link's end, anything but the paragraph's end means it is not alone.
            (_, _, Some(_))
                if matches!(self.paragraph.last(), Some((Event::End(TagEnd::Link), _))) =>
            {
                (self.flush_with((ev, offset)), None)
            }
            _ => {
                self.paragraph.push((ev, offset));
                (vec![], None)
            }
        }
    }

    /// The held paragraph's events, then `ev`.
    fn flush_with(&mut self, ev: At<'a>) -> Vec<At<'a>> {
        self.entry = None;
        let mut out = std::mem::take(&mut self.paragraph);
        out.push(ev);
        out
    }

    /// `events`, after a held paragraph's (a call button inside a paragraph that began with
    /// an entry link ends the hold: the link is not alone).
    fn out(&mut self, events: Vec<At<'a>>) -> Vec<At<'a>> {
        if self.paragraph.is_empty() {
            return events;
        }
        self.entry = None;
        let mut out = std::mem::take(&mut self.paragraph);
        out.extend(events);
        out
    }

    /// Whatever is still held at the end of the body.
    pub(super) fn finish(&mut self) -> Vec<At<'a>> {
        self.entry = None;
        std::mem::take(&mut self.paragraph)
    }
}

/// The inside and end of a call button: icon, verb, number. The editor's own words replace
/// "Call" when the link's text is not just the number ("[the helpline](tel:116111)").
fn call_button_end(phone: &phones::Phone, text: &str, links: &dyn LinkResolver) -> String {
    let parts = links.call_parts();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let own_words =
        !text.trim().is_empty() && digits(text).is_empty() && !text.trim_start().starts_with('+');
    let verb = if own_words {
        text.trim()
    } else {
        parts.verb.as_str()
    };
    let national = phone
        .national
        .as_ref()
        .map(|n| {
            format!(
                " <span class=\"call-national\" dir=\"ltr\">{}</span>",
                escape_attr(n)
            )
        })
        .unwrap_or_default();
    format!(
        "{}<span class=\"call-text\"><span class=\"call-verb\">{}</span> <span class=\"call-number\" dir=\"ltr\">{}</span>{national}</span></a>",
        parts.icon,
        escape_attr(verb),
        escape_attr(&phone.display),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_ids_come_from_directory_paths() {
        assert_eq!(entry_id("directory/gr/gr-x.yaml"), Some("gr-x"));
        assert_eq!(entry_id("/directory/eu/eu-112.yaml"), Some("eu-112"));
        assert_eq!(entry_id("directory/x.yaml"), Some("x"));
        assert_eq!(entry_id("rights/a.md"), None);
        assert_eq!(entry_id("directory/gr/.yaml"), None);
        assert_eq!(entry_id("directory/gr/x.yml"), None);
    }
}
