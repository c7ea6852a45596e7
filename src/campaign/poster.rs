//! The posters the build draws for a part's video when its editor gives none: an SVG per
//! language, in the campaign's colour, with the part's label and title in the page's
//! language, a play symbol and, when the video has captions, a "CC" badge.
//!
//! There are no font metrics here: the title is wrapped by an estimate of each character's
//! width, on the generous side, so that it stays inside the poster in any font the
//! visitor's system picks. The same input always gives the same bytes.

use std::fmt::Write as _;

/// Where a drawn poster is written, inside the folder of its part's page in each language:
/// `/<lang>/<part path>/waymark/poster.svg`. A bundle's files sit beside its page, never in
/// a folder below it, so no bundle file can be there (a page whose URL would be that
/// folder is an error, `reserved-url`).
pub const FOLDER: &str = "waymark";
pub const FILE: &str = "poster.svg";

/// The campaign's colour, and the darker one the background fades to.
const BLUE: &str = "#0a4d68";
const DARK: &str = "#06354a";
const FONTS: &str = "system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif";

/// The poster's width in SVG units; its height follows the video's aspect ratio.
const WIDTH: u32 = 1280;
/// The margin on every side.
const MARGIN: u32 = 72;
/// Title sizes, tried in order until the title fits on [`MAX_LINES`] lines.
const TITLE_SIZES: [u32; 5] = [84, 76, 68, 60, 52];
const MAX_LINES: usize = 3;
const LABEL_SIZE: u32 = 48;
/// The play symbol's radius (a circle of 160 units).
const PLAY_RADIUS: u32 = 80;

/// What a poster shows, in one language.
#[derive(Debug, Clone)]
pub struct PosterText<'a> {
    /// The page's language code, and whether it is written right to left.
    pub lang: &'a str,
    pub rtl: bool,
    /// The part's label in the page's language ("Part 1", "الجزء 1").
    pub label: &'a str,
    /// The part's title, in the language of its text (the default language's on an
    /// untranslated page), with that language's code and direction.
    pub title: &'a str,
    pub title_lang: &'a str,
    pub title_rtl: bool,
    /// Whether the video has captions (a "CC" badge).
    pub captions: bool,
    /// The video's width and height in pixels, for its aspect ratio.
    pub width: usize,
    pub height: usize,
}

