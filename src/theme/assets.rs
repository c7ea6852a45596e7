//! The theme's stylesheet: `styles/main.css` and its `@import`s bundled by lightningcss,
//! lowered for old phones' browsers, minified, and named by a hash of its content.

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::theme::Theme;
use lightningcss::bundler::{Bundler, ResolveResult, SourceProvider};
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions};
use lightningcss::targets::{Browsers, Targets};
use std::path::{Path, PathBuf};

pub(crate) const ENTRY: &str = "styles/main.css";

/// The browsers the site's visitors use: old Android WebView and Chrome on cheap phones,
/// iOS Safari from iOS 12, Samsung Internet, Firefox. Documented in the README.
pub(crate) const BROWSERSLIST: &[&str] = &[
    "android >= 5",
    "chrome >= 61",
    "ios_saf >= 12",
    "safari >= 12",
    "samsung >= 8",
    "firefox >= 60",
];

#[derive(Debug)]
pub struct Stylesheet {
    /// Output path below the root, e.g. `assets/style.1a2b3c4d5e.css`.
    pub path: String,
    pub css: String,
    /// `sha256-<base64>` of `css`: the Content-Security-Policy source that lets pages
    /// carry it inline in `<style>` (first paint needs no second request).
    pub csp_hash: String,
}

struct ThemeStyles<'a> {
    theme: &'a Theme,
}

#[derive(Debug)]
struct NotFound(String);
impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no file {} in the theme", self.0)
    }
}
impl std::error::Error for NotFound {}

impl SourceProvider for ThemeStyles<'_> {
    type Error = NotFound;
    fn read<'a>(&'a self, file: &Path) -> Result<&'a str, NotFound> {
        let key = crate::content::source::slash_path(file);
        self.theme
            .files
            .get(&key)
            .and_then(|f| f.text.as_deref())
            .ok_or(NotFound(key))
    }
    fn resolve(&self, specifier: &str, from: &Path) -> Result<ResolveResult, NotFound> {
        if specifier.contains("://") {
            return Ok(ResolveResult::External(specifier.to_string()));
        }
        let mut path: PathBuf = from.parent().unwrap_or(Path::new("")).to_path_buf();
        for part in specifier.split('/') {
            match part {
                "." | "" => {}
                ".." => {
                    path.pop();
                }
                p => path.push(p),
            }
        }
        Ok(ResolveResult::File(path))
    }
}

pub(crate) fn build_stylesheet(theme: &Theme) -> Result<Stylesheet, Diagnostics> {
    let origin = theme
        .files
        .get(ENTRY)
        .map(|f| f.origin.clone())
        .unwrap_or_else(|| PathBuf::from(ENTRY));
    let err =
        |msg: String| {
            Diagnostics::from_iter([Diagnostic::error(Code::BadStylesheet, msg).file(&origin).hint(
            "check the theme's styles/ files: CSS syntax, and @import paths relative to the file",
        )])
        };
    let provider = ThemeStyles { theme };
    let mut bundler = Bundler::new(&provider, None, ParserOptions::default());
    let mut sheet = bundler
        .bundle(Path::new(ENTRY))
        .map_err(|e| err(format!("the stylesheet cannot be built: {e}")))?;
    let browsers = Browsers::from_browserslist(BROWSERSLIST.iter().copied())
        .ok()
        .flatten();
    let targets = Targets::from(browsers.unwrap_or_default());
    sheet
        .minify(MinifyOptions {
            targets,
            ..MinifyOptions::default()
        })
        .map_err(|e| err(format!("the stylesheet cannot be minified: {e}")))?;
    let out = sheet
        .to_css(PrinterOptions {
            minify: true,
            targets,
            ..PrinterOptions::default()
        })
        .map_err(|e| err(format!("the stylesheet cannot be printed: {e}")))?;
    let hash = blake3::hash(out.code.as_bytes()).to_hex();
    Ok(Stylesheet {
        path: format!("assets/style.{}.css", &hash[..10]),
        csp_hash: csp_hash(&out.code),
        css: out.code,
    })
}

/// The CSP hash source of an inline `<style>`'s text: `sha256-` and the digest in base64.
pub(crate) fn csp_hash(text: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_stylesheet_is_bundled_and_fingerprinted() {
        let dir = tempfile::tempdir().unwrap();
        let theme = Theme::load(dir.path(), "default").unwrap();
        let s = build_stylesheet(&theme).unwrap();
        assert!(s.path.starts_with("assets/style.") && s.path.ends_with(".css"));
        assert!(!s.css.contains("@import"), "imports are inlined");
        assert!(!s.css.contains("\n\n"), "minified");
        assert_eq!(s.csp_hash, csp_hash(&s.css));
        // No start-only or end-only declaration: for old browsers lightningcss lowers each
        // to two rules with every right-to-left language in a `:lang()` list (the theme's
        // stylesheet was 41 KB with fifteen of them, 18 KB without).
        assert!(!s.css.contains(":not(:is(:lang("), "{}", s.css);
    }

    #[test]
    fn scripts_lose_comment_lines_and_indentation_only() {
        let js = "// About it.\n(function () {\n  // Why.\n  var a = 'x // y';\n\n  return a; // kept\n})();\n";
        assert_eq!(
            compact_js(js),
            "(function () {\nvar a = 'x // y';\nreturn a; // kept\n})();\n"
        );
        // A template literal's lines are text: such a file is left as it is.
        let literal = "var t = `a\n  // b`;\n";
        assert_eq!(compact_js(literal), literal);
    }

    #[test]
    fn csp_hash_is_sha256_in_base64() {
        // FIPS 180-2's empty-message digest, as browsers compute the hash source.
        assert_eq!(
            csp_hash(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }
}

/// A theme script from `scripts/`, written once with a content hash in its name.
#[derive(Debug)]
pub struct Script {
    /// The file name without `.js`, as templates refer to it: `scripts.video`.
    pub name: String,
    pub path: String,
    pub js: String,
}

/// A script without its whole-line `//` comments, indentation and blank lines: a quarter
/// less to send on the directory's pages, which must fit one round trip with their
/// scripts. Only those lines change, and nothing in a file with a template literal (whose
/// lines are text), so the script means what it meant.
fn compact_js(js: &str) -> String {
    if js.contains('`') {
        return js.to_string();
    }
    let mut out = String::with_capacity(js.len());
    for line in js.lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub(crate) fn build_scripts(theme: &Theme) -> Vec<Script> {
    theme
        .under("scripts")
        .filter_map(|(name, f)| {
            let stem = name.strip_suffix(".js")?;
            if stem.contains('/') {
                return None;
            }
            let js = compact_js(f.text.as_deref()?);
            let hash = blake3::hash(js.as_bytes()).to_hex();
            Some(Script {
                name: stem.to_string(),
                path: format!("assets/{stem}.{}.js", &hash[..10]),
                js,
            })
        })
        .collect()
}
