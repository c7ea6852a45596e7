//! Search in every language: Pagefind's release binary indexes the built pages, one index
//! per `<html lang>`, into `/pagefind/`. Only pages marked `data-pagefind-body` (translated
//! content and directory entries) are indexed, so fallback copies never pollute a language.
//!
//! The binary comes from npm (`tools/pagefind/package.json`), and is driven through the
//! package's Node API so that pages go in in sorted order; without it the build still
//! succeeds, with a warning, and the search pages show their section index.

use crate::diagnostics::{Code, Diagnostic};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the index goes, below the output folder.
pub const DIR: &str = "pagefind";

/// A language's search page. Outside `/<lang>/` so that the one relaxed
/// Content-Security-Policy (WebAssembly for the index) has a `_headers` rule of its own
/// that no other rule overlaps: hosts differ in how they merge overlapping rules.
pub fn page_url(lang: &str) -> String {
    format!("/search/{lang}/")
}

/// The file of a language's search page, below the output folder.
pub fn page_file(lang: &str) -> PathBuf {
    Path::new("search").join(lang).join("index.html")
}

/// Set to Pagefind's binary to use that one.
pub const ENV: &str = "WAYMARK_PAGEFIND";

/// Pagefind's own UI bundles: the theme has its own small client, so they are not shipped.
const UNUSED: &[&str] = &[
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
];

/// The npm package's native binary, below a folder holding `node_modules`.
fn npm_binary(base: &Path) -> Option<PathBuf> {
    let platform = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x64",
        ("linux", "aarch64") => "linux-arm64",
        ("macos", "x86_64") => "darwin-x64",
        ("macos", "aarch64") => "darwin-arm64",
        ("windows", "x86_64") => "windows-x64",
        _ => return None,
    };
    let bin = base
        .join("node_modules/@pagefind")
        .join(platform)
        .join("bin");
    ["pagefind_extended", "pagefind", "pagefind.exe"]
        .iter()
        .map(|n| bin.join(n))
        .find(|p| p.is_file())
}

/// Finds Pagefind: `$WAYMARK_PAGEFIND`, then npm installs in the site (its root or
/// `tools/pagefind/`), then `pagefind` on `PATH`.
pub fn find(root: &Path) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    [root.to_path_buf(), root.join("tools/pagefind")]
        .iter()
        .find_map(|b| npm_binary(b))
        .or_else(|| {
            std::env::split_paths(&std::env::var_os("PATH")?)
                .map(|d| d.join("pagefind"))
                .find(|p| p.is_file())
        })
}

/// Adds the pages to Pagefind through its Node API, in sorted order. Pagefind's own command
/// takes the pages in the order the file system lists them, and its index depends on that
/// order: two builds into tmpfs (which lists files in the order they were made, and the
/// pages are written in parallel) gave different indexes.
const NODE_INDEXER: &str = r#"
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
const [, api, site, output] = process.argv;
const { createIndex, close } = await import(pathToFileURL(api).href);
const pages = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && e.name.endsWith('.html')) pages.push(relative(site, p));
  }
};
walk(site);
pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const fail = (errors) => { console.error(errors.join('\n')); process.exit(1); };
const { index, errors } = await createIndex({});
if (errors.length) fail(errors);
for (const sourcePath of pages) {
  const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
  if (added.errors.length) fail([sourcePath, ...added.errors]);
}
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length) fail(written.errors);
await close();
"#;

/// The Node API of the npm package that holds `binary`
/// (`node_modules/@pagefind/<platform>/bin/pagefind` → `node_modules/pagefind/lib/index.js`).
fn node_api(binary: &Path) -> Option<PathBuf> {
    let node_modules = binary.ancestors().nth(4)?;
    let api = node_modules.join("pagefind/lib/index.js");
    api.is_file().then_some(api)
}

/// Indexes the pages in `site` and returns how many pages each language's index has.
/// With the npm package and Node.js, through the Node API (a deterministic index);
/// otherwise with the binary alone.
pub fn index(binary: &Path, site: &Path) -> Result<Vec<(String, u64)>, Diagnostic> {
    let node = node_api(binary).map(|api| {
        let mut c = Command::new("node");
        c.args(["--input-type=module", "-e", NODE_INDEXER, "--"])
            .arg(api)
            .arg(site)
            .arg(site.join(DIR));
        c
    });
    let ran = match node.map(|mut c| c.output()) {
        Some(Ok(out)) => Ok(out),
        // No Node.js: Pagefind's binary by itself.
        _ => Command::new(binary)
            .arg("--site")
            .arg(site)
            .args(["--output-subdir", DIR, "--silent"])
            .output(),
    };
    let out = ran.map_err(|e| {
        Diagnostic::error(
            Code::SearchCannotRun,
            format!("cannot run Pagefind ({}): {e}", binary.display()),
        )
        .hint(format!(
            "install it with `npm ci --prefix tools/pagefind`, or point {ENV} at it"
        ))
    })?;
    if !out.status.success() {
        let said = String::from_utf8_lossy(&out.stderr);
        let said = if said.trim().is_empty() {
            String::from_utf8_lossy(&out.stdout)
        } else {
            said
        };
        return Err(Diagnostic::error(
            Code::Search,
            format!(
                "Pagefind could not index the site ({}): {}",
                out.status,
                said.trim()
            ),
        )
        .hint("run the same Pagefind by hand with `--site` on a built copy to see more"));
    }
    let dir = site.join(DIR);
    for name in UNUSED {
        let p = dir.join(name);
        if p.exists() {
            std::fs::remove_file(&p).map_err(|e| {
                Diagnostic::error(
                    Code::CannotWrite,
                    format!("cannot remove {}: {e}", p.display()),
                )
            })?;
        }
    }
    let entry = std::fs::read_to_string(dir.join("pagefind-entry.json")).map_err(|e| {
        Diagnostic::error(
            Code::SearchOutput,
            format!(
                "Pagefind wrote no pagefind-entry.json ({e}); is {} Pagefind?",
                binary.display()
            ),
        )
    })?;
    Ok(languages(&entry))
}

/// `(language, pages)` from `pagefind-entry.json`.
fn languages(entry: &str) -> Vec<(String, u64)> {
    let v: serde_json::Value = serde_json::from_str(entry).unwrap_or_default();
    let mut out: Vec<(String, u64)> = v
        .get("languages")
        .and_then(|l| l.as_object())
        .map(|m| {
            m.iter()
                .map(|(k, v)| {
                    let n = v.get("page_count").and_then(|c| c.as_u64()).unwrap_or(0);
                    (k.clone(), n)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_page_counts_per_language() {
        let entry = r#"{"version":"1.6.0","languages":{"uk":{"hash":"uk_1","wasm":null,"page_count":3},"ar":{"hash":"ar_1","wasm":"ar","page_count":5}}}"#;
        assert_eq!(
            languages(entry),
            vec![("ar".to_string(), 5), ("uk".to_string(), 3)]
        );
        assert!(languages("not json").is_empty());
    }

    #[test]
    fn finds_the_npm_packages_native_binary() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(npm_binary(dir.path()), None);
        let bin = dir.path().join("node_modules/@pagefind/linux-x64/bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::write(bin.join("pagefind"), "").unwrap();
        if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
            assert_eq!(npm_binary(dir.path()), Some(bin.join("pagefind")));
        }
    }
}
