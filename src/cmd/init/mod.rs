//! `waymark init <dir>`: a new site that builds at once, in a new or empty folder:
//! site.yaml with its languages, a home page, the campaign's three parts as scaffolds, a
//! directory with one example entry, the publish workflow for its host, EDITING.md for
//! its editors, and a file of interface strings to translate for each language the theme
//! has none for.

mod workflow;

use super::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use super::print::print_diags;
use crate::content::config::Config;
use crate::diagnostics::Format;
use crate::output::host::Host;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Start a new site in a new or empty folder
#[derive(clap::Args, Debug)]
pub(crate) struct InitArgs {
    /// The new site's folder (made if missing; refused if it holds anything)
    dir: PathBuf,
    /// The site's languages, comma-separated BCP 47 codes; the first is the default
    #[arg(long, default_value = "en", value_name = "CODES")]
    languages: String,
    /// Where the site is published; its workflow is written for that host
    #[arg(long, value_enum, default_value = "cloudflare")]
    host: Host,
}

pub(crate) fn run(args: InitArgs) -> i32 {
    let codes: Vec<&str> = args
        .languages
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if codes.is_empty() {
        eprintln!("error: --languages lists no language\n  = help: e.g. --languages en,ar,prs");
        return EXIT_USAGE;
    }
    if let Some(why) = not_empty(&args.dir) {
        eprintln!(
            "error: {} {why}; waymark init starts a site only in a new or empty folder\n  = help: give a new folder's name, e.g. `waymark init my-site`",
            args.dir.display()
        );
        return EXIT_USAGE;
    }
    let site_yaml = site_yaml(&codes, args.host);
    // The same checks as every build's: a bad tag or a language twice is reported now.
    if let Err(diags) = Config::parse(&site_yaml, None) {
        eprintln!("error: these languages do not make a site:");
        print_diags(&diags, Format::Human);
        return EXIT_USAGE;
    }
    let files = files(&codes, args.host, site_yaml);
    for (rel, text) in &files {
        if let Err(e) = write_new(&args.dir.join(rel), text) {
            eprintln!("error: cannot write {}: {e}", args.dir.join(rel).display());
            return EXIT_SITE;
        }
    }
    println!(
        "A new site in {}: {} files.",
        args.dir.display(),
        files.len()
    );
    let untranslated: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| crate::theme::builtin_locale(c).is_empty())
        .collect();
    if !untranslated.is_empty() {
        println!(
            "The theme has no interface strings in {}: translate locales/<code>/main.ftl (the build lists what is missing).",
            untranslated.join(", ")
        );
    }
    println!(
        "Next: cd {} && waymark serve   (then read EDITING.md)",
        args.dir.display()
    );
    EXIT_OK
}

/// Why `dir` cannot take a new site, if it cannot.
fn not_empty(dir: &Path) -> Option<&'static str> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().map(|_| "is not empty"),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) if dir.exists() => Some("is not a folder Waymark can read"),
        Err(_) => None,
    }
}

/// Writes `text` to a file that must not exist yet, making its folders.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(text.as_bytes())
}

/// The site's name for a language: its own name for itself where Waymark knows it.
fn autonym(code: &str) -> Option<&'static str> {
    let base = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    crate::directory::languages::autonym(code)
        .or_else(|| crate::directory::languages::autonym(&base))
}

fn site_yaml(codes: &[&str], host: Host) -> String {
    let mut languages = String::new();
    for code in codes {
        let name = match autonym(code) {
            Some(n) => serde_json::to_string(n).unwrap_or_default(),
            None => format!(
                "{}   # write the language's name in itself",
                serde_json::to_string(code).unwrap_or_default()
            ),
        };
        let dir = code
            .parse::<unic_langid::LanguageIdentifier>()
            .map(|id| crate::content::config::direction_of(&id).as_str())
            .unwrap_or("ltr");
        languages.push_str(&format!(
            "  - code: {}\n    name: {name}\n    # dir: {dir}   (from the code; write it to choose)\n",
            serde_json::to_string(code).unwrap_or_default()
        ));
    }
    format!(
        "# The site's settings: see \"site.yaml\" in Waymark's README.\n\
         title: Children on the move        # a `site-title` message in locales/ translates it\n\
         # The address the site is published at (the workflow passes --base-url too).\n\
         base_url: https://example.org\n\
         # The first language is the default: pages not yet translated are shown in it.\n\
         default_language: {}\n\
         languages:\n{languages}\
         publish: {{ host: {} }}\n\
         directory: {{ stale_after_days: 180 }}\n",
        serde_json::to_string(codes[0]).unwrap_or_default(),
        host.name()
    )
}

