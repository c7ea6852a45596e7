//! The benchmark floor: the least a static-site generator must do with a
//! markdown corpus. Reads every `.md` file under CONTENT_DIR, strips the YAML
//! front matter (between leading `---` lines), renders the body with
//! pulldown-cmark and writes one `.html` file per input under OUT_DIR,
//! mirroring paths, in parallel on all cores (rayon).
//!
//!     waymark-bench-floor CONTENT_DIR OUT_DIR

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn strip_front_matter(text: &str) -> &str {
    let rest = match text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n")) {
        Some(r) => r,
        None => return text,
    };
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        pos += line.len();
        if line.trim_end_matches(['\r', '\n']) == "---" {
            return &rest[pos..];
        }
    }
    text // unterminated: treat the whole file as body
}

fn render(src: &Path, content: &Path, out: &Path) -> Result<(), String> {
    let text = fs::read_to_string(src).map_err(|e| format!("{}: {e}", src.display()))?;
    let body = strip_front_matter(&text);
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let mut html_out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut html_out, Parser::new_ext(body, opts));
    let rel = src.strip_prefix(content).expect("walkdir yields paths under the root");
    let dest = out.join(rel).with_extension("html");
    if let Some(parent) = dest.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(&dest, html_out).map_err(|e| format!("{}: {e}", dest.display()))
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} CONTENT_DIR OUT_DIR", args[0]);
        process::exit(2);
    }
    let content = PathBuf::from(&args[1]);
    let out = PathBuf::from(&args[2]);
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&content)
        .into_iter()
        .filter_map(|e| match e {
            Ok(e) => Some(e),
            Err(err) => {
                eprintln!("error: {err}");
                process::exit(1);
            }
        })
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let errors: Vec<String> = files
        .par_iter()
        .filter_map(|f| render(f, &content, &out).err())
        .collect();
    for e in &errors {
        eprintln!("error: {e}");
    }
    if !errors.is_empty() {
        process::exit(1);
    }
    eprintln!("floor: {} files", files.len());
}
