//! The campaign's part of a content page's context: the parts on the campaign's index,
//! and on a part its place in the campaign, its video, transcript and JSON-LD.

use super::context::LinkItem;
use crate::campaign::{self, vtt, Campaign};
use crate::content::frontmatter::Part;
use crate::content::model::{encode_segment, Site};
use crate::content::model::{EntryId, LangId};
use serde::Serialize;
use tera::Value;

/// The campaign's variables of a content page (`campaign.html`, `part.html`), besides its
/// `ContentContext`: each is undefined on the pages it does not concern.
#[derive(Serialize, Default)]
pub(crate) struct CampaignContext<'a> {
    /// The campaign's index only: its parts, in order (a list of `PartCard`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<PartCard<'a>>>,
    /// A part only: its place in the campaign (a `PartNav`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign: Option<PartNav<'a>>,
    /// A part with a video only: the video (a `Video`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<Video<'a>>,
    /// A part whose video has captions only: the transcript in the page's language, else
    /// the default language's (a `Transcript`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<Transcript<'a>>,
    /// A part with a video only: its schema.org `VideoObject` as JSON-LD, escaped for a
    /// `<script>` (safe: write `{{ json_ld }}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_ld: Option<Value>,
}

/// A part of the campaign, on the campaign's index.
#[derive(Serialize)]
pub(crate) struct PartCard<'a> {
    /// The part's name: `problem`, `solutions` or `conclusion`.
    pub part: &'static str,
    /// Its number, from 1.
    pub number: usize,
    /// The part's page: a `LinkItem`.
    pub link: LinkItem<'a>,
    /// Its video's poster image URL: the editor's image, else the poster the build draws
    /// (`waymark/poster.svg` in the part's folder); null without a video.
    pub poster: Option<String>,
    /// Its video's width in pixels, or null without a video.
    pub width: Option<usize>,
    /// Its video's height in pixels, or null without a video.
    pub height: Option<usize>,
    /// Its video's duration as editors write it (`m:ss` or `h:mm:ss`), or null.
    pub duration: Option<String>,
    /// The same as an ISO 8601 duration (`PT2M5S`, for `<time datetime>`), or null.
    pub duration_iso: Option<String>,
}

/// A part's place in the campaign.
#[derive(Serialize)]
pub(crate) struct PartNav<'a> {
    /// The part's name: `problem`, `solutions` or `conclusion`.
    pub part: &'static str,
    /// Its number, from 1.
    pub number: usize,
    /// The campaign's index page: a `LinkItem`.
    pub index: LinkItem<'a>,
    /// The previous part (a `LinkItem`), or null on the first.
    pub prev: Option<LinkItem<'a>>,
    /// The next part (a `LinkItem`), or null on the last.
    pub next: Option<LinkItem<'a>>,
}

/// A part's video: a file in the part's folder, or a YouTube video.
#[derive(Serialize)]
pub(crate) struct Video<'a> {
    /// `"file"` or `"youtube"`.
    pub kind: &'static str,
    /// The poster image's URL: the editor's image, else, on a part, the poster the build
    /// draws (`waymark/poster.svg` in the part's folder); null on a page that is no part
    /// and names no poster.
    pub poster: Option<String>,
    /// The width in pixels.
    pub width: usize,
    /// The height in pixels.
    pub height: usize,
    /// The duration as editors write it (`m:ss` or `h:mm:ss`), or null when unknown.
    pub duration: Option<String>,
    /// The same as an ISO 8601 duration, or null.
    pub duration_iso: Option<String>,
    /// The captions: the page's language first, then the others in site order (a list of
    /// `Track`).
    pub captions: Vec<Track<'a>>,
    /// Whether the video is a stand-in until the real one is made (`placeholder: true`).
    pub placeholder: bool,
    /// A file only: its URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// A file only: its media type (`video/mp4`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime: Option<&'static str>,
    /// A file only: its size for people (`12.3 MB`), isolated left to right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// YouTube only: the video's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub youtube_id: Option<String>,
    /// YouTube only: the player's URL (youtube-nocookie.com, autoplaying).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embed_url: Option<String>,
}

/// A captions file of a video.
#[derive(Serialize)]
pub(crate) struct Track<'a> {
    /// The WebVTT file's URL.
    pub url: String,
    /// The captions' language code.
    pub code: &'a str,
    /// The language's name, in itself.
    pub name: &'a str,
    /// Its direction: `ltr` or `rtl`.
    pub dir: &'a str,
}

/// A video's transcript, made from its captions.
#[derive(Serialize)]
pub(crate) struct Transcript<'a> {
    /// The paragraphs: each `{speaker, text}`, `speaker` null where the captions name none.
    pub paragraphs: Vec<vtt::Paragraph>,
    /// Whether it is the default language's, the page's language having no captions.
    pub fallback: bool,
    /// The transcript's language code.
    pub lang: &'a str,
    /// Its direction: `ltr` or `rtl`.
    pub dir: &'a str,
    /// Its language's name, in itself.
    pub language_name: &'a str,
}

