//! The theme's files: the built-in `default` theme (compiled into the binary from
//! `themes/default/`), overridden file by file by the site's `themes/<name>/`.

pub(crate) mod assets;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The built-in theme's interface strings for `code` (`locales/<code>/*.ftl`): (file
/// name, text), in name order; empty when the theme has none for that language.
pub fn builtin_locale(code: &str) -> Vec<(&'static str, &'static str)> {
    let Some(dir) = DEFAULT_THEME.get_dir(format!("locales/{code}")) else {
        return Vec::new();
    };
    let mut files: Vec<(&str, &str)> = dir
        .files()
        .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents_utf8()?)))
        .collect();
    files.sort();
    files
}

#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub bytes: Vec<u8>,
    /// Where it came from, for messages: `themes/x/templates/page.html` or `(built-in) ...`.
    pub origin: PathBuf,
    /// Text of the file; `None` when it is not UTF-8 (images in static/).
    pub text: Option<String>,
}

/// Every file of the theme, keyed by its path inside the theme (`templates/page.html`).
#[derive(Debug, Default)]
pub struct Theme {
    pub files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    pub fn load(root: &Path, name: &str) -> Result<Theme, Diagnostics> {
        let mut files = BTreeMap::new();
        collect_builtin(&DEFAULT_THEME, &mut files);
        let dir = root.join("themes").join(name);
        if !dir.is_dir() {
            if name != "default" {
                return Err(Diagnostics::from_iter([Diagnostic::error(
                    Code::UnknownTheme,
                    format!("theme `{name}` not found: there is no folder themes/{name}/"),
                )
                .file("site.yaml")
                .hint(
                    "create the folder, or remove `theme:` to use the built-in default theme",
                )]));
            }
            return Ok(Theme { files });
        }
        let mut diags = Diagnostics::new();
        for entry in WalkDir::new(&dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    diags.push(Diagnostic::error(
                        Code::Unreadable,
                        format!("cannot read the theme: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&dir) else {
                continue;
            };
            let key = crate::content::source::slash_path(rel);
            if key.split('/').any(|c| c.starts_with('.')) {
                continue;
            }
            let origin = Path::new("themes").join(name).join(rel);
            match std::fs::read(entry.path()) {
                Ok(bytes) => {
                    let text = String::from_utf8(bytes.clone()).ok();
                    files.insert(
                        key,
                        ThemeFile {
                            bytes,
                            origin,
                            text,
                        },
                    );
                }
                Err(e) => diags.push(
                    Diagnostic::error(Code::Unreadable, format!("cannot read the theme file: {e}"))
                        .file(origin),
                ),
            }
        }
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Theme { files })
    }

    /// Files below `prefix/` (e.g. `templates`), with the prefix removed.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a ThemeFile)> {
        self.files.iter().filter_map(move |(k, f)| {
            k.strip_prefix(prefix)
                .and_then(|r| r.strip_prefix('/'))
                .map(|r| (r, f))
        })
    }
}

fn collect_builtin(dir: &Dir<'static>, files: &mut BTreeMap<String, ThemeFile>) {
    for f in dir.files() {
        let key = crate::content::source::slash_path(f.path());
        files.insert(
            key.clone(),
            ThemeFile {
                bytes: f.contents().to_vec(),
                origin: Path::new("(built-in theme)").join(&key),
                text: f.contents_utf8().map(str::to_string),
            },
        );
    }
    for d in dir.dirs() {
        collect_builtin(d, files);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_theme_has_templates_styles_and_strings() {
        let dir = tempfile::tempdir().unwrap();
        let t = Theme::load(dir.path(), "default").unwrap();
        assert!(t.files.contains_key("templates/page.html"));
        assert!(t.files.contains_key("styles/main.css"));
        assert!(t.files.contains_key("locales/en/main.ftl"));
    }

    #[test]
    fn site_files_override_builtin_ones() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("themes/mine/templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("page.html"), "mine").unwrap();
        let theme = Theme::load(dir.path(), "mine").unwrap();
        assert_eq!(theme.files["templates/page.html"].bytes, b"mine");
        assert!(theme.files.contains_key("templates/section.html"));
    }

    #[test]
    fn missing_named_theme_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Theme::load(dir.path(), "nope").is_err());
    }
}
