//! One function per fuzz target: what a single input goes through. Shared by the
//! `cargo fuzz` targets (fuzz/fuzz_targets/*.rs) and by the regression test
//! (tests/testsuite/fuzz_regressions.rs), which replays the saved inputs through the same
//! code.
//!
//! Each function must not panic for any input; parsers are also run twice on the same
//! input and must give the same result (compared through `Debug`).

// Each user includes this file with `#[path]` and calls all or some of it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use waymark::content::config::Config;
use waymark::content::source::{self, Kind, SourceFile};
use waymark::diagnostics::{self, Code, Diagnostic, Diagnostics, Format};
use waymark::render::markdown::{self, LinkError, LinkResolver};
use waymark::theme::Theme;

/// The base URL every fuzzed site uses.
pub const BASE_URL: &str = "https://example.org";

/// A site.yaml with two languages (one right-to-left), for the targets that need a config.
pub const SITE_YAML: &str = "title: Fuzz site\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n  - { code: ar, name: العربية }\ndirectory:\n  stale_after_days: 30\n  timezones: { XX: Europe/Athens }\n";

/// Renders diagnostics in the three formats `waymark check` prints, so that every
/// message built from fuzzed text also goes through the renderers.
fn render_all(diags: &Diagnostics) {
    for f in [Format::Human, Format::Json, Format::Github] {
        std::hint::black_box(diagnostics::render(diags, f));
    }
    std::hint::black_box(diagnostics::render_with(diags, Format::Human, true));
}

fn render_list(list: &[Diagnostic]) {
    render_all(&list.iter().cloned().collect());
}

/// A folder for this thread's fuzzed files, reused between inputs (creating a temporary
/// folder for each input would be most of the work).
struct Scratch {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

/// A site folder with its loaded config and theme.
type SharedSite = (Scratch, Arc<Config>, Arc<Theme>);

thread_local! {
    static SCRATCH: RefCell<Option<Scratch>> = const { RefCell::new(None) };
    static CONFIG: RefCell<Option<SharedSite>> = const { RefCell::new(None) };
}

fn scratch() -> PathBuf {
    scratch_in(&SCRATCH)
}

/// The folder kept in `cell`, made on first use and reused by every later input.
fn scratch_in(cell: &'static std::thread::LocalKey<RefCell<Option<Scratch>>>) -> PathBuf {
    cell.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let root = dir.path().to_path_buf();
                Scratch { _dir: dir, root }
            })
            .root
            .clone()
    })
}