/// The poster as an SVG document.
pub fn draw(p: &PosterText) -> String {
    let (w, h) = (WIDTH, height_for(p.width, p.height));
    let inner = w - 2 * MARGIN;
    let (size, lines) = fit_title(p.title, inner);
    let line_height = size * 6 / 5;
    // The label and the badge share the top line; the title comes under them: a video
    // player's controls cover the bottom of its poster until it plays.
    let label_base = MARGIN + LABEL_SIZE * 4 / 5;
    let first = label_base + LABEL_SIZE * 3 / 4 + size * 9 / 10;
    let last = first + (lines.len().max(1) as u32 - 1) * line_height;
    let title_bottom = last + size / 4;
    // The play symbol in the middle, lower when a long title needs the room, and smaller
    // (or left out) when a wide poster has none left under the title.
    let room = h.saturating_sub(title_bottom + 32 + MARGIN / 2);
    let r = PLAY_RADIUS.min(room / 2);
    let cy = (h / 2)
        .max(title_bottom + 32 + r)
        .min(h.saturating_sub(MARGIN / 2 + r));
    let cx = w / 2;
    // Page-start edge: left in left-to-right pages, right in right-to-left ones.
    let (start_x, end_x) = if p.rtl {
        (w - MARGIN, MARGIN)
    } else {
        (MARGIN, w - MARGIN)
    };
    // `start` follows the text's own direction: text in the page's direction starts at the
    // page's start edge; text in the other direction ends there.
    let anchor = |text_rtl: bool| if text_rtl == p.rtl { "start" } else { "end" };
    let dir = |rtl: bool| if rtl { "rtl" } else { "ltr" };

    let mut s = String::with_capacity(2048);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xml:lang=\"{}\">",
        escape(p.lang)
    );
    let _ = writeln!(
        s,
        "<defs><linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0.45\" stop-color=\"{BLUE}\"/><stop offset=\"1\" stop-color=\"{DARK}\"/></linearGradient></defs>\n\
<rect width=\"{w}\" height=\"{h}\" fill=\"url(#bg)\"/>"
    );
    let _ = writeln!(s, "<g font-family=\"{FONTS}\" fill=\"#fff\">");
    // The part's label, at the top of the page's start edge, beside the badge.
    let badge = if p.captions { 92 + 32 } else { 0 };
    let label_max = (inner - badge) as f32 / LABEL_SIZE as f32;
    let label = if width(p.label.chars()) > label_max {
        with_ellipsis(p.label, label_max)
    } else {
        p.label.to_string()
    };
    let _ = writeln!(
        s,
        "<text x=\"{start_x}\" y=\"{label_base}\" font-size=\"{LABEL_SIZE}\" font-weight=\"600\" fill=\"#cde8f2\" direction=\"{}\" text-anchor=\"start\">{}</text>",
        dir(p.rtl),
        escape(&label)
    );
    // The captions badge, at the top of the end edge.
    if p.captions {
        let (bw, bh) = (92, 60);
        let bx = if p.rtl { end_x } else { end_x - bw };
        let by = label_base - 44;
        let _ = writeln!(
            s,
            "<rect x=\"{bx}\" y=\"{by}\" width=\"{bw}\" height=\"{bh}\" rx=\"10\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"/>\
<text x=\"{}\" y=\"{}\" font-size=\"32\" font-weight=\"700\" text-anchor=\"middle\" direction=\"ltr\">CC</text>",
            bx + bw / 2,
            by + bh / 2 + 11
        );
    }
    // The play symbol: its triangle points right in every language, as players do.
    if r >= PLAY_RADIUS / 2 {
        let _ = writeln!(
            s,
            "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\"/><path d=\"M{} {}L{} {cy}L{} {}Z\" fill=\"{BLUE}\"/>",
            cx - r * 3 / 10,
            cy - r * 21 / 40,
            cx + r * 23 / 40,
            cx - r * 3 / 10,
            cy + r * 21 / 40
        );
    }
    // The title, line by line.
    let _ = write!(
        s,
        "<text font-size=\"{size}\" font-weight=\"700\" direction=\"{}\" text-anchor=\"{}\"",
        dir(p.title_rtl),
        anchor(p.title_rtl)
    );
    if p.title_lang != p.lang {
        let _ = write!(s, " xml:lang=\"{}\"", escape(p.title_lang));
    }
    s.push('>');
    for (i, line) in lines.iter().enumerate() {
        let y = first + i as u32 * line_height;
        let _ = write!(
            s,
            "<tspan x=\"{start_x}\" y=\"{y}\">{}</tspan>",
            escape(line)
        );
    }
    s.push_str("</text>\n</g>\n</svg>\n");
    s
}

/// The height for a poster `WIDTH` wide with the video's aspect ratio (16:9 when it is
/// unknown), between a wide 21:9 and a tall 9:16.
fn height_for(width: usize, height: usize) -> u32 {
    if width == 0 || height == 0 {
        return WIDTH * 9 / 16;
    }
    let h = (WIDTH as u64 * height as u64 + width as u64 / 2) / width as u64;
    (h as u32).clamp(WIDTH * 9 / 21, WIDTH * 16 / 9)
}

/// The title's size and lines: the largest size at which it fits in `MAX_LINES` lines;
/// at the smallest, the lines that fit, the last one ending in "…".
fn fit_title(title: &str, inner: u32) -> (u32, Vec<String>) {
    for size in TITLE_SIZES {
        let lines = wrap(title, inner as f32 / size as f32);
        if lines.len() <= MAX_LINES {
            return (size, lines);
        }
    }
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let max = inner as f32 / size as f32;
    let mut lines = wrap(title, max);
    lines.truncate(MAX_LINES);
    if let Some(last) = lines.last_mut() {
        *last = with_ellipsis(last, max);
    }
    (size, lines)
}

