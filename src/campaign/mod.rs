//! The campaign: sections whose pages set `part:` (Problem, Solutions, Conclusion), their
//! order and navigation, the videos (self-hosted or a YouTube facade), captions checked as
//! WebVTT, transcripts, and `VideoObject` JSON-LD.

pub mod vtt;

use crate::content::frontmatter::{at_value, Part};
use crate::content::model::{encode_segment, Doc, Site};
use crate::content::source::BundleFile;
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;
use vtt::Cue;

#[derive(Debug, Clone)]
pub enum Source {
    /// A file of the page bundle.
    File {
        name: String,
        mime: &'static str,
        bytes: u64,
    },
    Youtube {
        id: String,
    },
}

#[derive(Debug, Clone)]
pub struct Captions {
    pub lang: usize,
    pub name: String,
    pub cues: Arc<Vec<Cue>>,
}

#[derive(Debug, Clone)]
pub struct Video {
    pub source: Source,
    pub poster: Option<String>,
    pub width: usize,
    pub height: usize,
    pub duration: Option<u64>,
    /// In site language order.
    pub captions: Vec<Captions>,
    /// Sample media standing in for the real video (`extra.placeholder_media: true`).
    pub placeholder: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct PartInfo {
    pub part: Part,
    pub section: usize,
    pub prev: Option<usize>,
    pub next: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Campaign {
    pub parts: BTreeMap<usize, PartInfo>,
    /// Campaign section → its three parts in order.
    pub sections: BTreeMap<usize, [usize; 3]>,
    /// Video of the text shown at (entry, language).
    pub videos: BTreeMap<(usize, usize), Arc<Video>>,
}

/// MIME type of a video file, from its extension.
pub fn video_mime(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "ogv" | "ogg" => "video/ogg",
        "mov" => "video/quicktime",
        _ => return None,
    })
}

/// "3.2 MB", "245 KB": decimal units, as phone data plans count.
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000).max(1))
    }
}

