//! The campaign: part order and navigation, videos, captions, transcripts, JSON-LD, and
//! the errors for a missing part and an invalid caption file.

use crate::support::shared::campaign;
use crate::support::{text, Page, SiteTest};

fn json_ld(page: &Page) -> serde_json::Value {
    let script = page.one("script[type=\"application/ld+json\"]");
    serde_json::from_str(&script.inner_html()).expect("valid JSON-LD")
}

/// The transcript of a video page (`<details class="transcript">`), as HTML.
fn transcript(page: &Page) -> String {
    page.one("details.transcript").html()
}

#[test]
fn index_lists_the_three_parts_in_campaign_order() {
    let html = campaign().output("en/films/index.html");
    // Weights say two, three, one; the campaign order is problem, solutions, conclusion.
    let first = html.find("/en/films/one/").expect("problem listed");
    let second = html.find("/en/films/two/").expect("solutions listed");
    let third = html.find("/en/films/three/").expect("conclusion listed");
    assert!(first < second && second < third, "{html}");
    assert!(html.contains("Part 1") && html.contains("Part 3"), "{html}");
    // Poster, and the duration in m:ss with an ISO 8601 datetime.
    assert!(html.contains("src=\"/en/films/one/poster.png\""), "{html}");
    assert!(html.contains("datetime=\"PT1M5S\""), "{html}");
    assert!(html.contains("1:05"), "{html}");
}

#[test]
fn each_part_links_the_previous_and_the_next() {
    let links = |page: &str| -> Vec<(String, String)> {
        campaign()
            .page(page)
            .attrs("a[rel=prev], a[rel=next]")
            .into_iter()
            .filter_map(|a| Some((a.get("rel")?.clone(), a.get("href")?.clone())))
            .collect()
    };
    assert_eq!(
        links("en/films/one/index.html"),
        vec![("next".into(), "/en/films/two/".into())]
    );
    assert_eq!(
        links("en/films/two/index.html"),
        vec![
            ("prev".into(), "/en/films/one/".into()),
            ("next".into(), "/en/films/three/".into())
        ]
    );
    assert_eq!(
        links("ar/films/three/index.html"),
        vec![("prev".into(), "/ar/films/two/".into())]
    );
}

#[test]
fn self_hosted_video_has_sources_tracks_and_a_download_link() {
    let page = campaign().page("ar/films/one/index.html");
    let html = &page.html;
    let video = &page.attrs("video")[0];
    assert_eq!(video.get("preload").map(String::as_str), Some("none"));
    assert_eq!(
        video.get("poster").map(String::as_str),
        Some("/ar/films/one/poster.png")
    );
    // Width and height from the poster, so nothing jumps.
    assert_eq!(video.get("width").map(String::as_str), Some("32"));
    assert_eq!(video.get("height").map(String::as_str), Some("18"));
    let source = &page.attrs("video source")[0];
    assert_eq!(source.get("type").map(String::as_str), Some("video/mp4"));
    // One track per language with captions, the page's language first and default.
    let tracks = page.attrs("track");
    let langs: Vec<&str> = tracks.iter().map(|t| t["srclang"].as_str()).collect();
    assert_eq!(langs, vec!["ar", "en"]);
    assert!(tracks[0].contains_key("default") && !tracks[1].contains_key("default"));
    assert_eq!(tracks[0]["label"], "العربية");
    assert_eq!(tracks[1]["label"], "English");
    assert!(tracks.iter().all(|t| t["kind"] == "captions"));
    // The size of the file, for visitors who pay for every megabyte, isolated left to
    // right: on this Arabic page "(1 KB)" would otherwise read "(KB 1)".
    assert!(
        html.contains("download>") && html.contains("(\u{2066}1 KB\u{2069})"),
        "{html}"
    );
    // The caption files are published beside the page.
    assert!(campaign().out.join("ar/films/one/one.ar.vtt").is_file());
}

#[test]
fn transcript_comes_from_the_page_languages_captions() {
    let en = campaign().page("en/films/one/index.html");
    let transcript = transcript(&en);
    // Voice tags become speakers; cue markup is stripped; entities stay escaped.
    assert!(transcript.contains("<strong class=\"speaker\">Amira:</strong> Hello, I am Amira. I travel &amp; I learn.</p>"), "{transcript}");
    assert!(
        transcript.contains("<strong class=\"speaker\">Narrator:</strong> Later, a narrator.</p>"),
        "{transcript}"
    );
    // Nowhere in the page (the cues' markup and notes could only come from the captions).
    assert!(
        !en.html.contains("<i>") && !en.html.contains("<b>") && !en.html.contains("A note"),
        "{}",
        en.html
    );
    let ar = campaign().output("ar/films/one/index.html");
    assert!(ar.contains("أميرة:</strong> مرحبا، أنا أميرة."), "{ar}");
    assert!(!ar.contains("There are no captions"), "{ar}");
}

#[test]
fn transcript_falls_back_to_the_default_language_with_a_notice() {
    let page = campaign().page("fr/films/one/index.html");
    let transcript = transcript(&page);
    assert!(
        !page.select("details.transcript [role=note]").is_empty(),
        "{transcript}"
    );
    // The English captions, marked as English.
    let english = page.select("details.transcript div[lang=en][dir=ltr]");
    assert!(
        english
            .iter()
            .any(|div| text(div).contains("Hello, I am Amira.")),
        "{transcript}"
    );
}

