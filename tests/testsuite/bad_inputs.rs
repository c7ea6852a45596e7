//! Bad inputs, one table: every mistake an editor, a translator or a partner sending
//! directory entries can make, hostile files besides, and wrong usage. Each broken case is
//! built with `--format json` over a previous good output and must exit 1 without a panic,
//! report each expected problem by its code, file and line (and column, hint or the names
//! in the message where those matter), and leave the previous output, and everything else
//! in its temporary folder, untouched. A few inputs that look odd but are fine (a
//! byte-order mark, CRLF line endings) must build; wrong usage exits 2 and writes nothing.
//! Two tests at the end check the rendering for people (`error[code]:`, the source line,
//! the caret, the hint).

use crate::support::{list_files, waymark, Site};
use serde_json::Value;
use std::path::Path;

/// One problem a case must report, among its errors.
#[derive(Clone, Copy)]
struct Want {
    code: &'static str,
    /// The file it names: one of these (usually one).
    files: &'static [&'static str],
    /// Its line; `None`: the diagnostic has no line.
    line: Option<u64>,
    /// Its column, where it matters.
    column: Option<u64>,
    /// Text its hint holds.
    hint: Option<&'static str>,
    /// Text its message names (the files or URL a clash is between).
    names: &'static [&'static str],
    /// The source line it shows.
    shows: Option<&'static str>,
}

/// `code` in `file` at `line`.
const fn at(code: &'static str, file: &'static [&'static str], line: u64) -> Want {
    Want {
        code,
        files: file,
        line: Some(line),
        column: None,
        hint: None,
        names: &[],
        shows: None,
    }
}

/// `code` in `file`, which has no line to point at.
const fn in_file(code: &'static str, file: &'static [&'static str]) -> Want {
    Want {
        line: None,
        ..at(code, file, 0)
    }
}

impl Want {
    const fn column(self, column: u64) -> Want {
        Want {
            column: Some(column),
            ..self
        }
    }
    const fn hint(self, hint: &'static str) -> Want {
        Want {
            hint: Some(hint),
            ..self
        }
    }
    const fn names(self, names: &'static [&'static str]) -> Want {
        Want { names, ..self }
    }
    const fn shows(self, line: &'static str) -> Want {
        Want {
            shows: Some(line),
            ..self
        }
    }
}

enum Expect {
    /// Exit 1 with each of `want` among the errors; with `count`, the report holds exactly
    /// that many problems, all errors.
    Errors {
        want: &'static [Want],
        count: Option<usize>,
    },
    /// Builds (exit 0), and the output file holds the text.
    Builds {
        output: &'static str,
        holds: &'static str,
    },
    /// Exit 2 (wrong usage), standard error names the text, and nothing is written.
    Usage { names: &'static str },
}
use Expect::*;

/// How a case runs the binary.
enum Command {
    /// `build --root R --out R/public --no-precompress --format json --render-time-limit 5`
    /// and these arguments. The short time limit stops the template that loops quickly.
    Build(&'static [&'static str]),
    /// Exactly these arguments.
    Bare(&'static [&'static str]),
}
use Command::*;

struct Case {
    name: &'static str,
    fixture: &'static str,
    /// Where in the temporary folder the site goes: "" for its root, or deeper, so that
    /// paths that climb out of the site (`../..`) still land inside the temporary folder.
    under: &'static str,
    setup: fn(&Path),
    command: Command,
    expect: Expect,
    /// More checks, given the site after the run: what is wrong.
    then: Option<fn(&Site) -> Vec<String>>,
}

/// The usual case: a build of `fixture` after `setup`.
const fn case(name: &'static str, fixture: &'static str, setup: fn(&Path), expect: Expect) -> Case {
    Case {
        name,
        fixture,
        under: "",
        setup,
        command: Build(&[]),
        expect,
        then: None,
    }
}

/// A case whose fixture is broken as committed.
const fn fixture(name: &'static str, fixture: &'static str, expect: Expect) -> Case {
    case(name, fixture, |_| {}, expect)
}

/// Errors of which `want` are some (other errors may come with them).
const fn errors(want: &'static [Want]) -> Expect {
    Errors { want, count: None }
}

/// Exactly `count` problems, all errors, of which `want` are some.
const fn exactly(count: usize, want: &'static [Want]) -> Expect {
    Errors {
        want,
        count: Some(count),
    }
}

fn put(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// The page each front-matter case writes: a new page, so that nothing else breaks.
fn page(root: &Path, text: &str) {
    put(root, CASE_MD[0], text);
}

const CASE_MD: &[&str] = &["content/case.md"];

fn site_yaml(root: &Path, text: &str) {
    put(root, "site.yaml", text);
}

const SITE_YAML: &[&str] = &["site.yaml"];

const LANGS: &str = "base_url: https://example.org\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n  - code: ar\n    name: العربية\n";

fn entry(root: &Path, replace: &str, with: &str) {
    let p = root.join(ENTRY[0]);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(replace), "{replace}");
    std::fs::write(p, text.replacen(replace, with, 1)).unwrap();
}

const ENTRY: &[&str] = &["content/directory/xx/sample-drop-in.yaml"];

fn theme_template(root: &Path, text: &str) {
    put(root, PAGE_HTML[0], text);
}

const PAGE_HTML: &[&str] = &["themes/default/templates/page.html"];

