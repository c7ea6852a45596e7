//! Pagination: a long section list is split into list pages within the one-round-trip
//! budget, each with its own address, links to the others that need no script, and its
//! translation at the same number; `paginate_by` is read from the section and site.yaml;
//! what would land on a list page is an error at its line.

use crate::support::html::attrs;
use crate::support::site_test::SiteTest;
use std::collections::BTreeSet;

const SITE: &str = "title: Lists
base_url: https://example.org
default_language: en
languages:
  - { code: en, name: English }
  - { code: ar, name: العربية }
";

/// Syllables of made-up words, in both scripts: text about as varied as real titles and
/// descriptions, so that it compresses as they do (a few words repeated would not).
const EN: &[&str] = &[
    "ba", "re", "lo", "mi", "stan", "ter", "chil", "dren", "a", "sy", "lum", "guar", "di", "an",
    "shel", "in", "pre", "ta", "tion", "fam", "ly", "law", "yer", "bor", "doc", "tor", "school",
    "help", "safe", "right", "move", "home",
];
const AR: &[&str] = &[
    "ال", "أط", "فا", "لل", "جو", "ء", "وص", "ي", "مأ", "وى", "متر", "جم", "تس", "جيل", "مد",
    "رسة", "عا", "ئلة", "محا", "مي", "حما", "ية", "حد", "ود", "طب", "يب", "بيت", "أمن",
];

