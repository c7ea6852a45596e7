//! Translators' files: a page as XLIFF 2.0, one segment per block of text (the title, the
//! description, each heading, paragraph, list item and table cell, and image alt text
//! inside them), and back. Everything that is not words (link targets, emphasis marks,
//! inline code, HTML, the `> ` of a quote's next line) is an XLIFF placeholder (`<ph>`)
//! whose bytes the translator never sees, so a translation cannot break a link; a page's
//! markdown is rebuilt from its source with each segment's text replaced, byte for byte.

use crate::diagnostics::{Code, Diagnostic};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use quick_xml::events::Event as Xml;
use std::collections::BTreeMap;
use std::ops::Range;

/// One piece of a segment: words, or a placeholder with the source bytes it stands for.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Ph(String),
}

/// A block of text to translate: where it is in the page's source, and its pieces.
#[derive(Debug, Clone)]
struct Segment {
    id: String,
    range: Range<usize>,
    pieces: Vec<Piece>,
}

/// The title and description (single-line front-matter values), then the body's blocks.
fn segments(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let Ok((yaml, _, body)) = crate::content::source::split_front_matter(text) else {
        return out;
    };
    // `yaml` is a slice of `text`: where it starts, without searching for it again.
    let yaml_start = yaml.as_ptr() as usize - text.as_ptr() as usize;
    let mut offset = yaml_start;
    for line in yaml.split_inclusive('\n') {
        for key in ["title", "description"] {
            let Some(value) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
                continue;
            };
            let raw = value.trim();
            // Only a plain or quoted one-line value: a block scalar stays as it is.
            let Ok(parsed) = serde_saphyr::from_str::<String>(raw) else {
                continue;
            };
            if raw.is_empty() || raw.starts_with(['|', '>']) {
                continue;
            }
            let start = offset + line.find(raw).unwrap_or(0);
            out.push(Segment {
                id: key.to_string(),
                range: start..start + raw.len(),
                pieces: vec![Piece::Text(parsed)],
            });
        }
        offset += line.len();
    }
    let parser = Parser::new_ext(&text[body..], crate::render::markdown::options());
    // Inline events of the leaf block being read: (event, range in `text`).
    let mut inline: Vec<(Event, Range<usize>)> = Vec::new();
    let mut verbatim = 0usize;
    let mut n = 0;
    let flush = |inline: &mut Vec<(Event, Range<usize>)>, out: &mut Vec<Segment>, n: &mut usize| {
        if let Some(seg) = segment_of(text, inline) {
            *n += 1;
            out.push(Segment {
                id: format!("b{n}"),
                ..seg
            });
        }
        inline.clear();
    };
    for (event, r) in parser.into_offset_iter() {
        let r = r.start + body..r.end + body;
        match &event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell)
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                flush(&mut inline, &mut out, &mut n);
            }
            // A tight list item's words come without a paragraph; blocks inside an item
            // end its words before them.
            Event::Start(Tag::Item)
            | Event::End(TagEnd::Item)
            | Event::Start(
                Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_),
            )
            | Event::End(TagEnd::List(_)) => flush(&mut inline, &mut out, &mut n),
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                flush(&mut inline, &mut out, &mut n);
                verbatim += 1;
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {
                // Text of a code block or an HTML block is not words to translate.
                if verbatim == 0 {
                    inline.push((event, r));
                }
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                verbatim = verbatim.saturating_sub(1);
            }
            _ => flush(&mut inline, &mut out, &mut n),
        }
    }
    flush(&mut inline, &mut out, &mut n);
    out
}