const SITE_FTL: &[&str] = &["locales/en/site.ftl"];

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// The site that sits two folders deep: nothing may appear in the temporary folder, nor
/// beside it (where `../../..` from public/ points).
fn nothing_written_where_slugs_point(site: &Site) -> Vec<String> {
    let mut wrong = Vec::new();
    let files = list_files(site.tmp.path());
    if files.iter().any(|f| f.contains("evil")) {
        wrong.push(format!(
            "a file was written where a slug pointed: {files:?}"
        ));
    }
    let parent = site.tmp.path().parent().unwrap();
    for name in ["evil", "evil-deep", "evil-alias"] {
        let beside = parent.join(name).join("index.html");
        if beside.exists() {
            wrong.push(format!("{} was written", beside.display()));
        }
    }
    wrong
}

const CASES: &[Case] = &[
    // Front matter and content files.
    case(
        "empty markdown file",
        "multilingual",
        |r| page(r, ""),
        errors(&[at("front-matter", CASE_MD, 1)]),
    ),
    case(
        "empty front matter",
        "multilingual",
        |r| page(r, "---\n---\nText\n"),
        errors(&[at("missing-key", CASE_MD, 1)]),
    ),
    case(
        "unclosed front matter",
        "multilingual",
        |r| page(r, "---\ntitle: A\nText\n"),
        errors(&[at("front-matter", CASE_MD, 1)]),
    ),
    fixture(
        "front matter not closed (fixture)",
        "broken-unclosed-front-matter",
        errors(&[at("front-matter", &["content/unclosed.md"], 1).shows("---")]),
    ),
    case(
        "no front matter",
        "multilingual",
        |r| page(r, "Just text.\n"),
        errors(&[at("front-matter", CASE_MD, 1)]),
    ),
    case(
        "unknown key",
        "multilingual",
        |r| page(r, "---\ntitle: A\ntitel: B\n---\n"),
        errors(&[at("unknown-key", CASE_MD, 3).hint("did you mean `title`?")]),
    ),
    fixture(
        "unknown key suggests the right one (fixture)",
        "broken-unknown-key",
        errors(&[at("unknown-key", &["content/typo.md"], 4)
            .names(&["`titel`"])
            .hint("did you mean `title`?")]),
    ),
    case(
        "missing title",
        "multilingual",
        |r| page(r, "---\nweight: 1\n---\n"),
        errors(&[at("missing-key", CASE_MD, 1).names(&["`title`"])]),
    ),
    // A missing key has no line of its own: the error points at the opening `---`.
    fixture(
        "missing title points at the opening line (fixture)",
        "broken-missing-title",
        errors(&[at("missing-key", &["content/untitled.md"], 1)
            .column(1)
            .names(&["`title`"])]),
    ),
    case(
        "empty title",
        "multilingual",
        |r| page(r, "---\ntitle: \"\"\n---\n"),
        errors(&[at("empty-title", CASE_MD, 2)]),
    ),
    case(
        "title is a list",
        "multilingual",
        |r| page(r, "---\ntitle: [a, b]\n---\n"),
        errors(&[at("yaml", CASE_MD, 2)]),
    ),
    case(
        "impossible date",
        "multilingual",
        |r| page(r, "---\ntitle: A\ndate: 2024-13-45\n---\n"),
        errors(&[at("bad-date", CASE_MD, 3)]),
    ),
    case(
        "weight is text",
        "multilingual",
        |r| page(r, "---\ntitle: A\nweight: heavy\n---\n"),
        errors(&[at("yaml", CASE_MD, 3)]),
    ),
    // Line 4, column 9: the value `abc`, not the key.
    fixture(
        "a type error points at the value (fixture)",
        "broken-yaml-type",
        errors(&[at("yaml", &["content/typed.md"], 4)
            .column(9)
            .shows("weight: abc")]),
    ),
    case(
        "slug that climbs out",
        "multilingual",
        |r| page(r, "---\ntitle: A\nslug: ../../etc\n---\n"),
        errors(&[at("bad-slug", CASE_MD, 3)]),
    ),
    case(
        "two pages at one URL",
        "multilingual",
        |r| put(r, "content/other.md", "---\ntitle: B\nslug: about\n---\n"),
        errors(&[at("duplicate-url", &["content/other.md"], 3).names(&["/en/about/"])]),
    ),
    case(
        "every unknown key and wrong type of a file, at once",
        "multilingual",
        |r| page(r, "---\ntitle: A\ntitel: B\nweight: heavy\nslgu: x\n---\n"),
        errors(&[
            at("unknown-key", CASE_MD, 3).hint("did you mean `title`?"),
            at("yaml", CASE_MD, 4).column(9),
            at("unknown-key", CASE_MD, 5).hint("did you mean `slug`?"),
        ]),
    ),
    case(
        "slug on the offline page",
        "multilingual",
        |r| page(r, "---\ntitle: A\nslug: offline\n---\n"),
        errors(&[at("reserved-url", CASE_MD, 3).names(&["/en/offline/", "offline page"])]),
    ),
    case(
        "alias on the language chooser",
        "multilingual",
        |r| page(r, "---\ntitle: A\naliases: [\"/index.html\"]\n---\n"),
        errors(&[at("reserved-url", CASE_MD, 3).names(&["language chooser"])]),
    ),
    case(
        "alias on the not-found page and the assets",
        "multilingual",
        |r| {
            page(
                r,
                "---\ntitle: A\naliases:\n  - /404.html\n  - /assets/old/\n---\n",
            )
        },
        errors(&[
            at("reserved-url", CASE_MD, 4),
            at("reserved-url", CASE_MD, 5),
        ]),
    ),
    case(
        "alias on a bundle's file",
        "campaign",
        |r| {
            page(
                r,
                "---\ntitle: A\naliases: [\"/ar/films/one/one.ar.vtt/\"]\n---\n",
            )
        },
        errors(&[at("alias-taken", CASE_MD, 3).names(&["content/films/one/one.ar.vtt"])]),
    ),
    case(
        "a language that would take the search pages' folder",
        "multilingual",
        |r| site_yaml(r, &format!("{LANGS}  - code: search\n    name: Search\n")),
        errors(&[at("reserved-url", SITE_YAML, 8)]),
    ),
    case(
        "a language twice in other capitals",
        "multilingual",
        |r| site_yaml(r, &format!("{LANGS}  - code: EN\n    name: English\n")),
        errors(&[at("duplicate-language", SITE_YAML, 8).names(&["`EN`", "`en`"])]),
    ),
    case(
        "two pages whose URLs differ only in capitals",
        "multilingual",
        |r| put(r, "content/other.md", "---\ntitle: B\nslug: ABOUT\n---\n"),
        errors(&[at("duplicate-url", &["content/other.md"], 3).names(&["/en/about/", "capitals"])]),
    ),
    case(
        "two pages whose URLs differ only in how an accent is encoded",
        "multilingual",
        |r| {
            put(r, "content/caf\u{e9}.md", "---\ntitle: A\n---\n");
            put(r, "content/cafe\u{301}.md", "---\ntitle: B\n---\n");
        },
        errors(&[Want {
            line: Some(1),
            ..at(
                "duplicate-url",
                &["content/caf\u{e9}.md", "content/cafe\u{301}.md"],
                1,
            )
        }]),
    ),
    case(
        "slugs with a direction override, a zero-width space, a lookalike slash, a device name",
        "multilingual",
        |r| {
            put(
                r,
                "content/a.md",
                "---\ntitle: A\nslug: \"abc\u{202E}gpj\"\n---\n",
            );
            put(
                r,
                "content/b.md",
                "---\ntitle: B\nslug: \"b\u{200B}c\"\n---\n",
            );
            put(
                r,
                "content/c.md",
                "---\ntitle: C\nslug: \"a\u{2215}b\"\n---\n",
            );
            put(r, "content/d.md", "---\ntitle: D\nslug: con\n---\n");
        },
        errors(&[
            at("bad-slug", &["content/a.md"], 3),
            at("bad-slug", &["content/b.md"], 3),
            at("bad-slug", &["content/c.md"], 3),
            at("bad-slug", &["content/d.md"], 3),
        ]),
    ),
    case(
        "a slug longer than a file name may be",
        "multilingual",
        |r| {
            page(
                r,
                &format!("---\ntitle: A\nslug: {}\n---\n", "a".repeat(256)),
            )
        },
        errors(&[at("bad-slug", CASE_MD, 3).names(&["longer than 200 bytes"])]),
    ),
    case(
        "a site.yaml over 10 MB",
        "multilingual",
        |r| {
            let text = std::fs::read_to_string(r.join("site.yaml")).unwrap();
            site_yaml(r, &format!("{text}{}", "# padding\n".repeat(1_200_000)));
        },
        errors(&[Want {
            hint: Some("short text file"),
            names: &["too large"],
            ..in_file("unreadable", SITE_YAML)
        }]),
    ),
    case(
        "a 50,000 × 50,000 PNG",
        "multilingual",
        |r| {
            // A PNG's size is in its header: no need for the 10 GB of pixels.
            let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
            png.extend(50_000u32.to_be_bytes());
            png.extend(50_000u32.to_be_bytes());
            png.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
            put(r, "content/guide/huge.png", png);
        },
        errors(&[in_file("bad-image", &["content/guide/huge.png"]).names(&["50000 × 50000"])]),
    ),
    case(
        "100,000 Fluent syntax errors in one file",
        "multilingual",
        |r| {
            let bad: String = (0..100_000)
                .map(|i| format!("bad line {i} ===\n"))
                .collect();
            put(r, SITE_FTL[0], bad);
        },
        errors(&[
            at("fluent-syntax", SITE_FTL, 1),
            in_file("fluent-syntax", SITE_FTL).names(&["99900 more"]),
        ]),
    ),
    // Both files set `slug: same-place` on line 3; either may be the one reported.
    fixture(
        "two pages at one URL are both named (fixture)",
        "broken-duplicate-url",
        errors(&[at(
            "duplicate-url",
            &["content/rights/a.md", "content/rights/b.md"],
            3,
        )
        .names(&[
            "/en/rights/same-place/",
            "content/rights/a.md",
            "content/rights/b.md",
        ])]),
    ),
    Case {
        under: "one/two",
        then: Some(nothing_written_where_slugs_point),
        // The site sits two folders deep in the temporary folder, so that even
        // `../../../../evil-deep` from public/en/ would land inside it.
        ..fixture(
            "slug or alias that leaves the output folder",
            "broken-slug-escape",
            exactly(
                3,
                &[
                    at("bad-slug", &["content/escape.md"], 3),
                    at("bad-slug", &["content/deep.md"], 4),
                    at("bad-alias", &["content/alias.md"], 5),
                ],
            ),
        )
    },
    case(
        "link to a missing page",
        "multilingual",
        |r| page(r, "---\ntitle: A\n---\nText.\n\n[x](@/nope.md)\n"),
        errors(&[at("broken-link", CASE_MD, 6).names(&["@/nope.md"])]),
    ),
    fixture(
        "link to a missing page (fixture)",
        "broken-link-page",
        exactly(
            1,
            &[at("broken-link", &["content/linking.md"], 6).names(&["@/nope.md"])],
        ),
    ),
    case(
        "embed of a directory entry that does not exist",
        "directory",
        |r| {
            page(
                r,
                "---\ntitle: A\n---\nText.\n\n[Help](@/directory/gr/no-such-entry.yaml)\n",
            )
        },
        errors(&[at("unknown-entry", CASE_MD, 6).names(&["no-such-entry"])]),
    ),
    case(
        "a page pins an entry that does not exist, for a country that is not one",
        "directory",
        |r| {
            page(
                r,
                "---\ntitle: A\nhelp:\n  country: XX\n  pinned: [no-such-entry]\n---\nText.\n",
            )
        },
        errors(&[
            at("unknown-country", CASE_MD, 4),
            at("unknown-pinned-entry", CASE_MD, 5).names(&["no-such-entry"]),
        ]),
    ),
    case(
        "tel: link that cannot be dialled",
        "multilingual",
        |r| {
            page(
                r,
                "---\ntitle: A\n---\nCall [the line](tel:not-a-number) now.\n",
            )
        },
        errors(&[at("bad-tel-link", CASE_MD, 4)]),
    ),
    case(
        "link to a missing heading",
        "multilingual",
        |r| page(r, "---\ntitle: A\n---\n[x](@/rights/know.md#nope)\n"),
        errors(&[at("broken-anchor", CASE_MD, 4).names(&["#nope"])]),
    ),
    // The link on line 4 to an existing heading is fine: only one error.
    fixture(
        "link to a missing heading (fixture)",
        "broken-link-heading",
        exactly(
            1,
            &[at("broken-anchor", &["content/linking.md"], 6)
                .names(&["#nope"])
                .hint("#who-we-are")],
        ),
    ),
    case(
        "not UTF-8",
        "multilingual",
        |r| put(r, CASE_MD[0], b"---\ntitle: caf\xe9\n---\n"),
        errors(&[at("not-utf8", CASE_MD, 2)]),
    ),
    // Invalid UTF-8 cannot be committed as a text fixture: written here.
    case(
        "not UTF-8 in the text",
        "broken-not-utf8",
        |r| put(r, "content/bad.md", b"---\ntitle: x\n---\n\xff\xfe\n"),
        errors(&[at("not-utf8", &["content/bad.md"], 4)]),
    ),
    case(
        "tab indenting YAML",
        "multilingual",
        |r| page(r, "---\ntitle: A\nextra:\n\treview: machine\n---\n"),
        errors(&[at("yaml", CASE_MD, 4)]),
    ),
    case(
        "template that does not exist",
        "multilingual",
        |r| page(r, "---\ntitle: A\ntemplate: nope.html\n---\n"),
        errors(&[at("unknown-template", CASE_MD, 3).names(&["nope.html"])]),
    ),
    case(
        "alias to another site",
        "multilingual",
        |r| {
            page(
                r,
                "---\ntitle: A\naliases: [\"https://evil.example/\"]\n---\n",
            )
        },
        errors(&[at("bad-alias", CASE_MD, 3)]),
    ),
    case(
        "YAML alias bomb",
        "multilingual",
        |r| {
            page(r, "---\ntitle: A\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n  h: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n---\n")
        },
        errors(&[at("yaml", CASE_MD, 9)]),
    ),
    case(
        "YAML nested 10,000 deep",
        "multilingual",
        |r| {
            page(
                r,
                &format!(
                    "---\ntitle: A\nextra:\n  a: {}{}\n---\n",
                    "[".repeat(10_000),
                    "]".repeat(10_000)
                ),
            )
        },
        errors(&[at("yaml", CASE_MD, 4)]),
    ),
    case(
        "50 MB markdown file",
        "multilingual",
        |r| {
            page(
                r,
                &format!(
                    "---\ntitle: A\n---\n{}",
                    "All work and no play. ".repeat(50 * 1024 * 1024 / 22)
                ),
            )
        },
        errors(&[in_file("unreadable", CASE_MD)]),
    ),
    case(
        "list nested 10,000 deep",
        "multilingual",
        |r| {
            page(
                r,
                &format!("---\ntitle: A\n---\n{}x\n", "- ".repeat(10_000)),
            )
        },
        errors(&[at("too-deep", CASE_MD, 4)]),
    ),
    case(
        "blockquote nested 10,000 deep",
        "multilingual",
        |r| {
            page(
                r,
                &format!("---\ntitle: A\n---\n{} deep\n", ">".repeat(10_000)),
            )
        },
        errors(&[at("too-deep", CASE_MD, 4)]),
    ),
    case(
        "symlink loop in content",
        "multilingual",
        |r| symlink(&r.join("content"), &r.join("content/rights/loop")),
        errors(&[in_file("bad-link-file", &["content/rights/loop"])]),
    ),
    case(
        "symlink to a file outside the site",
        "multilingual",
        |r| {
            put(r, "../outside.md", "---\ntitle: Secret\n---\n");
            symlink(&r.join("../outside.md"), &r.join("content/leak.md"))
        },
        errors(&[in_file("bad-link-file", &["content/leak.md"])]),
    ),
    case(
        "file name with characters some file systems refuse",
        "multilingual",
        |r| put(r, "content/what?.md", "---\ntitle: Q\n---\n"),
        errors(&[in_file("bad-file-name", &["content/what?.md"])]),
    ),
    case(
        "a pipe where a page should be",
        "multilingual",
        |r| {
            let s = std::process::Command::new("mkfifo")
                .arg(r.join("content/pipe.md"))
                .status()
                .unwrap();
            assert!(s.success())
        },
        errors(&[in_file("not-a-file", &["content/pipe.md"])]),
    ),
    // Two files with mistakes: both are reported, not only the first.
    fixture(
        "every broken file is reported",
        "broken-two-files",
        exactly(
            2,
            &[
                at("yaml", &["content/first.md"], 4).column(9),
                at("unknown-key", &["content/more/second.md"], 3)
                    .column(1)
                    .hint("did you mean `slug`?"),
            ],
        ),
    ),
    fixture(
        "errors of different kinds in different files",
        "broken-front-matter-and-link",
        errors(&[
            at("yaml", &["content/yaml.md"], 3),
            at("broken-link", &["content/link.md"], 4),
        ]),
    ),
    // site.yaml
    case(
        "empty site.yaml",
        "multilingual",
        |r| site_yaml(r, "# nothing yet\n"),
        errors(&[at("empty", SITE_YAML, 1)]),
    ),
    case(
        "site.yaml syntax error",
        "multilingual",
        |r| site_yaml(r, &format!("title: [unclosed\n{LANGS}")),
        errors(&[at("yaml", SITE_YAML, 1)]),
    ),
    case(
        "site.yaml unknown key",
        "multilingual",
        |r| site_yaml(r, &format!("title: T\n{LANGS}colour: red\n")),
        errors(&[at("unknown-key", SITE_YAML, 9).names(&["`colour`"])]),
    ),
    fixture(
        "site.yaml unknown key suggests the right one (fixture)",
        "broken-site-key",
        errors(&[at("unknown-key", SITE_YAML, 7)
            .names(&["`theem`"])
            .hint("did you mean `theme`?")]),
    ),
    case(
        "two languages with one code",
        "multilingual",
        |r| {
            site_yaml(
                r,
                &format!("title: T\n{LANGS}  - code: en\n    name: English again\n"),
            )
        },
        errors(&[at("duplicate-language", SITE_YAML, 9)]),
    ),
    case(
        "default language not in the list",
        "multilingual",
        |r| {
            site_yaml(
                r,
                &format!(
                    "title: T\n{}",
                    LANGS.replace("default_language: en", "default_language: de")
                ),
            )
        },
        errors(&[at("unknown-default-language", SITE_YAML, 3).names(&["de"])]),
    ),
    case(
        "language code that is not BCP 47",
        "multilingual",
        |r| {
            site_yaml(
                r,
                &format!("title: T\n{}", LANGS.replace("code: ar", "code: \"a r\"")),
            )
        },
        errors(&[at("bad-language-tag", SITE_YAML, 7)]),
    ),
    case(
        "base_url not http",
        "multilingual",
        |r| {
            site_yaml(
                r,
                &format!(
                    "title: T\n{}",
                    LANGS.replace("https://example.org", "ftp://example.org")
                ),
            )
        },
        errors(&[at("bad-base-url", SITE_YAML, 2)]),
    ),
    case(
        "no languages",
        "multilingual",
        |r| {
            site_yaml(
                r,
                "title: T\nbase_url: https://example.org\ndefault_language: en\nlanguages: []\n",
            )
        },
        errors(&[at("no-languages", SITE_YAML, 4)]),
    ),
    // Templates and locales.
    case(
        "template that loops",
        "multilingual",
        |r| {
            theme_template(r, "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% for k in range(end=100000) %}{% endfor %}{% endfor %}{% endfor %}")
        },
        errors(&[in_file("render-timeout", PAGE_HTML)]),
    ),
    case(
        "template that includes itself",
        "multilingual",
        |r| theme_template(r, "{% include \"page.html\" %}"),
        errors(&[in_file("template-syntax", PAGE_HTML)]),
    ),
    case(
        "templates that include each other 200 deep",
        "multilingual",
        |r| {
            for i in 0..200 {
                let next = format!("{{% include \"chain{}.html\" %}}", i + 1);
                let body = if i < 199 { next.as_str() } else { "end" };
                put(r, &format!("themes/default/templates/chain{i}.html"), body);
            }
            theme_template(r, "{% include \"chain0.html\" %}");
        },
        errors(&[Want {
            names: &["more than 32 deep"],
            ..in_file("template-syntax", PAGE_HTML)
        }]),
    ),
    case(
        "template whose output grows without end",
        "multilingual",
        |r| {
            theme_template(r, "{% for i in range(end=100000) %}{% for j in range(end=100000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}{% endfor %}")
        },
        errors(&[in_file("template", PAGE_HTML).names(&["more than 32 MB"])]),
    ),
    case(
        "template that fails",
        "multilingual",
        |r| theme_template(r, "{{ page.title | nosuchfilter }}"),
        errors(&[in_file("template-syntax", PAGE_HTML).names(&["nosuchfilter"])]),
    ),
    case(
        "template using a value that is not there",
        "multilingual",
        |r| theme_template(r, "{{ page.nothing.deeper }}"),
        errors(&[in_file("template", PAGE_HTML)]),
    ),
    case(
        "template syntax error",
        "multilingual",
        |r| theme_template(r, "{% if %}"),
        errors(&[in_file("template-syntax", PAGE_HTML)]),
    ),
    case(
        "message with a variable nobody passes",
        "multilingual",
        |r| put(r, SITE_FTL[0], "site-title = Waymark { $nobody }\n"),
        errors(&[at("fluent-format", SITE_FTL, 1).names(&["$nobody"])]),
    ),
    case(
        "Fluent syntax error",
        "multilingual",
        |r| put(r, SITE_FTL[0], "site-title = Waymark\n= broken\n"),
        errors(&[at("fluent-syntax", SITE_FTL, 2)]),
    ),
    fixture(
        "Fluent syntax error (fixture)",
        "broken-fluent",
        errors(&[at("fluent-syntax", &["locales/en/x.ftl"], 3)]),
    ),
    case(
        "Fluent file not UTF-8",
        "multilingual",
        |r| put(r, SITE_FTL[0], b"site-title = caf\xe9\n"),
        errors(&[in_file("not-utf8", SITE_FTL)]),
    ),
    // Directory entries.
    case(
        "phone number that cannot exist",
        "directory",
        |r| entry(r, "+30 694 277 3030", "+30 12"),
        errors(&[at("directory-entry", ENTRY, 7).names(&["phone"])]),
    ),
    case(
        "opening hours that do not parse",
        "directory",
        |r| entry(r, "Mo-Fr 09:00-17:00", "Mo-Fr 25:00-26:00"),
        errors(&[at("directory-entry", ENTRY, 14).names(&["hours"])]),
    ),
    case(
        "website that runs script",
        "directory",
        |r| {
            entry(
                r,
                "https://example.org/drop-in?a=1&b=2",
                "javascript:alert(1)",
            )
        },
        errors(&[at("directory-entry", ENTRY, 12).names(&["website"])]),
    ),
    case(
        "unknown key in an entry",
        "directory",
        |r| entry(r, "city: Athens", "town: Athens"),
        errors(&[at("unknown-key", ENTRY, 4).names(&["town"])]),
    ),
    case(
        "country that is not a code",
        "directory",
        |r| entry(r, "country: GR", "country: Greece"),
        errors(&[at("directory-entry", ENTRY, 3).names(&["country"])]),
    ),
    case(
        "empty entry",
        "directory",
        |r| put(r, ENTRY[0], ""),
        errors(&[at("empty", ENTRY, 1)]),
    ),
    case(
        "entry not UTF-8",
        "directory",
        |r| put(r, ENTRY[0], b"name: caf\xe9\n"),
        errors(&[at("not-utf8", ENTRY, 1)]),
    ),
    case(
        "entry without a source",
        "directory",
        |r| {
            entry(
                r,
                "source:\n  name: Example leaflet\n  url: https://example.org/contact\n  date: 2024-02\n",
                "",
            )
        },
        errors(&[at("missing-key", ENTRY, 1).names(&["source"])]),
    ),
    case(
        "source without a name",
        "directory",
        |r| entry(r, "  name: Example leaflet\n", ""),
        // At the first line of the `source` map.
        errors(&[at("missing-key", ENTRY, 20).names(&["source.name"])]),
    ),
    case(
        "source without a date",
        "directory",
        |r| entry(r, "  date: 2024-02\n", ""),
        errors(&[at("missing-key", ENTRY, 20).names(&["source.date"])]),
    ),
    case(
        "unknown key under source",
        "directory",
        |r| entry(r, "  date: 2024-02\n", "  date: 2024-02\n  page: 4\n"),
        errors(&[at("unknown-key", ENTRY, 23)
            .names(&["source.page"])
            .hint("`name`, `url`, `date`")]),
    ),
    case(
        "unknown key under verified",
        "directory",
        |r| {
            entry(
                r,
                "example: true",
                "verified: { on: 2024-03-01, how: called, by: Ann }\nexample: true",
            )
        },
        errors(&[at("unknown-key", ENTRY, 23).names(&["verified.by"])]),
    ),
    case(
        "source date that is not a day, a month or a year",
        "directory",
        |r| entry(r, "date: 2024-02", "date: Feb 2024"),
        errors(&[at("bad-entry-date", ENTRY, 22).names(&["source.date"])]),
    ),
    case(
        "source date with a day that does not exist",
        "directory",
        |r| entry(r, "date: 2024-02", "date: 2023-02-29"),
        errors(&[at("bad-entry-date", ENTRY, 22).names(&["source.date"])]),
    ),
    case(
        "verified on a month, not a day",
        "directory",
        |r| {
            entry(
                r,
                "example: true",
                "verified: { on: 2024-03, how: called }\nexample: true",
            )
        },
        errors(&[at("bad-entry-date", ENTRY, 23).names(&["verified.on"])]),
    ),
    case(
        "verified in the future",
        "directory",
        |r| {
            entry(
                r,
                "example: true",
                "verified: { on: 2999-01-01, how: called }\nexample: true",
            )
        },
        errors(&[at("future-date", ENTRY, 23).names(&["verified.on"])]),
    ),
    case(
        "source dated after its verification",
        "directory",
        |r| {
            entry(
                r,
                "example: true",
                "verified: { on: 2024-01-15, how: called }\nexample: true",
            )
        },
        errors(&[at("source-after-verified", ENTRY, 22).names(&["source.date", "verified.on"])]),
    ),
    // Campaign media.
    case(
        "caption with a bad timestamp",
        "campaign",
        |r| {
            put(
                r,
                "content/films/one/one.en.vtt",
                "WEBVTT\n\n00:00.000 --> 00:0x.000\nHello\n",
            )
        },
        errors(&[at("webvtt", &["content/films/one/one.en.vtt"], 3)]),
    ),
    case(
        "video file missing",
        "campaign",
        |r| std::fs::remove_file(r.join("content/films/one/one.mp4")).unwrap(),
        errors(&[at("missing-file", &["content/films/one/index.md"], 8).names(&["one.mp4"])]),
    ),
    // Odd but fine.
    case(
        "byte-order mark",
        "multilingual",
        |r| page(r, "\u{feff}---\ntitle: With a BOM\n---\nText.\n"),
        Builds {
            output: "en/case/index.html",
            holds: "<h1>With a BOM</h1>",
        },
    ),
    case(
        "CRLF line endings",
        "multilingual",
        |r| {
            page(
                r,
                "---\r\ntitle: Windows\r\nweight: 2\r\n---\r\nLine one.\r\n\r\n## Part\r\n",
            )
        },
        Builds {
            output: "en/case/index.html",
            holds: "<h1>Windows</h1>",
        },
    ),
    // Wrong usage.
    Case {
        command: Build(&["--no-such-flag"]),
        ..fixture(
            "unknown flag",
            "broken-two-files",
            Usage {
                names: "--no-such-flag",
            },
        )
    },
    Case {
        command: Bare(&["frobnicate"]),
        ..fixture(
            "unknown command",
            "broken-two-files",
            Usage {
                names: "frobnicate",
            },
        )
    },
    fixture("no site.yaml", "no-site-yaml", Usage { names: "site.yaml" }),
];

