//! Images in page bundles: resized at build time into a few widths, in their own format
//! and as WebP where that is smaller, for `srcset`; cached by content hash between builds
//! (in `.waymark-cache/images/` of the site) so that a rebuild does not resize again.

use crate::content::source::BundleFile;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use image::{DynamicImage, ImageFormat};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// Widths made for `srcset` (only those smaller than the original).
pub const WIDTHS: &[u32] = &[480, 960];
pub const CACHE_DIR: &str = ".waymark-cache/images";
/// The largest image (in pixels) Waymark decodes to resize: 50 megapixels, 200 MB of RGBA.
pub const MAX_PIXELS: u64 = 50_000_000;

#[derive(Debug, Clone)]
pub struct Variant {
    /// File name beside the page: `photo-480.jpg`, `photo-480.webp`.
    pub name: String,
    pub width: u32,
    pub webp: bool,
    pub bytes: Arc<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    /// The original's own format, for `<source type>`.
    pub mime: &'static str,
    pub variants: Vec<Variant>,
}

/// Images by (bundle folder, file name).
#[derive(Debug, Default)]
pub struct Images(pub BTreeMap<(String, String), ImageInfo>);

impl Images {
    pub fn get(&self, bundle: &str, name: &str) -> Option<&ImageInfo> {
        self.0.get(&(bundle.to_string(), name.to_string()))
    }
}

fn format_of(name: &str) -> Option<(ImageFormat, &'static str, &'static str)> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" => (ImageFormat::Jpeg, "jpg", "image/jpeg"),
        "png" => (ImageFormat::Png, "png", "image/png"),
        _ => return None,
    })
}

fn encode(img: &DynamicImage, format: ImageFormat) -> Option<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    match format {
        ImageFormat::Jpeg => {
            let rgb = img.to_rgb8();
            let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80);
            rgb.write_with_encoder(enc).ok()?;
        }
        ImageFormat::WebP => {
            let rgba = img.to_rgba8();
            rgba.write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(&mut out))
                .ok()?;
        }
        other => img.write_to(&mut out, other).ok()?,
    }
    Some(out.into_inner())
}

/// Reads `cache/<key>` or makes it with `make` and stores it.
fn cached(cache: &Path, key: &str, make: impl FnOnce() -> Option<Vec<u8>>) -> Option<Vec<u8>> {
    let path = cache.join(key);
    if let Ok(bytes) = std::fs::read(&path) {
        return Some(bytes);
    }
    let bytes = make()?;
    if std::fs::create_dir_all(cache).is_ok() {
        let _ = std::fs::write(&path, &bytes);
    }
    Some(bytes)
}

pub fn process(files: &[BundleFile], root: &Path) -> (Images, Diagnostics) {
    let cache = root.join(CACHE_DIR);
    type Processed = Result<Option<((String, String), ImageInfo)>, Diagnostic>;
    let results: Vec<Processed> = files
        .par_iter()
        .map(|f| {
            let Some((format, ext, mime)) = format_of(&f.name) else {
                return Ok(None);
            };
            let bytes = std::fs::read(&f.path).map_err(|e| {
                Diagnostic::error(Code::Unreadable, format!("cannot read the image: {e}"))
                    .file(&f.file)
            })?;
            let size = imagesize::blob_size(&bytes).map_err(|_| {
                Diagnostic::error(
                    Code::BadImage,
                    "this image cannot be read: the file may be damaged",
                )
                .file(&f.file)
                .hint("open it in an image editor and save it again as JPEG or PNG")
            })?;
            let (width, height) = (size.width as u32, size.height as u32);
            // Decoding a 50,000 × 50,000 image needs 10 GB; no page shows more than a phone.
            if u64::from(width) * u64::from(height) > MAX_PIXELS {
                return Err(Diagnostic::error(
                    Code::BadImage,
                    format!(
                        "this image is {width} × {height} pixels, more than the {} megapixels Waymark resizes",
                        MAX_PIXELS / 1_000_000
                    ),
                )
                .file(&f.file)
                .hint("make it smaller (2,000 pixels wide is plenty for any screen) and save it again"));
            }
            let hash = blake3::hash(&bytes).to_hex()[..16].to_string();
            let stem = f.name.rsplit_once('.').map_or(f.name.as_str(), |x| x.0);
            let mut decoded: Option<DynamicImage> = None;
            let mut variants = Vec::new();
            for &w in WIDTHS.iter().filter(|&&w| w < width) {
                let h =
                    ((u64::from(height) * u64::from(w)) / u64::from(width.max(1))).max(1) as u32;
                let mut resized = || -> Option<DynamicImage> {
                    if decoded.is_none() {
                        decoded = image::load_from_memory_with_format(&bytes, format).ok();
                    }
                    decoded
                        .as_ref()
                        .map(|d| d.resize_exact(w, h, image::imageops::FilterType::Lanczos3))
                };
                let own = cached(&cache, &format!("{hash}-{w}.{ext}"), || {
                    encode(&resized()?, format)
                });
                let webp = cached(&cache, &format!("{hash}-{w}.webp"), || {
                    encode(&resized()?, ImageFormat::WebP)
                });
                let Some(own) = own else {
                    return Err(
                        Diagnostic::error(Code::BadImage, "this image cannot be decoded (damaged, or in a variant of its format the decoder does not read)")
                            .file(&f.file)
                            .hint("open it in an image editor and save it again as JPEG or PNG"),
                    );
                };
                // WebP is lossless here: keep it only where it is the lighter file.
                if let Some(webp) = webp.filter(|x| x.len() < own.len()) {
                    variants.push(Variant {
                        name: format!("{stem}-{w}.webp"),
                        width: w,
                        webp: true,
                        bytes: Arc::new(webp),
                    });
                }
                variants.push(Variant {
                    name: format!("{stem}-{w}.{ext}"),
                    width: w,
                    webp: false,
                    bytes: Arc::new(own),
                });
            }
            Ok(Some((
                (f.bundle.clone(), f.name.clone()),
                ImageInfo {
                    width,
                    height,
                    mime,
                    variants,
                },
            )))
        })
        .collect();
    let mut images = Images::default();
    let mut diags = Diagnostics::new();
    for r in results {
        match r {
            Ok(Some((k, v))) => {
                images.0.insert(k, v);
            }
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
    }
    (images, diags)
}
