//! A bundle image as HTML: an `<img>` with its resized copies in `srcset`, inside a
//! `<picture>` when there are WebP copies. (Rendering is here, the resizing in
//! `content::images`, so the two modules do not import each other.)

use crate::content::images::ImageInfo;

/// The `<img>` (in a `<picture>` when there is WebP) for a bundle image.
pub(crate) fn html(src: &str, alt: &str, title: Option<&str>, info: &ImageInfo) -> String {
    let esc = super::markdown::escape_attr;
    let base = src
        .rsplit_once('/')
        .map_or(String::new(), |(d, _)| format!("{d}/"));
    let set = |webp: bool| -> String {
        let mut parts: Vec<String> = info
            .variants
            .iter()
            .filter(|v| v.webp == webp)
            .map(|v| format!("{}{} {}w", base, v.name, v.width))
            .collect();
        if !webp {
            parts.push(format!("{src} {}w", info.width));
        }
        esc(&parts.join(", "))
    };
    let sizes = "(max-width: 44rem) 100vw, 44rem";
    let title = title
        .filter(|t| !t.is_empty())
        .map(|t| format!(" title=\"{}\"", esc(t)))
        .unwrap_or_default();
    let img = format!(
        "<img src=\"{}\" alt=\"{}\"{title} width=\"{}\" height=\"{}\" srcset=\"{}\" sizes=\"{sizes}\" loading=\"lazy\" decoding=\"async\">",
        esc(src),
        esc(alt),
        info.width,
        info.height,
        set(false)
    );
    if info.variants.iter().any(|v| v.webp) {
        format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{sizes}\">{img}</picture>",
            set(true)
        )
    } else {
        img
    }
}