/// A site folder with SITE_YAML, its loaded config and the default theme; reused.
fn site() -> (PathBuf, Arc<Config>, Arc<Theme>) {
    CONFIG.with(|c| {
        let mut c = c.borrow_mut();
        let (s, config, theme) = c.get_or_insert_with(|| {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let root = dir.path().to_path_buf();
            std::fs::write(root.join("site.yaml"), SITE_YAML).unwrap();
            let config = Config::load(&root, None).expect("SITE_YAML loads");
            let theme = Theme::load(&root, &config.theme).expect("the default theme loads");
            (
                Scratch { _dir: dir, root },
                Arc::new(config),
                Arc::new(theme),
            )
        });
        (s.root.clone(), config.clone(), theme.clone())
    })
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

// ---------------------------------------------------------------------------------------
// front_matter: source::split_front_matter, then frontmatter::parse.

pub fn front_matter(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let first = source::split_front_matter(&text);
    assert_eq!(
        first,
        source::split_front_matter(&text),
        "split is deterministic"
    );
    let (front, front_line, body_start) = match first {
        Ok(x) => x,
        Err((msg, line, hint)) => {
            // What source::load reports for a file it cannot split.
            let d = Diagnostic::error(Code::FrontMatter, msg)
                .file("content/fuzz.md")
                .at(&text, line, 1)
                .hint(hint);
            render_list(&[d]);
            return;
        }
    };
    assert!(body_start <= text.len() && text.is_char_boundary(body_start));
    let src = SourceFile::in_memory(
        PathBuf::from("content/fuzz.md"),
        "fuzz.md".into(),
        "en".into(),
        Kind::Page,
        Arc::from(&*text),
    )
    .expect("split once, splits again");
    assert_eq!(
        (src.front(), src.front_line, src.body_start),
        (front, front_line, body_start)
    );
    assert_eq!(src.text().map(|t| t.len()).ok(), Some(text.len()));
    let a = waymark::content::frontmatter::parse(&src);
    let b = waymark::content::frontmatter::parse(&src);
    assert_eq!(
        format!("{a:?}"),
        format!("{b:?}"),
        "front matter parse is deterministic"
    );
    match a {
        Ok(fm) => {
            std::hint::black_box((fm.date(), fm.updated(), fm.machine_translated()));
            if let Some(d) = &fm.date {
                std::hint::black_box(waymark::content::frontmatter::valid_date(&d.value));
            }
            if let Some(v) = fm.video.as_ref().and_then(|v| v.value.duration.as_ref()) {
                if let Some(secs) = waymark::campaign::vtt::parse_duration(&v.value) {
                    std::hint::black_box(waymark::campaign::vtt::iso_duration(secs));
                }
            }
        }
        Err(list) => render_list(&list),
    }
}

// ---------------------------------------------------------------------------------------
// site_yaml: Config::load on a site.yaml holding the input.

pub fn site_yaml(data: &[u8]) {
    let root = scratch();
    write(&root.join("site.yaml"), data);
    let a = Config::load(&root, None);
    let b = Config::load(&root, None);
    assert_eq!(
        format!("{a:?}"),
        format!("{b:?}"),
        "Config::load is deterministic"
    );
    match a {
        Ok(config) => {
            std::hint::black_box((
                config.quick_exit_url(),
                config.default_lang(),
                config.is_language("en"),
            ));
            for l in &config.languages {
                std::hint::black_box(waymark::content::config::direction_of(&l.id));
            }
            // The --base-url override takes the same path.
            if let Err(d) = Config::load(&root, Some("https://override.example")) {
                render_all(&d);
            }
        }
        Err(d) => render_all(&d),
    }
}

// ---------------------------------------------------------------------------------------
// markdown: markdown::render with a resolver that knows a few pages and headings.

/// Knows `a.md` (headings `x`, `y`), `b/index.md` (no headings) and the image `img.png`.
struct FuzzLinks {
    image: waymark::content::images::ImageInfo,
}

impl LinkResolver for FuzzLinks {
    fn resolve(&self, path: &str, anchor: Option<&str>) -> Result<String, LinkError> {
        let url = match path {
            "a.md" | "./a.md" => "/en/a/",
            "b/index.md" | "b/" => "/en/b/",
            _ => {
                return Err(LinkError::NoPage {
                    suggestion: path.len().is_multiple_of(2).then(|| "a.md".to_string()),
                })
            }
        };
        let known: &[&str] = if url == "/en/a/" { &["x", "y"] } else { &[] };
        match anchor {
            None | Some("") => Ok(url.to_string()),
            Some(a) if known.contains(&a) => Ok(format!("{url}#{a}")),
            Some(_) => Err(LinkError::NoAnchor {
                known: known.iter().map(|s| s.to_string()).collect(),
            }),
        }
    }

    fn image(&self, src: &str) -> Option<&waymark::content::images::ImageInfo> {
        (src == "img.png" || src.ends_with("/img.png")).then_some(&self.image)
    }
}

fn fuzz_links() -> FuzzLinks {
    let variant = |name: &str, width, webp| waymark::content::images::Variant {
        name: name.into(),
        width,
        webp,
        bytes: Arc::new(Vec::new()),
    };
    FuzzLinks {
        image: waymark::content::images::ImageInfo {
            width: 1200,
            height: 800,
            mime: "image/png",
            variants: vec![
                variant("img-480.png", 480, false),
                variant("img-480.webp", 480, true),
            ],
        },
    }
}

pub fn markdown(data: &[u8]) {
    let body = String::from_utf8_lossy(data);
    // The body sits below a front matter, as in a real file, so offsets are shifted.
    let prefix = "---\ntitle: Fuzz\n---\n";
    let file_text = format!("{prefix}{body}");
    let file = Path::new("content/fuzz.md");
    let links = fuzz_links();
    let a = markdown::render(&body, prefix.len(), &file_text, file, &links, Some("Fuzz"));
    let b = markdown::render(&body, prefix.len(), &file_text, file, &links, Some("Fuzz"));
    assert_eq!(a.html, b.html, "markdown::render is deterministic");
    assert_eq!(a.diagnostics, b.diagnostics);
    for d in &a.diagnostics {
        assert_eq!(d.file.as_deref(), Some("content/fuzz.md"));
        // Every diagnostic points inside the body, below the front matter.
        assert!(d.line.unwrap_or(0) >= 4, "diagnostic above the body: {d:?}");
    }
    render_list(&a.diagnostics);
    let ids = markdown::heading_ids(&body);
    assert_eq!(ids, markdown::heading_ids(&body));
    // Every rendered page is checked for what it would load: that check must not panic.
    let policy = waymark::render::safety::Policy {
        base: BASE_URL,
        inline_style: "p{color:red}",
    };
    std::hint::black_box(waymark::render::safety::check_html(&a.html, policy));
    std::hint::black_box(waymark::render::safety::check_html(&body, policy));
    std::hint::black_box(waymark::output::budget::assets_loaded(&a.html));
    std::hint::black_box(markdown::slugify(&body));
    std::hint::black_box(markdown::slugify_github(&body));
    std::hint::black_box(markdown::escape_attr(&body));
}

// ---------------------------------------------------------------------------------------
// vtt: vtt::parse, strip_markup and transcript (and the duration helpers).

pub fn vtt(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let a = waymark::campaign::vtt::parse(&text);
    let b = waymark::campaign::vtt::parse(&text);
    assert_eq!(a, b, "vtt::parse is deterministic");
    match &a {
        Ok(cues) => {
            for c in cues {
                assert!(c.start < c.end, "a cue ends after it starts: {c:?}");
                assert!(!c.text.contains("-->"));
                let (speaker, plain) = waymark::campaign::vtt::strip_markup(&c.text);
                assert_eq!(
                    (speaker, plain),
                    waymark::campaign::vtt::strip_markup(&c.text)
                );
            }
            for w in cues.windows(2) {
                assert!(w[0].start <= w[1].start, "cues in order");
            }
            let t = waymark::campaign::vtt::transcript(cues);
            assert_eq!(t, waymark::campaign::vtt::transcript(cues));
        }
        Err(e) => {
            assert!(e.line >= 1);
            let d = Diagnostic::error(Code::Webvtt, e.message.clone())
                .file("content/films/fuzz.en.vtt")
                .at(&text, e.line, 1);
            render_list(&[d]);
        }
    }
    std::hint::black_box(waymark::campaign::vtt::strip_markup(&text));
    for line in text.lines().take(64) {
        std::hint::black_box(waymark::campaign::vtt::parse_timestamp(line.trim()));
        if let Some(secs) = waymark::campaign::vtt::parse_duration(line) {
            std::hint::black_box(waymark::campaign::vtt::iso_duration(secs));
        }
    }
}

// ---------------------------------------------------------------------------------------
// directory_entry: one content/directory/xx/entry.yaml, loaded, paged and exported.

pub fn directory_entry(data: &[u8]) {
    let (root, config, _) = site();
    write(&root.join("content/directory/xx/entry.yaml"), data);
    let (dir, diags) = waymark::directory::load(&root, &config, Some("2026-01-01"));
    let (dir2, diags2) = waymark::directory::load(&root, &config, Some("2026-01-01"));
    assert_eq!(
        format!("{dir:?}"),
        format!("{dir2:?}"),
        "directory::load is deterministic"
    );
    assert_eq!(format!("{diags:?}"), format!("{diags2:?}"));
    render_all(&diags);
    assert!(dir.entries.len() <= 1);
    // The renderers every entry goes through: pages, views, the help strip and exports.
    let pages = waymark::directory::pages::pages(&dir, &config);
    for p in &pages {
        std::hint::black_box((&p.url, &p.title, &p.context));
        std::hint::black_box(waymark::content::model::check_segment(&p.rest).is_ok());
    }
    for l in &config.languages {
        for e in &dir.entries {
            std::hint::black_box(waymark::directory::pages::entry_view(e, &config, &l.code));
            std::hint::black_box(e.country_slug());
            if let Some(w) = &e.weekly_hours {
                for m in [0, 600, 5000, waymark::directory::hours::WEEK - 1] {
                    std::hint::black_box(waymark::directory::hours::status(w, m));
                }
            }
        }
        std::hint::black_box(waymark::directory::pages::help_strip(
            &dir, &config, &l.code,
        ));
    }
    std::hint::black_box(waymark::directory::export::json(&dir));
    std::hint::black_box(waymark::directory::hsds::package(
        &dir,
        &config.default_language,
    ));
}

// ---------------------------------------------------------------------------------------
// fluent: locales/en/site.ftl through I18n::load, then every message it defines formatted.

pub fn fluent(data: &[u8]) {
    let (root, config, theme) = site();
    write(&root.join("locales/en/site.ftl"), data);
    let (i18n, diags) = waymark::i18n::I18n::load(&config, &theme, &root);
    let (_, diags2) = waymark::i18n::I18n::load(&config, &theme, &root);
    assert_eq!(
        format!("{diags:?}"),
        format!("{diags2:?}"),
        "I18n::load is deterministic"
    );
    render_all(&diags);
    // Ids the file seems to define (`id = ...` at the start of a line), and some of the
    // theme's, formatted with arguments of both kinds in both languages.
    let text = String::from_utf8_lossy(data);
    let mut ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim_end()))
        .filter(|id| !id.is_empty() && !id.starts_with([' ', '\t', '#']))
        .take(32)
        .collect();
    ids.extend(["site-title", "pages-count", "language-chooser-title"]);
    for id in ids {
        for lang in waymark::content::model::ids(config.languages.len()) {
            let args = waymark::i18n::args_from(
                [
                    ("count".to_string(), waymark::i18n::ArgValue::Num(3.0)),
                    ("name".to_string(), waymark::i18n::ArgValue::Str("x".into())),
                ]
                .into_iter(),
            );
            let a = i18n.format(lang, id, Some(&args));
            let b = i18n.format(lang, id, Some(&args));
            assert_eq!(a, b, "formatting is deterministic");
            std::hint::black_box((i18n.format(lang, id, None), i18n.has(lang, id)));
        }
    }
    let used = vec![(
        "page.html".to_string(),
        "site-title".to_string(),
        PathBuf::from("(built-in theme)/templates/page.html"),
    )];
    render_all(&i18n.check_usage(&used, &config));
    std::hint::black_box(waymark::i18n::message_ids_in(&text));
}