/// `n` made-up words from `syllables`, the same for the same `seed`.
fn words(syllables: &[&str], seed: usize, n: usize) -> String {
    let mut state = (seed as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |below: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % below
    };
    (0..n)
        .map(|_| {
            (0..1 + next(3))
                .map(|_| syllables[next(syllables.len())])
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A site whose `news` section holds `n` pages, one in ten translated into Arabic.
fn news(n: usize) -> SiteTest {
    let mut site = SiteTest::empty()
        .file("site.yaml", SITE)
        .file("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
        .file(
            "content/news/_index.md",
            "---\ntitle: News\n---\nEvery story.\n",
        )
        .file(
            "content/news/_index.ar.md",
            "---\ntitle: الأخبار\n---\nكل القصص.\n",
        );
    for i in 0..n {
        let (title, desc) = (words(EN, i, 7), words(EN, i + 1, 24));
        site = site.file(
            &format!("content/news/story-{i:04}.md"),
            format!("---\ntitle: \"{title} {i}\"\ndescription: \"{desc}.\"\n---\nStory {i}.\n"),
        );
        if i % 10 == 0 {
            let (title, desc) = (words(AR, i, 7), words(AR, i + 1, 24));
            site = site.file(
                &format!("content/news/story-{i:04}.ar.md"),
                format!("---\ntitle: \"{title} {i}\"\ndescription: \"{desc}.\"\n---\nقصة {i}.\n"),
            );
        }
    }
    site
}

fn list_file(lang: &str, number: usize) -> String {
    match number {
        1 => format!("{lang}/news/index.html"),
        n => format!("{lang}/news/page/{n}/index.html"),
    }
}

fn list_url(lang: &str, number: usize) -> String {
    match number {
        1 => format!("/{lang}/news/"),
        n => format!("/{lang}/news/page/{n}/"),
    }
}

#[test]
fn a_section_of_5000_pages_builds_into_list_pages_within_the_budget() {
    // `--budget` makes a page over the one-round-trip budget an error.
    let built = news(5000).args(&["--budget"]).build_ok();
    let base = "https://example.org";
    for lang in ["en", "ar"] {
        let mut listed = BTreeSet::new();
        for number in 1..=100 {
            let page = built.page(&list_file(lang, number));
            let own = list_url(lang, number);
            let links: Vec<String> = page
                .attrs("ul.cards a")
                .iter()
                .map(|a| a["href"].clone())
                .collect();
            assert_eq!(links.len(), 50, "{own}");
            for l in links {
                assert!(listed.insert(l.clone()), "{l} listed twice");
            }
            assert_eq!(
                page.attrs("link[rel=canonical]")[0]["href"],
                format!("{base}{own}")
            );
            // The same list page in each language, and only that.
            let alternates: Vec<(String, String)> = page
                .attrs("link[rel=alternate][hreflang]")
                .iter()
                .map(|a| (a["hreflang"].clone(), a["href"].clone()))
                .collect();
            assert_eq!(
                alternates,
                vec![
                    ("en".into(), format!("{base}{}", list_url("en", number))),
                    ("ar".into(), format!("{base}{}", list_url("ar", number))),
                    (
                        "x-default".into(),
                        format!("{base}{}", list_url("en", number))
                    ),
                ],
                "{own}"
            );
            // The neighbours, in the head and as links that need no script.
            for (rel, next) in [("prev", number - 1), ("next", number + 1)] {
                let want = (1..=100).contains(&next).then(|| list_url(lang, next));
                let head = page.attrs(&format!("link[rel={rel}]"));
                let body = page.attrs(&format!("nav.pagination a[rel={rel}]"));
                assert_eq!(head.first().map(|a| a["href"].clone()), want, "{own} {rel}");
                assert_eq!(body.first().map(|a| a["href"].clone()), want, "{own} {rel}");
            }
            let current = page.attrs("nav.pagination a[aria-current=page]");
            assert_eq!(current.len(), 1, "{own}");
            assert_eq!(current[0]["href"], own);
            let numbers: Vec<String> = page
                .attrs("nav.pagination .pagination-numbers a")
                .iter()
                .map(|a| a["href"].clone())
                .collect();
            assert!(numbers.contains(&list_url(lang, 1)) && numbers.contains(&list_url(lang, 100)));
            // The intro once, on the first list page; the title names the list page.
            let intro = if lang == "en" {
                "Every story."
            } else {
                "كل القصص."
            };
            let shown = crate::support::html::text(&page.select(".section-intro")[0]);
            assert_eq!(shown.contains(intro), number == 1, "{own}: {shown}");
            let title = crate::support::html::text(&page.select("title")[0]);
            assert_eq!(title.contains("100"), number > 1, "{own}: {title}");
            // List pages after the first are not searched: they repeat their pages.
            assert_eq!(
                page.select("main[data-pagefind-body]").len(),
                usize::from(number == 1)
            );
        }
        assert_eq!(listed.len(), 5000);
        assert!(!built.out.join(list_file(lang, 101)).exists());
        assert!(!built.out.join(list_file(lang, 0)).exists());
        let dir = attrs(&built.page(&list_file(lang, 2)).select("html")[0])["dir"].clone();
        assert_eq!(dir, if lang == "ar" { "rtl" } else { "ltr" });
    }
}

#[test]
fn the_sitemap_lists_a_section_once_not_its_list_pages() {
    let built = news(120).build_ok();
    assert!(built.out.join("en/news/page/3/index.html").is_file());
    let sitemap = built.output("sitemap.xml");
    assert!(
        sitemap.contains("https://example.org/en/news/"),
        "{sitemap}"
    );
    assert!(!sitemap.contains("/page/"), "{sitemap}");
}

#[test]
fn the_same_list_on_one_page_is_over_the_budget() {
    // What the test above proves is not vacuous: 300 of the same pages on one list page
    // fail `--budget`.
    let built = news(300)
        .replace("site.yaml", "languages:", "paginate_by: 0\nlanguages:")
        .args(&["--budget"])
        .build_fails();
    let over = built.with_code("over-budget");
    assert!(
        over.iter().any(|d| d.message.contains("/en/news/")),
        "{over:#?}"
    );
}

/// A directory entry of the shape the sample entries have (`example: true`, the
/// fixture's sample number), with a description in both languages.
fn entry(i: usize) -> String {
    format!(
        "name:\n  en: Sample shelter {i}\n  ar: مأوى تجريبي {i}\nkind: service\ncountry: GR\ncity: Athens\ncategories: [shelter]\nphones:\n  - number: \"+30 694 277 3030\"\n    label: {{ en: Mobile, ar: الجوال }}\n    whatsapp: true\nlanguages: [el, en, ar, prs]\nhours: \"Mo-Fr 09:00-17:00\"\nages: \"12-17\"\ndescription:\n  en: \"{}.\"\n  ar: \"{}.\"\nsource:\n  name: Example leaflet\n  date: 2024-02\nexample: true\n",
        words(EN, i, 30),
        words(AR, i, 30)
    )
}

#[test]
fn a_long_directory_list_is_split_and_its_index_links_the_lists() {
    let mut site = SiteTest::empty()
        .file(
            "site.yaml",
            format!("{SITE}directory:\n  stale_after_days: 100000\n"),
        )
        .file("content/_index.md", "---\ntitle: Home\n---\n");
    for i in 0..45 {
        site = site.file(
            &format!("content/directory/gr/sample-{i:02}.yaml"),
            entry(i),
        );
    }
    let built = site.args(&["--budget"]).build_ok();
    let base = "https://example.org";
    for lang in ["en", "ar"] {
        for rest in ["directory/gr/", "directory/category/shelter/"] {
            let url = |n: usize| match n {
                1 => format!("/{lang}/{rest}"),
                n => format!("/{lang}/{rest}page/{n}/"),
            };
            let mut listed = BTreeSet::new();
            for (number, want) in [(1, 20), (2, 20), (3, 5)] {
                let own = url(number);
                let page = built.page(&format!("{}index.html", &own[1..]));
                let entries: Vec<String> = page
                    .attrs("li.entry .entry-name a")
                    .iter()
                    .map(|a| a["href"].clone())
                    .collect();
                assert_eq!(entries.len(), want, "{own}");
                listed.extend(entries);
                assert_eq!(
                    page.attrs("link[rel=canonical]")[0]["href"],
                    format!("{base}{own}")
                );
                let hreflang: Vec<String> = page
                    .attrs("link[rel=alternate][hreflang]")
                    .iter()
                    .map(|a| a["href"].clone())
                    .collect();
                assert!(
                    hreflang.contains(&format!("{base}/en/{}", &own[4..]))
                        && hreflang.contains(&format!("{base}/ar/{}", &own[4..])),
                    "{own}: {hreflang:?}"
                );
                let next = page.attrs("nav.pagination a[rel=next]");
                assert_eq!(
                    next.first().map(|a| a["href"].clone()),
                    (number < 3).then(|| url(number + 1)),
                    "{own}"
                );
                let count = crate::support::html::text(&page.select("main .meta")[0]);
                assert!(count.contains("45"), "{own}: {count}");
            }
            assert_eq!(listed.len(), 45, "{lang} {rest}");
            assert!(!built.out.join(&url(4)[1..]).exists());
        }
        // The index links the lists instead of holding every entry.
        let index = built.page(&format!("{lang}/directory/index.html"));
        assert!(index.select("li.entry").is_empty());
        assert!(index
            .attrs("nav.directory-nav a")
            .iter()
            .any(|a| a["href"] == format!("/{lang}/directory/gr/")));
    }
}

#[test]
fn paginate_by_comes_from_the_section_then_site_yaml() {
    let mut site = SiteTest::empty()
        .file("site.yaml", format!("{SITE}paginate_by: 4\n"))
        .file("content/_index.md", "---\ntitle: Home\n---\n")
        .file(
            "content/news/_index.md",
            "---\ntitle: News\npaginate_by: 3\n---\nEvery story.\n",
        )
        .file(
            "content/news/old/_index.md",
            "---\ntitle: Older news\n---\n",
        )
        .file("content/guides/_index.md", "---\ntitle: Guides\n---\n")
        .file(
            "content/all/_index.md",
            "---\ntitle: All\npaginate_by: 0\n---\n",
        );
    for i in 0..7 {
        site = site
            .file(
                &format!("content/news/s{i}.md"),
                format!("---\ntitle: Story {i}\nweight: {i}\n---\n"),
            )
            .file(
                &format!("content/guides/g{i}.md"),
                format!("---\ntitle: Guide {i}\n---\n"),
            )
            .file(
                &format!("content/all/a{i}.md"),
                format!("---\ntitle: Item {i}\n---\n"),
            );
    }
    let built = site.build_ok();
    let cards = |file: &str| -> Vec<String> {
        built
            .page(file)
            .attrs("ul.cards a")
            .iter()
            .map(|a| a["href"].clone())
            .collect()
    };
    // The section's own 3: 3 + 3 + 1, the subsection on the first list page only.
    assert_eq!(
        cards("en/news/index.html"),
        [
            "/en/news/old/",
            "/en/news/s0/",
            "/en/news/s1/",
            "/en/news/s2/"
        ]
    );
    assert_eq!(
        cards("ar/news/page/2/index.html"),
        ["/ar/news/s3/", "/ar/news/s4/", "/ar/news/s5/"]
    );
    assert_eq!(cards("en/news/page/3/index.html"), ["/en/news/s6/"]);
    assert!(!built.out.join("en/news/page/4").exists());
    // site.yaml's 4: 4 + 3.
    assert_eq!(cards("en/guides/page/2/index.html").len(), 3);
    assert!(!built.out.join("en/guides/page/3").exists());
    // 0: all on one page, and no pagination at all.
    assert_eq!(cards("en/all/index.html").len(), 7);
    assert!(!built.out.join("en/all/page").exists());
    assert!(built
        .page("en/all/index.html")
        .select("nav.pagination")
        .is_empty());
    // A list that fits has no pagination either.
    assert!(built
        .page("en/news/old/index.html")
        .select("nav.pagination")
        .is_empty());
}

#[test]
fn what_would_land_on_a_list_page_is_an_error_at_its_line() {
    let mut site = SiteTest::empty()
        .file("site.yaml", SITE)
        .file("content/_index.md", "---\ntitle: Home\n---\n")
        .file(
            "content/news/_index.md",
            "---\ntitle: News\npaginate_by: 2\n---\n",
        )
        // `/en/news/page/2/`, by its folders.
        .file("content/news/page/_index.md", "---\ntitle: A page\n---\n")
        .file("content/news/page/2.md", "---\ntitle: Two\n---\n")
        // `/en/news/page/3/`, by an alias.
        .file(
            "content/about.md",
            "---\ntitle: About\naliases:\n  - /en/news/page/3/\n---\n",
        )
        // `paginate_by` where there is no list.
        .file(
            "content/contact.md",
            "---\ntitle: Contact\n\npaginate_by: 5\n---\n",
        );
    for i in 0..5 {
        site = site.file(
            &format!("content/news/s{i}.md"),
            format!("---\ntitle: Story {i}\n---\n"),
        );
    }
    let built = site.build_fails();
    let e = built.error("reserved-url", "content/news/page/2.md", 1);
    assert!(e.message.contains("list page 2"), "{e:?}");
    let e = built.error("reserved-url", "content/about.md", 4);
    assert!(e.message.contains("/en/news/page/3/"), "{e:?}");
    let warning = built.with_code("paginate-by-page");
    assert_eq!(warning.len(), 1, "{warning:?}");
    assert_eq!(
        (warning[0].file.as_deref(), warning[0].line),
        (Some("content/contact.md"), Some(4))
    );
}
