//! A table of bad inputs: every mistake an editor, a translator or a partner sending
//! directory entries can make, and hostile files besides. Each case is built over a
//! previous good output and must exit 1 naming its file (and line, where there is one),
//! with its message, without a panic, and leave the previous output untouched. A few
//! inputs that look odd but are fine (a byte-order mark, CRLF line endings) must build.

mod common;

use common::Site;
use std::path::Path;

enum Expect {
    /// Exit 1; stderr names `file` (at `:line:` when given) and holds `message`.
    Error {
        file: &'static str,
        line: Option<usize>,
        message: &'static str,
    },
    /// Builds (exit 0), and the output file holds the text.
    Builds {
        output: &'static str,
        holds: &'static str,
    },
}
use Expect::*;

struct Case {
    name: &'static str,
    fixture: &'static str,
    setup: fn(&Path),
    expect: Expect,
}

fn put(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// The page each front-matter case writes: a new page, so that nothing else breaks.
fn page(root: &Path, text: &str) {
    put(root, "content/case.md", text);
}

fn page_bytes(root: &Path, bytes: &[u8]) {
    put(root, "content/case.md", bytes);
}

fn site_yaml(root: &Path, text: &str) {
    put(root, "site.yaml", text);
}

const LANGS: &str = "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n";

fn entry(root: &Path, replace: &str, with: &str) {
    let p = root.join("content/directory/xx/sample-drop-in.yaml");
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(replace), "{replace}");
    std::fs::write(p, text.replacen(replace, with, 1)).unwrap();
}

fn theme_template(root: &Path, name: &str, text: &str) {
    put(root, &format!("themes/default/templates/{name}"), text);
}