/// Every file in the temporary folder but the build lock, which stays beside the output,
/// and with `staging`, but the staging folder beside it (`.public.tmp-<pid>`).
fn files_in(site: &Site) -> Vec<String> {
    list_files(site.tmp.path())
        .into_iter()
        .filter(|f| !f.split('/').any(|c| c == ".public.lock"))
        .collect()
}

/// Whether `d` is the diagnostic `want` describes; what differs, if it is of its kind
/// and file but not right.
fn compare(want: &Want, d: &Value) -> Option<Vec<String>> {
    if d["severity"] != "error" || d["code"] != want.code {
        return None;
    }
    if !want.files.iter().any(|f| d["file"] == *f) {
        return None;
    }
    let mut wrong = Vec::new();
    if d["line"].as_u64() != want.line {
        wrong.push(format!("line {} instead of {:?}", d["line"], want.line));
    }
    if let Some(c) = want.column {
        if d["column"] != c {
            wrong.push(format!("column {} instead of {c}", d["column"]));
        }
    }
    if let Some(h) = want.hint {
        if !d["hint"].as_str().is_some_and(|hint| hint.contains(h)) {
            wrong.push(format!("hint {} without `{h}`", d["hint"]));
        }
    }
    for name in want.names {
        if !d["message"].as_str().is_some_and(|m| m.contains(name)) {
            wrong.push(format!("message {} without `{name}`", d["message"]));
        }
    }
    if let Some(s) = want.shows {
        if d["source_line"] != s {
            wrong.push(format!("source line {} instead of `{s}`", d["source_line"]));
        }
    }
    Some(wrong)
}