// ---------------------------------------------------------------------------------------
// template_data: a whole site whose titles, descriptions, slugs, body and directory names
// come from the input; checked with pipeline::check, as `waymark check` does.

/// A YAML double-quoted scalar holding exactly `s`.
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c if c.is_alphanumeric() => out.push(c),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// The input's fields: split on 0xFF (never in UTF-8), each decoded lossily.
pub fn fields(data: &[u8], n: usize) -> Vec<String> {
    let mut out: Vec<String> = data
        .splitn(n, |b| *b == 0xFF)
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    out.resize(n, String::new());
    out
}

thread_local! {
    static SITE_DIR: RefCell<Option<Scratch>> = const { RefCell::new(None) };
}

/// Writes the site made from `data` into a reused folder and returns its root.
pub fn write_template_site(data: &[u8]) -> PathBuf {
    let root = scratch_in(&SITE_DIR);
    let f = fields(data, 9);
    let q = |i: usize| yaml_quote(&f[i]);
    write(
        &root.join("site.yaml"),
        format!(
            "title: {}\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - {{ code: en, name: English }}\n  - {{ code: ar, name: {} }}\ndirectory:\n  pinned: [gr-entry]\n",
            q(0),
            q(8)
        )
        .as_bytes(),
    );
    write(
        &root.join("content/_index.md"),
        format!(
            "---\ntitle: {}\ndescription: {}\n---\nWelcome.\n",
            q(1),
            q(2)
        )
        .as_bytes(),
    );
    write(
        &root.join("content/rights/_index.md"),
        format!("---\ntitle: {}\n---\n", q(1)).as_bytes(),
    );
    write(
        &root.join("content/rights/page.md"),
        format!(
            "---\ntitle: {}\ndescription: {}\nslug: {}\n---\n{}",
            q(1),
            q(2),
            q(3),
            f[4]
        )
        .as_bytes(),
    );
    write(
        &root.join("content/rights/page.ar.md"),
        format!(
            "---\ntitle: {}\ndescription: {}\n---\n[back](@/rights/page.md) {}",
            q(2),
            q(1),
            f[4]
        )
        .as_bytes(),
    );
    write(
        &root.join("content/directory/gr/gr-entry.yaml"),
        format!(
            "name:\n  en: {}\n  ar: {}\nkind: helpline\ncountry: GR\ncity: {}\ncategories: [child-helpline]\nphones:\n  - {{ number: \"116 111\", label: {} }}\ndescription: {}\naddress: {}\nhours: \"Mo-Fr 09:00-17:00\"\nlast_verified: 2026-01-01\nsource: {}\n",
            q(5),
            q(8),
            q(7),
            q(5),
            q(6),
            q(7),
            q(6),
        )
        .as_bytes(),
    );
    root
}

pub fn template_data(data: &[u8]) {
    let root = write_template_site(data);
    // The body may hold raw HTML or images, which may load from elsewhere (and are then
    // reported): only inputs whose body cannot do that must give no `external-load`.
    let body = fields(data, 9).swap_remove(4);
    let body_can_load = body.contains(['<', '!']);
    let opts = waymark::pipeline::Options {
        root: root.clone(),
        out: root.join("public"),
        base_url: None,
        drafts: false,
        progress: false,
        budget: true,
        ..waymark::pipeline::Options::local(root.clone(), root.join("public"))
    };
    let diags = waymark::pipeline::check(&opts);
    render_all(&diags);
    // Whatever the editor writes, no page may load from another host or run inline code:
    // text is escaped by the templates, never injected.
    for d in diags.iter().filter(|_| !body_can_load) {
        assert_ne!(
            d.code,
            Code::ExternalLoad,
            "fuzzed text escaped the templates: {d:?}"
        );
    }
}