const CASES: &[Case] = &[
    // Front matter and content files.
    Case {
        name: "empty markdown file",
        fixture: "multilingual",
        setup: |r| page(r, ""),
        expect: Error {
            file: "content/case.md",
            line: Some(1),
            message: "front matter",
        },
    },
    Case {
        name: "empty front matter",
        fixture: "multilingual",
        setup: |r| page(r, "---\n---\nText\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(1),
            message: "the front matter is empty",
        },
    },
    Case {
        name: "unclosed front matter",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\nText\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(1),
            message: "front matter",
        },
    },
    Case {
        name: "no front matter",
        fixture: "multilingual",
        setup: |r| page(r, "Just text.\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(1),
            message: "front matter",
        },
    },
    Case {
        name: "unknown key",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\ntitel: B\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "unknown key `titel`",
        },
    },
    Case {
        name: "missing title",
        fixture: "multilingual",
        setup: |r| page(r, "---\nweight: 1\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: None,
            message: "title",
        },
    },
    Case {
        name: "empty title",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: \"\"\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(2),
            message: "`title` is empty",
        },
    },
    Case {
        name: "title is a list",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: [a, b]\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(2),
            message: "title",
        },
    },
    Case {
        name: "impossible date",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\ndate: 2024-13-45\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "is not a date",
        },
    },
    Case {
        name: "weight is text",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\nweight: heavy\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "weight",
        },
    },
    Case {
        name: "slug that climbs out",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\nslug: ../../etc\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "slug `../../etc` is not allowed",
        },
    },
    Case {
        name: "two pages at one URL",
        fixture: "multilingual",
        setup: |r| put(r, "content/other.md", "---\ntitle: B\nslug: about\n---\n"),
        expect: Error {
            file: "content/other.md",
            line: None,
            message: "/en/about/",
        },
    },
    Case {
        name: "link to a missing page",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\n---\nText.\n\n[x](@/nope.md)\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(6),
            message: "nope.md",
        },
    },
    Case {
        name: "link to a missing heading",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\n---\n[x](@/rights/know.md#nope)\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(4),
            message: "#nope",
        },
    },
    Case {
        name: "not UTF-8",
        fixture: "multilingual",
        setup: |r| page_bytes(r, b"---\ntitle: caf\xe9\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: None,
            message: "UTF-8",
        },
    },
    Case {
        name: "tab indenting YAML",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\nextra:\n\treview: machine\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(4),
            message: "tab",
        },
    },
    Case {
        name: "template that does not exist",
        fixture: "multilingual",
        setup: |r| page(r, "---\ntitle: A\ntemplate: nope.html\n---\n"),
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "template `nope.html` does not exist",
        },
    },
    Case {
        name: "alias to another site",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                "---\ntitle: A\naliases: [\"https://evil.example/\"]\n---\n",
            )
        },
        expect: Error {
            file: "content/case.md",
            line: Some(3),
            message: "is not a path on this site",
        },
    },
    Case {
        name: "YAML alias bomb",
        fixture: "multilingual",
        setup: |r| {
            page(r, "---\ntitle: A\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n  h: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n---\n")
        },
        expect: Error {
            file: "content/case.md",
            line: Some(9),
            message: "too large once its `&anchors` and `*aliases` are expanded",
        },
    },
    Case {
        name: "YAML nested 10,000 deep",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                &format!(
                    "---\ntitle: A\nextra:\n  a: {}{}\n---\n",
                    "[".repeat(10_000),
                    "]".repeat(10_000)
                ),
            )
        },
        expect: Error {
            file: "content/case.md",
            line: Some(4),
            message: "nested too deeply",
        },
    },
    Case {
        name: "50 MB markdown file",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                &format!(
                    "---\ntitle: A\n---\n{}",
                    "All work and no play. ".repeat(50 * 1024 * 1024 / 22)
                ),
            )
        },
        expect: Error {
            file: "content/case.md",
            line: None,
            message: "too large",
        },
    },
    Case {
        name: "list nested 10,000 deep",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                &format!("---\ntitle: A\n---\n{}x\n", "- ".repeat(10_000)),
            )
        },
        expect: Error {
            file: "content/case.md",
            line: Some(4),
            message: "nested",
        },
    },
    Case {
        name: "blockquote nested 10,000 deep",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                &format!("---\ntitle: A\n---\n{} deep\n", ">".repeat(10_000)),
            )
        },
        expect: Error {
            file: "content/case.md",
            line: Some(4),
            message: "nested",
        },
    },
    Case {
        name: "symlink loop in content",
        fixture: "multilingual",
        setup: |r| symlink(&r.join("content"), &r.join("content/rights/loop")),
        expect: Error {
            file: "content/rights/loop",
            line: None,
            message: "loop",
        },
    },
    Case {
        name: "symlink to a file outside the site",
        fixture: "multilingual",
        setup: |r| {
            put(r, "../outside.md", "---\ntitle: Secret\n---\n");
            symlink(&r.join("../outside.md"), &r.join("content/leak.md"))
        },
        expect: Error {
            file: "content/leak.md",
            line: None,
            message: "outside the site",
        },
    },
    Case {
        name: "file name with characters some file systems refuse",
        fixture: "multilingual",
        setup: |r| put(r, "content/what?.md", "---\ntitle: Q\n---\n"),
        expect: Error {
            file: "content/what?.md",
            line: None,
            message: "not allowed in file names",
        },
    },
    Case {
        name: "a pipe where a page should be",
        fixture: "multilingual",
        setup: |r| {
            let s = std::process::Command::new("mkfifo")
                .arg(r.join("content/pipe.md"))
                .status()
                .unwrap();
            assert!(s.success())
        },
        expect: Error {
            file: "content/pipe.md",
            line: None,
            message: "not a regular file",
        },
    },
    // site.yaml
    Case {
        name: "empty site.yaml",
        fixture: "multilingual",
        setup: |r| site_yaml(r, "# nothing yet\n"),
        expect: Error {
            file: "site.yaml",
            line: Some(1),
            message: "the file is empty",
        },
    },
    Case {
        name: "site.yaml syntax error",
        fixture: "multilingual",
        setup: |r| site_yaml(r, &format!("title: [unclosed\n{LANGS}")),
        expect: Error {
            file: "site.yaml",
            line: Some(1),
            message: "expected string",
        },
    },
    Case {
        name: "site.yaml unknown key",
        fixture: "multilingual",
        setup: |r| site_yaml(r, &format!("title: T\n{LANGS}colour: red\n")),
        expect: Error {
            file: "site.yaml",
            line: Some(9),
            message: "unknown key `colour`",
        },
    },
    Case {
        name: "two languages with one code",
        fixture: "multilingual",
        setup: |r| {
            site_yaml(
                r,
                &format!("title: T\n{LANGS}  - code: en\n    name: English again\n"),
            )
        },
        expect: Error {
            file: "site.yaml",
            line: Some(9),
            message: "language `en` is listed twice",
        },
    },
    Case {
        name: "default language not in the list",
        fixture: "multilingual",
        setup: |r| {
            site_yaml(
                r,
                &format!(
                    "title: T\n{}",
                    LANGS.replace("default_language: en", "default_language: de")
                ),
            )
        },
        expect: Error {
            file: "site.yaml",
            line: Some(3),
            message: "de",
        },
    },
    Case {
        name: "language code that is not BCP 47",
        fixture: "multilingual",
        setup: |r| {
            site_yaml(
                r,
                &format!("title: T\n{}", LANGS.replace("code: ar", "code: \"a r\"")),
            )
        },
        expect: Error {
            file: "site.yaml",
            line: Some(7),
            message: "is not a BCP 47 language tag",
        },
    },
    Case {
        name: "base_url not http",
        fixture: "multilingual",
        setup: |r| {
            site_yaml(
                r,
                &format!(
                    "title: T\n{}",
                    LANGS.replace("https://example.org", "ftp://example.org")
                ),
            )
        },
        expect: Error {
            file: "site.yaml",
            line: Some(2),
            message: "is not an http(s) URL",
        },
    },
    Case {
        name: "no languages",
        fixture: "multilingual",
        setup: |r| {
            site_yaml(
                r,
                "title: T\nbase_url: https://example.org\ndefault_language: en\nlanguages: []\n",
            )
        },
        expect: Error {
            file: "site.yaml",
            line: Some(4),
            message: "`languages` is empty",
        },
    },
    // Templates and locales.
    Case {
        name: "template that loops",
        fixture: "multilingual",
        setup: |r| {
            theme_template(r, "page.html", "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% for k in range(end=100000) %}{% endfor %}{% endfor %}{% endfor %}")
        },
        expect: Error {
            file: "themes/default/templates/page.html",
            line: None,
            message: "took more than",
        },
    },
    Case {
        name: "template that includes itself",
        fixture: "multilingual",
        setup: |r| theme_template(r, "page.html", "{% include \"page.html\" %}"),
        expect: Error {
            file: "themes/default/templates/page.html",
            line: None,
            message: "Circular include",
        },
    },
    Case {
        name: "template that fails",
        fixture: "multilingual",
        setup: |r| theme_template(r, "page.html", "{{ page.title | nosuchfilter }}"),
        expect: Error {
            file: "themes/default/templates/page.html",
            line: None,
            message: "nosuchfilter",
        },
    },
    Case {
        name: "template using a value that is not there",
        fixture: "multilingual",
        setup: |r| theme_template(r, "page.html", "{{ page.nothing.deeper }}"),
        expect: Error {
            file: "themes/default/templates/page.html",
            line: None,
            message: "template",
        },
    },
    Case {
        name: "template syntax error",
        fixture: "multilingual",
        setup: |r| theme_template(r, "page.html", "{% if %}"),
        expect: Error {
            file: "themes/default/templates/page.html",
            line: None,
            message: "template error",
        },
    },
    Case {
        name: "message with a variable nobody passes",
        fixture: "multilingual",
        setup: |r| {
            put(
                r,
                "locales/en/site.ftl",
                "site-title = Waymark { $nobody }\n",
            )
        },
        expect: Error {
            file: "locales/en/site.ftl",
            line: Some(1),
            message: "$nobody",
        },
    },
    Case {
        name: "Fluent syntax error",
        fixture: "multilingual",
        setup: |r| put(r, "locales/en/site.ftl", "site-title = Waymark\n= broken\n"),
        expect: Error {
            file: "locales/en/site.ftl",
            line: Some(2),
            message: "Fluent syntax error",
        },
    },
    Case {
        name: "Fluent file not UTF-8",
        fixture: "multilingual",
        setup: |r| put(r, "locales/en/site.ftl", b"site-title = caf\xe9\n"),
        expect: Error {
            file: "locales/en/site.ftl",
            line: None,
            message: "not UTF-8",
        },
    },
    // Directory entries.
    Case {
        name: "phone number that cannot exist",
        fixture: "directory",
        setup: |r| entry(r, "+30 694 277 3030", "+30 12"),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(7),
            message: "phone",
        },
    },
    Case {
        name: "opening hours that do not parse",
        fixture: "directory",
        setup: |r| entry(r, "Mo-Fr 09:00-17:00", "Mo-Fr 25:00-26:00"),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(14),
            message: "hours",
        },
    },
    Case {
        name: "website that runs script",
        fixture: "directory",
        setup: |r| {
            entry(
                r,
                "https://example.org/drop-in?a=1&b=2",
                "javascript:alert(1)",
            )
        },
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(12),
            message: "website",
        },
    },
    Case {
        name: "unknown key in an entry",
        fixture: "directory",
        setup: |r| entry(r, "city: Athens", "town: Athens"),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(4),
            message: "town",
        },
    },
    Case {
        name: "country that is not a code",
        fixture: "directory",
        setup: |r| entry(r, "country: GR", "country: Greece"),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(3),
            message: "country",
        },
    },
    Case {
        name: "empty entry",
        fixture: "directory",
        setup: |r| put(r, "content/directory/xx/sample-drop-in.yaml", ""),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: Some(1),
            message: "the file is empty",
        },
    },
    Case {
        name: "entry not UTF-8",
        fixture: "directory",
        setup: |r| {
            put(
                r,
                "content/directory/xx/sample-drop-in.yaml",
                b"name: caf\xe9\n",
            )
        },
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: None,
            message: "UTF-8",
        },
    },
    Case {
        name: "entry without a source",
        fixture: "directory",
        setup: |r| entry(r, "source: https://example.org/contact\n", ""),
        expect: Error {
            file: "content/directory/xx/sample-drop-in.yaml",
            line: None,
            message: "source",
        },
    },
    // Campaign media.
    Case {
        name: "caption with a bad timestamp",
        fixture: "campaign",
        setup: |r| {
            put(
                r,
                "content/films/one/one.en.vtt",
                "WEBVTT\n\n00:00.000 --> 00:0x.000\nHello\n",
            )
        },
        expect: Error {
            file: "content/films/one/one.en.vtt",
            line: Some(3),
            message: "WebVTT",
        },
    },
    Case {
        name: "video file missing",
        fixture: "campaign",
        setup: |r| std::fs::remove_file(r.join("content/films/one/one.mp4")).unwrap(),
        expect: Error {
            file: "content/films/one/index.md",
            line: None,
            message: "one.mp4",
        },
    },
    // Odd but fine.
    Case {
        name: "byte-order mark",
        fixture: "multilingual",
        setup: |r| page(r, "\u{feff}---\ntitle: With a BOM\n---\nText.\n"),
        expect: Builds {
            output: "en/case/index.html",
            holds: "<h1>With a BOM</h1>",
        },
    },
    Case {
        name: "CRLF line endings",
        fixture: "multilingual",
        setup: |r| {
            page(
                r,
                "---\r\ntitle: Windows\r\nweight: 2\r\n---\r\nLine one.\r\n\r\n## Part\r\n",
            )
        },
        expect: Builds {
            output: "en/case/index.html",
            holds: "<h1>Windows</h1>",
        },
    },
];

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// What is wrong with one case's outcome, if anything.
fn check(case: &Case) -> Option<String> {
    let site = Site::new(case.fixture);
    site.plant_sentinel();
    (case.setup)(&site.root);
    // A short time limit, so the template that loops forever is stopped quickly.
    let run = site.build(&["--render-time-limit", "5"]);
    let mut wrong = Vec::new();
    if run.stderr.contains("panicked") || run.code < 0 {
        wrong.push("it panicked or died".to_string());
    }
    match &case.expect {
        Error {
            file,
            line,
            message,
        } => {
            if run.code != 1 {
                wrong.push(format!("exit code {} instead of 1", run.code));
            }
            // `file:line:col` under a snippet, or `file:line` alone when there is none.
            let at = match line {
                Some(l) => format!("{file}:{l}"),
                None => file.to_string(),
            };
            let named = run.stderr.match_indices(&at).any(|(i, _)| {
                line.is_none()
                    || !run.stderr[i + at.len()..].starts_with(|c: char| c.is_ascii_digit())
            });
            if !named {
                wrong.push(format!("no `{at}` in the report"));
            }
            if !run.stderr.contains(message) {
                wrong.push(format!("no `{message}` in the report"));
            }
            let index = std::fs::read_to_string(site.out().join("index.html")).unwrap_or_default();
            if index != common::SENTINEL || common::list_files(&site.out()).len() != 1 {
                wrong.push("the previous output changed".into());
            }
        }
        Builds { output, holds } => {
            if run.code != 0 {
                wrong.push(format!("exit code {} instead of 0", run.code));
            } else if !common::read_output(&site.out(), output).contains(holds) {
                wrong.push(format!("{output} does not hold `{holds}`"));
            }
        }
    }
    (!wrong.is_empty()).then(|| {
        let tail: String = run.stderr.chars().take(1500).collect();
        format!("{}: {}\n{tail}", case.name, wrong.join("; "))
    })
}

#[test]
fn every_bad_input_is_reported_with_its_file_and_line() {
    assert!(CASES.len() >= 40, "the table has {} cases", CASES.len());
    // Two at a time: each case is a whole build in its own process.
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = CASES
            .chunks(CASES.len().div_ceil(2))
            .map(|chunk| s.spawn(move || chunk.iter().filter_map(check).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases went wrong:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}
