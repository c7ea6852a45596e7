//! The campaign: part order and navigation, videos, captions, transcripts, JSON-LD, and
//! the errors for a missing part and an invalid caption file.

use crate::support::{assert_error_in, read_output, tags, Site};

fn built() -> Site {
    let site = Site::new("campaign");
    site.build_ok(&[]);
    site
}

fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("a JSON-LD script")
        + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>").expect("closed script");
    serde_json::from_str(&html[start..end]).expect("valid JSON-LD")
}

#[test]
fn index_lists_the_three_parts_in_campaign_order() {
    let site = built();
    let html = read_output(&site.out(), "en/films/index.html");
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
    let site = built();
    let links = |page: &str| -> Vec<(String, String)> {
        let html = read_output(&site.out(), page);
        tags(&html, "a")
            .into_iter()
            .filter_map(|a| Some((a.get("rel")?.clone(), a.get("href")?.clone())))
            .filter(|(rel, _)| rel == "prev" || rel == "next")
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
    let site = built();
    let html = read_output(&site.out(), "ar/films/one/index.html");
    let video = &tags(&html, "video")[0];
    assert_eq!(video.get("preload").map(String::as_str), Some("none"));
    assert_eq!(
        video.get("poster").map(String::as_str),
        Some("/ar/films/one/poster.png")
    );
    // Width and height from the poster, so nothing jumps.
    assert_eq!(video.get("width").map(String::as_str), Some("32"));
    assert_eq!(video.get("height").map(String::as_str), Some("18"));
    let source = &tags(&html, "source")[0];
    assert_eq!(source.get("type").map(String::as_str), Some("video/mp4"));
    // One track per language with captions, the page's language first and default.
    let tracks = tags(&html, "track");
    let langs: Vec<&str> = tracks.iter().map(|t| t["srclang"].as_str()).collect();
    assert_eq!(langs, vec!["ar", "en"]);
    assert!(tracks[0].contains_key("default") && !tracks[1].contains_key("default"));
    assert_eq!(tracks[0]["label"], "العربية");
    assert_eq!(tracks[1]["label"], "English");
    assert!(tracks.iter().all(|t| t["kind"] == "captions"));
    // The size of the file, for visitors who pay for every megabyte.
    assert!(
        html.contains("download>") && html.contains("(1 KB)"),
        "{html}"
    );
    // The caption files are published beside the page.
    assert!(site.out().join("ar/films/one/one.ar.vtt").is_file());
}

#[test]
fn transcript_comes_from_the_page_languages_captions() {
    let site = built();
    let en = read_output(&site.out(), "en/films/one/index.html");
    let transcript = &en[en.find("class=\"transcript\"").expect("transcript")..];
    // Voice tags become speakers; cue markup is stripped; entities stay escaped.
    assert!(transcript.contains("<strong class=\"speaker\">Amira:</strong> Hello, I am Amira. I travel &amp; I learn.</p>"), "{transcript}");
    assert!(
        transcript.contains("<strong class=\"speaker\">Narrator:</strong> Later, a narrator.</p>"),
        "{transcript}"
    );
    assert!(
        !transcript.contains("<i>")
            && !transcript.contains("<b>")
            && !transcript.contains("A note")
    );
    let ar = read_output(&site.out(), "ar/films/one/index.html");
    assert!(ar.contains("أميرة:</strong> مرحبا، أنا أميرة."), "{ar}");
    assert!(!ar.contains("There are no captions"), "{ar}");
}

#[test]
fn transcript_falls_back_to_the_default_language_with_a_notice() {
    let site = built();
    let fr = read_output(&site.out(), "fr/films/one/index.html");
    let transcript = &fr[fr.find("class=\"transcript\"").expect("transcript")..];
    assert!(transcript.contains("role=\"note\""), "{transcript}");
    assert!(
        transcript.contains("<div lang=\"en\" dir=\"ltr\">"),
        "{transcript}"
    );
    assert!(transcript.contains("Hello, I am Amira."), "{transcript}");
}

#[test]
fn video_object_json_ld_is_valid_and_escaped() {
    let site = built();
    let one = json_ld(&read_output(&site.out(), "en/films/one/index.html"));
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

    let html = read_output(&site.out(), "en/films/two/index.html");
    // The title tries to close the script element; it must stay inside the JSON.
    assert_eq!(
        html.matches("</script>").count(),
        html.matches("<script").count(),
        "{html}"
    );
    assert!(!html.contains("<script>alert(1)"), "{html}");
    let two = json_ld(&html);
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
    let site = built();
    for lang in ["en", "ar", "fr"] {
        let html = read_output(&site.out(), &format!("{lang}/films/two/index.html"));
        assert!(!html.contains("<iframe"), "{html}");
        // Nothing is loaded from another host: every src is on this site.
        for tag in ["img", "script", "source", "track", "video", "link"] {
            for t in tags(&html, tag) {
                for attr in ["src", "poster"] {
                    if let Some(v) = t.get(attr) {
                        assert!(
                            v.starts_with('/'),
                            "{lang}: <{tag} {attr}={v}> loads from elsewhere"
                        );
                    }
                }
            }
        }
        // Without JavaScript, a plain link to the player.
        let facade = tags(&html, "a")
            .into_iter()
            .find(|a| a.contains_key("data-youtube"))
            .expect("a facade link");
        assert_eq!(
            facade["href"],
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        let img = &tags(&html, "img")[0];
        assert_eq!(img["src"], format!("/{lang}/films/two/poster.png"));
    }
}

#[test]
fn a_missing_part_is_an_error_naming_the_section() {
    let site = Site::new("campaign");
    std::fs::remove_file(site.root.join("content/films/three/index.md")).unwrap();
    std::fs::remove_file(site.root.join("content/films/three/three.mp4")).unwrap();
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains("content/films/_index.md"), "{run}");
    assert!(run.stderr.contains("`conclusion`"), "{run}");
    site.assert_output_untouched();
}

#[test]
fn a_duplicated_part_is_an_error() {
    let site = Site::new("campaign");
    let three = std::fs::read_to_string(site.root.join("content/films/three/index.md")).unwrap();
    site.write(
        "content/films/three/index.md",
        three
            .replace("part: conclusion", "part: solutions")
            .as_bytes(),
    );
    let run = assert_error_in(&site, &["content/films/three/index.md"], 5);
    assert!(run.stderr.contains("more than once"), "{run}");
}

#[test]
fn an_invalid_caption_file_is_an_error_with_its_line() {
    let site = Site::new("campaign");
    site.write(
        "content/films/one/one.ar.vtt",
        "WEBVTT\n\n00:00.000 --> 00:02.000\nA\n\n00:05.000 --> 00:0x.000\nB\n".as_bytes(),
    );
    let run = assert_error_in(&site, &["content/films/one/one.ar.vtt"], 6);
    assert!(run.stderr.contains("invalid WebVTT"), "{run}");
}

#[test]
fn a_caption_file_without_header_is_an_error_on_line_one() {
    let site = Site::new("campaign");
    site.write(
        "content/films/one/one.en.vtt",
        b"00:00.000 --> 00:02.000\nA\n",
    );
    assert_error_in(&site, &["content/films/one/one.en.vtt"], 1);
}

#[test]
fn a_bad_duration_and_a_missing_video_file_point_at_their_lines() {
    let site = Site::new("campaign");
    let one = std::fs::read_to_string(site.root.join("content/films/one/index.md")).unwrap();
    site.write(
        "content/films/one/index.md",
        one.replace("\"1:05\"", "\"65 seconds\"")
            .replace("file: one.mp4", "file: gone.mp4")
            .as_bytes(),
    );
    let run = assert_error_in(&site, &["content/films/one/index.md"], 10);
    assert!(
        run.stderr.contains("content/films/one/index.md:8:"),
        "{run}"
    );
}

#[test]
fn an_mp4_without_duration_tells_its_own_length() {
    let site = built();
    let html = read_output(&site.out(), "en/films/index.html");
    assert!(html.contains("datetime=\"PT7S\""), "{html}");
    let json = json_ld(&read_output(&site.out(), "en/films/three/index.html"));
    assert_eq!(json["duration"], "PT7S");
}

#[test]
fn a_translation_without_video_shows_the_default_texts_video() {
    let site = built();
    let html = read_output(&site.out(), "ar/films/two/index.html");
    assert!(html.contains("<h1>الفيلم الثاني</h1>"), "{html}");
    assert!(html.contains("data-youtube=\"dQw4w9WgXcQ\""), "{html}");
    assert_eq!(json_ld(&html)["inLanguage"], "ar");
}