/// What is wrong with one case's outcome, if anything.
fn check(case: &Case) -> Option<String> {
    let site = Site::nested(case.fixture, case.under);
    site.plant_sentinel();
    (case.setup)(&site.root);
    let before = files_in(&site);
    let run = match case.command {
        Build(extra) => {
            let mut args = vec!["--format", "json", "--render-time-limit", "5"];
            args.extend(extra);
            site.build(&args)
        }
        Bare(args) => waymark(args),
    };
    let mut wrong = Vec::new();
    if run.stderr.contains("panicked") || run.code < 0 {
        wrong.push("it panicked or died".to_string());
    }
    let report = || -> Result<Vec<Value>, String> {
        let list: Value = serde_json::from_str(&run.stdout)
            .map_err(|e| format!("standard output is not JSON ({e})"))?;
        let list = list.as_array().ok_or("the JSON is not an array")?.clone();
        for d in &list {
            for key in [
                "severity", "code", "file", "line", "column", "message", "hint",
            ] {
                if d.get(key).is_none() {
                    return Err(format!("a diagnostic without `{key}`: {d}"));
                }
            }
            if d["code"].as_str().is_none_or(str::is_empty) {
                return Err(format!("a diagnostic without a code: {d}"));
            }
            if d["message"].as_str().is_none_or(str::is_empty) {
                return Err(format!("a diagnostic without a message: {d}"));
            }
        }
        Ok(list)
    };
    match &case.expect {
        Errors { want, count } => {
            if run.code != 1 {
                wrong.push(format!("exit code {} instead of 1", run.code));
            }
            match report() {
                Err(e) => wrong.push(e),
                Ok(list) => {
                    let errors: Vec<&Value> =
                        list.iter().filter(|d| d["severity"] == "error").collect();
                    if let Some(n) = count {
                        if errors.len() != *n || list.len() != *n {
                            wrong.push(format!(
                                "{} problems, {} of them errors, instead of {n} errors",
                                list.len(),
                                errors.len()
                            ));
                        }
                    }
                    for w in want.iter() {
                        let found: Vec<Vec<String>> =
                            errors.iter().filter_map(|d| compare(w, d)).collect();
                        if found.is_empty() {
                            wrong.push(format!("no `{}` error in {:?}", w.code, w.files));
                        } else if !found.iter().any(Vec::is_empty) {
                            wrong.push(format!("`{}`: {}", w.code, found[0].join(", ")));
                        }
                    }
                }
            }
            if let Err(e) = untouched(&site, &before) {
                wrong.push(e);
            }
        }
        Builds { output, holds } => {
            if run.code != 0 {
                wrong.push(format!("exit code {} instead of 0", run.code));
            } else if !crate::support::read_output(&site.out(), output).contains(holds) {
                wrong.push(format!("{output} does not hold `{holds}`"));
            }
            match report() {
                Err(e) => wrong.push(e),
                Ok(list) if list.iter().any(|d| d["severity"] == "error") => {
                    wrong.push("errors reported".into())
                }
                Ok(_) => {}
            }
        }
        Usage { names } => {
            if run.code != 2 {
                wrong.push(format!("exit code {} instead of 2", run.code));
            }
            if !run.stderr.contains(names) {
                wrong.push(format!("standard error does not name `{names}`"));
            }
            if let Err(e) = untouched(&site, &before) {
                wrong.push(e);
            }
        }
    }
    if let Some(then) = case.then {
        wrong.extend(then(&site));
    }
    (!wrong.is_empty()).then(|| {
        let out: String = run.stdout.chars().take(3000).collect();
        let err: String = run.stderr.chars().take(1500).collect();
        format!(
            "{}: {}\n--- stdout ---\n{out}\n--- stderr ---\n{err}",
            case.name,
            wrong.join("; ")
        )
    })
}

