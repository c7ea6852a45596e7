//! Reading the files an editor wrote: only regular files (a pipe would block the build),
//! no larger than [`MAX_FILE_BYTES`], and decoded as UTF-8 with the place of the first
//! byte that is not.

use crate::diagnostics::{Code, Diagnostic};
use std::path::Path;

/// The largest file Waymark reads (markdown, YAML, Fluent, WebVTT): far above any real
/// page, far below what would exhaust a small machine's memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The first `limit` bytes of a file (with the checks of `read_capped`), and whether
/// they are the whole file.
pub(super) fn read_start(path: &Path, limit: u64) -> std::io::Result<(Vec<u8>, bool)> {
    use std::io::Read;
    let (file, len) = open_capped(path)?;
    let mut bytes = Vec::with_capacity(len.min(limit) as usize + 1);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let whole = bytes.len() as u64 <= limit;
    bytes.truncate(limit as usize);
    Ok((bytes, whole))
}

/// A file's bytes as text, or an error at the first byte that is not UTF-8.
pub(super) fn decode<'b>(file: &Path, bytes: &'b [u8]) -> Result<&'b str, Diagnostic> {
    simdutf8::compat::from_utf8(bytes).map_err(|e| {
        let off = e.valid_up_to();
        let lossy = String::from_utf8_lossy(bytes).into_owned();
        Diagnostic::error(Code::NotUtf8, "the file is not valid UTF-8 text")
            .file(file)
            .at_offset(&lossy, off)
            .hint("save it as UTF-8 (in most editors: Save with encoding → UTF-8)")
    })
}

/// Opens a file an editor wrote, refusing what is not a regular file (a pipe would block
/// the build forever) and what is larger than [`MAX_FILE_BYTES`].
fn open_capped(path: &Path) -> std::io::Result<(std::fs::File, u64)> {
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "the file is too large: {:.1} MB, and a file may have at most {} MB; split it into several",
            meta.len() as f64 / 1e6,
            MAX_FILE_BYTES / 1024 / 1024
        )));
    }
    Ok((file, meta.len()))
}

fn not_regular() -> std::io::Error {
    std::io::Error::other("it is not a regular file (a folder, pipe, socket or device)")
}

/// Opening a pipe for reading waits for a writer; with `O_NONBLOCK` it returns at once and
/// the file's own metadata tells what it is (one path lookup, not two: every source is
/// opened at least once per build, and those not kept in memory twice).
#[cfg(target_os = "linux")]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

/// Elsewhere the path is checked before opening.
#[cfg(not(target_os = "linux"))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    std::fs::File::open(path)
}

/// Reads a whole file an editor wrote, with the checks of `open_capped` (and at most
/// `MAX_FILE_BYTES`, should it grow in between).
pub fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let (file, len) = open_capped(path)?;
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.take(MAX_FILE_BYTES).read_to_end(&mut bytes)?;
    Ok(bytes)
}
