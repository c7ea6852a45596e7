//! `waymark build`: the site into a staging folder beside the output, which replaces the
//! output only when the whole build succeeded; the summary, and what changed since an
//! older manifest (`--since`).

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::diagnostics::{Diagnostics, Format};
use crate::output::publish::Manifest;
use crate::pipeline::{self, Options};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub(crate) struct BuildArgs {
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
    /// The host to write for (overrides site.yaml's `publish.host`)
    #[arg(long, value_enum)]
    host: Option<crate::output::host::Host>,
    /// Skip the .br and .gz copies that the nginx and s3 hosts get
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
}

pub(crate) fn run(args: BuildArgs) -> i32 {
    crate::render::set_time_limit(args.render_time_limit);
    // Read the old manifest first: it may be inside the folder being replaced.
    let old = match read_since(args.since.as_deref()) {
        Ok(old) => old,
        Err(msg) => {
            eprintln!("error: --since: {msg}");
            return EXIT_USAGE;
        }
    };
    let out = args.out.clone().unwrap_or_else(|| args.root.join("public"));
    if let Err(msg) = check_paths(&args.root, &out) {
        eprintln!("error: {msg}");
        return EXIT_USAGE;
    }
    // A link is followed: the folder it points to is locked and replaced, not the link.
    let out = if out.is_symlink() {
        out.canonicalize().unwrap_or(out)
    } else {
        out
    };
    if let Err(msg) = not_someone_elses(&out) {
        eprintln!("error: {msg}");
        return EXIT_USAGE;
    }
    let format = args.format;
    // A template loop the watchdog could not stop: reported like any problem,
    // and the staging folder removed, before the process ends.
    let staging = crate::output::staging_dir(&out);
    crate::render::watchdog::set_last_resort(move |d| {
        print_diags(&Diagnostics::from_iter([d]), format);
        let _ = std::fs::remove_dir_all(&staging);
        std::process::exit(EXIT_SITE);
    });
    let opts = options(&args, out.clone(), old.as_ref());
    // The model is not freed: the process ends next, and freeing every document
    // one by one took a tenth of the serial tail of a 5,105-document build.
    match pipeline::build_keeping(&opts).map(|(report, kept)| {
        std::mem::forget(kept);
        report
    }) {
        Ok(report) => {
            print_diags(&report.warnings, format);
            if let Some(old) = &old {
                // JSON keeps stdout for the problems; the list then goes to stderr.
                to_people(&changes(old, &report.manifest), format);
            }
            if !args.quiet {
                to_people(&summary(&report, &out), format);
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

/// The manifest given with `--since`, if any.
fn read_since(since: Option<&Path>) -> Result<Option<Manifest>, String> {
    let Some(path) = since else { return Ok(None) };
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("cannot read the manifest ({e})"))?;
    let manifest = serde_json::from_str::<Manifest>(&text)
        .map_err(|e| format!("{} is not a waymark-manifest.json ({e})", path.display()))?;
    crate::pipeline::moved::check_manifest(&manifest).map_err(|e| {
        format!(
            "{} cannot be used: {e}; build without --since, or give the manifest the last build wrote",
            path.display()
        )
    })?;
    Ok(Some(manifest))
}

/// A publishing build's options.
fn options(args: &BuildArgs, out: PathBuf, old: Option<&Manifest>) -> Options {
    let progress = !args.quiet
        && std::env::var_os("CI").is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stderr());
    Options {
        root: args.root.clone(),
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        progress,
        budget: args.budget,
        precompress: !args.no_precompress,
        host: args.host,
        search: true,
        manifest: true,
        keep_bodies: crate::content::source::KEEP_BYTES,
        // The last build's manifest, for redirects from the URLs of moved pages:
        // the one given with --since (CI keeps the deployed one), else the output's.
        // Only its pages and moved URLs are needed for that, not its files.
        previous: old
            .cloned()
            .or_else(|| {
                std::fs::read_to_string(out.join(crate::output::publish::MANIFEST))
                    .ok()
                    .and_then(|t| serde_json::from_str(&t).ok())
                    .filter(|m| crate::pipeline::moved::check_manifest(m).is_ok())
            })
            .map(|m| Manifest {
                files: Default::default(),
                ..m
            }),
        out,
    }
}

/// Text for people: on standard output, or on standard error when standard output
/// carries JSON.
fn to_people(text: &str, format: Format) {
    if format == Format::Json {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
}

/// `added`, `changed` and `removed` lines since the old manifest.
fn changes(old: &Manifest, new: &Manifest) -> String {
    let d = crate::output::publish::diff(old, new);
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
    lines
}

/// A line per language, the totals, and the heaviest page.
fn summary(report: &pipeline::Report, out: &Path) -> String {
    let mut summary = String::new();
    let total: usize = report.languages.iter().map(|l| l.pages).sum();
    for l in &report.languages {
        summary.push_str(&format!(
            "{}: {} pages, {} not translated (default-language text shown)\n",
            l.code, l.pages, l.untranslated
        ));
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
    summary
}

/// The output folder is replaced whole on every build, so it must be empty or one that
/// Waymark wrote (its `waymark-manifest.json` says so): `--out docs` must not delete
/// someone's documents.
fn not_someone_elses(out: &Path) -> Result<(), String> {
    let Ok(mut entries) = std::fs::read_dir(out) else {
        return Ok(());
    };
    if entries.next().is_none() || out.join(crate::output::publish::MANIFEST).is_file() {
        return Ok(());
    }
    Err(format!(
        "--out {} holds files Waymark did not write (it has no {}), and a build replaces the whole folder; empty it, or choose a new folder",
        out.display(),
        crate::output::publish::MANIFEST
    ))
}

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
