//! Images in page bundles: resized into widths for `srcset`, with dimensions and lazy
//! loading, cached between builds.

use crate::support::{read_tree, SiteTest};

fn site_with_photo() -> SiteTest {
    // A 1200 x 600 gradient: large enough for the 480 and 960 widths.
    let img = image::RgbImage::from_fn(1200, 600, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png).unwrap();
    SiteTest::fixture("multilingual")
        .file(
            "content/gallery/index.md",
            "---\ntitle: Gallery\n---\n\n![a test picture](photo.png)\n",
        )
        .file("content/gallery/photo.png", png.into_inner())
}

#[test]
fn bundle_images_get_widths_dimensions_and_lazy_loading() {
    let built = site_with_photo().build_ok();
    let files = built.files();
    for lang in ["en", "ar", "sw"] {
        for f in ["photo.png", "photo-480.png", "photo-960.png"] {
            assert!(
                files.contains(&format!("{lang}/gallery/{f}")),
                "{lang}/gallery/{f}"
            );
        }
    }
    let img = built
        .page("en/gallery/index.html")
        .attrs("img[alt=\"a test picture\"]")
        .into_iter()
        .next()
        .expect("the image");
    assert_eq!(img["width"], "1200");
    assert_eq!(img["height"], "600");
    assert_eq!(img["loading"], "lazy");
    assert_eq!(img["decoding"], "async");
    assert!(
        img["srcset"].contains("photo-480.png 480w") && img["srcset"].contains("photo.png 1200w"),
        "{img:?}"
    );
    assert!(img.contains_key("sizes"));
    let small = image::load_from_memory(
        &std::fs::read(built.out.join("en/gallery/photo-480.png")).unwrap(),
    )
    .unwrap();
    assert_eq!((small.width(), small.height()), (480, 240));
}

#[test]
fn resized_images_are_cached_and_builds_stay_identical() {
    let site = site_with_photo().site();
    site.build_ok(&[]);
    let first = read_tree(&site.out());
    let cache = site.root.join(".waymark-cache/images");
    let cached = std::fs::read_dir(&cache).unwrap().count();
    assert!(cached >= 2, "{cached} files cached");
    site.build_ok(&[]);
    assert_eq!(first, read_tree(&site.out()), "two builds differ");
    // The cache is used: a marker written into a cached file shows up in the output.
    let entry = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with("-480.png"))
        .expect("a cached 480 px PNG");
    std::fs::write(&entry, b"cached marker").unwrap();
    site.build_ok(&[]);
    assert_eq!(
        std::fs::read(site.out().join("en/gallery/photo-480.png")).unwrap(),
        b"cached marker"
    );
}
