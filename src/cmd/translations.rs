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
}

pub(crate) fn run(args: TranslationsArgs) -> i32 {
    let TranslationsArgs {
        root,
        format,
        stamp,
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
