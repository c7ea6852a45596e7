//! Ready for a CDN: precompressed copies (`.br`, `.gz`) of every text file, and
//! `waymark-manifest.json`, every file with its size, content hash and type, so that CI
//! uploads only what changed (`build --since OLD_MANIFEST`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;

pub(crate) const MANIFEST: &str = "waymark-manifest.json";

const TEXT: &[&str] = &[
    "html",
    "css",
    "js",
    "json",
    "xml",
    "svg",
    "vtt",
    "txt",
    "csv",
    "webmanifest",
];

pub(crate) fn content_type(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map_or("", |x| x.1);
    match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "vtt" => "text/vtt; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "br" => "application/x-brotli",
        "gz" => "application/gzip",
        _ => "application/octet-stream",
    }
}

pub(crate) fn gzip(bytes: &[u8]) -> Vec<u8> {
    // flate2 writes no file name and a zero time: the same input, the same bytes.
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

pub(crate) fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // Best quality, with a window no larger than the input: the same bytes out as the
    // largest window for a small page, without preparing megabytes of window for it.
    let fits = usize::BITS - bytes.len().max(1).leading_zeros();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: fits.clamp(10, 22) as i32,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut std::io::Cursor::new(bytes), &mut out, &params);
    out
}

/// Whether a file is text, which compresses well.
pub(crate) fn is_text(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| TEXT.contains(&ext))
}

/// The `.br` and `.gz` copies of a text file worth keeping (they save at least a tenth).
pub(crate) fn compressed(
    bytes: &[u8],
    cache: Option<&crate::output::compress_cache::CompressCache>,
) -> Vec<(&'static str, Vec<u8>)> {
    let make = |ext: &'static str, f: fn(&[u8]) -> Vec<u8>| match cache {
        Some(c) => (ext, c.get_or_make(bytes, ext, || f(bytes))),
        None => (ext, f(bytes)),
    };
    [make("br", brotli), make("gz", gzip)]
        .into_iter()
        .filter(|(_, packed)| packed.len() * 10 < bytes.len() * 9)
        .collect()
}

/// Writes the manifest as pretty JSON, straight to the file: at 20,405 documents it is
/// 8 MB, and a build's memory peaked while it was held whole.
pub(crate) fn write_manifest(path: &std::path::Path, manifest: &Manifest) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    serde_json::to_writer_pretty(&mut w, manifest).map_err(std::io::Error::other)?;
    w.write_all(b"\n")?;
    w.flush()
}

/// A file's line in the manifest.
pub(crate) fn entry(name: &str, bytes: &[u8]) -> FileEntry {
    FileEntry {
        size: bytes.len() as u64,
        hash: blake3::hash(bytes).to_hex()[..32].to_string(),
        content_type: content_type(name).to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub size: u64,
    /// First 32 hex digits of the BLAKE3 hash of the content.
    pub hash: String,
    #[serde(rename = "type")]
    pub content_type: String,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub files: BTreeMap<String, FileEntry>,
    /// Every content page's URL and which page it is, so that the next build can
    /// redirect the URLs of pages whose address changed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pages: BTreeMap<String, PageRecord>,
    /// Old URLs that redirect to a page that moved, kept from build to build.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub moved: BTreeMap<String, PageRecord>,
}

/// Which page a URL showed: its content key and language, and the file it was written to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRecord {
    pub key: String,
    pub lang: String,
    pub file: String,
}

#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct Diff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
}

pub(crate) fn diff(old: &Manifest, new: &Manifest) -> Diff {
    let mut d = Diff::default();
    for (k, v) in &new.files {
        match old.files.get(k) {
            None => d.added.push(k.clone()),
            Some(o) if o != v => d.changed.push(k.clone()),
            Some(_) => {}
        }
    }
    d.removed = old
        .files
        .keys()
        .filter(|k| !new.files.contains_key(*k))
        .cloned()
        .collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_copies_decompress_to_the_original() {
        let text = "<p>hello</p>".repeat(200);
        let gz = gzip(text.as_bytes());
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, text);
        let br = brotli(text.as_bytes());
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut std::io::Cursor::new(&br), &mut out).unwrap();
        assert_eq!(out, text.as_bytes());
        assert_eq!(gzip(text.as_bytes()), gz, "deterministic");
    }

    #[test]
    fn diff_names_added_changed_and_removed() {
        let e = |h: &str| FileEntry {
            size: 1,
            hash: h.into(),
            content_type: "text/html".into(),
        };
        let old = Manifest {
            files: BTreeMap::from([("a".into(), e("1")), ("b".into(), e("2"))]),
            ..Manifest::default()
        };
        let new = Manifest {
            files: BTreeMap::from([
                ("a".into(), e("1")),
                ("b".into(), e("3")),
                ("c".into(), e("4")),
            ]),
            ..Manifest::default()
        };
        assert_eq!(
            diff(&old, &new),
            Diff {
                added: vec!["c".into()],
                changed: vec!["b".into()],
                removed: vec![]
            }
        );
        assert_eq!(diff(&new, &new), Diff::default());
        assert_eq!(diff(&new, &old).removed, vec!["c".to_string()]);
    }
}
