//! WebVTT: validation (header, timings, cue order) with the line of each mistake, and the
//! transcript made from the cues (voice tags become speakers, cue markup is stripped).

/// One cue, times in milliseconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub start: u64,
    pub end: u64,
    /// The cue payload as written (may contain markup).
    pub text: String,
    /// 1-based line of the timing line.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VttError {
    pub line: usize,
    pub message: String,
}

fn err(line: usize, message: impl Into<String>) -> VttError {
    VttError {
        line,
        message: message.into(),
    }
}

/// `hh:mm:ss.ttt` or `mm:ss.ttt` → milliseconds.
pub fn parse_timestamp(s: &str) -> Option<u64> {
    let (hms, frac) = s.split_once('.')?;
    if frac.len() != 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = hms.split(':').collect();
    let num = |p: &str, exact2: bool| -> Option<u64> {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || (exact2 && p.len() != 2) {
            return None;
        }
        p.parse().ok()
    };
    let (h, m, sec) = match parts.as_slice() {
        [m, s] => (0, num(m, true)?, num(s, true)?),
        [h, m, s] if h.len() >= 2 => (num(h, false)?, num(m, true)?, num(s, true)?),
        _ => return None,
    };
    if m > 59 || sec > 59 {
        return None;
    }
    // Checked: hours can have any number of digits (an overflow found by fuzzing).
    h.checked_mul(3_600_000)?
        .checked_add((m * 60 + sec) * 1000 + frac.parse::<u64>().ok()?)
}

pub fn parse(text: &str) -> Result<Vec<Cue>, VttError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.first().copied().unwrap_or("");
    let header_ok =
        first == "WEBVTT" || first.starts_with("WEBVTT ") || first.starts_with("WEBVTT\t");
    if !header_ok {
        return Err(err(1, "a WebVTT file must start with the line `WEBVTT`"));
    }
    let mut cues: Vec<Cue> = Vec::new();
    let mut i = 1;
    // The header block runs to the first blank line.
    while i < lines.len() && !lines[i].trim().is_empty() {
        if lines[i].contains("-->") {
            return Err(err(
                i + 1,
                "a blank line must separate the `WEBVTT` header from the first cue",
            ));
        }
        i += 1;
    }
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let block_start = i;
        let mut block = Vec::new();
        while i < lines.len() && !lines[i].trim().is_empty() {
            block.push(lines[i]);
            i += 1;
        }
        let head = block[0];
        if head.starts_with("NOTE") || head == "STYLE" || head == "REGION" {
            if block.iter().any(|l| l.contains("-->")) {
                return Err(err(
                    block_start + 1,
                    "a NOTE, STYLE or REGION block cannot contain `-->`",
                ));
            }
            continue;
        }
        // An optional identifier line, then the timing line.
        let (timing_idx, timing) = if head.contains("-->") {
            (0, head)
        } else {
            match block.get(1) {
                Some(l) if l.contains("-->") => (1, *l),
                _ => {
                    return Err(err(
                        block_start + 1 + usize::from(block.len() > 1),
                        "expected a cue timing line such as `00:01.000 --> 00:04.000`",
                    ))
                }
            }
        };
        let line_no = block_start + timing_idx + 1;
        let (start_s, rest) = timing
            .split_once("-->")
            .ok_or_else(|| err(line_no, "expected `-->` in the cue timing line"))?;
        let end_s = rest.split_whitespace().next().unwrap_or("");
        let start = parse_timestamp(start_s.trim()).ok_or_else(|| {
            err(
                line_no,
                format!(
                    "`{}` is not a timestamp (write mm:ss.ttt or hh:mm:ss.ttt)",
                    start_s.trim()
                ),
            )
        })?;
        let end = parse_timestamp(end_s).ok_or_else(|| {
            err(
                line_no,
                format!("`{end_s}` is not a timestamp (write mm:ss.ttt or hh:mm:ss.ttt)"),
            )
        })?;
        if end <= start {
            return Err(err(line_no, "the cue ends before it starts"));
        }
        if let Some(prev) = cues.last() {
            if start < prev.start {
                return Err(err(
                    line_no,
                    format!(
                        "cues are out of order: this cue starts before the cue at line {}",
                        prev.line
                    ),
                ));
            }
        }
        let payload = block[timing_idx + 1..].join("\n");
        if payload.contains("-->") {
            return Err(err(
                line_no + 1,
                "a cue's text cannot contain `-->`; separate cues with a blank line",
            ));
        }
        cues.push(Cue {
            start,
            end,
            text: payload,
            line: line_no,
        });
    }
    Ok(cues)
}

/// One paragraph of a transcript.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Paragraph {
    pub speaker: Option<String>,
    pub text: String,
}