/// Parts for a campaign index; navigation, video, transcript and JSON-LD for a part.
pub(crate) fn campaign_context<'a>(
    site: &'a Site,
    campaign: &Campaign,
    entry: EntryId,
    lang: LangId,
) -> CampaignContext<'a> {
    let mut ctx = CampaignContext {
        parts: campaign
            .sections
            .get(&entry)
            .map(|parts| part_cards(site, campaign, parts, lang)),
        campaign: campaign.parts.get(&entry).map(|info| PartNav {
            part: info.part.name(),
            number: info.part.number(),
            index: LinkItem::new(site, info.section, lang),
            prev: info.prev.map(|p| LinkItem::new(site, p, lang)),
            next: info.next.map(|n| LinkItem::new(site, n, lang)),
        }),
        ..Default::default()
    };
    let Some(video) = campaign.videos.get(&(entry, lang)) else {
        return ctx;
    };
    let page_url = &site.urls[entry][lang].url;
    let poster = campaign.poster_url(site, entry, lang);
    ctx.video = Some(video_context(site, page_url, video, lang, poster.clone()));
    // The transcript in the page's language, else the default language's with a notice.
    let default = site.default_index();
    let source = video
        .captions
        .iter()
        .find(|c| c.lang == lang)
        .or_else(|| video.captions.iter().find(|c| c.lang == default));
    ctx.transcript = source.map(|c| {
        let l = &site.config.languages[c.lang];
        Transcript {
            paragraphs: vtt::transcript(&c.cues),
            fallback: c.lang != lang,
            lang: &l.code,
            dir: l.dir.as_str(),
            language_name: &l.name,
        }
    });
    ctx.json_ld = Some(Value::safe_string(&campaign::json_ld(
        site,
        entry,
        lang,
        video,
        poster.as_deref(),
    )));
    ctx
}

fn part_cards<'a>(
    site: &'a Site,
    campaign: &Campaign,
    parts: &[EntryId],
    lang: LangId,
) -> Vec<PartCard<'a>> {
    parts
        .iter()
        .zip(Part::ALL)
        .map(|(&p, part)| {
            let video = campaign.videos.get(&(p, lang));
            PartCard {
                part: part.name(),
                number: part.number(),
                link: LinkItem::new(site, p, lang),
                poster: campaign.poster_url(site, p, lang),
                width: video.map(|v| v.width),
                height: video.map(|v| v.height),
                duration: video
                    .and_then(|v| v.duration)
                    .map(|d| local_duration(site, lang, d)),
                duration_iso: video.and_then(|v| v.duration).map(vtt::iso_duration),
            }
        })
        .collect()
}

/// The video of the part at `page_url`, in language `lang`, with its poster's URL (the
/// editor's image, else the one the build draws).
pub(crate) fn video_context<'a>(
    site: &'a Site,
    page_url: &str,
    video: &campaign::Video,
    lang: LangId,
    poster: Option<String>,
) -> Video<'a> {
    let file_url = |name: &str| format!("{page_url}{}", encode_segment(name));
    let languages = &site.config.languages;
    // The page's language first (and default), then the others in site order.
    let mut tracks: Vec<&campaign::Captions> = video.captions.iter().collect();
    tracks.sort_by_key(|c| (c.lang != lang, c.lang));
    let mut v = Video {
        kind: "file",
        poster,
        width: video.width,
        height: video.height,
        duration: video.duration.map(|d| local_duration(site, lang, d)),
        duration_iso: video.duration.map(vtt::iso_duration),
        captions: tracks
            .iter()
            .map(|c| {
                let l = &languages[c.lang];
                Track {
                    url: file_url(&c.name),
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                }
            })
            .collect(),
        placeholder: video.placeholder,
        src: None,
        mime: None,
        size: None,
        youtube_id: None,
        embed_url: None,
    };
    match &video.source {
        campaign::Source::File { name, mime, bytes } => {
            v.src = Some(file_url(name));
            v.mime = Some(mime);
            // Isolated left to right, so that "(12 KB)" does not read "(KB 12)" inside
            // right-to-left text.
            v.size = Some(format!("\u{2066}{}\u{2069}", campaign::human_size(*bytes)));
        }
        campaign::Source::Youtube { id } => {
            v.kind = "youtube";
            v.youtube_id = Some(id.clone());
            v.embed_url = Some(format!(
                "https://www.youtube-nocookie.com/embed/{id}?autoplay=1"
            ));
        }
    }
    v
}

/// A video's length as `m:ss` in the language's digits ("۰:۰۷" in Persian).
fn local_duration(site: &Site, lang: LangId, secs: u64) -> String {
    let code = &site.config.languages[lang.0].code;
    crate::i18n::cldr::Words::shared(code).digits(&format_duration(secs))
}

/// Seconds as m:ss or h:mm:ss, as editors write them.
pub(crate) fn format_duration(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}
