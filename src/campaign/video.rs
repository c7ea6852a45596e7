//! The campaign's videos: each page's `video:` checked (its source, a file of the bundle
//! or a YouTube id, its poster, duration and captions), and shared by the languages that do
//! not give their own.

use super::{video_mime, vtt, Campaign, Captions, Source, Video};
use crate::content::frontmatter::{at_value, Video as VideoField};
use crate::content::model::{Doc, EntryId, LangId, Site};
use crate::content::source::BundleFile;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use serde_saphyr::{Location, Spanned};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Videos: one per distinct text (a fallback page shares the default text's video).
pub(super) fn load_videos(site: &Site, campaign: &mut Campaign, diags: &mut Diagnostics) {
    let default = site.default_index();
    let mut jobs: Vec<(EntryId, LangId)> = Vec::new();
    for (i, e) in site.entry_ids().zip(&site.entries) {
        for l in site.lang_ids() {
            if e.docs[l].as_ref().is_some_and(|d| d.fm.video.is_some()) {
                jobs.push((i, l));
            }
        }
    }
    type Loaded = ((EntryId, LangId), (Option<Video>, Vec<Diagnostic>));
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
    for (i, e) in site.entry_ids().zip(&site.entries) {
        if let Some(v) = campaign.videos.get(&(i, default)).cloned() {
            for (l, doc) in site.lang_ids().zip(&e.docs) {
                if doc.as_ref().is_none_or(|d| d.fm.video.is_none()) {
                    campaign.videos.insert((i, l), v.clone());
                }
            }
        }
    }
}

/// The video of `doc`, if it is usable, and every problem found with it.
fn load_video(site: &Site, entry: EntryId, doc: &Doc) -> (Option<Video>, Vec<Diagnostic>) {
    let Some(video) = &doc.fm.video else {
        return (None, vec![]);
    };
    let e = &site.entries[entry];
    let mut check = VideoCheck {
        site,
        doc,
        video,
        bundle_files: site
            .bundle_files
            .iter()
            .filter(|f| Some(&f.bundle) == e.bundle.as_ref())
            .map(|f| (f.name.as_str(), f))
            .collect(),
        in_bundle: e.bundle.is_some(),
        diags: Vec::new(),
        mp4: None,
    };
    let source = check.source();
    let (poster, (width, height)) = check.poster(source.as_ref());
    let duration = check.duration(source.as_ref());
    let captions = check.captions();
    let diags = check.diags;
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

/// The checks of one page's `video:`, with the problems found so far.
struct VideoCheck<'a> {
    site: &'a Site,
    doc: &'a Doc,
    video: &'a Spanned<VideoField>,
    /// The files of the page's bundle, by name.
    bundle_files: BTreeMap<&'a str, &'a BundleFile>,
    in_bundle: bool,
    diags: Vec<Diagnostic>,
    /// What the MP4 file tells, read once when first needed.
    mp4: Option<Option<Mp4Info>>,
}

/// What an MP4 file's headers tell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Mp4Info {
    /// The length in whole seconds.
    seconds: Option<u64>,
    /// The picture's width and height as shown (turned a quarter when the file says so).
    size: Option<(usize, usize)>,
}

