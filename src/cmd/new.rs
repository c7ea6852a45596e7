//! `waymark new`: a new page, or the translation of an existing one, with its front matter.

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::diagnostics::Format;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Write a new page, or the translation of an existing page, with its front matter
#[derive(clap::Args, Debug)]
pub(crate) struct NewArgs {
    /// The site's folder (with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The page's path below content/, e.g. rights/new-page.md
    path: PathBuf,
    /// Write the translation of an existing page into this language
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
}

pub(crate) fn run(args: NewArgs) -> i32 {
    new_page(&args.root, &args.path, args.lang.as_deref())
}

/// `waymark new`: a page with its front matter, or a translation of an existing page.
fn new_page(root: &Path, path: &Path, lang: Option<&str>) -> i32 {
    let config = match crate::content::config::Config::load(root, None) {
        Ok(c) => c,
        Err(d) => {
            print_diags(&d, Format::Human);
            return EXIT_SITE;
        }
    };
    let mut rel = crate::content::source::slash_path(path);
    rel = rel.trim_start_matches("content/").to_string();
    if !rel.ends_with(".md") {
        rel.push_str(".md");
    }
    let safe = rel
        .split('/')
        .all(|seg| crate::content::model::check_segment(seg).is_ok());
    if !safe || rel.is_empty() {
        eprintln!(
            "error: `{}` is not a path below content/ (one name per folder, no `..`)",
            path.display()
        );
        return EXIT_USAGE;
    }
    let content = root.join(crate::content::source::CONTENT_DIR);
    let (target, text) = match lang.filter(|l| *l != config.default_language) {
        None => {
            let stem = rel
                .rsplit('/')
                .next()
                .unwrap_or(&rel)
                .trim_end_matches(".md");
            let stem = if stem == "index" || stem == "_index" {
                rel.trim_end_matches(".md")
                    .rsplit('/')
                    .nth(1)
                    .unwrap_or(stem)
            } else {
                stem
            };
            let mut title: String = stem.replace(['-', '_'], " ");
            if let Some(first) = title.get(..1) {
                title = first.to_uppercase() + &title[1..];
            }
            let today = chrono::Utc::now().date_naive().format("%Y-%m-%d");
            let title = serde_json::to_string(&title).unwrap_or_default();
            (
                content.join(&rel),
                format!("---\ntitle: {title}\ndate: {today}\ndraft: true\n---\n\n"),
            )
        }
        Some(code) => {
            if !config.is_language(code) {
                eprintln!("error: `{code}` is not a language of this site");
                return EXIT_USAGE;
            }
            let source_path = content.join(&rel);
            let Ok(source) = std::fs::read_to_string(&source_path) else {
                eprintln!("error: there is no content/{rel} to translate");
                return EXIT_SITE;
            };
            let Ok((yaml, _, body)) = crate::content::source::split_front_matter(&source) else {
                eprintln!("error: content/{rel} has no front matter; run `waymark check`");
                return EXIT_SITE;
            };
            let version = crate::i18n::translations::version(&source);
            // The source's front matter, as a draft, with the version it was made from.
            let kept: String = yaml
                .lines()
                .filter(|l| !l.starts_with("draft:") && !l.starts_with("translated_from:"))
                .map(|l| format!("{l}\n"))
                .collect();
            let target = rel.trim_end_matches(".md");
            (
                content.join(format!("{target}.{code}.md")),
                format!(
                    "---\n{kept}draft: true\ntranslated_from: {version}\n---\n{}",
                    &source[body..]
                ),
            )
        }
    };
    if target.exists() {
        eprintln!(
            "error: {} exists already; waymark new never overwrites a file",
            target.display()
        );
        return EXIT_SITE;
    }
    if let Some(parent) = target.parent() {
        if let Err(e) = std::fs::create_dir_all(parent) {
            eprintln!("error: cannot create {}: {e}", parent.display());
            return EXIT_SITE;
        }
    }
    // `create_new` refuses to replace a file that appeared in the meantime.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => {
            println!("{}", target.display());
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", target.display());
            EXIT_SITE
        }
    }
}
