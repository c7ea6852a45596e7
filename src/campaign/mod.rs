//! The campaign: sections whose pages set `part:` (Problem, Solutions, Conclusion), their
//! order and navigation, the videos (self-hosted or a YouTube facade), captions checked as
//! WebVTT, transcripts, `VideoObject` JSON-LD, and the posters drawn for videos that have
//! none.

pub mod poster;
mod video;
pub mod vtt;

use crate::content::config::Dir;
use crate::content::frontmatter::{at_value, Part};
use crate::content::model::{encode_segment, EntryId, LangId, Site};
use crate::diagnostics::{display_path, Code, Diagnostic, Diagnostics};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;
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
    pub lang: LangId,
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
    pub section: EntryId,
    pub prev: Option<EntryId>,
    pub next: Option<EntryId>,
}

#[derive(Debug, Default)]
pub struct Campaign {
    pub parts: BTreeMap<EntryId, PartInfo>,
    /// Campaign section → its three parts in order.
    pub sections: BTreeMap<EntryId, [EntryId; 3]>,
    /// Video of the text shown at (entry, language).
    pub videos: BTreeMap<(EntryId, LangId), Arc<Video>>,
    /// The posters the build draws, for the parts whose video has no `poster`: one per
    /// (entry, language).
    pub posters: BTreeMap<(EntryId, LangId), DrawnPoster>,
}

/// Where a drawn poster goes (see [`poster::FOLDER`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnPoster {
    /// Its URL from the site's root (`/ar/campaign/problem/waymark/poster.svg`).
    pub url: String,
    /// Its path in the output folder.
    pub out: PathBuf,
}

