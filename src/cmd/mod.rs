//! The command line: clap commands turned into pipeline calls, and exit codes
//! (0 success, 1 errors in the site, 2 wrong usage).

mod build;
mod check;
mod directory;
pub(crate) mod exit;
mod init;
mod new;
mod print;
pub mod serve;
mod translations;

use clap::{Parser, Subcommand};

pub use exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};

#[derive(Parser, Debug)]
#[command(
    name = "waymark",
    version,
    about = "A fast, multilingual static-site generator"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build, serve on 127.0.0.1, rebuild and reload the browser on every change
    Serve(serve::ServeArgs),
    /// Which pages, captions and interface strings are missing, outdated or machine-made
    Translations(translations::TranslationsArgs),
    /// Start a new site in a new or empty folder: site.yaml, pages, a directory entry, the publish workflow, EDITING.md
    Init(init::InitArgs),
    /// Write a new page, or the translation of an existing page, with its front matter
    New(new::NewArgs),
    /// Check the site as `build` does (links and anchors in every language included), writing nothing
    Check(check::CheckArgs),
    /// Build the site into public/ (or --out)
    Build(build::BuildArgs),
    /// The directory as a spreadsheet: export every entry as a CSV row, or import rows as entry files
    Directory(directory::DirectoryArgs),
}

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    match cli.command {
        Command::Serve(args) => serve::run(args),
        Command::Translations(args) => translations::run(args),
        Command::Init(args) => init::run(args),
        Command::New(args) => new::run(args),
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
        Command::Directory(args) => directory::run(args),
    }
}