impl VideoCheck<'_> {
    /// What the video file's headers tell, when it is an MP4 file of the bundle.
    fn mp4_info(&mut self, source: Option<&Source>) -> Option<Mp4Info> {
        if self.mp4.is_none() {
            let info = match source {
                Some(Source::File {
                    name,
                    mime: "video/mp4",
                    ..
                }) => self
                    .bundle_files
                    .get(name.as_str())
                    .and_then(|f| mp4_info(&f.path)),
                _ => None,
            };
            self.mp4 = Some(info);
        }
        self.mp4.flatten()
    }

    /// Reports `d` at `loc` in the page's front matter.
    fn push(&mut self, loc: &Location, d: Diagnostic) {
        self.diags.push(at_value(&self.doc.src, loc, d));
    }

    /// Why a file named in `video:` is not found.
    fn missing(&self, what: &str, name: &str) -> String {
        if self.in_bundle {
            format!("the {what} `{name}` is not in the page's folder")
        } else {
            format!("the {what} `{name}` cannot be found: a page with a video must be a page bundle (a folder with index.md)")
        }
    }

    /// Exactly one of `file` (of the bundle, a kind browsers play) and `youtube` (an id).
    fn source(&mut self) -> Option<Source> {
        let v = &self.video.value;
        match (&v.file, &v.youtube) {
            (Some(f), None) => {
                let name = f.value.trim();
                match (self.bundle_files.get(name), video_mime(name)) {
                    (Some(f), Some(mime)) => Some(Source::File {
                        name: name.to_string(),
                        mime,
                        bytes: std::fs::metadata(&f.path).map(|m| m.len()).unwrap_or(0),
                    }),
                    (None, _) => {
                        self.push(
                            &f.referenced,
                            Diagnostic::error(Code::MissingFile, self.missing("video file", name))
                                .hint("put the file beside index.md, and write its name here"),
                        );
                        None
                    }
                    (_, None) => {
                        self.push(
                            &f.referenced,
                            Diagnostic::error(
                                Code::BadVideo,
                                format!("`{name}` is not a video file browsers can play"),
                            )
                            .hint("use an .mp4 (H.264) or .webm file"),
                        );
                        None
                    }
                }
            }
            (None, Some(y)) => {
                let id = y.value.trim();
                if valid_youtube_id(id) {
                    Some(Source::Youtube { id: id.to_string() })
                } else {
                    self.push(&y.referenced, Diagnostic::error(Code::BadYoutubeId, format!("`{id}` is not a YouTube video id"))
                        .hint("write only the id, e.g. `dQw4w9WgXcQ` from https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
                    None
                }
            }
            (Some(_), Some(_)) | (None, None) => {
                self.push(&self.video.referenced, Diagnostic::error(Code::BadVideoSource, "a video needs exactly one of `file` and `youtube`")
                    .hint("write `file: name.mp4` for a video in the page's folder, or `youtube: VIDEO_ID`"));
                None
            }
        }
    }

    /// The poster, a file of the bundle, with its size; without one, the size of an MP4
    /// video, else 1280×720 (a poster is then drawn for a part). A YouTube video needs one.
    fn poster(&mut self, source: Option<&Source>) -> (Option<String>, (usize, usize)) {
        let v = &self.video.value;
        let (mut width, mut height) = (1280, 720);
        let poster = match &v.poster {
            Some(p) => {
                let name = p.value.trim();
                match self.bundle_files.get(name) {
                    Some(f) => {
                        if let Ok(size) = imagesize::size(&f.path) {
                            (width, height) = (size.width, size.height);
                        }
                        Some(name.to_string())
                    }
                    None => {
                        self.push(
                            &p.referenced,
                            Diagnostic::error(Code::MissingFile, self.missing("poster", name))
                                .hint("put the image beside index.md, and write its name here"),
                        );
                        None
                    }
                }
            }
            None => {
                if let Some((w, h)) = self.mp4_info(source).and_then(|i| i.size) {
                    (width, height) = (w, h);
                }
                None
            }
        };
        if poster.is_none() && matches!(source, Some(Source::Youtube { .. })) && v.poster.is_none()
        {
            self.push(&self.video.referenced, Diagnostic::error(Code::MissingPoster, "a YouTube video needs a `poster`")
                .hint("the page shows this image until the visitor asks to play, so nothing loads from YouTube before"));
        }
        (poster, (width, height))
    }

    /// The length in seconds: `duration`, else what an MP4 file tells.
    fn duration(&mut self, source: Option<&Source>) -> Option<u64> {
        let v = &self.video.value;
        match &v.duration {
            Some(d) => match vtt::parse_duration(&d.value) {
                Some(s) => Some(s),
                None => {
                    self.push(&d.referenced, Diagnostic::error(Code::BadDuration, format!("`{}` is not a duration", d.value))
                        .hint("write minutes and seconds as m:ss (e.g. \"2:31\"), or h:mm:ss, in quotes"));
                    None
                }
            },
            // Without `duration`, an MP4 file tells its own.
            None => match source {
                Some(Source::File {
                    name,
                    mime: "video/mp4",
                    ..
                }) => {
                    let d = self.mp4_info(source).and_then(|i| i.seconds);
                    if d.is_none() {
                        self.push(
                            &self.video.referenced,
                            Diagnostic::warning(
                                Code::UnknownDuration,
                                format!("the length of `{name}` could not be read from the file"),
                            )
                            .hint("add `duration: \"m:ss\"` to the video"),
                        );
                    }
                    d
                }
                _ => None,
            },
        }
    }

    /// The caption file of each language that has one, by the `{lang}` pattern; the
    /// default language's is required.
    fn captions(&mut self) -> Vec<Captions> {
        let site = self.site;
        let mut captions = Vec::new();
        let Some(c) = &self.video.value.captions else {
            return captions;
        };
        let pattern = c.value.trim();
        if !pattern.contains("{lang}") {
            self.push(&c.referenced, Diagnostic::error(Code::BadCaptionPattern, format!("`{pattern}` has no `{{lang}}`"))
                .hint("name one caption file per language, e.g. `problem.{lang}.vtt` for problem.en.vtt, problem.ar.vtt ..."));
            return captions;
        }
        for (l, lang) in site.lang_ids().zip(&site.config.languages) {
            let name = pattern.replace("{lang}", &lang.code);
            let Some(f) = self.bundle_files.get(name.as_str()).copied() else {
                if lang.code == site.config.default_language {
                    self.push(&c.referenced, Diagnostic::error(Code::MissingFile, self.missing("caption file", &name))
                        .hint("the default language's captions are required: other languages fall back to them"));
                }
                continue;
            };
            if let Some(cues) = self.caption_cues(f) {
                captions.push(Captions {
                    lang: l,
                    name,
                    cues: Arc::new(cues),
                });
            }
        }
        captions
    }

    /// The cues of a caption file, if it is UTF-8 WebVTT.
    fn caption_cues(&mut self, f: &BundleFile) -> Option<Vec<vtt::Cue>> {
        let rel = &f.file;
        let text = match crate::content::source::read_capped(&f.path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                self.diags.push(
                    Diagnostic::error(Code::NotUtf8, "the caption file is not UTF-8 text")
                        .file(rel)
                        .hint("WebVTT files are UTF-8: save it with that encoding"),
                );
                return None;
            }
            Err(err) => {
                self.diags.push(
                    Diagnostic::error(
                        Code::Unreadable,
                        format!("cannot read the caption file: {err}"),
                    )
                    .file(rel),
                );
                return None;
            }
        };
        match vtt::parse(&text) {
            Ok(cues) => Some(cues),
            Err(err) => {
                self.diags.push(
                    Diagnostic::error(Code::Webvtt, format!("invalid WebVTT: {}", err.message))
                        .file(rel)
                        .at(&text, err.line, 1)
                        .hint("a WebVTT file starts with `WEBVTT`, then cues: `00:01.000 --> 00:04.000` and the text, separated by blank lines"),
                );
                None
            }
        }
    }
}

