//! `waymark translations`: what is missing, outdated or machine-made in every language,
//! and `--stamp`, which records the version of the source a translation follows.

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::diagnostics::{Diagnostics, Format};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Human,
    Json,
}

#[derive(clap::Args, Debug)]
pub(crate) struct TranslationsArgs {
    /// The site's folder (with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// `human` (a table and a summary per language) or `json`
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
    /// Record the source's current version in this translation (after updating it)
    #[arg(long, value_name = "FILE")]
    stamp: Option<PathBuf>,
    /// Write translators' files of every page: `xliff` (XLIFF 2.0), for --lang
    #[arg(long, value_name = "FORMAT", value_parser = ["xliff"], requires = "lang")]
    export: Option<String>,
    /// The language the exported files are to be translated into
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    /// Where --export writes (default: translations/<lang>/ in the site's folder)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Translated XLIFF files to write back as pages (`page.<lang>.md`)
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "export")]
    import: Vec<PathBuf>,
}

pub(crate) fn run(args: TranslationsArgs) -> i32 {
    let TranslationsArgs {
        root,
        format,
        stamp,
        export,
        lang,
        out,
        import,
    } = args;
    if !root.join(crate::content::config::CONFIG_FILE).is_file() {
        eprintln!("error: no site.yaml in {}", root.display());
        return EXIT_USAGE;
    }
    let (site, theme, diags) = match load_site(&root) {
        Ok(x) => x,
        Err(d) => {
            print_diags(&d.sorted(), Format::Human);
            return EXIT_SITE;
        }
    };
    if diags.has_errors() {
        print_diags(&diags.sorted(), Format::Human);
        return EXIT_SITE;
    }
    if export.is_some() {
        let lang = lang.unwrap_or_default();
        return export_xliff(&site, &theme, &root, &lang, out.as_deref());
    }
    if !import.is_empty() {
        return import_xliff(&site, &theme, &root, &import);
    }
    if let Some(file) = stamp {
        return match crate::i18n::translations::stamp(&site, &root, &file) {
            Ok(v) => {
                println!("{}: translated_from: {v}", file.display());
                EXIT_OK
            }
            Err(d) => {
                print_diags(&d, Format::Human);
                EXIT_SITE
            }
        };
    }
    let report = crate::i18n::translations::report(&site, &theme, &root);
    match format {
        ReportFormat::Human => print!("{}", crate::i18n::translations::human(&report)),
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into())
        ),
    }
    EXIT_OK
}

/// Loads the model (no theme rendering) for the commands that only read content.
fn load_site(
    root: &Path,
) -> Result<
    (
        crate::content::model::Site,
        crate::theme::Theme,
        Diagnostics,
    ),
    Diagnostics,
> {
    let config = crate::content::config::Config::load(root, None)?;
    let theme = crate::theme::Theme::load(root, &config.theme)?;
    let codes: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
    // Kept in memory as a build keeps them: the translation report reads every text.
    let keep = crate::content::source::KEEP_BYTES;
    let (sources, mut diags) =
        crate::content::source::load(root, &codes, &config.default_language, keep);
    let (site, model_diags) = crate::content::model::build(config, sources, true);
    diags.extend(model_diags);
    match site {
        Some(s) => Ok((s, theme, diags)),
        None => Err(diags),
    }
}

/// `--export xliff --lang L`: a file per page of the default language.
fn export_xliff(
    site: &crate::content::model::Site,
    theme: &crate::theme::Theme,
    root: &Path,
    lang: &str,
    out: Option<&Path>,
) -> i32 {
    let config = &site.config;
    if !config.is_language(lang) || lang == config.default_language {
        eprintln!(
            "error: `{lang}` is not a language to translate into: one of {}",
            config
                .codes()
                .into_iter()
                .filter(|c| *c != config.default_language)
                .collect::<Vec<_>>()
                .join(", ")
        );
        return EXIT_USAGE;
    }
    let out = out.map_or_else(|| root.join("translations").join(lang), Path::to_path_buf);
    let mut written = 0;
    for e in &site.entries {
        let Some(doc) = &e.docs[site.default_index()] else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(root.join(&doc.src.file)) else {
            continue;
        };
        let xml = crate::i18n::xliff::export(&e.key, &text, &config.default_language, lang);
        let target = out.join(format!("{}.xlf", e.key));
        let result = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, xml));
        if let Err(err) = result {
            eprintln!("error: cannot write {}: {err}", target.display());
            return EXIT_SITE;
        }
        written += 1;
    }
    let ftls = default_messages(site, theme, root);
    let (xml, left_out) =
        crate::i18n::xliff::export_messages(&ftls, &config.default_language, lang);
    let target = out.join("messages.xlf");
    if let Err(err) = std::fs::write(&target, xml) {
        eprintln!("error: cannot write {}: {err}", target.display());
        return EXIT_SITE;
    }
    eprintln!(
        "{written} pages and the interface messages to translate into {lang}, in {}",
        out.display()
    );
    if !left_out.is_empty() {
        eprintln!(
            "Not in messages.xlf (plural forms and other expressions): translate {} in locales/{lang}/*.ftl",
            left_out.join(", ")
        );
    }
    EXIT_OK
}