/// The segment made of a leaf block's inline events: its words and placeholders, or
/// `None` when it has no words.
fn segment_of(text: &str, inline: &[(Event, Range<usize>)]) -> Option<Segment> {
    let start = inline.iter().map(|(_, r)| r.start).min()?;
    let end = inline.iter().map(|(_, r)| r.end).max()?;
    // Byte ranges that are words: text events and soft line breaks.
    let mut words: Vec<Range<usize>> = inline
        .iter()
        .filter(|(e, _)| matches!(e, Event::Text(_) | Event::SoftBreak))
        .map(|(_, r)| r.clone())
        .filter(|r| !r.is_empty())
        .collect();
    words.sort_by_key(|r| r.start);
    if !inline
        .iter()
        .any(|(e, r)| matches!(e, Event::Text(_)) && !text[r.clone()].trim().is_empty())
    {
        return None;
    }
    let mut pieces = Vec::new();
    let mut at = start;
    for w in words {
        if w.start < at {
            continue;
        }
        if w.start > at {
            pieces.push(Piece::Ph(text[at..w.start].to_string()));
        }
        match pieces.last_mut() {
            Some(Piece::Text(t)) => t.push_str(&text[w.clone()]),
            _ => pieces.push(Piece::Text(text[w.clone()].to_string())),
        }
        at = w.end;
    }
    if at < end {
        pieces.push(Piece::Ph(text[at..end].to_string()));
    }
    Some(Segment {
        id: String::new(),
        range: start..end,
        pieces,
    })
}

fn escape(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// The `<unit>`s of `segs`.
fn units(segs: &[Segment]) -> String {
    let mut units = String::new();
    for seg in segs {
        let mut data = String::new();
        let mut source = String::new();
        let mut ph = 0;
        for p in &seg.pieces {
            match p {
                Piece::Text(t) => source.push_str(&escape(t)),
                Piece::Ph(bytes) => {
                    ph += 1;
                    data.push_str(&format!(
                        "      <data id=\"d{ph}\">{}</data>\n",
                        escape(bytes)
                    ));
                    source.push_str(&format!("<ph id=\"{ph}\" dataRef=\"d{ph}\"/>"));
                }
            }
        }
        let original = if data.is_empty() {
            String::new()
        } else {
            format!("    <originalData>\n{data}    </originalData>\n")
        };
        units.push_str(&format!(
            "  <unit id=\"{}\">\n{original}    <segment xml:space=\"preserve\">\n      <source>{source}</source>\n    </segment>\n  </unit>\n",
            seg.id
        ));
    }
    units
}

/// An XLIFF 2.0 document of `units` for `original`, made from a source at `version`.
fn document(original: &str, version: &str, units: &str, source_lang: &str, lang: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n\
         <file id=\"f1\" original=\"{}\">\n\
         <notes><note id=\"source-version\">{version}</note></notes>\n\
         {units}</file>\n</xliff>\n",
        escape(source_lang),
        escape(lang),
        escape(original)
    )
}

/// The XLIFF 2.0 file of the page `key` (its source `text`) for translation into `lang`.
pub fn export(key: &str, text: &str, source_lang: &str, lang: &str) -> String {
    let version = super::translations::version(text);
    document(key, &version, &units(&segments(text)), source_lang, lang)
}

/// The file name `--export` gives the interface messages, and their `original`.
pub const MESSAGES: &str = "messages.ftl";

/// The interface messages of the default language (`ftls`, the theme's files then the
/// site's, a later message replacing an earlier one) as an XLIFF 2.0 file, a unit per
/// message whose value is words and `{ $variables }`; the ids of those left out (plural
/// selectors and other expressions: translated in the `.ftl` file itself).
pub fn export_messages(ftls: &[String], source_lang: &str, lang: &str) -> (String, Vec<String>) {
    let (segs, left_out) = messages(ftls);
    let version = super::translations::version(&ftls.concat());
    (
        document(MESSAGES, &version, &units(&segs), source_lang, lang),
        left_out,
    )
}

