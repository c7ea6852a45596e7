//! The command line: clap commands turned into pipeline calls, and exit codes
//! (0 success, 1 errors in the site, 2 wrong usage).

use crate::diagnostics::{self, Diagnostics, Format};
use crate::pipeline::{self, Options};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const EXIT_OK: i32 = 0;
pub const EXIT_SITE: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

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
    /// Check the site as `build` does (links and anchors in every language included), writing nothing
    Check {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Turn warnings (stale entries, untranslated interface strings) into errors
        #[arg(long)]
        strict: bool,
        /// Include pages marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// How to print problems
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Build the site into public/ (or --out)
    Build {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: ROOT/public)
        #[arg(long)]
        out: Option<PathBuf>,
        /// Override site.yaml's base_url
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Print only errors and warnings
        #[arg(long)]
        quiet: bool,
        /// How to print problems
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
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
        Command::Check {
            root,
            strict,
            drafts,
            format,
        } => {
            if !root.join(crate::config::CONFIG_FILE).is_file() {
                eprintln!(
                    "error: no site.yaml in {}: run waymark in a site's folder or give --root DIR",
                    root.display()
                );
                return EXIT_USAGE;
            }
            let opts = Options {
                out: root.join("public"),
                root,
                base_url: None,
                drafts,
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
        Command::Build {
            root,
            out,
            base_url,
            drafts,
            quiet,
            format,
        } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            if let Err(msg) = check_paths(&root, &out) {
                eprintln!("error: {msg}");
                return EXIT_USAGE;
            }
            let opts = Options {
                root,
                out: out.clone(),
                base_url,
                drafts,
            };
            match pipeline::build(&opts) {
                Ok(report) => {
                    print_diags(&report.warnings, format);
                    if !quiet {
                        // JSON goes alone on stdout, so the summary moves to stderr.
                        let mut summary = String::new();
                        let total: usize = report.languages.iter().map(|l| l.1).sum();
                        for (code, pages, fallback) in &report.languages {
                            summary.push_str(&format!("{code}: {pages} pages, {fallback} not translated (default-language text shown)\n"));
                        }
                        summary.push_str(&format!(
                            "Built {total} pages in {} languages ({} files) into {} in {:.2} s\n",
                            report.languages.len(),
                            report.files,
                            out.display(),
                            report.seconds
                        ));
                        if format == Format::Json {
                            eprint!("{summary}");
                        } else {
                            print!("{summary}");
                        }
                    }
                    EXIT_OK
                }
                Err(diags) => {
                    print_diags(&diags, format);
                    if format == Format::Human {
                        eprintln!("The build failed; {} was left as it was.", out.display());
                    }
                    EXIT_SITE
                }
            }
        }
    }
}

fn print_diags(diags: &Diagnostics, format: Format) {
    if diags.is_empty() && format != Format::Json {
        return;
    }
    let text = diagnostics::render(diags, format);
    match format {
        Format::Json => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        _ => {
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
}

/// The output folder is replaced whole: it must never be the site itself or hold it.
fn check_paths(root: &Path, out: &Path) -> Result<(), String> {
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(format!(
            "no site.yaml in {}: run waymark in a site's folder or give --root DIR",
            root.display()
        ));
    }
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Resolve what exists, so `..` and links compare correctly.
        let mut existing = p.clone();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.file_name(), existing.parent()) {
                (Some(n), Some(parent)) => {
                    rest.push(n.to_os_string());
                    existing = parent.to_path_buf();
                }
                _ => break,
            }
        }
        let mut c = existing.canonicalize().unwrap_or(existing);
        for n in rest.into_iter().rev() {
            c.push(n);
        }
        c
    };
    let (root_abs, out_abs) = (abs(root), abs(out));
    if root_abs.starts_with(&out_abs) {
        return Err(format!(
            "--out {} is the site's folder or holds it; the output folder is replaced on every build",
            out.display()
        ));
    }
    for protected in ["content", "locales", "themes", "static"] {
        if out_abs.starts_with(root_abs.join(protected)) {
            return Err(format!(
                "--out {} is inside the site's {protected}/ folder",
                out.display()
            ));
        }
    }
    if out_abs.exists() && !out_abs.is_dir() {
        return Err(format!("--out {} is a file, not a folder", out.display()));
    }
    Ok(())
}
