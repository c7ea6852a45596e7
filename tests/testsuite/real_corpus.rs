//! Real documents nobody here wrote: a slice of the tldr pages (CC BY 4.0, see
//! tests/corpus/tldr/README.md) in seven languages and four scripts, converted by the
//! repository's own script, built like any site. Zero errors (no false raw-HTML finding
//! in code such as `<Ctrl a>`, no false broken link), every page in every language at the
//! address its name gives, its title shown once, and hostile names (`.`, `%`, `[`)
//! handled.

use crate::support::{parse_diagnostics, read_page, waymark};
use std::path::Path;
use std::process::Command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/tldr");

/// The English pages and every translation, as (language, name).
fn sources() -> Vec<(String, String)> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(Path::new(CORPUS).join("source")).unwrap() {
        let folder = entry.unwrap().file_name().into_string().unwrap();
        let lang = folder.strip_prefix("pages.").unwrap_or("en").to_string();
        let pages = Path::new(CORPUS)
            .join("source")
            .join(&folder)
            .join("common");
        for page in std::fs::read_dir(pages).unwrap() {
            let name = page.unwrap().file_name().into_string().unwrap();
            all.push((lang.clone(), name.trim_end_matches(".md").to_string()));
        }
    }
    all.sort();
    all
}

#[test]
fn the_tldr_pages_build_without_a_false_error() {
    let tmp = tempfile::tempdir().unwrap();
    let (site, out) = (tmp.path().join("site"), tmp.path().join("out"));
    let convert = Command::new("python3")
        .arg(Path::new(CORPUS).join("convert.py"))
        .arg(Path::new(CORPUS).join("source"))
        .arg(&site)
        .output()
        .expect("python3 runs the converter");
    assert!(convert.status.success(), "{convert:?}");
    let sources = sources();
    assert!(sources.len() >= 400, "{} pages", sources.len());
    assert_eq!(
        String::from_utf8_lossy(&convert.stdout).trim(),
        sources.len().to_string()
    );

    let run = waymark([
        "build".as_ref(),
        "--root".as_ref(),
        site.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(run.code, 0, "{run}");
    let diags = parse_diagnostics(&run.stdout);
    // Only what a site in a language the theme has no strings for must say, and the
    // one true warning about this corpus's shape: the slice keeps tldr's flat folder of
    // pages, more than the menu shows.
    let unexpected: Vec<_> = diags
        .iter()
        .filter(|d| !d.is("untranslated-messages") && !d.is("search-missing") && !d.is("long-menu"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    let english = sources.iter().filter(|(lang, _)| lang == "en").count();
    let menu: Vec<_> = diags.iter().filter(|d| d.is("long-menu")).collect();
    assert_eq!(menu.len(), 1, "{menu:#?}");
    assert!(
        menu[0].message.contains(&format!("of the {english} ")),
        "{menu:#?}"
    );

    for (lang, name) in &sources {
        // The converter's safe names for what no file system or URL takes as it is.
        let slug = match name.as_str() {
            "." => "cmd-2e",
            "%" => "cmd-25",
            n => n,
        };
        let file = out.join(lang).join(slug).join("index.html");
        assert!(file.is_file(), "{lang}/{name}: no {}", file.display());
        let page = read_page(&out, &format!("{lang}/{slug}/index.html"));
        // The body's `# name` line is the title: one <h1>, and it is the name.
        let h1 = page.select("h1");
        assert_eq!(h1.len(), 1, "{lang}/{name}");
        let folder = if lang == "en" {
            "pages".to_string()
        } else {
            format!("pages.{lang}")
        };
        let text = std::fs::read_to_string(
            Path::new(CORPUS)
                .join("source")
                .join(folder)
                .join("common")
                .join(format!("{name}.md")),
        )
        .unwrap();
        let title = text
            .lines()
            .find_map(|l| l.strip_prefix("# "))
            .unwrap()
            .trim();
        assert_eq!(
            h1[0].text().collect::<String>().trim(),
            title,
            "{lang}/{name}"
        );
        // Code keeps its order on right-to-left pages; what looks like a tag in it is text.
        let html = page.doc.root_element();
        let dir = html.value().attr("dir").unwrap_or("ltr");
        assert_eq!(
            dir,
            if ["ar", "fa"].contains(&lang.as_str()) {
                "rtl"
            } else {
                "ltr"
            }
        );
        assert!(
            page.select("main code:not([dir=ltr])").is_empty(),
            "{lang}/{name}"
        );
    }
    // `%` keeps its name as its title, and `[` its own (percent-encoded) address.
    let percent = read_page(&out, "en/cmd-25/index.html");
    assert!(percent.html.contains("<h1"), "{}", percent.html);
    let bracket = read_page(&out, "en/[/index.html");
    assert!(
        bracket
            .html
            .contains("href=\"https://example.org/en/%5B/\""),
        "canonical"
    );
}