impl Campaign {
    /// The URL of the poster of the video shown at (entry, language), from the site's root:
    /// the editor's image beside the page, else the drawn one, else none.
    pub fn poster_url(&self, site: &Site, entry: EntryId, lang: LangId) -> Option<String> {
        let video = self.videos.get(&(entry, lang))?;
        match &video.poster {
            Some(name) => Some(format!(
                "{}{}",
                site.urls[entry][lang].url,
                encode_segment(name)
            )),
            None => self.posters.get(&(entry, lang)).map(|p| p.url.clone()),
        }
    }
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

/// The campaign sections, each with its three parts in order, and the pages' videos.
pub fn analyse(site: &Site) -> (Campaign, Diagnostics) {
    let mut diags = Diagnostics::new();
    let mut campaign = Campaign::default();
    for (section, parts) in &parts_by_section(site) {
        if check_parts(site, *section, parts, &mut diags) {
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
    video::load_videos(site, &mut campaign, &mut diags);
    drawn_posters(site, &mut campaign, &mut diags);
    (campaign, diags)
}

/// The posters to draw: every language of every part whose video has no `poster`. A page
/// whose URL is the folder they go in is an error (it could hold a file of the same name).
fn drawn_posters(site: &Site, campaign: &mut Campaign, diags: &mut Diagnostics) {
    for (&(entry, lang), video) in &campaign.videos {
        if video.poster.is_some() || !campaign.parts.contains_key(&entry) {
            continue;
        }
        let page = &site.urls[entry][lang];
        let dir = page.out.parent().map(PathBuf::from).unwrap_or_default();
        campaign.posters.insert(
            (entry, lang),
            DrawnPoster {
                url: format!("{}{}/{}", page.url, poster::FOLDER, poster::FILE),
                out: dir.join(poster::FOLDER).join(poster::FILE),
            },
        );
    }
    if campaign.posters.is_empty() {
        return;
    }
    let folders: BTreeMap<PathBuf, EntryId> = campaign
        .posters
        .iter()
        .filter_map(|(&(e, _), p)| Some((p.out.parent()?.to_path_buf(), e)))
        .collect();
    for (i, row) in site.entry_ids().zip(&site.urls) {
        // Once a page: its URL in the first language where it clashes.
        let clash = site.lang_ids().zip(row).find_map(|(l, loc)| {
            let part = loc.out.parent().and_then(|d| folders.get(d))?;
            Some((l, loc, *part))
        });
        if let Some((l, loc, part)) = clash {
            let (doc, _) = site.doc(i, l);
            diags.push(
                Diagnostic::error(
                    Code::ReservedUrl,
                    format!(
                        "this page's URL {} is the folder of the poster drawn for `{}`",
                        loc.url, site.entries[part].key
                    ),
                )
                .file(&doc.src.file)
                .hint(format!(
                    "give the page another `slug:`; `{}/` inside a campaign part's page holds the poster Waymark draws",
                    poster::FOLDER
                )),
            );
        }
    }
}

/// The poster drawn for the part at (entry, language), as SVG: the `campaign-part` label
/// in the page's language, the title of the text shown there, a "CC" badge when the video
/// has captions. `None` when the part's video has a poster of its own.
pub fn poster_svg(
    site: &Site,
    campaign: &Campaign,
    i18n: &crate::i18n::I18n,
    entry: EntryId,
    lang: LangId,
) -> Option<String> {
    campaign.posters.get(&(entry, lang))?;
    let video = campaign.videos.get(&(entry, lang))?;
    let info = campaign.parts.get(&entry)?;
    let number = info.part.number();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("number", number);
    let label = i18n
        .format(lang, "campaign-part", Some(&args))
        .unwrap_or_else(|| number.to_string());
    let (doc, fallback) = site.doc(entry, lang);
    let languages = &site.config.languages;
    let page_lang = &languages[lang];
    let text_lang = if fallback {
        &languages[site.default_index()]
    } else {
        page_lang
    };
    Some(poster::draw(&poster::PosterText {
        lang: &page_lang.code,
        rtl: matches!(page_lang.dir, Dir::Rtl),
        label: &label,
        title: &doc.fm.title.value,
        title_lang: &text_lang.code,
        title_rtl: matches!(text_lang.dir, Dir::Rtl),
        captions: !video.captions.is_empty(),
        width: video.width,
        height: video.height,
    }))
}

/// Parts, grouped by section, from the default-language text.
fn parts_by_section(site: &Site) -> BTreeMap<EntryId, BTreeMap<Part, Vec<EntryId>>> {
    let default = site.default_index();
    let mut by_section: BTreeMap<EntryId, BTreeMap<Part, Vec<EntryId>>> = BTreeMap::new();
    for (i, e) in site.entry_ids().zip(&site.entries) {
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
    by_section
}

/// Whether a campaign section has each part exactly once; reports each that it does not.
fn check_parts(
    site: &Site,
    section: EntryId,
    parts: &BTreeMap<Part, Vec<EntryId>>,
    diags: &mut Diagnostics,
) -> bool {
    let default = site.default_index();
    let (sdoc, _) = site.doc(section, default);
    let mut complete = true;
    for part in Part::ALL {
        match parts.get(&part).map(Vec::as_slice) {
            None | Some([]) => {
                complete = false;
                diags.push(
                    Diagnostic::error(
                        Code::CampaignPart,
                        format!(
                            "the campaign section `{}` has no `{}` part",
                            site.entries[section].key,
                            part.name()
                        ),
                    )
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
                            site.entries[section].key,
                            part.name(),
                            files.join(", ")
                        ),
                    )
                    .hint("each part (problem, solutions, conclusion) appears once per campaign");
                    diags.push(match loc {
                        Some(l) => at_value(&d.src, &l, diag),
                        None => diag.file(&d.src.file),
                    });
                }
            }
        }
    }
    complete
}

/// A front-matter date as an ISO 8601 date-time in UTC ("2023-05-24" is
/// "2023-05-24T00:00:00Z"); a date that already has a time is left as it is.
fn with_zone(date: &str) -> String {
    if date.len() == 10 {
        format!("{date}T00:00:00Z")
    } else {
        date.to_string()
    }
}

/// `VideoObject` JSON-LD, escaped so that no text can close the script element; `poster`
/// is the poster's URL from the site's root.
pub fn json_ld(
    site: &Site,
    entry: EntryId,
    lang: LangId,
    video: &Video,
    poster: Option<&str>,
) -> String {
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
        if let Some(p) = poster {
            map.insert("thumbnailUrl".into(), json!(site.permalink(p)));
        }
        if let Some(d) = video.duration {
            map.insert("duration".into(), json!(vtt::iso_duration(d)));
        }
        // With a time zone, as Google asks; a translation without its own date has its
        // original's.
        if let Some(date) = site.date(entry, lang) {
            map.insert("uploadDate".into(), json!(with_zone(date)));
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
}