/// The messages of `ftls` as segments (placeables as placeholders), and the ids of
/// those that are not words and variables only.
fn messages(ftls: &[String]) -> (Vec<Segment>, Vec<String>) {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let mut by_id: BTreeMap<String, Option<Vec<Piece>>> = BTreeMap::new();
    for text in ftls {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(value) = m.value else { continue };
            let mut pieces = Some(Vec::new());
            for element in value.elements {
                let list = pieces.get_or_insert_with(Vec::new);
                match element {
                    PatternElement::TextElement { value } => match list.last_mut() {
                        Some(Piece::Text(t)) => t.push_str(value),
                        _ => list.push(Piece::Text(value.to_string())),
                    },
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::VariableReference { id }),
                    } => list.push(Piece::Ph(format!("{{ ${} }}", id.name))),
                    PatternElement::Placeable { .. } => {
                        pieces = None;
                        break;
                    }
                }
            }
            by_id.insert(m.id.name.to_string(), pieces);
        }
    }
    let mut segs = Vec::new();
    let mut left_out = Vec::new();
    for (id, pieces) in by_id {
        match pieces {
            Some(pieces) => segs.push(Segment {
                id,
                range: 0..0,
                pieces,
            }),
            None => left_out.push(id),
        }
    }
    (segs, left_out)
}

/// What an XLIFF file says: its page, target language, source version, and each unit's
/// target (pieces: words, or placeholder ids).
struct Translated {
    original: String,
    lang: String,
    version: String,
    targets: Vec<(String, Vec<Target>)>,
}

enum Target {
    Text(String),
    Ph(String),
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::default())
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The page (content key) or `messages.ftl` an XLIFF file translates, as its `<file
/// original>` says.
pub fn original(xml: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().ok()? {
            Xml::Start(e) | Xml::Empty(e) if e.local_name().as_ref() == b"file" => {
                return attr(&e, b"original");
            }
            Xml::Eof => return None,
            _ => {}
        }
    }
}

fn read(xml: &str) -> Result<Translated, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut t = Translated {
        original: String::new(),
        lang: String::new(),
        version: String::new(),
        targets: Vec::new(),
    };
    let mut unit: Option<String> = None;
    let mut in_target = false;
    let mut in_version = false;
    let mut pieces: Vec<Target> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            format!(
                "not well-formed XML at byte {}: {e}",
                reader.buffer_position()
            )
        })?;
        match event {
            Xml::Start(e) | Xml::Empty(e) => match e.local_name().as_ref() {
                b"xliff" => t.lang = attr(&e, b"trgLang").unwrap_or_default(),
                b"file" => t.original = attr(&e, b"original").unwrap_or_default(),
                b"note" => in_version = attr(&e, b"id").as_deref() == Some("source-version"),
                b"unit" => unit = attr(&e, b"id"),
                b"target" => {
                    in_target = true;
                    pieces.clear();
                }
                b"ph" if in_target => pieces.push(Target::Ph(attr(&e, b"id").unwrap_or_default())),
                other if in_target => {
                    return Err(format!(
                        "unit `{}`: `<{}>` in a target; only words and <ph/> are kept",
                        unit.clone().unwrap_or_default(),
                        String::from_utf8_lossy(other)
                    ))
                }
                _ => {}
            },
            Xml::Text(x) => {
                let s = x.decode().map_err(|e| e.to_string())?;
                let s = quick_xml::escape::unescape(&s).map_err(|e| e.to_string())?;
                if in_target {
                    pieces.push(Target::Text(s.into_owned()));
                } else if in_version {
                    t.version.push_str(s.trim());
                }
            }
            Xml::GeneralRef(r) if in_target => {
                let name = String::from_utf8_lossy(&r).into_owned();
                let entity = format!("&{name};");
                let s = quick_xml::escape::unescape(&entity).map_err(|e| e.to_string())?;
                pieces.push(Target::Text(s.into_owned()));
            }
            Xml::End(e) => match e.local_name().as_ref() {
                b"target" => {
                    in_target = false;
                    t.targets.push((
                        unit.clone().unwrap_or_default(),
                        std::mem::take(&mut pieces),
                    ));
                }
                b"note" => in_version = false,
                _ => {}
            },
            Xml::Eof => break,
            _ => {}
        }
    }
    Ok(t)
}

