//! Writing: a fresh folder beside `--out` that replaces it only when the whole build
//! succeeded, so a failed or killed build leaves the last good site as it was.

pub mod budget;
pub mod compress_cache;
pub mod host;
pub(crate) mod publish;
pub mod redirect_rules;

use std::io;
use std::path::{Path, PathBuf};

/// How a staging area writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A fresh folder beside the target, swapped in whole when the build succeeded.
    Fresh,
    /// `check`: everything is rendered, nothing is written.
    Dry,
    /// `serve`'s rebuilds: files are replaced one by one in the live folder, each in one
    /// rename, so the server never sends half a file.
    InPlace,
}

pub struct Staging {
    pub dir: PathBuf,
    target: PathBuf,
    mode: Mode,
    /// Held until the build ends: one build at a time writes into `target`. The operating
    /// system releases it when the process ends, however it ends.
    _lock: Option<std::fs::File>,
    /// Write `.br` and `.gz` copies beside text files as they are written (from this
    /// cache of earlier builds' copies, when one is given).
    precompress: bool,
    cache: Option<compress_cache::CompressCache>,
    /// Hash every file for the manifest (publishing builds only).
    hash: bool,
    /// Every file written, with its size and hash, for the manifest: taken as the bytes
    /// go out, so no file is read back.
    written: std::sync::Mutex<Vec<(String, crate::output::publish::FileEntry)>>,
    /// How many files were written, compressed copies included.
    count: std::sync::atomic::AtomicUsize,
}

/// A file that could not be written.
pub fn cannot_write(path: &Path, e: io::Error) -> crate::diagnostics::Diagnostic {
    crate::diagnostics::Diagnostic::error(
        crate::diagnostics::Code::CannotWrite,
        format!("cannot write {}: {e}", path.display()),
    )
}

/// The lock file beside `target`: `.<name>.lock`.
pub fn lock_path(target: &Path) -> PathBuf {
    sibling(target, "lock")
}

/// This process's staging folder beside `target`: `.<name>.tmp-<pid>`.
pub fn staging_dir(target: &Path) -> PathBuf {
    sibling(target, &format!("tmp-{}", std::process::id()))
}

fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent_of(target).join(format!(".{name}.{suffix}"))
}

