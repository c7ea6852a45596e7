//! The compressed copies of earlier builds, by content: `.waymark-cache/precompressed/`
//! holds each `.br` and `.gz` under the BLAKE3 hash of what it compresses and the
//! settings it was made with, so a rebuild compresses only the files that changed
//! (brotli at its best quality costs far more than rendering). Entries no build used are
//! removed when a build ends; the folder can be deleted at any time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The settings in every key: a change to the compressor's settings misses the cache.
const SETTINGS: &str = "br-q11-gz-9-v1";

pub struct CompressCache {
    dir: PathBuf,
    used: Mutex<HashSet<PathBuf>>,
}

impl CompressCache {
    /// The cache below a site's folder.
    pub fn for_site(root: &Path) -> CompressCache {
        CompressCache {
            dir: root
                .join(".waymark-cache")
                .join("precompressed")
                .join(SETTINGS),
            used: Mutex::default(),
        }
    }

    fn path(&self, hash: &str, ext: &str) -> PathBuf {
        self.dir.join(&hash[..2]).join(format!("{hash}.{ext}"))
    }

    /// `bytes` compressed as `ext` (`br` or `gz`) by `make`, from the cache when an
    /// earlier build made it. A cache that cannot be read or written only costs time.
    pub fn get_or_make(&self, bytes: &[u8], ext: &str, make: impl FnOnce() -> Vec<u8>) -> Vec<u8> {
        let hash = blake3::hash(bytes).to_hex();
        let path = self.path(&hash, ext);
        if let Ok(mut used) = self.used.lock() {
            used.insert(path.clone());
        }
        if let Ok(packed) = std::fs::read(&path) {
            return packed;
        }
        let packed = make();
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        // Written aside, then renamed: a reader never sees half an entry.
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".tmp-{}", std::process::id()));
        if std::fs::write(&tmp, &packed).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        packed
    }

    /// Removes the entries this build did not use, and the caches of other settings.
    pub fn prune(&self) {
        let Ok(used) = self.used.lock() else { return };
        if used.is_empty() {
            return;
        }
        if let Some(parent) = self.dir.parent() {
            for e in std::fs::read_dir(parent).into_iter().flatten().flatten() {
                if e.path() != self.dir {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        for e in walkdir::WalkDir::new(&self.dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            if !used.contains(e.path()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_build_reads_what_the_first_compressed_and_unused_entries_go() {
        let dir = tempfile::tempdir().unwrap();
        let cache = CompressCache::for_site(dir.path());
        let made = std::cell::Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            b"packed".to_vec()
        };
        assert_eq!(cache.get_or_make(b"page one", "br", make), b"packed");
        assert_eq!(cache.get_or_make(b"page two", "br", make), b"packed");
        cache.prune();
        let again = CompressCache::for_site(dir.path());
        assert_eq!(again.get_or_make(b"page one", "br", make), b"packed");
        assert_eq!(made.get(), 2, "the second build compressed nothing");
        again.prune();
        let files = walkdir::WalkDir::new(dir.path())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .count();
        assert_eq!(files, 1, "page two's entry was not used and is gone");
    }
}
