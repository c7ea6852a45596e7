//! `waymark check`: every stage of a build, every page rendered in memory, nothing written.

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::diagnostics::{Diagnostics, Format};
use crate::pipeline::{self, Options};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub(crate) struct CheckArgs {
    /// The site's folder (with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Turn warnings (stale entries, untranslated interface strings) into errors
    #[arg(long)]
    strict: bool,
    /// Include pages marked `draft: true`
    #[arg(long)]
    drafts: bool,
    /// Stop when one page's template renders longer than this (a template that loops)
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    render_time_limit: u64,
    /// How to print problems
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub(crate) fn run(args: CheckArgs) -> i32 {
    let CheckArgs {
        root,
        strict,
        drafts,
        render_time_limit,
        format,
    } = args;
    crate::render::set_time_limit(render_time_limit);
    if !root.join(crate::content::config::CONFIG_FILE).is_file() {
        eprintln!(
            "error: no site.yaml in {}: run waymark in a site's folder or give --root DIR",
            root.display()
        );
        return EXIT_USAGE;
    }
    crate::render::watchdog::set_last_resort(move |d| {
        print_diags(&Diagnostics::from_iter([d]), format);
        std::process::exit(EXIT_SITE);
    });
    let opts = Options {
        drafts,
        ..Options::local(root.clone(), root.join("public"))
    };
    let mut diags = pipeline::check(&opts);
    if strict {
        diags = diags.strict();
    }
    if format == Format::Json {
        print_diags(&diags, format);
    } else if diags.is_empty() {
        if format == Format::Human {
            println!("No problems found.");
        }
    } else {
        print_diags(&diags, format);
    }
    if diags.has_errors() {
        EXIT_SITE
    } else {
        EXIT_OK
    }
}
