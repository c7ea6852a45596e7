//! The headers every response needs — privacy headers and a Content-Security-Policy on
//! every response, real 404s and alias pages included, a stricter policy on every page,
//! fingerprinted assets cached for a year and everything else revalidated — as rules by
//! path, and as `_headers` for the hosts that read it (Netlify, Cloudflare Pages). The
//! nginx snippet and the S3 metadata are made from the same rules.

use super::{Cx, Out};
use crate::campaign;

/// Headers for the paths a pattern matches: `/x` exactly, or `/x/*` everything below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rule {
    pub path: String,
    pub headers: Vec<(&'static str, String)>,
}

impl Rule {
    pub(crate) fn matches(&self, path: &str) -> bool {
        match self.path.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == self.path,
        }
    }
}

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    if cx.p.site.config.host.reads_rule_files() {
        out.put("_headers", render(&rules(cx)));
    }
}

/// The rules, the catch-all first. Hosts merge two rules that match one path differently:
/// Cloudflare joins the values with commas (for CSP: both policies apply, so the stricter
/// wins), Netlify keeps the later rule's. So the catch-all rule carries the loosest policy
/// the site needs (search runs WebAssembly), and the narrower rules after it only add the
/// strict one: either way a page gets the strict policy and any other response the
/// catch-all's. No two rules set `Cache-Control` for one path.
pub(crate) fn rules(cx: &Cx) -> Vec<Rule> {
    let youtube =
        cx.p.campaign
            .videos
            .values()
            .any(|v| matches!(v.source, campaign::Source::Youtube { .. }));
    let languages = cx.p.site.config.codes();
    rules_for(&languages, youtube, &cx.p.stylesheet.csp_hash)
}

fn rules_for(languages: &[&str], youtube: bool, style_hash: &str) -> Vec<Rule> {
    let frame = if youtube {
        "frame-src https://www.youtube-nocookie.com; "
    } else {
        "frame-src 'none'; "
    };
    let csp = |script: &str| {
        (
            "Content-Security-Policy",
            format!(
                "default-src 'self'; script-src {script}; style-src 'self' '{style_hash}'; \
img-src 'self' data:; media-src 'self'; connect-src 'self'; font-src 'self'; {frame}object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
            ),
        )
    };
    let revalidate = ("Cache-Control", "public, max-age=0, must-revalidate".into());
    let page = vec![csp("'self'"), revalidate.clone()];
    // Search runs Pagefind's WebAssembly in its worker (which takes the policy of its own
    // response, from /pagefind/), or in the page itself where workers are missing.
    let mut rules = vec![
        Rule {
            path: "/*".into(),
            headers: vec![
                ("Referrer-Policy", "no-referrer".into()),
                ("X-Content-Type-Options", "nosniff".into()),
                (
                    "Permissions-Policy",
                    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
                        .into(),
                ),
                csp("'self' 'wasm-unsafe-eval'"),
            ],
        },
        Rule {
            path: "/assets/*".into(),
            headers: vec![(
                "Cache-Control",
                "public, max-age=31536000, immutable".into(),
            )],
        },
    ];
    let rule = |path: String, headers: &Vec<(&'static str, String)>| Rule {
        path,
        headers: headers.clone(),
    };
    for p in ["/", "/index.html", "/404.html", "/sw.js"] {
        rules.push(rule(p.into(), &page));
    }
    rules.extend(languages.iter().map(|l| rule(format!("/{l}/*"), &page)));
    let only_revalidate = vec![revalidate];
    for p in [
        "/search/*",
        "/pagefind/*",
        "/sitemap.xml",
        "/robots.txt",
        "/directory.json",
        "/icon.svg",
        "/icon-192.png",
        "/icon-512.png",
        "/hsds/*",
    ] {
        rules.push(rule(p.into(), &only_revalidate));
    }
    rules
}

/// `_headers`: a path line, then its headers indented.
fn render(rules: &[Rule]) -> String {
    let mut out = String::new();
    for r in rules {
        out.push_str(&r.path);
        out.push('\n');
        for (name, value) in &r.headers {
            out.push_str(&format!("  {name}: {value}\n"));
        }
        out.push('\n');
    }
    out
}

/// The headers a path gets, as Cloudflare sends them: every matching rule's, in order.
pub(crate) fn for_path<'r>(rules: &'r [Rule], path: &str) -> Vec<&'r (&'static str, String)> {
    rules
        .iter()
        .filter(|r| r.matches(path))
        .flat_map(|r| &r.headers)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_gets_a_policy_and_one_cache_control() {
        let rules = rules_for(&["en", "ar"], false, "sha256-x");
        for path in [
            "/",
            "/nope",
            "/en/",
            "/ar/404.html",
            "/assets/site.1234.css",
            "/pagefind/wasm.en.pagefind",
            "/sitemap.xml",
        ] {
            let got = for_path(&rules, path);
            let count = |name: &str| got.iter().filter(|(n, _)| *n == name).count();
            assert!(count("Content-Security-Policy") >= 1, "{path}");
            assert!(count("Cache-Control") <= 1, "{path}");
            assert_eq!(count("Referrer-Policy"), 1, "{path}");
        }
        let page = for_path(&rules, "/en/rights/");
        assert!(page
            .iter()
            .any(|(n, v)| *n == "Content-Security-Policy" && v.contains("script-src 'self';")));
        assert!(render(&rules).starts_with("/*\n  Referrer-Policy: no-referrer\n"));
    }
}
