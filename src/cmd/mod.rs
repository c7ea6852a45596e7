//! The command line: clap commands turned into pipeline calls, and exit codes
//! (0 success, 1 errors in the site, 2 wrong usage).

pub mod serve;

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
    /// Build, serve on 127.0.0.1, rebuild and reload the browser on every change
    Serve {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port on 127.0.0.1
        #[arg(long, default_value_t = crate::cmd::serve::DEFAULT_PORT)]
        port: u16,
        /// Open the site in the browser
        #[arg(long)]
        open: bool,
        /// Stop a page's render after this long (a template that loops); the server goes on
        #[arg(long, value_name = "SECONDS", default_value_t = 30)]
        render_time_limit: u64,
    },
    /// Which pages, captions and interface strings are missing, outdated or machine-made
    Translations {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `human` (a table and a summary per language) or `json`
        #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
        format: ReportFormat,
        /// Record the source's current version in this translation (after updating it)
        #[arg(long, value_name = "FILE")]
        stamp: Option<PathBuf>,
    },
    /// Write a new page, or the translation of an existing page, with its front matter
    New {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The page's path below content/, e.g. rights/new-page.md
        path: PathBuf,
        /// Write the translation of an existing page into this language
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
    },
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
        /// Stop when one page's template renders longer than this (a template that loops)
        #[arg(long, value_name = "SECONDS", default_value_t = 30)]
        render_time_limit: u64,
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
        /// Fail when a page with its CSS and JS is over 14 KiB compressed (one round trip)
        #[arg(long)]
        budget: bool,
        /// Skip the .br and .gz copies (faster local builds)
        #[arg(long)]
        no_precompress: bool,
        /// Print what was added, changed and removed since this waymark-manifest.json
        #[arg(long, value_name = "OLD_MANIFEST")]
        since: Option<PathBuf>,
        /// Stop when one page's template renders longer than this (a template that loops)
        #[arg(long, value_name = "SECONDS", default_value_t = 30)]
        render_time_limit: u64,
        /// How to print problems
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Human,
    Json,
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

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    match cli.command {
        Command::Serve {
            root,
            port,
            open,
            render_time_limit,
        } => {
            if !root.join(crate::content::config::CONFIG_FILE).is_file() {
                eprintln!("error: no site.yaml in {}", root.display());
                return EXIT_USAGE;
            }
            crate::render::set_time_limit(render_time_limit);
            crate::cmd::serve::run(root, port, open)
        }
        Command::Translations {
            root,
            format,
            stamp,
        } => {
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
        Command::New { root, path, lang } => new_page(&root, &path, lang.as_deref()),
        Command::Check {
            root,
            strict,
            drafts,
            render_time_limit,
            format,
        } => {
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
        Command::Build {
            root,
            out,
            base_url,
            drafts,
            quiet,
            budget,
            no_precompress,
            since,
            render_time_limit,
            format,
        } => {
            crate::render::set_time_limit(render_time_limit);
            // Read the old manifest first: it may be inside the folder being replaced.
            let old = match since.as_ref().map(std::fs::read_to_string) {
                None => None,
                Some(Ok(text)) => {
                    match serde_json::from_str::<crate::output::publish::Manifest>(&text) {
                        Ok(m) => Some(m),
                        Err(e) => {
                            eprintln!("error: --since: not a waymark-manifest.json ({e})");
                            return EXIT_USAGE;
                        }
                    }
                }
                Some(Err(e)) => {
                    eprintln!("error: --since: cannot read the manifest ({e})");
                    return EXIT_USAGE;
                }
            };
            let out = out.unwrap_or_else(|| root.join("public"));
            if let Err(msg) = check_paths(&root, &out) {
                eprintln!("error: {msg}");
                return EXIT_USAGE;
            }
            // A template loop the watchdog could not stop: reported like any problem,
            // and the staging folder removed, before the process ends.
            let staging = crate::output::staging_dir(&out);
            crate::render::watchdog::set_last_resort(move |d| {
                print_diags(&Diagnostics::from_iter([d]), format);
                let _ = std::fs::remove_dir_all(&staging);
                std::process::exit(EXIT_SITE);
            });
            let progress = !quiet
                && std::env::var_os("CI").is_none()
                && std::io::IsTerminal::is_terminal(&std::io::stderr());
            let opts = Options {
                root,
                out: out.clone(),
                base_url,
                drafts,
                progress,
                budget,
                precompress: !no_precompress,
                search: true,
                manifest: true,
                keep_bodies: crate::content::source::KEEP_BYTES,
                // The last build's manifest, for redirects from the URLs of moved pages:
                // the one given with --since (CI keeps the deployed one), else the output's.
                // Only its pages and moved URLs are needed for that, not its files.
                previous: old
                    .clone()
                    .or_else(|| {
                        std::fs::read_to_string(out.join(crate::output::publish::MANIFEST))
                            .ok()
                            .and_then(|t| serde_json::from_str(&t).ok())
                    })
                    .map(|m| crate::output::publish::Manifest {
                        files: Default::default(),
                        ..m
                    }),
            };
            // The model is not freed: the process ends next, and freeing every document
            // one by one took a tenth of the serial tail of a 5,105-document build.
            match pipeline::build_keeping(&opts).map(|(report, kept)| {
                std::mem::forget(kept);
                report
            }) {
                Ok(report) => {
                    print_diags(&report.warnings, format);
                    if let Some(old) = &old {
                        let d = crate::output::publish::diff(old, &report.manifest);
                        let mut lines = String::new();
                        for (what, list) in [
                            ("added", &d.added),
                            ("changed", &d.changed),
                            ("removed", &d.removed),
                        ] {
                            for f in list {
                                lines.push_str(&format!("{what} {f}\n"));
                            }
                        }
                        // JSON keeps stdout for the problems; the list then goes to stderr.
                        if format == Format::Json {
                            eprint!("{lines}");
                        } else {
                            print!("{lines}");
                        }
                    }
                    if !quiet {
                        // JSON goes alone on stdout, so the summary moves to stderr.
                        let mut summary = String::new();
                        let total: usize = report.languages.iter().map(|l| l.pages).sum();
                        for crate::pipeline::LanguageCount {
                            code,
                            pages,
                            untranslated: fallback,
                        } in &report.languages
                        {
                            summary.push_str(&format!("{code}: {pages} pages, {fallback} not translated (default-language text shown)\n"));
                        }
                        summary.push_str(&format!(
                            "Built {total} pages in {} languages ({} files) into {} in {:.2} s\n",
                            report.languages.len(),
                            report.files,
                            out.display(),
                            report.seconds
                        ));
                        if let Some((url, w)) = report.heaviest.first() {
                            summary.push_str(&format!(
                                "Heaviest page: {url}, {:.1} KiB compressed with its CSS and JS (budget {} KiB)\n",
                                *w as f64 / 1024.0,
                                crate::output::budget::LIMIT / 1024
                            ));
                        }
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
    let text = diagnostics::render_with(diags, format, diagnostics::stderr_color());
    // Machine formats on stdout (the GitHub runner reads workflow commands there).
    match format {
        Format::Json | Format::Github => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        Format::Human => {
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
}

/// The output folder is replaced whole: it must never be the site itself or hold it.
fn check_paths(root: &Path, out: &Path) -> Result<(), String> {
    if !root.join(crate::content::config::CONFIG_FILE).is_file() {
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
