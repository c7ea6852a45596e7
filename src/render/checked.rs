//! Pages that passed the safety check in an earlier build, by a hash of their HTML, so a
//! rebuild tokenizes only the pages whose HTML changed (checking every page of a 5,105-page
//! site costs about a second of CPU). Kept in `.waymark-cache/checked/v<version>` beside
//! the compressed copies; the key covers the checker's version, the site's address and the
//! theme's stylesheet (what the check allows), so a new rule or policy checks everything
//! again. A missing or unreadable cache only costs time. Whoever can write the cache can
//! also write the site's templates: it is trusted as the site's own folder is.

use super::safety::Policy;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Bumped whenever `safety` finds something it did not before: every page is checked again.
pub const CHECKER_VERSION: u32 = 1;

pub struct CheckedCache {
    file: Option<PathBuf>,
    known: HashSet<[u8; 32]>,
    /// The keys of the pages this build checked or found checked: what the next build keeps.
    passed: Mutex<Vec<[u8; 32]>>,
    policy: OnceLock<[u8; 32]>,
}

impl CheckedCache {
    /// No cache: every page is checked (`check`, tests).
    pub fn none() -> CheckedCache {
        CheckedCache {
            file: None,
            known: HashSet::new(),
            passed: Mutex::default(),
            policy: OnceLock::new(),
        }
    }

    /// The cache of the site at `root`.
    pub fn for_site(root: &Path) -> CheckedCache {
        let file = root
            .join(".waymark-cache")
            .join("checked")
            .join(format!("v{CHECKER_VERSION}"));
        let known = std::fs::read(&file)
            .map(|bytes| {
                bytes
                    .chunks_exact(32)
                    .filter_map(|c| <[u8; 32]>::try_from(c).ok())
                    .collect()
            })
            .unwrap_or_default();
        CheckedCache {
            file: Some(file),
            known,
            ..CheckedCache::none()
        }
    }

    /// The page's key under `policy` (the same for every page of a build).
    pub fn key(&self, html: &str, policy: Policy) -> [u8; 32] {
        let policy_key = self.policy.get_or_init(|| {
            let mut h = blake3::Hasher::new();
            h.update(&CHECKER_VERSION.to_le_bytes());
            h.update(policy.base.as_bytes());
            h.update(&[0]);
            h.update(policy.inline_style.as_bytes());
            *h.finalize().as_bytes()
        });
        *blake3::keyed_hash(policy_key, html.as_bytes()).as_bytes()
    }

    /// Whether an earlier build's check passed this very page.
    pub fn passed_before(&self, key: &[u8; 32]) -> bool {
        let known = self.known.contains(key);
        if known {
            self.record(*key);
        }
        known
    }

    /// A page the check passed in this build.
    pub fn record(&self, key: [u8; 32]) {
        if let Ok(mut passed) = self.passed.lock() {
            passed.push(key);
        }
    }

    /// Writes this build's keys (and only those: pages gone are forgotten), replacing the
    /// file in one rename; caches of other checker versions are removed.
    pub fn save(&self) {
        let (Some(file), Ok(mut passed)) = (&self.file, self.passed.lock()) else {
            return;
        };
        passed.sort_unstable();
        passed.dedup();
        let Some(dir) = file.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path() != *file {
                let _ = std::fs::remove_file(e.path());
            }
        }
        let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
        if std::fs::write(&tmp, passed.concat()).is_ok() {
            let _ = std::fs::rename(&tmp, file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: Policy = Policy {
        base: "https://example.org",
        inline_style: "p{}",
    };

    #[test]
    fn a_page_passed_once_is_known_to_the_next_build_and_only_then() {
        let dir = tempfile::tempdir().unwrap();
        let first = CheckedCache::for_site(dir.path());
        let key = first.key("<p>a</p>", POLICY);
        assert!(!first.passed_before(&key));
        first.record(key);
        first.save();
        let second = CheckedCache::for_site(dir.path());
        assert!(second.passed_before(&second.key("<p>a</p>", POLICY)));
        assert!(!second.passed_before(&second.key("<p>b</p>", POLICY)));
        // Another policy (a new stylesheet) is another key.
        let other = Policy {
            inline_style: "p{color:red}",
            ..POLICY
        };
        assert!(!CheckedCache::for_site(dir.path())
            .passed_before(&CheckedCache::for_site(dir.path()).key("<p>a</p>", other)));
        // Pages the second build did not see are forgotten.
        second.save();
        let third = CheckedCache::for_site(dir.path());
        assert!(third.passed_before(&third.key("<p>a</p>", POLICY)));
        assert_eq!(third.known.len(), 1);
    }
}