/// The previous output is exactly the sentinel, and nothing else in the temporary folder
/// changed: no file written into the output, no staging folder left beside it (but by a
/// process ended at once, with `staging`), nothing written where a slug points.
fn untouched(site: &Site, before: &[String]) -> Result<(), String> {
    let index = std::fs::read_to_string(site.out().join("index.html")).unwrap_or_default();
    if index != crate::support::SENTINEL
        || list_files(&site.out()) != ["index.html", "waymark-manifest.json"]
    {
        return Err("the previous output changed".into());
    }
    let after = files_in(site);
    if after != before {
        let new: Vec<&String> = after.iter().filter(|f| !before.contains(f)).collect();
        let gone: Vec<&String> = before.iter().filter(|f| !after.contains(f)).collect();
        return Err(format!("files appeared {new:?} or went {gone:?}"));
    }
    Ok(())
}

#[test]
fn every_bad_input_is_reported_with_its_code_file_and_line() {
    assert!(CASES.len() >= 60, "the table has {} cases", CASES.len());
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

/// `serve` meets every hostile input of the table that breaks a build as an editor's
/// change while it runs: it keeps running, keeps answering, and shows the errors on its
/// pages (none of them ends it with a panic, a stack overflow, an abort or a hang).
#[test]
fn serve_survives_every_hostile_input_in_the_table() {
    let cases: Vec<&Case> = CASES
        .iter()
        .filter(|c| match (&c.command, &c.expect) {
            // `serve` gives the site its own address: site.yaml's `base_url` is not used.
            (Build(_), Errors { want, .. }) => !want.iter().all(|w| w.code == "bad-base-url"),
            _ => false,
        })
        .collect();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .chunks(cases.len().div_ceil(2))
            .map(|chunk| {
                s.spawn(move || chunk.iter().filter_map(|c| served(c)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What went wrong when `serve` met `case`, if anything.
fn served(case: &Case) -> Option<String> {
    use crate::serve::{free_port, get, Server};
    use std::time::{Duration, Instant};
    let site = Site::nested(case.fixture, case.under);
    let port = free_port();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["serve", "--render-time-limit", "5", "--root"])
        .arg(&site.root)
        .args(["--port", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    // Polls `/` until `pred` holds or the server exits; `None` after `secs`.
    let mut until = |secs: u64, pred: &dyn Fn(&str) -> bool| -> Result<(), String> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            if let Ok(Some(status)) = server.0.try_wait() {
                return Err(format!("serve ended: {status}"));
            }
            if let Some((_, body)) = get(port, "/") {
                if pred(&body) {
                    return Ok(());
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!("nothing after {secs} s"))
    };
    let name = case.name;
    // The fixture as committed (a few are broken already), then the hostile change.
    if let Err(e) = until(60, &|b| {
        b.contains("<html") || b.contains("The site has errors")
    }) {
        return Some(format!("{name}: before the change: {e}"));
    }
    (case.setup)(&site.root);
    if let Err(e) = until(60, &|b| b.contains("The site has errors")) {
        return Some(format!("{name}: after the change: {e}"));
    }
    // Still there a moment later, answering.
    std::thread::sleep(Duration::from_millis(300));
    match (server.0.try_wait(), get(port, "/")) {
        (Ok(None), Some(_)) => None,
        (status, _) => Some(format!("{name}: serve stopped answering ({status:?})")),
    }
}

/// For people: `error[code]: message`, the location, the offending line under it.
#[test]
fn people_see_the_code_the_location_and_the_line() {
    let site = Site::new("broken-unclosed-front-matter");
    site.plant_sentinel();
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stderr
            .lines()
            .any(|l| l.starts_with("error[front-matter]: ")),
        "{run}"
    );
    assert!(run.stderr.contains("--> content/unclosed.md:1:1"), "{run}");
    assert!(run.stderr.contains("1 | ---"), "{run}");
    assert!(run.stderr.contains("1 error(s), 0 warning(s)"), "{run}");
    site.assert_output_untouched();
}

/// For people: the caret under the offending key, and the hint as `= help:`.
#[test]
fn people_see_the_caret_and_the_hint() {
    let site = Site::new("broken-unknown-key");
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{run}");
    let block = run
        .stderr
        .split("\n\n")
        .find(|b| b.starts_with("error[unknown-key]: "))
        .unwrap_or_else(|| panic!("no `error[unknown-key]:`\n{run}"));
    assert!(block.contains("--> content/typo.md:4:1"), "{block}");
    let lines: Vec<&str> = block.lines().collect();
    let src = lines
        .iter()
        .position(|l| l.starts_with("4 | titel"))
        .unwrap_or_else(|| panic!("no source line\n{block}"));
    assert!(
        lines[src + 1].trim_end().ends_with("| ^^^^^^"),
        "the caret covers `titel:`\n{block}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.trim_start().starts_with("= help: did you mean `title`?")),
        "{block}"
    );
}