/// `line` shortened until it fits in `max` ems with "…" after it.
fn with_ellipsis(line: &str, max: f32) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    while !chars.is_empty() && width(chars.iter().copied()) + em(ELLIPSIS) > max {
        chars.pop();
    }
    let kept: String = chars.into_iter().collect();
    format!("{}{ELLIPSIS}", kept.trim_end())
}

const ELLIPSIS: char = '…';

/// `text` in lines of at most `max` ems, broken between words; a word longer than a line
/// is broken between characters (never before a combining mark). Spaces of any kind
/// become one.
pub(crate) fn wrap(text: &str, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    let space = em(' ');
    for word in text.split_whitespace() {
        let w = width(word.chars());
        if !line.is_empty() && line_width + space + w <= max {
            line.push(' ');
            line.push_str(word);
            line_width += space + w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if w <= max {
            line.push_str(word);
            line_width = w;
            continue;
        }
        // A word wider than a line: cut it where it overflows.
        line_width = 0.0;
        for c in word.chars() {
            let cw = em(c);
            if line_width + cw > max && !line.is_empty() && cw > 0.0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            line.push(c);
            line_width += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn width(chars: impl Iterator<Item = char>) -> f32 {
    chars.map(em).sum()
}

/// An estimate of a character's width in a bold sans-serif font, in ems, on the generous
/// side (DejaVu Sans Bold, among the widest fonts a system may pick, was the guide).
fn em(c: char) -> f32 {
    let u = c as u32;
    match c {
        ' ' => 0.35,
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' | '['
        | ']' | '{' | '}' | '`' | '\u{060C}' | '\u{061B}' => 0.4,
        'm' | 'w' | 'M' | 'W' | '@' | '%' | '&' => 1.05,
        '0'..='9' => 0.72,
        _ if zero_width(u) => 0.0,
        _ if wide(u) => 1.05,
        _ if arabic(u) => 0.6,
        _ if c.is_uppercase() => 0.85,
        _ => 0.7,
    }
}

/// Combining marks (Latin, Greek, Cyrillic, Arabic, Hebrew), joiners and direction marks,
/// variation selectors: they take no room of their own.
fn zero_width(u: u32) -> bool {
    matches!(u,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x061C | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFE00..=0xFE0F | 0xFEFF)
}

/// Letters of the Arabic script (Arabic, Persian, Urdu, Pashto...), narrower than Latin
/// ones in the fonts that have them.
fn arabic(u: u32) -> bool {
    matches!(u, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters a full em wide: CJK, Hangul, kana, full-width forms, emoji.
fn wide(u: u32) -> bool {
    matches!(u,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F000..=0x1FAFF
        | 0x20000..=0x3FFFD)
}

/// Text for XML content and attribute values: the five markup characters as entities, and
/// the characters XML 1.0 does not allow left out (so an editor's title cannot make the
/// file invalid).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english<'a>(title: &'a str) -> PosterText<'a> {
        PosterText {
            lang: "en",
            rtl: false,
            label: "Part 1",
            title,
            title_lang: "en",
            title_rtl: false,
            captions: true,
            width: 1280,
            height: 720,
        }
    }

    fn arabic<'a>(title: &'a str) -> PosterText<'a> {
        PosterText {
            lang: "ar",
            rtl: true,
            label: "الجزء 1",
            title,
            title_lang: "ar",
            title_rtl: true,
            captions: false,
            width: 1280,
            height: 720,
        }
    }

    /// The text of every `<tspan>` of the title, unescaped the simple way.
    fn title_lines(svg: &str) -> Vec<String> {
        svg.split("<tspan ")
            .skip(1)
            .map(|t| {
                let t = &t[t.find('>').unwrap() + 1..];
                t[..t.find("</tspan>").unwrap()].to_string()
            })
            .collect()
    }

    #[test]
    fn editor_text_is_escaped_and_the_svg_stays_well_formed() {
        let title = "Fish & <chips> \"quoted\" 'single' </text><script>x</script>\u{1}";
        let svg = draw(&PosterText {
            label: "<Part> & 1",
            lang: "en\"><x",
            ..english(title)
        });
        assert!(!svg.contains("<chips>") && !svg.contains("<script>") && !svg.contains("<x"));
        let title = title_lines(&svg).join(" ");
        assert!(
            title.starts_with("Fish &amp; &lt;chips&gt; &quot;quoted&quot; &apos;single&apos;"),
            "{svg}"
        );
        assert!(svg.contains("&lt;Part&gt; &amp; 1"));
        assert!(svg.contains("xml:lang=\"en&quot;&gt;&lt;x\""));
        assert!(!svg.contains('\u{1}'));
        // Every `<` opens one of the elements the poster is made of, and they balance.
        let tags: Vec<&str> = svg
            .split('<')
            .skip(1)
            .map(|t| t.split([' ', '>', '/']).next().unwrap())
            .collect();
        for t in &tags {
            assert!(
                [
                    "svg",
                    "defs",
                    "linearGradient",
                    "stop",
                    "rect",
                    "g",
                    "text",
                    "circle",
                    "path",
                    "tspan",
                    ""
                ]
                .contains(t),
                "unexpected element <{t}> in {svg}"
            );
        }
        for el in ["svg", "defs", "linearGradient", "g", "text", "tspan"] {
            let opened =
                svg.matches(&format!("<{el}>")).count() + svg.matches(&format!("<{el} ")).count();
            assert_eq!(
                opened,
                svg.matches(&format!("</{el}>")).count(),
                "{el}: {svg}"
            );
        }
    }

    #[test]
    fn right_to_left_pages_start_at_the_right_edge() {
        let svg = draw(&arabic("الجزء 1: المشكلة"));
        assert!(svg.contains("xml:lang=\"ar\""), "{svg}");
        // Label and title: right to left, starting at the right margin.
        let rtl_start = "direction=\"rtl\" text-anchor=\"start\"";
        assert_eq!(svg.matches(rtl_start).count(), 2, "{svg}");
        let right = WIDTH - MARGIN;
        assert!(svg.contains(&format!("<text x=\"{right}\"")), "{svg}");
        assert!(svg.contains(&format!("<tspan x=\"{right}\"")), "{svg}");
        assert!(!svg.contains("direction=\"ltr\""), "{svg}");
        // The triangle still points right: its tip is right of the circle's centre.
        assert!(svg.contains("L686 "), "{svg}");
        // No captions, no badge.
        assert!(!svg.contains(">CC<"), "{svg}");

        let svg = draw(&english("Part 1: The problem"));
        assert!(svg.contains(&format!("<text x=\"{MARGIN}\"")), "{svg}");
        assert!(svg.contains(&format!("<tspan x=\"{MARGIN}\"")), "{svg}");
        assert!(!svg.contains("direction=\"rtl\""), "{svg}");
        assert!(svg.contains(">CC<"), "{svg}");
    }

    #[test]
    fn an_untranslated_title_keeps_its_own_direction_and_language() {
        let svg = draw(&PosterText {
            title: "Part 1: The problem",
            title_lang: "en",
            title_rtl: false,
            ..arabic("")
        });
        // English text on an Arabic page: left to right, ending at the right margin.
        assert!(
            svg.contains("direction=\"ltr\" text-anchor=\"end\" xml:lang=\"en\""),
            "{svg}"
        );
        assert!(
            svg.contains(&format!("<tspan x=\"{}\"", WIDTH - MARGIN)),
            "{svg}"
        );
    }

    #[test]
    fn long_titles_wrap_onto_three_lines_at_most() {
        let short = title_lines(&draw(&english("Part 1: The problem")));
        assert_eq!(short, vec!["Part 1: The problem"]);

        let long =
            "Children on the move have rights wherever they are, and nobody may take them away";
        let svg = draw(&english(long));
        let lines = title_lines(&svg);
        assert!((2..=3).contains(&lines.len()), "{lines:?}");
        assert_eq!(lines.join(" "), long);

        let very_long = "word ".repeat(60);
        let lines = title_lines(&draw(&english(&very_long)));
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(draw(&english(&very_long)).contains("font-size=\"52\""));

        // A word longer than a line is cut; every line fits.
        let max = (WIDTH - 2 * MARGIN) as f32 / 52.0;
        for line in wrap(&"ж".repeat(80), max) {
            assert!(width(line.chars()) <= max, "{line}");
        }
    }

    #[test]
    fn wrapping_is_by_words_and_estimates_generously() {
        assert_eq!(wrap("a b  c", 100.0), vec!["a b c"]);
        assert_eq!(wrap("aaaa bbbb", 3.0), vec!["aaaa", "bbbb"]);
        assert_eq!(wrap("", 10.0), Vec::<String>::new());
        // Arabic marks take no room; CJK takes a full em.
        assert_eq!(width("بِسْمِ".chars()), width("بسم".chars()));
        assert!((width("漢字".chars()) - 2.1).abs() < 1e-4);
        // A word is never cut before its combining mark.
        for line in wrap(&"e\u{301}".repeat(40), 5.0) {
            assert!(!line.starts_with('\u{301}'), "{line}");
        }
    }

    #[test]
    fn drawing_is_deterministic_and_small() {
        let a = draw(&arabic("الجزء 2: الحلول"));
        let b = draw(&arabic("الجزء 2: الحلول"));
        assert_eq!(a, b);
        assert!(a.len() < 3000, "{} bytes", a.len());
    }

    #[test]
    fn the_height_follows_the_videos_aspect_ratio() {
        assert_eq!(height_for(1280, 720), 720);
        assert_eq!(height_for(640, 360), 720);
        assert_eq!(height_for(0, 0), 720);
        assert_eq!(height_for(1080, 1920), 2275);
        assert_eq!(height_for(4000, 100), 548);
        let svg = draw(&PosterText {
            width: 1080,
            height: 1920,
            ..english("Tall")
        });
        assert!(svg.contains("viewBox=\"0 0 1280 2275\""), "{svg}");
        assert!(svg.contains("cy=\"1137\""), "in the middle: {svg}");
    }

    /// The number of the first attribute `name` in `svg`.
    fn number(svg: &str, name: &str) -> u32 {
        let at = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[at..].split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn the_play_symbol_never_covers_the_title() {
        let long = "Children on the move have rights wherever they are, and nobody may take them away from them";
        for (width, height) in [(1280, 720), (2100, 900), (4000, 100), (1080, 1920)] {
            let svg = draw(&PosterText {
                width,
                height,
                ..english(long)
            });
            let h = height_for(width, height);
            let last_line = svg.rsplit("<tspan ").next().unwrap();
            let title_bottom = number(last_line, "y") + 52 / 4;
            if svg.contains("<circle") {
                let (cy, r) = (number(&svg, "cy"), number(&svg, "r"));
                assert!(
                    cy - r > title_bottom && cy + r <= h,
                    "{width}×{height}: {svg}"
                );
            }
            assert!(title_bottom < h, "{width}×{height}: {svg}");
        }
    }

    #[test]
    fn a_long_label_is_cut_short_and_an_empty_title_draws() {
        let label = "Part one of three in a campaign about children ".repeat(3);
        let svg = draw(&PosterText {
            label: &label,
            ..english("")
        });
        assert!(svg.contains("…</text>"), "{svg}");
        assert!(!svg.contains("<tspan"), "{svg}");
    }
}