fn valid_youtube_id(id: &str) -> bool {
    (6..=20).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn analyse(site: &Site) -> (Campaign, Diagnostics) {
    let mut diags = Diagnostics::new();
    let mut campaign = Campaign::default();

    // Parts, grouped by section, from the default-language text.
    let default = site.default_index();
    let mut by_section: BTreeMap<usize, BTreeMap<Part, Vec<usize>>> = BTreeMap::new();
    for (i, e) in site.entries.iter().enumerate() {
        let Some(doc) = &e.docs[default] else {
            continue;
        };
        if let (Some(part), Some(parent)) = (&doc.fm.part, e.parent) {
            by_section
                .entry(parent)
                .or_default()
                .entry(part.value)
                .or_default()
                .push(i);
        }
    }
    for (section, parts) in &by_section {
        let (sdoc, _) = site.doc(*section, default);
        let mut complete = true;
        for part in Part::ALL {
            match parts.get(&part).map(Vec::as_slice) {
                None | Some([]) => {
                    complete = false;
                    diags.push(
                        Diagnostic::error(Code::CampaignPart, format!(
                            "the campaign section `{}` has no `{}` part",
                            site.entries[*section].key,
                            part.name()
                        ))
                        .file(&sdoc.src.file)
                        .at(&sdoc.src.head, 1, 1)
                        .hint(format!(
                            "a campaign has three parts: add a page with `part: {}` to this section",
                            part.name()
                        )),
                    );
                }
                Some([_]) => {}
                Some(many) => {
                    complete = false;
                    let files: Vec<String> = many
                        .iter()
                        .map(|&i| display_path(&site.doc(i, default).0.src.file))
                        .collect();
                    for &i in many {
                        let d = site.doc(i, default).0;
                        let loc = d.fm.part.as_ref().map(|p| p.referenced);
                        let diag = Diagnostic::error(
                            Code::CampaignPart,
                            format!(
                                "the campaign section `{}` has the `{}` part more than once: {}",
                                site.entries[*section].key,
                                part.name(),
                                files.join(", ")
                            ),
                        )
                        .hint(
                            "each part (problem, solutions, conclusion) appears once per campaign",
                        );
                        diags.push(match loc {
                            Some(l) => at_value(&d.src, &l, diag),
                            None => diag.file(&d.src.file),
                        });
                    }
                }
            }
        }
        if complete {
            let order = Part::ALL.map(|p| parts[&p][0]);
            for (n, &entry) in order.iter().enumerate() {
                campaign.parts.insert(
                    entry,
                    PartInfo {
                        part: Part::ALL[n],
                        section: *section,
                        prev: n.checked_sub(1).map(|p| order[p]),
                        next: order.get(n + 1).copied(),
                    },
                );
            }
            campaign.sections.insert(*section, order);
        }
    }

    // Videos: one per distinct text (a fallback page shares the default text's video).
    let mut jobs: Vec<(usize, usize)> = Vec::new();
    for (i, e) in site.entries.iter().enumerate() {
        for l in 0..site.config.languages.len() {
            if e.docs[l].as_ref().is_some_and(|d| d.fm.video.is_some()) {
                jobs.push((i, l));
            }
        }
    }
    type Loaded = ((usize, usize), (Option<Video>, Vec<Diagnostic>));
    let results: Vec<Loaded> = jobs
        .par_iter()
        .filter_map(|&(i, l)| {
            let doc = site.entries[i].docs[l].as_ref()?;
            Some(((i, l), load_video(site, i, doc)))
        })
        .collect();
    for ((i, l), (video, ds)) in results {
        diags.extend(ds);
        if let Some(v) = video {
            campaign.videos.insert((i, l), Arc::new(v));
        }
    }
    // Untranslated languages, and translations that do not repeat `video:`, show the
    // default text's video: replacing a video is a change in one file.
    for (i, e) in site.entries.iter().enumerate() {
        if let Some(v) = campaign.videos.get(&(i, default)).cloned() {
            for (l, doc) in e.docs.iter().enumerate() {
                if doc.as_ref().is_none_or(|d| d.fm.video.is_none()) {
                    campaign.videos.insert((i, l), v.clone());
                }
            }
        }
    }
    (campaign, diags)
}

/// The video of `doc`, if it is usable, and every problem found with it.
fn load_video(site: &Site, entry: usize, doc: &Doc) -> (Option<Video>, Vec<Diagnostic>) {
    let Some(video) = &doc.fm.video else {
        return (None, vec![]);
    };
    let e = &site.entries[entry];
    let v = &video.value;
    let mut diags = Vec::new();
    let bundle_files: BTreeMap<&str, &BundleFile> = site
        .bundle_files
        .iter()
        .filter(|f| Some(&f.bundle) == e.bundle.as_ref())
        .map(|f| (f.name.as_str(), f))
        .collect();
    let missing = |what: &str, name: &str| {
        if e.bundle.is_some() {
            format!("the {what} `{name}` is not in the page's folder")
        } else {
            format!("the {what} `{name}` cannot be found: a page with a video must be a page bundle (a folder with index.md)")
        }
    };

    let source = match (&v.file, &v.youtube) {
        (Some(f), None) => {
            let name = f.value.trim();
            match (bundle_files.get(name), video_mime(name)) {
                (Some(f), Some(mime)) => Some(Source::File {
                    name: name.to_string(),
                    mime,
                    bytes: std::fs::metadata(&f.path).map(|m| m.len()).unwrap_or(0),
                }),
                (None, _) => {
                    diags.push(at_value(
                        &doc.src,
                        &f.referenced,
                        Diagnostic::error(Code::MissingFile, missing("video file", name))
                            .hint("put the file beside index.md, and write its name here"),
                    ));
                    None
                }
                (_, None) => {
                    diags.push(at_value(
                        &doc.src,
                        &f.referenced,
                        Diagnostic::error(
                            Code::BadVideo,
                            format!("`{name}` is not a video file browsers can play"),
                        )
                        .hint("use an .mp4 (H.264) or .webm file"),
                    ));
                    None
                }
            }
        }
        (None, Some(y)) => {
            let id = y.value.trim();
            if valid_youtube_id(id) {
                Some(Source::Youtube { id: id.to_string() })
            } else {
                diags.push(at_value(&doc.src, &y.referenced, Diagnostic::error(Code::BadYoutubeId, format!("`{id}` is not a YouTube video id"))
                    .hint("write only the id, e.g. `dQw4w9WgXcQ` from https://www.youtube.com/watch?v=dQw4w9WgXcQ")));
                None
            }
        }
        (Some(_), Some(_)) | (None, None) => {
            diags.push(at_value(&doc.src, &video.referenced, Diagnostic::error(Code::BadVideoSource, "a video needs exactly one of `file` and `youtube`")
                .hint("write `file: name.mp4` for a video in the page's folder, or `youtube: VIDEO_ID`")));
            None
        }
    };

    let (mut width, mut height) = (1280, 720);
    let poster = match &v.poster {
        Some(p) => {
            let name = p.value.trim();
            match bundle_files.get(name) {
                Some(f) => {
                    if let Ok(size) = imagesize::size(&f.path) {
                        (width, height) = (size.width, size.height);
                    }
                    Some(name.to_string())
                }
                None => {
                    diags.push(at_value(
                        &doc.src,
                        &p.referenced,
                        Diagnostic::error(Code::MissingFile, missing("poster", name))
                            .hint("put the image beside index.md, and write its name here"),
                    ));
                    None
                }
            }
        }
        None => None,
    };
    if poster.is_none() && matches!(source, Some(Source::Youtube { .. })) && v.poster.is_none() {
        diags.push(at_value(&doc.src, &video.referenced, Diagnostic::error(Code::MissingPoster, "a YouTube video needs a `poster`")
            .hint("the page shows this image until the visitor asks to play, so nothing loads from YouTube before")));
    }

    let duration = match &v.duration {
        Some(d) => {
            match vtt::parse_duration(&d.value) {
                Some(s) => Some(s),
                None => {
                    diags.push(at_value(&doc.src, &d.referenced, Diagnostic::error(Code::BadDuration, format!("`{}` is not a duration", d.value))
                    .hint("write minutes and seconds as m:ss (e.g. \"2:31\"), or h:mm:ss, in quotes")));
                    None
                }
            }
        }
        // Without `duration`, an MP4 file tells its own.
        None => match &source {
            Some(Source::File {
                name,
                mime: "video/mp4",
                ..
            }) => {
                let d = bundle_files
                    .get(name.as_str())
                    .and_then(|f| mp4_seconds(&f.path));
                if d.is_none() {
                    diags.push(at_value(
                        &doc.src,
                        &video.referenced,
                        Diagnostic::warning(
                            Code::UnknownDuration,
                            format!("the length of `{name}` could not be read from the file"),
                        )
                        .hint("add `duration: \"m:ss\"` to the video"),
                    ));
                }
                d
            }
            _ => None,
        },
    };

    let mut captions = Vec::new();
    if let Some(c) = &v.captions {
        let pattern = c.value.trim();
        if !pattern.contains("{lang}") {
            diags.push(at_value(&doc.src, &c.referenced, Diagnostic::error(Code::BadCaptionPattern, format!("`{pattern}` has no `{{lang}}`"))
                .hint("name one caption file per language, e.g. `problem.{lang}.vtt` for problem.en.vtt, problem.ar.vtt ...")));
        } else {
            for (l, lang) in site.config.languages.iter().enumerate() {
                let name = pattern.replace("{lang}", &lang.code);
                let Some(f) = bundle_files.get(name.as_str()) else {
                    if lang.code == site.config.default_language {
                        diags.push(at_value(&doc.src, &c.referenced, Diagnostic::error(Code::MissingFile, missing("caption file", &name))
                            .hint("the default language's captions are required: other languages fall back to them")));
                    }
                    continue;
                };
                let rel = &f.file;
                let text = match crate::content::source::read_capped(&f.path).map(String::from_utf8)
                {
                    Ok(Ok(t)) => t,
                    Ok(Err(_)) => {
                        diags.push(
                            Diagnostic::error(Code::NotUtf8, "the caption file is not UTF-8 text")
                                .file(rel)
                                .hint("WebVTT files are UTF-8: save it with that encoding"),
                        );
                        continue;
                    }
                    Err(err) => {
                        diags.push(
                            Diagnostic::error(
                                Code::Unreadable,
                                format!("cannot read the caption file: {err}"),
                            )
                            .file(rel),
                        );
                        continue;
                    }
                };
                match vtt::parse(&text) {
                    Ok(cues) => captions.push(Captions {
                        lang: l,
                        name,
                        cues: Arc::new(cues),
                    }),
                    Err(err) => diags.push(
                        Diagnostic::error(Code::Webvtt, format!("invalid WebVTT: {}", err.message))
                            .file(rel)
                            .at(&text, err.line, 1)
                            .hint("a WebVTT file starts with `WEBVTT`, then cues: `00:01.000 --> 00:04.000` and the text, separated by blank lines"),
                    ),
                }
            }
        }
    }
    let video = match (source, diags.iter().any(Diagnostic::is_error)) {
        (Some(source), false) => Some(Video {
            source,
            poster,
            width,
            height,
            duration,
            captions,
            placeholder: doc
                .fm
                .extra
                .get("placeholder_media")
                .and_then(|v| v.as_bool())
                == Some(true),
        }),
        _ => None,
    };
    (video, diags)
}

/// The length of an MP4 file in whole seconds, from its track headers.
fn mp4_seconds(path: &std::path::Path) -> Option<u64> {
    let file = std::fs::File::open(path).ok()?;
    let ctx = mp4parse::read_mp4(&mut std::io::BufReader::new(file)).ok()?;
    ctx.tracks
        .iter()
        .filter_map(|t| {
            let (d, scale) = (t.duration?.0, t.timescale?.0);
            (scale > 0).then(|| (d + scale / 2) / scale)
        })
        .max()
}

/// `VideoObject` JSON-LD, escaped so that no text can close the script element.
pub fn json_ld(site: &Site, entry: usize, lang: usize, video: &Video) -> String {
    let (doc, _) = site.doc(entry, lang);
    let page = site.permalink(&site.urls[entry][lang].url);
    let file_url = |name: &str| format!("{page}{}", encode_segment(name));
    let mut obj = json!({
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": doc.fm.title.value,
        "description": doc.fm.description.clone().unwrap_or_else(|| doc.fm.title.value.clone()),
        "inLanguage": site.config.languages[lang].code,
    });
    let map = obj.as_object_mut();
    if let Some(map) = map {
        if let Some(p) = &video.poster {
            map.insert("thumbnailUrl".into(), json!(file_url(p)));
        }
        if let Some(d) = video.duration {
            map.insert("duration".into(), json!(vtt::iso_duration(d)));
        }
        if let Some(date) = doc.fm.date() {
            map.insert("uploadDate".into(), json!(date));
        }
        match &video.source {
            Source::File { name, mime, .. } => {
                map.insert("contentUrl".into(), json!(file_url(name)));
                map.insert("encodingFormat".into(), json!(mime));
            }
            Source::Youtube { id } => {
                map.insert(
                    "embedUrl".into(),
                    json!(format!("https://www.youtube-nocookie.com/embed/{id}")),
                );
            }
        }
        if !video.captions.is_empty() {
            let caps: Vec<serde_json::Value> = video
                .captions
                .iter()
                .map(|c| {
                    json!({
                        "@type": "MediaObject",
                        "contentUrl": file_url(&c.name),
                        "encodingFormat": "text/vtt",
                        "inLanguage": site.config.languages[c.lang].code,
                    })
                })
                .collect();
            map.insert("caption".into(), json!(caps));
        }
    }
    escape_json_for_script(&serde_json::to_string(&obj).unwrap_or_else(|_| "{}".into()))
}

/// `<`, `>` and `&` as JSON escapes: the JSON means the same, and `</script>` cannot appear.
pub fn escape_json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_human() {
        assert_eq!(human_size(3_200_000), "3.2 MB");
        assert_eq!(human_size(245_001), "246 KB");
        assert_eq!(human_size(10), "1 KB");
    }

    #[test]
    fn mime_from_extension() {
        assert_eq!(video_mime("a.MP4"), Some("video/mp4"));
        assert_eq!(video_mime("a.webm"), Some("video/webm"));
        assert_eq!(video_mime("a.avi"), None);
    }

    #[test]
    fn json_cannot_close_the_script() {
        let s = escape_json_for_script(r#"{"name":"</script><script>alert(1)</script>"}"#);
        assert!(!s.contains("</"));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn youtube_ids() {
        assert!(valid_youtube_id("dQw4w9WgXcQ"));
        assert!(!valid_youtube_id("https://youtu.be/x"));
        assert!(!valid_youtube_id("\"><script>"));
    }
}