/// The default language's `.ftl` texts: the theme's, then the site's (which replace them).
fn default_messages(
    site: &crate::content::model::Site,
    theme: &crate::theme::Theme,
    root: &Path,
) -> Vec<String> {
    let code = &site.config.default_language;
    let prefix = format!("locales/{code}");
    let mut ftls: Vec<String> = theme
        .under(&prefix)
        .filter(|(name, _)| name.ends_with(".ftl"))
        .filter_map(|(_, f)| f.text.clone())
        .collect();
    let mut own: Vec<PathBuf> = std::fs::read_dir(root.join("locales").join(code))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    own.sort();
    ftls.extend(own.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    ftls
}

/// `--import FILE…`: each translated file written as its page's translation.
fn import_xliff(
    site: &crate::content::model::Site,
    theme: &crate::theme::Theme,
    root: &Path,
    files: &[PathBuf],
) -> i32 {
    use crate::diagnostics::{Code, Diagnostic};
    let mut problems = Diagnostics::new();
    let mut pages = Vec::new();
    for file in files {
        let xml = match std::fs::read_to_string(file) {
            Ok(x) => x,
            Err(e) => {
                problems.push(
                    Diagnostic::error(Code::Unreadable, format!("cannot read it: {e}")).file(file),
                );
                continue;
            }
        };
        // The page it translates, named in the file.
        let key = crate::i18n::xliff::original(&xml).unwrap_or_default();
        // (language, file to write, its text), from the messages or a page.
        let imported = if key == crate::i18n::xliff::MESSAGES {
            let ftls = default_messages(site, theme, root);
            crate::i18n::xliff::import_messages(&xml, file, &ftls).map(|(lang, ftl)| {
                let target = root
                    .join("locales")
                    .join(&lang)
                    .join(crate::i18n::xliff::MESSAGES);
                (lang, target, ftl)
            })
        } else {
            let Some(doc) = site
                .by_key
                .get(&key)
                .and_then(|&e| site.entries[e].docs[site.default_index()].as_ref())
            else {
                problems.push(
                    Diagnostic::error(
                        Code::BadXliff,
                        if key.is_empty() {
                            "the file is not XLIFF that names its page (`<file original=…>`)"
                                .to_string()
                        } else {
                            format!("`{key}` is not a page of this site")
                        },
                    )
                    .file(file)
                    .hint("import files exported from this site"),
                );
                continue;
            };
            let source = match std::fs::read_to_string(root.join(&doc.src.file)) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(
                        Diagnostic::error(
                            Code::Unreadable,
                            format!("cannot read the page it translates: {e}"),
                        )
                        .file(&doc.src.file),
                    );
                    continue;
                }
            };
            crate::i18n::xliff::import(&xml, file, &source).map(|(_, lang, md)| {
                let stem = doc.src.file.to_string_lossy();
                let target = root.join(format!("{}.{lang}.md", stem.trim_end_matches(".md")));
                (lang, target, md)
            })
        };
        match imported {
            Ok((lang, target, text))
                if site.config.is_language(&lang) && lang != site.config.default_language =>
            {
                pages.push((target, text));
            }
            Ok((lang, _, _)) => problems.push(
                Diagnostic::error(
                    Code::BadXliff,
                    format!("its target language `{lang}` is not a language to translate into"),
                )
                .file(file)
                .hint("set trgLang to one of the site's languages"),
            ),
            Err(d) => problems.push(d),
        }
    }
    if problems.has_errors() {
        print_diags(&problems, Format::Human);
        return EXIT_SITE;
    }
    for (target, md) in &pages {
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(target, md));
        if let Err(e) = written {
            eprintln!("error: cannot write {}: {e}", target.display());
            return EXIT_SITE;
        }
        println!("{}", target.display());
    }
    EXIT_OK
}