/// The text of unit `id` from its `target`, each placeholder replaced by the bytes it
/// stands for in `seg`; or what is wrong, and the hint.
fn rebuild(id: &str, target: &[Target], seg: &Segment) -> Result<String, (String, &'static str)> {
    let phs: Vec<&String> = seg
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Ph(b) => Some(b),
            Piece::Text(_) => None,
        })
        .collect();
    let mut used = vec![false; phs.len()];
    let mut out = String::new();
    for p in target {
        match p {
            Target::Text(s) => out.push_str(s),
            Target::Ph(n) => {
                let i = n
                    .parse::<usize>()
                    .ok()
                    .filter(|i| (1..=phs.len()).contains(i));
                let Some(i) = i else {
                    return Err((
                        format!("unit `{id}`: placeholder {n} is not one of this segment's"),
                        "keep the segment's placeholders as they are: move them, never type them",
                    ));
                };
                if std::mem::replace(&mut used[i - 1], true) {
                    return Err((
                        format!("unit `{id}`: placeholder {n} is there twice"),
                        "keep each placeholder once",
                    ));
                }
                out.push_str(phs[i - 1]);
            }
        }
    }
    if let Some(missing) = used.iter().position(|u| !u) {
        return Err((
            format!("unit `{id}`: placeholder {} is missing (it stands for `{}`)", missing + 1, phs[missing].trim()),
            "keep every placeholder of the segment in the translation: they are links, emphasis and code",
        ));
    }
    Ok(out)
}

