//! Snapshots (insta) of representative pages of the fixtures' shared builds, as the build
//! writes them: a change to the theme, its templates or the generator that changes one of
//! these pages fails here with a readable diff of the page's HTML.
//!
//! The snapshots are committed in `tests/testsuite/snapshots/`. After an intended change,
//! update them and review the diff before committing it:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --test testsuite snapshots::
//! git diff tests/testsuite/snapshots/
//! ```
//!
//! or, with cargo-insta installed, `cargo insta test --review` (or `cargo insta review` to
//! go through the `.snap.new` files a plain `cargo test` leaves). When `CI` is set (as in
//! `.ci/run`), a mismatch or a missing snapshot fails the test and nothing is written.
//! The pages hold no date that changes by itself (build dates are not written). The one
//! filter: the stylesheet that every page carries inline is left out (a change of the CSS
//! would otherwise change every snapshot); `build_site` checks that it is the theme's.

use crate::support::shared::{campaign, directory, multilingual};

/// `html` with the text of its `<style>` element left out.
fn page(html: String) -> String {
    match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) if a < b => format!(
            "{}<style>/* the theme's stylesheet */{}",
            &html[..a],
            &html[b..]
        ),
        _ => html,
    }
}

/// A right-to-left page: the Arabic translation of rights/know.md, with its Arabic slug,
/// headings and links.
#[test]
fn rtl_page() {
    insta::assert_snapshot!(
        "rtl_page",
        page(multilingual().output("ar/rights/حقوقك/index.html"))
    );
}

/// A fallback: the Arabic page of a text that exists only in English, shown in English
/// (marked so) under a notice in Arabic.
#[test]
fn fallback_page() {
    insta::assert_snapshot!(
        "fallback_page",
        page(multilingual().output("ar/rights/untranslated/index.html"))
    );
}

/// The root language chooser (`/index.html`): no redirect, each language in its own name.
#[test]
fn language_chooser() {
    insta::assert_snapshot!(
        "language_chooser",
        page(multilingual().output("index.html"))
    );
}

/// A part of the campaign: a self-hosted video with captions in two languages, its
/// transcript, the next part and the VideoObject JSON-LD.
#[test]
fn campaign_video_page() {
    insta::assert_snapshot!(
        "campaign_video_page",
        page(campaign().output("en/films/one/index.html"))
    );
}

/// A part of the campaign whose video is on YouTube, behind a facade, in Arabic.
#[test]
fn campaign_youtube_page() {
    insta::assert_snapshot!(
        "campaign_youtube_page",
        page(campaign().output("ar/films/two/index.html"))
    );
}

/// A directory entry: phone links, hours, languages, the sample notice, escaped text.
#[test]
fn directory_entry_page() {
    insta::assert_snapshot!(
        "directory_entry_page",
        page(directory().output("en/directory/gr/sample-drop-in/index.html"))
    );
}