fn valid_youtube_id(id: &str) -> bool {
    (6..=20).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The length of an MP4 file in whole seconds, and its picture's size, from its track
/// headers.
fn mp4_info(path: &std::path::Path) -> Option<Mp4Info> {
    let file = std::fs::File::open(path).ok()?;
    let ctx = mp4parse::read_mp4(&mut std::io::BufReader::new(file)).ok()?;
    let seconds = ctx
        .tracks
        .iter()
        .filter_map(|t| {
            let (d, scale) = (t.duration?.0, t.timescale?.0);
            (scale > 0).then(|| (d + scale / 2) / scale)
        })
        .max();
    let size = ctx
        .tracks
        .iter()
        .filter(|t| t.track_type == mp4parse::TrackType::Video)
        .find_map(|t| {
            let tkhd = t.tkhd.as_ref()?;
            // 16.16 fixed point.
            let (w, h) = ((tkhd.width >> 16) as usize, (tkhd.height >> 16) as usize);
            // A quarter turn (phones filming upright) swaps them.
            let m = &tkhd.matrix;
            let turned = m.a == 0 && m.d == 0 && m.b != 0;
            (w > 0 && h > 0).then_some(if turned { (h, w) } else { (w, h) })
        });
    Some(Mp4Info { seconds, size })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_mp4_file_tells_its_length_and_size() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/campaign/content/films/three/three.mp4");
        assert_eq!(
            mp4_info(&path),
            Some(Mp4Info {
                seconds: Some(7),
                size: Some((640, 360))
            })
        );
        assert_eq!(mp4_info(std::path::Path::new("/nonexistent.mp4")), None);
    }

    #[test]
    fn youtube_ids() {
        assert!(valid_youtube_id("dQw4w9WgXcQ"));
        assert!(!valid_youtube_id("https://youtu.be/x"));
        assert!(!valid_youtube_id("\"><script>"));
    }
}