/// Cue text without markup: (speaker from a `<v>` tag, plain text).
pub fn strip_markup(payload: &str) -> (Option<String>, String) {
    let mut speaker = None;
    let mut out = String::with_capacity(payload.len());
    let mut rest = payload;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        match after.find('>') {
            Some(gt) => {
                let tag = &after[..gt];
                // `<v Name>` or `<v.class Name>`: the voice is the annotation.
                if let Some(annotation) = tag
                    .strip_prefix('v')
                    .filter(|t| t.starts_with([' ', '.', '\t']))
                {
                    let name = annotation
                        .trim_start_matches(|c: char| c != ' ' && c != '\t')
                        .trim();
                    if !name.is_empty() && speaker.is_none() {
                        speaker = Some(decode_entities(name));
                    }
                }
                rest = &after[gt + 1..];
            }
            None => {
                // A lone `<` is text.
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let text = decode_entities(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (speaker, text)
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lrm;", "\u{200e}")
        .replace("&rlm;", "\u{200f}")
        .replace("&amp;", "&")
}

/// Pause (ms) after which the transcript starts a new paragraph.
const PARAGRAPH_GAP: u64 = 2000;

/// Joins cues into paragraphs: a new one when the speaker changes or after a pause.
pub fn transcript(cues: &[Cue]) -> Vec<Paragraph> {
    let mut paras: Vec<Paragraph> = Vec::new();
    let mut last_end = 0;
    let mut last_speaker: Option<String> = None;
    for cue in cues {
        let (speaker, text) = strip_markup(&cue.text);
        if text.is_empty() {
            continue;
        }
        let speaker = speaker.or_else(|| {
            last_speaker
                .clone()
                .filter(|_| cue.start < last_end + PARAGRAPH_GAP)
        });
        let same = speaker == last_speaker && cue.start < last_end + PARAGRAPH_GAP;
        match paras.last_mut() {
            Some(p) if same => {
                p.text.push(' ');
                p.text.push_str(&text);
            }
            _ => paras.push(Paragraph {
                speaker: speaker.clone(),
                text,
            }),
        }
        last_speaker = speaker;
        last_end = cue.end;
    }
    paras
}

/// `m:ss` or `h:mm:ss` → seconds.
pub fn parse_duration(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.trim().split(':').collect();
    let n = |p: &str| -> Option<u64> {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            p.parse().ok()
        }
    };
    match parts.as_slice() {
        // Checked: a duration of a billion hours is an error, not an overflow (fuzzing).
        [m, sec] if sec.len() == 2 => {
            let sec = n(sec)?;
            if sec >= 60 {
                return None;
            }
            n(m)?.checked_mul(60)?.checked_add(sec)
        }
        [h, m, sec] if m.len() == 2 && sec.len() == 2 => {
            let (m, sec) = (n(m)?, n(sec)?);
            if m >= 60 || sec >= 60 {
                return None;
            }
            n(h)?.checked_mul(3600)?.checked_add(m * 60 + sec)
        }
        _ => None,
    }
}

/// ISO 8601 duration: 65 s → `PT1M5S`.
pub fn iso_duration(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cues_and_notes() {
        let v = "WEBVTT\n\nNOTE a note\n\n1\n00:00.000 --> 00:02.500\nHello\nworld\n\n00:01:03.000 --> 00:01:04.000 align:start\nBye\n";
        let cues = parse(v).unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!((cues[0].start, cues[0].end, cues[0].line), (0, 2500, 6));
        assert_eq!(cues[0].text, "Hello\nworld");
        assert_eq!(cues[1].start, 63_000);
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("WEBVT\n").unwrap_err().line, 1);
        assert_eq!(parse("").unwrap_err().line, 1);
        let bad_time = "WEBVTT\n\n00:00.000 --> 00:0x.000\nHi\n";
        assert_eq!(parse(bad_time).unwrap_err().line, 3);
        let backwards = "WEBVTT\n\n00:05.000 --> 00:04.000\nHi\n";
        assert_eq!(parse(backwards).unwrap_err().line, 3);
        let order = "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n";
        let e = parse(order).unwrap_err();
        assert_eq!(e.line, 6);
        assert!(e.message.contains("line 3"));
        let no_timing = "WEBVTT\n\nid\nHello\n";
        assert_eq!(parse(no_timing).unwrap_err().line, 4);
    }

    #[test]
    fn transcript_keeps_speakers_and_strips_markup() {
        let v = "WEBVTT\n\n00:00.000 --> 00:01.000\n<v.loud Ghada Waly>Keeping children <i>safe</i>\n\n00:01.000 --> 00:02.000\nis everybody&apos;s &amp; <b>business</b>.\n\n00:09.000 --> 00:10.000\n<v Narrator>After a pause.</v>\n\n00:10.000 --> 00:11.000\n<c.x>a &lt;script&gt;</c>\n";
        let paras = transcript(&parse(v).unwrap());
        assert_eq!(paras.len(), 2);
        assert_eq!(paras[0].speaker.as_deref(), Some("Ghada Waly"));
        assert_eq!(
            paras[0].text,
            "Keeping children safe is everybody&apos;s & business."
        );
        assert_eq!(paras[1].speaker.as_deref(), Some("Narrator"));
        assert_eq!(paras[1].text, "After a pause. a <script>");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1:05"), Some(65));
        assert_eq!(parse_duration("2:31"), Some(151));
        assert_eq!(parse_duration("1:02:03"), Some(3723));
        assert_eq!(parse_duration("1:5"), None);
        assert_eq!(parse_duration("1:65"), None);
        assert_eq!(iso_duration(65), "PT1M5S");
        assert_eq!(iso_duration(3723), "PT1H2M3S");
        assert_eq!(iso_duration(120), "PT2M");
        assert_eq!(iso_duration(0), "PT0S");
    }
}
