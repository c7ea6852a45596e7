//! `_headers`: the security and caching headers of Netlify and Cloudflare Pages.

use super::{Cx, Out};
use crate::campaign;
use crate::content::model::Site;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let youtube =
        cx.p.campaign
            .videos
            .values()
            .any(|v| matches!(v.source, campaign::Source::Youtube { .. }));
    out.put(
        "_headers",
        headers(&cx.p.site, youtube, &cx.p.stylesheet.csp_hash),
    );
}

/// `_headers` (read by Netlify and Cloudflare Pages): privacy headers and a
/// Content-Security-Policy on every response, real 404s and alias pages included; a
/// stricter policy on every page (styles: the site's own files and the theme's stylesheet
/// inline in each page, by its hash `style_hash`); fingerprinted assets cached for a year
/// and everything else revalidated.
///
/// Hosts merge two rules that match one path differently: Cloudflare joins the values
/// with commas (for CSP: both policies apply, so the stricter wins), Netlify keeps the
/// later rule's. So the catch-all rule carries the loosest policy the site needs (search
/// runs WebAssembly), and the narrower rules after it only add the strict one: either way
/// a page gets the strict policy and any other response the catch-all's. No two rules set
/// `Cache-Control` for one path.
fn headers(site: &Site, youtube: bool, style_hash: &str) -> String {
    let frame = if youtube {
        "frame-src https://www.youtube-nocookie.com; "
    } else {
        "frame-src 'none'; "
    };
    let csp = |script: &str| {
        format!(
            "  Content-Security-Policy: default-src 'self'; script-src {script}; style-src 'self' '{style_hash}'; \
img-src 'self' data:; media-src 'self'; connect-src 'self'; font-src 'self'; {frame}object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'\n"
        )
    };
    let strict = csp("'self'");
    let revalidate = "  Cache-Control: public, max-age=0, must-revalidate\n";
    // Search runs Pagefind's WebAssembly in its worker (which takes the policy of its own
    // response, from /pagefind/), or in the page itself where workers are missing.
    let mut out = format!(
        "/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  \
Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n{}\n\
/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n\n",
        csp("'self' 'wasm-unsafe-eval'")
    );
    let mut rules: Vec<(String, String)> = ["/", "/index.html", "/404.html", "/sw.js"]
        .iter()
        .map(|p| (p.to_string(), strict.clone() + revalidate))
        .collect();
    rules.extend(
        site.config
            .languages
            .iter()
            .map(|l| (format!("/{}/*", l.code), strict.clone() + revalidate)),
    );
    for p in ["/search/*", "/pagefind/*"] {
        rules.push((p.into(), revalidate.to_string()));
    }
    for p in [
        "/sitemap.xml",
        "/robots.txt",
        "/directory.json",
        "/icon.svg",
        "/icon-192.png",
        "/icon-512.png",
        "/hsds/*",
    ] {
        rules.push((p.to_string(), revalidate.to_string()));
    }
    for (path, headers) in rules {
        out.push_str(&path);
        out.push('\n');
        out.push_str(&headers);
        out.push('\n');
    }
    out
}
