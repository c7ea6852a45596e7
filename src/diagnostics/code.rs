//! `Code`: the stable name of every kind of problem a build reports. JSON output has it as
//! `"code"`, GitHub annotations as `title=`, and people read it in `error[code]:`.
//!
//! The names are a public contract (editors' tools and CI filter on them): a name never
//! changes once released; a new kind of problem gets a new name. Each variant's one-line
//! comment is what the code means; the README's table of codes is made from them.

use serde::Serialize;
use std::fmt;

/// Declares `Code` with its variants' names, so `as_str`, `meaning` and `ALL` cannot miss
/// one (a unit test checks the names against serde's).
macro_rules! codes {
    ($($(#[doc = $doc:literal])+ $variant:ident = $name:literal,)+) => {
        /// What kind of problem a diagnostic is.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Code {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)+];

            /// The code's name, as JSON, GitHub annotations and people see it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)+
                }
            }

            /// What the code means: its doc comment.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Code::$variant => concat!($($doc),+).trim(),)+
                }
            }
        }
    };
}

codes! {
    // Files that cannot be read as text.
    /// A file or folder of the site cannot be read (permissions, an I/O error, or larger than a file may be).
    Unreadable = "unreadable",
    /// A file is not valid UTF-8 text.
    NotUtf8 = "not-utf8",
    /// A file changed on disk while the site was being built.
    Changed = "changed",
    /// Something under content/ is not a regular file (a pipe, socket or device).
    NotAFile = "not-a-file",
    /// A symbolic link under content/ loops, points nowhere, or points outside the site.
    BadLinkFile = "bad-link-file",
    /// A file's name cannot be used for a URL or an entry id.
    BadFileName = "bad-file-name",
    /// There is no content/ folder (a warning: only the home pages are built).
    NoContent = "no-content",
    /// There is no content/_index.md (a warning: the home pages show only the sections).
    MissingHomeIndex = "missing-home-index",

    // YAML: front matter, site.yaml, directory entries.
    /// A markdown file's front matter is missing or not closed by a `---` line.
    FrontMatter = "front-matter",
    /// A YAML file or front matter holds no keys.
    Empty = "empty",
    /// YAML that does not parse, or a value of the wrong type (text for a number ...).
    Yaml = "yaml",
    /// A key that is not known where it is written (a typo: `titel`).
    UnknownKey = "unknown-key",
    /// A required key is missing (also: front matter with no keys at all).
    MissingKey = "missing-key",

    // Pages.
    /// A page's `title` is empty.
    EmptyTitle = "empty-title",
    /// A `date` or `updated` that is not a YYYY-MM-DD date.
    BadDate = "bad-date",
    /// A `slug` that is not one URL segment.
    BadSlug = "bad-slug",
    /// Two pages have the same URL, or URLs that differ only in capitals or Unicode normalisation.
    DuplicateUrl = "duplicate-url",
    /// A page, alias or language would take a path Waymark writes itself (a directory page, a poster's folder, the offline page, the chooser, `assets/` …).
    ReservedUrl = "reserved-url",
    /// `paginate_by` in a page that is not a section: it lists nothing to split (a warning).
    PaginateByPage = "paginate-by-page",
    /// An alias that is not a path on this site.
    BadAlias = "bad-alias",
    /// An alias that is already the address of another page or alias.
    AliasTaken = "alias-taken",
    /// A translation whose page has no original in the default language.
    NoOriginal = "no-original",
    /// A machine translation not reviewed yet (a warning, when reviews are required).
    UnreviewedTranslation = "unreviewed-translation",
    /// A page of the previous build is gone and nothing redirects from its address (a warning).
    PageGone = "page-gone",
    /// A page's `template` does not exist in the theme.
    UnknownTemplate = "unknown-template",

    // Markdown.
    /// An `@/` link to a page that does not exist.
    BrokenLink = "broken-link",
    /// An `@/...#anchor` link to a heading that does not exist.
    BrokenAnchor = "broken-anchor",
    /// A `tel:` link in a page whose number is not a phone number or short code.
    BadTelLink = "bad-tel-link",
    /// A link to, or an embedded card of, a directory entry that does not exist.
    UnknownEntry = "unknown-entry",
    /// A country that is not an ISO 3166-1 alpha-2 code (a page's `help.country`, or a key
    /// of site.yaml's `directory.pinned_by_country`).
    UnknownCountry = "unknown-country",
    /// An image without alt text (a warning; an error with `--strict`).
    MissingAlt = "missing-alt",
    /// Lists or quotes nested deeper than any page needs.
    TooDeep = "too-deep",

    // site.yaml.
    /// `languages` lists no language.
    NoLanguages = "no-languages",
    /// A language is listed twice in `languages` (also in other capitals).
    DuplicateLanguage = "duplicate-language",
    /// A language code that is not a BCP 47 tag.
    BadLanguageTag = "bad-language-tag",
    /// `default_language` is not one of `languages`.
    UnknownDefaultLanguage = "unknown-default-language",
    /// `base_url` (or `--base-url`) is not an http(s) URL.
    BadBaseUrl = "bad-base-url",
    /// The quick-exit button's `url` is not an http(s) address.
    BadQuickExitUrl = "bad-quick-exit-url",
    /// `publish.host` (or `--host`) is not a host Waymark writes for.
    BadHost = "bad-host",
    /// site.yaml's `markdown.raw_html` is not `refuse`, `sanitize` or `escape`.
    BadRawHtml = "bad-raw-html",
    /// site.yaml's `markdown.heading_ids` is not `waymark` or `github`.
    BadHeadingIds = "bad-heading-ids",
    /// site.yaml's `links.check_relative` is not `error` or `warn`.
    BadLinksCheck = "bad-links-check",
    /// The top level has more sections and pages than the menu lists (a warning).
    LongMenu = "long-menu",
    /// `theme` is not a folder name.
    BadThemeName = "bad-theme-name",
    /// The theme named in site.yaml has no folder under themes/.
    UnknownTheme = "unknown-theme",

    // The theme: templates, styles, interface strings.
    /// A template does not compile (a syntax error, an unknown filter, an include of itself ...).
    TemplateSyntax = "template-syntax",
    /// A template failed while rendering a page.
    Template = "template",
    /// A template took longer than `--render-time-limit` to render one page (it may loop forever).
    RenderTimeout = "render-timeout",
    /// The theme's stylesheet cannot be built (CSS syntax, an `@import` that is not there).
    BadStylesheet = "bad-stylesheet",
    /// A Fluent (.ftl) file does not parse.
    FluentSyntax = "fluent-syntax",
    /// A Fluent message cannot be formatted (a variable nothing passes).
    FluentFormat = "fluent-format",
    /// A template uses a message the default language does not have.
    MissingMessage = "missing-message",
    /// Interface messages missing in a language, shown in the default language (a warning).
    UntranslatedMessages = "untranslated-messages",

    // The campaign.
    /// A campaign section lacks one of its three parts, or has one twice.
    CampaignPart = "campaign-part",
    /// A file the page names (video, poster, caption) is not there.
    MissingFile = "missing-file",
    /// A video file browsers cannot play.
    BadVideo = "bad-video",
    /// A video with both or neither of `file` and `youtube`.
    BadVideoSource = "bad-video-source",
    /// A `youtube` value that is not a video id.
    BadYoutubeId = "bad-youtube-id",
    /// A YouTube video without a `poster`.
    MissingPoster = "missing-poster",
    /// A `duration` that is not m:ss or h:mm:ss.
    BadDuration = "bad-duration",
    /// A video's length cannot be read from its file (a warning: write `duration`).
    UnknownDuration = "unknown-duration",
    /// A `captions` file pattern without `{lang}`.
    BadCaptionPattern = "bad-caption-pattern",
    /// A caption file that is not valid WebVTT.
    Webvtt = "webvtt",
    /// An image that cannot be read or decoded.
    BadImage = "bad-image",

    // The directory.
    /// A field of a directory entry is not valid (phone, opening hours, website, country ...).
    DirectoryEntry = "directory-entry",
    /// Two directory entries have the same id.
    DuplicateId = "duplicate-id",
    /// A directory spreadsheet (`waymark directory import`) that cannot be read, a column
    /// it does not know, a row without an id, or a yes/no cell that is neither.
    BadSheet = "bad-sheet",
    /// A translator's XLIFF file that cannot be read, whose page changed since it was
    /// exported, or whose target lost, repeats or invents a placeholder.
    BadXliff = "bad-xliff",
    /// A directory entry whose details are older than `stale_after_days`, counted from `verified.on`, else from `source.date` (a warning).
    StaleEntry = "stale-entry",
    /// A directory entry's `source.date` that is not a day, a month or a year, or a `verified.on` that is not a day.
    BadEntryDate = "bad-entry-date",
    /// A directory entry's `verified.on` or `source.date` after the day of the build.
    FutureDate = "future-date",
    /// A directory entry's `source.date` after its `verified.on`.
    SourceAfterVerified = "source-after-verified",
    /// A directory entry written with `last_verified:` or `source: <text>`, read as `source: {name, url, date}` (a warning).
    OldSourceKeys = "old-source-keys",
    /// `directory.pinned` names an entry that does not exist.
    UnknownPinnedEntry = "unknown-pinned-entry",

    // The built pages.
    /// A page would load from another host or run inline code.
    ExternalLoad = "external-load",
    /// Raw HTML in a page lost what would load from another host or run code
    /// (`raw_html: sanitize`; a warning).
    HtmlSanitized = "html-sanitized",
    /// A page weighs more than one round trip (with `--budget`).
    OverBudget = "over-budget",

    // Search.
    /// Pagefind was not found: search is not built (a warning).
    SearchMissing = "search-missing",
    /// Pagefind cannot be started.
    SearchCannotRun = "search-cannot-run",
    /// Pagefind could not index the site.
    Search = "search",
    /// What Pagefind wrote is missing or cannot be read.
    SearchOutput = "search-output",

    // Writing the site.
    /// Another build is writing into the same output folder.
    Busy = "busy",
    /// The output (or a file being stamped) cannot be written, or the new site cannot be moved into place.
    CannotWrite = "cannot-write",
    /// More redirects than the host takes (Cloudflare Pages: 2,000 static and 100 dynamic rules).
    TooManyRedirects = "too-many-redirects",

    // `waymark translations --stamp`.
    /// `--stamp` was given the default language's file, not a translation.
    NotATranslation = "not-a-translation",
    /// `--stamp` was given a file that is no page of the site.
    NotAPage = "not-a-page",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn names_are_serde_names_and_unique() {
        let mut seen = BTreeSet::new();
        for &code in Code::ALL {
            let serde = serde_json::to_value(code).unwrap();
            assert_eq!(serde, code.as_str(), "{code:?}");
            assert!(seen.insert(code.as_str()), "`{code}` twice");
            assert!(
                code.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "`{code}` is not kebab-case"
            );
            assert!(!code.meaning().is_empty(), "`{code}` has no meaning");
        }
    }

    #[test]
    fn released_names_keep_their_spelling() {
        // Names that tools already filter on: they must never change.
        for name in [
            "bad-alias",
            "bad-date",
            "bad-image",
            "bad-link-file",
            "bad-slug",
            "broken-anchor",
            "broken-link",
            "busy",
            "campaign-part",
            "changed",
            "directory-entry",
            "duplicate-id",
            "duplicate-url",
            "empty",
            "empty-title",
            "external-load",
            "fluent-format",
            "fluent-syntax",
            "front-matter",
            "missing-alt",
            "missing-key",
            "missing-message",
            "not-a-file",
            "not-utf8",
            "over-budget",
            "page-gone",
            "search",
            "search-missing",
            "stale-entry",
            "template",
            "too-deep",
            "unknown-key",
            "unreadable",
            "unreviewed-translation",
            "untranslated-messages",
            "webvtt",
            "yaml",
        ] {
            assert!(
                Code::ALL.iter().any(|c| c.as_str() == name),
                "`{name}` is gone"
            );
        }
    }

    #[test]
    fn the_readme_lists_every_code_with_its_meaning() {
        let readme = include_str!("../../README.md");
        for &code in Code::ALL {
            let row = format!("| `{code}` | {} |", code.meaning());
            assert!(readme.contains(&row), "README.md lacks the row\n{row}");
        }
    }
}