/// Every file of the new site: (path below the folder, text).
fn files(codes: &[&str], host: Host, site_yaml: String) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = vec![
        ("site.yaml".into(), site_yaml),
        (
            "content/_index.md".into(),
            include_str!("scaffold/home.md").into(),
        ),
        (
            "content/campaign/_index.md".into(),
            include_str!("scaffold/campaign.md").into(),
        ),
        (
            "content/campaign/problem/index.md".into(),
            include_str!("scaffold/problem.md").into(),
        ),
        (
            "content/campaign/solutions/index.md".into(),
            include_str!("scaffold/solutions.md").into(),
        ),
        (
            "content/campaign/conclusion/index.md".into(),
            include_str!("scaffold/conclusion.md").into(),
        ),
        (
            "content/directory/eu/eu-112-example.yaml".into(),
            example_entry(codes),
        ),
        (
            "EDITING.md".into(),
            include_str!("scaffold/EDITING.md").into(),
        ),
        (".gitignore".into(), "/public/\n.waymark-cache/\n".into()),
        (
            ".github/workflows/publish.yml".into(),
            workflow::publish(host),
        ),
    ];
    for code in codes {
        if crate::theme::builtin_locale(code).is_empty() {
            files.push((
                PathBuf::from("locales").join(code).join("main.ftl"),
                locale_to_translate(code),
            ));
        }
    }
    files
}

/// The theme's English strings, each commented out, for a language it has none in: the
/// translator removes the `# ` of each message they translate.
fn locale_to_translate(code: &str) -> String {
    let mut out = format!(
        "# The interface strings of the default theme, to translate into `{code}`.\n\
         # Each message is commented out: write its text in {code}, remove the `# ` before\n\
         # its lines, and keep the id (left of `=`) and the `{{ $name }}` parts as they are.\n\
         # Until a message is translated, pages show it in the default language and the build\n\
         # lists it.\n\n"
    );
    for (name, text) in crate::theme::builtin_locale("en") {
        out.push_str(&format!("# ---- from the theme's en/{name} ----\n"));
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                out.push_str(line);
            } else {
                out.push_str("# ");
                out.push_str(line);
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// The bundled site's entry for 112 (the European emergency number, from its source),
/// marked as an example, in the languages of the site it has text in.
fn example_entry(codes: &[&str]) -> String {
    const ENTRY: &str = include_str!("../../../content/directory/eu/eu-112.yaml");
    // The bundled entry's `name:` and `description:` maps: `  <code>: <text>` lines.
    let texts = |key: &str| -> Vec<(&str, &str)> {
        let mut lines = ENTRY
            .lines()
            .skip_while(|l| *l != format!("{key}:"))
            .skip(1);
        std::iter::from_fn(|| lines.next())
            .take_while(|l| l.starts_with("  "))
            .filter_map(|l| l.trim().split_once(": "))
            .collect()
    };
    let map = |key: &str| -> String {
        let all = texts(key);
        let mut out = format!("{key}:\n");
        for code in codes {
            if let Some((_, text)) = all.iter().find(|(c, _)| c == code) {
                out.push_str(&format!("  {code}: {text}\n"));
            }
        }
        // The default language must have a text: English, to be translated, where the
        // bundled entry has none in it.
        if !all.iter().any(|(c, _)| *c == codes[0]) {
            if let Some((_, en)) = all.iter().find(|(c, _)| *c == "en") {
                out.push_str(&format!("  {}: {en}   # English: translate it\n", codes[0]));
            }
        }
        out
    };
    // The lines between the two maps (kind, country, phones, hours), and the source.
    let between: String = ENTRY
        .lines()
        .skip_while(|l| !l.starts_with("kind:"))
        .take_while(|l| !l.starts_with("description:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let source: String = ENTRY
        .lines()
        .skip_while(|l| !l.starts_with("source:"))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "# An example entry (`example: true`: its pages say it is an example). It is the\n\
         # European emergency number, 112, as Waymark's own site lists it, from the source\n\
         # named below. Replace it with the services of your site, each with its source, or\n\
         # remove it before you publish. See \"The helpline and service directory\" in\n\
         # Waymark's README for every field.\n{}{between}{}{source}example: true\n",
        map("name"),
        map("description"),
    )
}
