//! `waymark directory export|import`: the directory as a spreadsheet (CSV), one row per
//! entry (see `directory::sheet`).

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::content::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Format};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub(crate) struct DirectoryArgs {
    #[command(subcommand)]
    command: DirectoryCommand,
}

#[derive(clap::Subcommand, Debug)]
enum DirectoryCommand {
    /// Write every entry as a row of a CSV sheet (standard output, or --out)
    Export {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Write the sheet to this file
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write each row of CSV sheets as an entry file under content/directory/
    Import {
        /// The sheets (CSV, UTF-8, a header row)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Replace entry files that exist (else an entry whose file exists is an error)
        #[arg(long)]
        update: bool,
        /// How problems are printed
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

pub(crate) fn run(args: DirectoryArgs) -> i32 {
    match args.command {
        DirectoryCommand::Export { root, out } => export(&root, out.as_deref()),
        DirectoryCommand::Import {
            files,
            root,
            update,
            format,
        } => import(&root, &files, update, format),
    }
}

fn config(root: &Path) -> Result<Config, i32> {
    if !root.join(crate::content::config::CONFIG_FILE).is_file() {
        eprintln!("error: no site.yaml in {}", root.display());
        return Err(EXIT_USAGE);
    }
    Config::load(root, None).map_err(|d| {
        print_diags(&d, Format::Human);
        EXIT_SITE
    })
}

fn export(root: &Path, out: Option<&Path>) -> i32 {
    let config = match config(root) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let (dir, diags) = crate::directory::load(root, &config, None);
    if diags.has_errors() {
        print_diags(&diags, Format::Human);
        return EXIT_SITE;
    }
    let sheet = crate::directory::sheet::export(&dir, &config);
    match out {
        None => {
            print!("{sheet}");
            EXIT_OK
        }
        Some(path) => match std::fs::write(path, sheet) {
            Ok(()) => {
                eprintln!(
                    "{} entries written to {}",
                    dir.entries.len(),
                    path.display()
                );
                EXIT_OK
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                EXIT_SITE
            }
        },
    }
}

fn import(root: &Path, files: &[PathBuf], update: bool, format: Format) -> i32 {
    let config = match config(root) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut problems = Diagnostics::new();
    let mut entries = Vec::new();
    for file in files {
        let spreadsheet = file.extension().and_then(|x| x.to_str()).is_some_and(|x| {
            ["xlsx", "xlsm", "xls", "ods"].contains(&x.to_ascii_lowercase().as_str())
        });
        if spreadsheet {
            match crate::directory::sheet::workbook_as_csv(file) {
                Ok(text) => match crate::directory::sheet::import(&text, file, &config) {
                    Ok(list) => entries.extend(list.into_iter().map(|e| (file, e))),
                    Err(diags) => problems.extend(diags),
                },
                Err(e) => problems.push(
                    Diagnostic::error(
                        crate::diagnostics::Code::BadSheet,
                        format!("cannot read the spreadsheet: {e}"),
                    )
                    .file(file)
                    .hint("save it again from the spreadsheet program, or as CSV UTF-8"),
                ),
            }
            continue;
        }
        let text = match std::fs::read(file).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                problems.push(
                    Diagnostic::error(crate::diagnostics::Code::NotUtf8, "the sheet is not UTF-8 text")
                        .file(file)
                        .hint("save it as CSV UTF-8 (in Excel: \"CSV UTF-8\"; in LibreOffice: character set Unicode (UTF-8))"),
                );
                continue;
            }
            Err(e) => {
                problems.push(
                    Diagnostic::error(
                        crate::diagnostics::Code::Unreadable,
                        format!("cannot read the sheet: {e}"),
                    )
                    .file(file),
                );
                continue;
            }
        };
        match crate::directory::sheet::import(&text, file, &config) {
            Ok(list) => entries.extend(list.into_iter().map(|e| (file, e))),
            Err(diags) => problems.extend(diags),
        }
    }
    let dir = root.join(crate::directory::DIRECTORY_DIR);
    // The entries there are, by id.
    let existing: std::collections::BTreeMap<String, PathBuf> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .filter_map(|e| {
            let id = e.path().file_stem()?.to_string_lossy().into_owned();
            Some((id, e.into_path()))
        })
        .collect();
    // Two sheets (or a sheet and an existing file) naming the same entry.
    let mut ids = std::collections::BTreeMap::new();
    for (file, e) in &entries {
        let id = e
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(other) = ids.insert(id.clone(), *file) {
            problems.push(
                Diagnostic::error(
                    crate::diagnostics::Code::DuplicateId,
                    format!("the id `{id}` is in {} too", other.display()),
                )
                .file(file)
                .hint("give each entry its own id"),
            );
        }
        let target = dir.join(&e.path);
        // An id is unique across the directory: the same id in another country's folder
        // would be a second entry, which the next build refuses.
        if let Some(other) = existing.get(&id).filter(|p| **p != target) {
            problems.push(
                Diagnostic::error(
                    crate::diagnostics::Code::DuplicateId,
                    format!("the id `{id}` is the entry {} already", other.display()),
                )
                .file(file)
                .hint("give the row another id, or its entry's country"),
            );
        } else if target.exists() && !update {
            problems.push(
                Diagnostic::error(
                    crate::diagnostics::Code::DuplicateId,
                    format!("the entry `{id}` exists already: {}", target.display()),
                )
                .file(file)
                .hint("import with --update to replace entry files, or give the row another id"),
            );
        }
    }
    if problems.has_errors() {
        print_diags(&problems.sorted(), format);
        return EXIT_SITE;
    }
    for (_, e) in &entries {
        let target = dir.join(&e.path);
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, &e.yaml));
        if let Err(err) = written {
            eprintln!("error: cannot write {}: {err}", target.display());
            return EXIT_SITE;
        }
    }
    eprintln!("{} entries written under {}", entries.len(), dir.display());
    EXIT_OK
}
