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
    assert_eq!(one["uploadDate"], "2023-05-24T00:00:00Z");
    // A translation without its own `date:` has its original's (Google requires one).
    let two_ar = json_ld(&campaign().page("ar/films/two/index.html"));
    let two_en = json_ld(&campaign().page("en/films/two/index.html"));
    assert!(two_ar["uploadDate"].is_string(), "{two_ar}");
    assert_eq!(two_ar["uploadDate"], two_en["uploadDate"]);
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

/// An SVG file read as XML (an error if it is not well-formed: unclosed or mismatched
/// elements, a bad entity, markup in text): its elements' names, the values of every
/// `direction` and `xml:lang`, and its text, with entities resolved and a space between
/// the texts of two elements (the lines of a title).
struct Svg {
    elements: Vec<String>,
    directions: Vec<String>,
    langs: Vec<String>,
    text: String,
}

fn read_svg(svg: &str) -> Svg {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut out = Svg {
        elements: Vec::new(),
        directions: Vec::new(),
        langs: Vec::new(),
        text: String::new(),
    };
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not XML: {e}\n{svg}"))
        {
            Event::Start(e) | Event::Empty(e) => {
                out.text.push(' ');
                out.elements
                    .push(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|err| panic!("bad attribute: {err}\n{svg}"));
                    let value = String::from_utf8(a.value.to_vec()).unwrap();
                    match a.key.as_ref() {
                        b"direction" => out.directions.push(value),
                        b"xml:lang" => out.langs.push(value),
                        _ => {}
                    }
                }
            }
            Event::End(_) => {}
            Event::Text(t) => out.text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap();
                let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                    .unwrap_or_else(|| panic!("unknown entity &{name}; in {svg}"));
                out.text.push_str(resolved);
            }
            Event::Eof => break,
            other => panic!("unexpected {other:?} in {svg}"),
        }
    }
    out.text = out.text.split_whitespace().collect::<Vec<_>>().join(" ");
    out
}

#[test]
fn a_part_without_a_poster_gets_one_drawn_in_each_language() {
    // The third film: a video file without a poster, now with captions, an Arabic
    // translation, and an English title with markup characters in it.
    let built = SiteTest::fixture("campaign")
        .replace(
            "content/films/three/index.md",
            "title: The third film",
            "title: \"The third film: <safe> & \\\"sound\\\"\"",
        )
        .replace(
            "content/films/three/index.md",
            "file: three.mp4",
            "file: three.mp4\n  captions: three.{lang}.vtt",
        )
        .file(
            "content/films/three/three.en.vtt",
            "WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n",
        )
        .file(
            "content/films/three/index.ar.md",
            "---\ntitle: الفيلم الثالث\npart: conclusion\n---\nنص.\n",
        )
        .build_ok();
    let cases = [
        ("en", "ltr", "Part 3", "The third film: <safe> & \"sound\""),
        ("ar", "rtl", "الجزء 3", "الفيلم الثالث"),
        // French is untranslated: its label, and the English title, left to right.
        (
            "fr",
            "ltr",
            "Partie 3",
            "The third film: <safe> & \"sound\"",
        ),
    ];
    for (lang, dir, label, title) in cases {
        let url = format!("/{lang}/films/three/waymark/poster.svg");
        let svg = built.output(&url[1..]);
        let read = read_svg(&svg);
        assert_eq!(read.elements[0], "svg", "{svg}");
        assert!(read.text.contains(label), "{lang}: {svg}");
        assert!(read.text.contains(title), "{lang}: {svg}");
        assert!(
            read.text.contains("CC"),
            "{lang}: the captions badge\n{svg}"
        );
        assert!(read.langs.contains(&lang.to_string()), "{svg}");
        // Every text of the Arabic poster is right to left; none of the others.
        assert!(read.directions.contains(&dir.to_string()), "{svg}");
        if lang != "ar" {
            assert!(!read.directions.contains(&"rtl".to_string()), "{svg}");
        }
        assert!(svg.len() < 4096, "{lang}: {} bytes", svg.len());

        // The page's player, the campaign's index and the JSON-LD use it.
        let page = built.page(&format!("{lang}/films/three/index.html"));
        let video = &page.attrs("video")[0];
        assert_eq!(video["poster"], url);
        // The player takes the MP4 file's own size (640×360).
        assert_eq!(
            (video["width"].as_str(), video["height"].as_str()),
            ("640", "360")
        );
        assert_eq!(
            json_ld(&page)["thumbnailUrl"],
            format!("https://example.org{url}")
        );
        let index = built.page(&format!("{lang}/films/index.html"));
        assert!(
            index
                .attrs("ol.parts img")
                .iter()
                .any(|img| img["src"] == url),
            "{}",
            index.html
        );
    }
    // The editor's own poster stays as it is: nothing is drawn for the first film.
    assert!(!built
        .files()
        .iter()
        .any(|f| f.contains("films/one/waymark")));
    assert!(built
        .output("en/films/one/index.html")
        .contains("poster=\"/en/films/one/poster.png\""));
}

#[test]
fn the_captions_line_names_each_language_in_itself() {
    let page = campaign().page("ar/films/one/index.html");
    let captions = page.one("figure.video figcaption .captions");
    assert!(
        text(&captions).starts_with("CC ترجمة مكتوبة: "),
        "{}",
        captions.html()
    );
    let names: Vec<(String, String, String)> = page
        .select("figure.video figcaption .captions span[lang]")
        .iter()
        .map(|s| {
            (
                s.attr("lang").unwrap().to_string(),
                s.attr("dir").unwrap().to_string(),
                text(s),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("ar".into(), "rtl".into(), "العربية".into()),
            ("en".into(), "ltr".into(), "English".into())
        ]
    );
    // The mark is for the eye: the words say "captions".
    assert_eq!(
        page.attrs("figcaption .cc")[0]
            .get("aria-hidden")
            .map(String::as_str),
        Some("true")
    );
    // No captions, no line.
    let three = campaign().page("en/films/three/index.html");
    assert!(
        three.select("figcaption .captions").is_empty(),
        "{}",
        three.html
    );
}

#[test]
fn a_page_in_a_drawn_posters_folder_is_an_error() {
    SiteTest::fixture("campaign")
        .file(
            "content/films/three/waymark.md",
            "---\ntitle: Clash\n---\nText.\n",
        )
        .build_fails()
        .error("reserved-url", "content/films/three/waymark.md", None);
}