/// The translated interface messages in `xml` (exported from the default language's
/// `ftls`) as a Fluent file for the target language: (language, text).
pub fn import_messages(
    xml: &str,
    file: &std::path::Path,
    ftls: &[String],
) -> Result<(String, String), Diagnostic> {
    let err = |msg: String, hint: &str| {
        Diagnostic::error(Code::BadXliff, msg)
            .file(file)
            .hint(hint.to_string())
    };
    let t =
        read(xml).map_err(|e| err(e, "export the messages again, and translate the new file"))?;
    if t.version != super::translations::version(&ftls.concat()) {
        return Err(err(
            "the interface messages changed since this file was exported".into(),
            "export them again (`waymark translations --export xliff`) and carry the translation over",
        ));
    }
    let (segs, _) = messages(ftls);
    let mut ftl = format!(
        "# Interface messages in `{}`, from translators' XLIFF ({}).\n\n",
        t.lang,
        file.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    for (id, target) in &t.targets {
        let Some(seg) = segs.iter().find(|s| &s.id == id) else {
            return Err(err(
                format!("unit `{id}` is not an interface message"),
                "export the messages again",
            ));
        };
        let text = rebuild(id, target, seg).map_err(|(m, h)| err(m, h))?;
        if text.trim().is_empty() {
            continue;
        }
        // A value's next lines are indented; its edges are kept by Fluent only quoted.
        let value = text.trim().replace('\n', "\n    ");
        ftl.push_str(&format!("{id} = {value}\n"));
    }
    Ok((t.lang, ftl))
}

/// The translation in `xml` applied to its page's current `source`: the page's markdown
/// in the target language (with `translated_from:` set), or what is wrong, naming the
/// file (`file`, for messages) and the segment.
pub fn import(
    xml: &str,
    file: &std::path::Path,
    source: &str,
) -> Result<(String, String, String), Diagnostic> {
    let err = |msg: String, hint: &str| {
        Diagnostic::error(Code::BadXliff, msg)
            .file(file)
            .hint(hint.to_string())
    };
    let t = read(xml).map_err(|e| err(e, "export the page again, and translate the new file"))?;
    let version = super::translations::version(source);
    if t.version != version {
        return Err(err(
            format!("{} changed since this file was exported", t.original),
            "export it again (`waymark translations --export xliff`) and carry the translation over",
        ));
    }
    let segs = segments(source);
    let mut replaced: Vec<(Range<usize>, String)> = Vec::new();
    for (id, target) in &t.targets {
        let Some(seg) = segs.iter().find(|s| &s.id == id) else {
            return Err(err(
                format!("unit `{id}` is not a segment of {}", t.original),
                "export the page again",
            ));
        };
        let out = rebuild(id, target, seg).map_err(|(m, h)| err(m, h))?;
        // Front-matter values are YAML: quoted unless unchanged.
        let text = if id == "title" || id == "description" {
            let Piece::Text(original) = &seg.pieces[0] else {
                continue;
            };
            if &out == original {
                source[seg.range.clone()].to_string()
            } else {
                serde_json::to_string(&out).unwrap_or_default()
            }
        } else {
            out
        };
        replaced.push((seg.range.clone(), text));
    }
    replaced.sort_by_key(|(r, _)| r.start);
    let mut md = String::with_capacity(source.len());
    let mut at = 0;
    for (r, text) in replaced {
        md.push_str(&source[at..r.start]);
        md.push_str(&text);
        at = r.end;
    }
    md.push_str(&source[at..]);
    // The version it was made from, as `waymark new --lang` records it.
    let md = match md.find("\n---") {
        Some(end) => format!("{}\ntranslated_from: {version}{}", &md[..end], &md[end..]),
        None => md,
    };
    Ok((t.original, t.lang, md))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "---\ntitle: Your rights\ndescription: \"What you can ask for\"\n---\n# Ask for *help*\n\nRead [the guide](@/guide.md) and `call` us.\n\n- one\n- two **bold**\n\n> a quote\n> on two lines\n\n| a | b |\n|---|---|\n| ![alt text](x.png) | c |\n\n```\ncode\n```\n";

    fn identity(xml: &str) -> String {
        // Every source copied into its target, as a translator who changed nothing.
        let mut out = String::new();
        let mut rest = xml;
        while let Some(i) = rest.find("<source>") {
            let j = rest[i..].find("</source>").map(|j| i + j).unwrap();
            out.push_str(&rest[..j + "</source>".len()]);
            out.push_str(&format!(
                "<target>{}</target>",
                &rest[i + "<source>".len()..j]
            ));
            rest = &rest[j + "</source>".len()..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn an_identity_translation_gives_the_page_back_byte_for_byte() {
        let xml = export("rights.md", PAGE, "en", "ar");
        let (_, lang, md) = import(&identity(&xml), std::path::Path::new("x.xlf"), PAGE).unwrap();
        assert_eq!(lang, "ar");
        let version = super::super::translations::version(PAGE);
        assert_eq!(
            md.replace(&format!("\ntranslated_from: {version}"), ""),
            PAGE
        );
    }

    #[test]
    fn words_are_segments_and_markup_is_placeholders() {
        let segs = segments(PAGE);
        let words: Vec<String> = segs
            .iter()
            .map(|s| {
                s.pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t) => t.clone(),
                        Piece::Ph(_) => "{}".into(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            words,
            [
                "Your rights",
                "What you can ask for",
                "Ask for {}help{}",
                "Read {}the guide{} and {} us.",
                "one",
                "two {}bold{}",
                "a quote\n{}on two lines",
                "a",
                "b",
                "{}alt text{}",
                "c",
            ]
        );
    }

    #[test]
    fn a_broken_or_missing_placeholder_names_its_segment() {
        let xml = identity(&export("rights.md", PAGE, "en", "ar"));
        // (In the target and the source alike: only the target is read.)
        let dropped = xml.replace("<ph id=\"2\" dataRef=\"d2\"/> and", " and");
        let e = import(&dropped, std::path::Path::new("x.xlf"), PAGE).unwrap_err();
        assert!(
            e.message.contains("unit `b2`") && e.message.contains("missing"),
            "{e:?}"
        );
        let typed = xml.replace("<ph id=\"3\" dataRef=\"d3\"/> us", "<ph id=\"9\"/> us");
        let e = import(&typed, std::path::Path::new("x.xlf"), PAGE).unwrap_err();
        assert!(e.message.contains("placeholder 9"), "{e:?}");
        let changed = PAGE.replace("one", "uno");
        let e = import(&xml, std::path::Path::new("x.xlf"), &changed).unwrap_err();
        assert!(e.message.contains("changed since"), "{e:?}");
    }
}
