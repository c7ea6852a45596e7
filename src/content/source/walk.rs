//! The walk of `content/`: its markdown files, its other files (a bundle's images and
//! videos), and what cannot be content (unreadable folders, links out of the site, pipes).

use super::CONTENT_DIR;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// What a walk of (part of) content/ found: markdown, other files, problems.
#[derive(Default)]
pub(super) struct Walked {
    pub(super) md: Vec<PathBuf>,
    pub(super) others: Vec<PathBuf>,
    pub(super) diags: Diagnostics,
}

/// The paths below `content` (which exists) in name order, as one walk would find them.
pub(super) fn walk(root: &Path, content: &Path) -> Walked {
    // Each folder of content/ is walked on its own, in parallel; put back in order, the
    // lists are those of one walk of content/ (a serial walk was 2 % of a build).
    let top: Vec<_> = WalkDir::new(content)
        .sort_by_file_name()
        .follow_links(false)
        .min_depth(1)
        .max_depth(1)
        .into_iter()
        .collect();
    let walked: Vec<Walked> = top
        .into_par_iter()
        .map(|entry| {
            let mut w = Walked::default();
            match entry {
                Ok(e) if e.file_type().is_dir() => {
                    let under = WalkDir::new(e.path())
                        .sort_by_file_name()
                        .follow_links(false);
                    for entry in under {
                        w.add(entry, root, content);
                    }
                }
                entry => w.add(entry, root, content),
            }
            w
        })
        .collect();
    let mut all = Walked::default();
    for w in walked {
        all.md.extend(w.md);
        all.others.extend(w.others);
        all.diags.extend(w.diags);
    }
    all
}

impl Walked {
    /// Sorts one entry of the walk: a file to read, a problem, or nothing.
    fn add(&mut self, entry: walkdir::Result<walkdir::DirEntry>, root: &Path, content: &Path) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                self.diags.push(Diagnostic::error(
                    Code::Unreadable,
                    format!("cannot read a content folder: {e}"),
                ));
                return;
            }
        };
        let rel = match entry.path().strip_prefix(content) {
            Ok(r) => r.to_path_buf(),
            Err(_) => return,
        };
        if entry.path_is_symlink() {
            if let Err(d) = check_link(root, entry.path()) {
                self.diags.push(d.file(Path::new(CONTENT_DIR).join(&rel)));
                return;
            }
        } else if entry.file_type().is_dir() {
            return;
        } else if !entry.file_type().is_file() {
            self.diags.push(
                Diagnostic::error(
                    Code::NotAFile,
                    "this is not a regular file (a pipe, socket or device)",
                )
                .file(Path::new(CONTENT_DIR).join(&rel))
                .hint("remove it: content/ holds only folders and files"),
            );
            return;
        }
        // Hidden files (editor swap files, .DS_Store) are never content.
        if rel
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        {
            return;
        }
        if rel.extension().is_some_and(|e| e == "md") {
            self.md.push(rel);
        } else {
            self.others.push(rel);
        }
    }
}

/// A symbolic link in content/ is followed only to a file inside the site: a link out of
/// the site could publish a private file, and a link to a folder could loop.
fn check_link(root: &Path, link: &Path) -> Result<(), Diagnostic> {
    let target = std::fs::canonicalize(link).map_err(|e| {
        Diagnostic::error(
            Code::BadLinkFile,
            format!("this symbolic link cannot be followed: it loops or points nowhere ({e})"),
        )
        .hint("remove the link, or replace it with the file itself")
    })?;
    let site = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !target.starts_with(&site) {
        return Err(Diagnostic::error(Code::BadLinkFile, format!(
            "this symbolic link points outside the site, to {}",
            target.display()
        ))
        .hint("copy the file into the site instead: a link out of the site could publish a private file"));
    }
    if target.is_dir() {
        let parent = link
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())
            .unwrap_or_default();
        let msg = if parent.starts_with(&target) {
            "this symbolic link points to a folder that contains it: a loop"
        } else {
            "symbolic links to folders are not followed"
        };
        return Err(Diagnostic::error(Code::BadLinkFile, msg)
            .hint("move or copy the folder here instead of linking to it"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::source::{load, slash_path};

    #[test]
    fn the_walk_in_parallel_finds_what_one_walk_finds_in_the_same_order() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let files = [
            "a.md",
            "b/_index.md",
            "b/c/d.md",
            "b/c/e.md",
            "b/img.png",
            "b/z.md",
            "ba.md",
            "c/.swap.md",
            "c/_index.md",
            "d.txt",
            "e/f/g/h.md",
            ".hidden/x.md",
        ];
        for f in files {
            let path = content.join(f);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "---\ntitle: T\n---\n").unwrap();
        }
        let (sources, diags) = load(dir.path(), &["en".to_string()], "en", 0);
        assert!(diags.is_empty(), "{diags:?}");
        let found: Vec<String> = sources.files.iter().map(|f| slash_path(&f.file)).collect();
        // One walk of content/ in name order, without hidden files.
        let expected: Vec<String> = WalkDir::new(&content)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .map(|p| slash_path(p.strip_prefix(dir.path()).unwrap()))
            .filter(|p| !p.contains("/."))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 8);
    }
}