fn parent_of(target: &Path) -> &Path {
    target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

impl Staging {
    /// Takes the lock beside `target`, removes what killed builds left, and creates
    /// `.<name>.tmp-<pid>` beside `target`. Another build holding the lock is an error of
    /// kind `WouldBlock`.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = parent_of(target);
        std::fs::create_dir_all(parent)?;
        let lock_file = lock_path(target);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_file)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "another waymark build is writing {} right now (it holds {})",
                        target.display(),
                        lock_file.display()
                    ),
                ))
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        // Staging folders of builds that were killed: nobody else can be using them now.
        let stem = sibling(target, "tmp-");
        let prefix = stem.file_name().map(|n| n.to_string_lossy().into_owned());
        if let (Some(prefix), Ok(entries)) = (prefix, std::fs::read_dir(parent)) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    std::fs::remove_dir_all(e.path())?;
                }
            }
        }
        let dir = staging_dir(target);
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            mode: Mode::Fresh,
            _lock: Some(lock),
            precompress: false,
            cache: None,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        })
    }

    /// A staging area that writes nothing (for `check`).
    pub fn dry() -> Staging {
        Staging {
            dir: PathBuf::new(),
            target: PathBuf::new(),
            mode: Mode::Dry,
            _lock: None,
            precompress: false,
            cache: None,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        }
    }

    /// Writes straight into `dir`, a file at a time (for `serve`'s rebuilds).
    pub fn in_place(dir: &Path) -> Staging {
        Staging {
            dir: dir.to_path_buf(),
            target: dir.to_path_buf(),
            mode: Mode::InPlace,
            _lock: None,
            precompress: false,
            cache: None,
            hash: false,
            written: Default::default(),
            count: Default::default(),
        }
    }

    /// Text files get `.br` and `.gz` copies as they are written.
    pub fn precompressed(mut self, on: bool) -> Staging {
        self.precompress = on;
        self
    }

    /// Compressed copies come from (and go into) this cache.
    pub fn compress_cache(mut self, cache: Option<compress_cache::CompressCache>) -> Staging {
        self.cache = cache;
        self
    }

    /// Removes what the cache holds that this build did not use.
    pub fn prune_cache(&self) {
        if let Some(cache) = &self.cache {
            cache.prune();
        }
    }

    /// Every written file is hashed for the manifest.
    pub fn hashed(mut self, on: bool) -> Staging {
        self.hash = on;
        self
    }

    /// Whether this staging area writes nothing (`check`).
    pub fn is_dry(&self) -> bool {
        self.mode == Mode::Dry
    }

    /// How many files were written, compressed copies included.
    pub fn count(&self) -> usize {
        self.count.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Counts (and hashes) a written file; with precompression, writes its compressed
    /// copies too.
    fn finish(&self, rel: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let name = crate::content::source::slash_path(rel);
        let mut copies = Vec::new();
        if self.precompress && crate::output::publish::is_text(&name) {
            for (ext, packed) in crate::output::publish::compressed(bytes, self.cache.as_ref()) {
                let mut copy = path.as_os_str().to_owned();
                copy.push(".");
                copy.push(ext);
                std::fs::write(PathBuf::from(copy), &packed)?;
                copies.push((format!("{name}.{ext}"), packed));
            }
        }
        self.count
            .fetch_add(1 + copies.len(), std::sync::atomic::Ordering::Relaxed);
        if self.hash {
            let entries: Vec<_> = std::iter::once((name, bytes))
                .chain(copies.iter().map(|(n, b)| (n.clone(), b.as_slice())))
                .map(|(n, b)| {
                    let entry = crate::output::publish::entry(&n, b);
                    (n, entry)
                })
                .collect();
            if let Ok(mut w) = self.written.lock() {
                w.extend(entries);
            }
        }
        Ok(())
    }

    /// Records (and compresses) files that another program wrote below `sub` (Pagefind).
    pub fn adopt(&self, sub: &Path) -> io::Result<()> {
        let files: Vec<PathBuf> = walkdir::WalkDir::new(self.dir.join(sub))
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        use rayon::prelude::*;
        files.par_iter().try_for_each(|path| {
            let bytes = std::fs::read(path)?;
            let rel = path.strip_prefix(&self.dir).unwrap_or(path);
            self.finish(rel, path, &bytes)
        })
    }

    /// Every file written so far with its size and hash, by name; taken, not copied.
    pub fn take_written(
        &self,
    ) -> std::collections::BTreeMap<String, crate::output::publish::FileEntry> {
        self.written
            .lock()
            .map(|mut w| std::mem::take(&mut *w).into_iter().collect())
            .unwrap_or_default()
    }

    /// Writes `rel` (already checked to stay inside) below the staging folder.
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> io::Result<()> {
        debug_assert!(rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_))));
        if self.mode == Mode::Dry {
            return Ok(());
        }
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        if self.mode == Mode::InPlace {
            let mut tmp = path.as_os_str().to_owned();
            tmp.push(".waymark-tmp");
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, &path)?;
        } else {
            std::fs::write(&path, bytes)?;
        }
        self.finish(rel, &path, bytes)
    }

    /// Copies a file into the site (read whole: its hash goes into the manifest).
    pub fn copy(&self, rel: &Path, from: &Path) -> io::Result<()> {
        if self.mode == Mode::Dry {
            return std::fs::metadata(from).map(|_| ());
        }
        self.write(rel, &std::fs::read(from)?)
    }

    /// Puts the staged site in place of the old one. On Linux the two folders trade places
    /// in one atomic step (`renameat2` with `RENAME_EXCHANGE`), so at every instant the
    /// output folder holds one whole site, the old or the new; elsewhere, or on a file
    /// system without it, two renames leave a moment with no folder at all.
    pub fn commit(self) -> io::Result<()> {
        if self.mode == Mode::InPlace {
            return Ok(());
        }
        if self.target.exists() {
            if exchange(&self.dir, &self.target).is_ok() {
                // The staging folder now holds the old site.
                return std::fs::remove_dir_all(&self.dir);
            }
            let old = sibling(&self.target, &format!("tmp-{}.old", std::process::id()));
            std::fs::rename(&self.target, &old)?;
            if let Err(e) = std::fs::rename(&self.dir, &self.target) {
                let _ = std::fs::rename(&old, &self.target);
                return Err(e);
            }
            return std::fs::remove_dir_all(&old);
        }
        std::fs::rename(&self.dir, &self.target)
    }

    /// Removes the staged files, leaving the previous site untouched.
    pub fn discard(self) {
        if self.mode == Mode::InPlace {
            return;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}