#[test]
fn video_object_json_ld_is_valid_and_escaped() {
    let one = json_ld(&campaign().page("en/films/one/index.html"));
    assert_eq!(one["@type"], "VideoObject");
    assert_eq!(one["duration"], "PT1M5S");
    assert_eq!(one["uploadDate"], "2023-05-24");
    assert_eq!(
        one["contentUrl"],
        "https://example.org/en/films/one/one.mp4"
    );
    assert_eq!(
        one["thumbnailUrl"],
        "https://example.org/en/films/one/poster.png"
    );
    assert_eq!(one["inLanguage"], "en");
    assert_eq!(one["caption"].as_array().map(Vec::len), Some(2));

    let page = campaign().page("en/films/two/index.html");
    let html = &page.html;
    // The title tries to close the script element; it must stay inside the JSON.
    assert_eq!(
        html.matches("</script>").count(),
        html.matches("<script").count(),
        "{html}"
    );
    assert!(!html.contains("<script>alert(1)"), "{html}");
    let two = json_ld(&page);
    assert_eq!(
        two["name"],
        "The second film </script><script>alert(1)</script>"
    );
    assert_eq!(
        two["embedUrl"],
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    );
    assert_eq!(two["duration"], "PT59S");
}

#[test]
fn youtube_is_a_facade_until_the_visitor_asks() {
    for lang in ["en", "ar", "fr"] {
        let page = campaign().page(&format!("{lang}/films/two/index.html"));
        let html = &page.html;
        assert!(!html.contains("<iframe"), "{html}");
        // Nothing is loaded from another host: every src is on this site.
        for el in page.select("img, script, source, track, video, link") {
            for attr in ["src", "poster"] {
                if let Some(v) = el.attr(attr) {
                    assert!(
                        v.starts_with('/'),
                        "{lang}: <{} {attr}={v}> loads from elsewhere",
                        el.value().name()
                    );
                }
            }
        }
        // Without JavaScript, a plain link to the player.
        let facade = page.one("a[data-youtube]");
        assert_eq!(
            facade.attr("href"),
            Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")
        );
        let img = &page.attrs("img")[0];
        assert_eq!(img["src"], format!("/{lang}/films/two/poster.png"));
    }
}

#[test]
fn a_missing_part_is_an_error_naming_the_section() {
    let built = SiteTest::fixture("campaign")
        .remove("content/films/three/index.md")
        .remove("content/films/three/three.mp4")
        .build_fails();
    let error = built.error("campaign-part", "content/films/_index.md", 1);
    // The part that is missing is named.
    assert!(error.message.contains("`conclusion`"), "{error:#?}");
}

#[test]
fn a_duplicated_part_is_an_error() {
    let built = SiteTest::fixture("campaign")
        .replace(
            "content/films/three/index.md",
            "part: conclusion",
            "part: solutions",
        )
        .build_fails();
    // Both pages that claim the part are pointed at.
    built.error("campaign-part", "content/films/three/index.md", 5);
    built.error("campaign-part", "content/films/two/index.md", 6);
}

#[test]
fn an_invalid_caption_file_is_an_error_with_its_line() {
    SiteTest::fixture("campaign")
        .file(
            "content/films/one/one.ar.vtt",
            "WEBVTT\n\n00:00.000 --> 00:02.000\nA\n\n00:05.000 --> 00:0x.000\nB\n",
        )
        .build_fails()
        .error("webvtt", "content/films/one/one.ar.vtt", 6);
}

#[test]
fn a_caption_file_without_header_is_an_error_on_line_one() {
    SiteTest::fixture("campaign")
        .file(
            "content/films/one/one.en.vtt",
            "00:00.000 --> 00:02.000\nA\n",
        )
        .build_fails()
        .error("webvtt", "content/films/one/one.en.vtt", 1);
}

#[test]
fn a_bad_duration_and_a_missing_video_file_point_at_their_lines() {
    let built = SiteTest::fixture("campaign")
        .edit("content/films/one/index.md", |t| {
            t.replace("\"1:05\"", "\"65 seconds\"")
                .replace("file: one.mp4", "file: gone.mp4")
        })
        .build_fails();
    built.error("bad-duration", "content/films/one/index.md", 10);
    built.error("missing-file", "content/films/one/index.md", 8);
}

#[test]
fn an_mp4_without_duration_tells_its_own_length() {
    let html = campaign().output("en/films/index.html");
    assert!(html.contains("datetime=\"PT7S\""), "{html}");
    let json = json_ld(&campaign().page("en/films/three/index.html"));
    assert_eq!(json["duration"], "PT7S");
}

#[test]
fn a_translation_without_video_shows_the_default_texts_video() {
    let page = campaign().page("ar/films/two/index.html");
    let html = &page.html;
    assert!(html.contains("<h1>الفيلم الثاني</h1>"), "{html}");
    assert!(html.contains("data-youtube=\"dQw4w9WgXcQ\""), "{html}");
    assert_eq!(json_ld(&page)["inLanguage"], "ar");
}
