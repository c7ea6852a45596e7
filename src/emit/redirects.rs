//! Redirects of the pages' aliases and moved URLs, in the form the host understands: an
//! HTML page at each old address where the host has no rules (GitHub Pages, S3, any
//! server), `_redirects` for Netlify and Cloudflare Pages. The nginx snippet takes the
//! same rules (see `nginx`).

use super::{Cx, Out};
use crate::content::model::Site;
use crate::diagnostics::{Code, Diagnostic};
use crate::output::host::Host;
use crate::output::redirect_rules::{self, Rule};

/// The HTML pages at the old addresses, for hosts without rules (while the pages render).
pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    if !site.config.host.redirect_pages() {
        return;
    }
    for a in &site.aliases {
        let target = &site.urls[a.entry][a.lang].url;
        let page = cx.p.renderer.redirect_page(site, a.lang, target);
        out.page(cx, "redirect.html", page, a.out.clone());
    }
}

/// `_redirects` for Netlify and Cloudflare Pages (once every page is written, so that a
/// prefix rule is made only for a folder that holds nothing any more).
pub(super) fn emit_rules(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    let host = site.config.host;
    if !host.reads_rule_files() {
        return;
    }
    let mut text = String::new();
    match rules(cx, out) {
        Ok(rules) => {
            // Netlify matches the decoded path (netlify-cli hands its matcher
            // `decodeURIComponent(pathname)`), Cloudflare the path as requested.
            let old = |url: &str| match host {
                Host::Netlify => decoded_for_rules(url),
                _ => encode(url),
            };
            for r in rules {
                let line = match r {
                    Rule::Exact { from, to } => format!("{} {} 301", old(&from), encode(&to)),
                    Rule::Prefix { from, to, .. } => {
                        format!("{}* {}:splat 301", old(&from), encode(&to))
                    }
                };
                text.push_str(&line);
                text.push('\n');
            }
        }
        Err(d) => {
            out.problem(d);
            return;
        }
    }
    // Netlify serves only /404.html for a missing page unless told which page a
    // language's folder has; the rule applies only where no file stands.
    if host == Host::Netlify {
        for lang in &site.config.languages {
            let code = encode(&lang.code);
            text.push_str(&format!("/{code}/* /{code}/404.html 404\n"));
        }
    }
    if !text.is_empty() {
        out.put("_redirects", text);
    }
}

/// Every alias and moved URL as host rules, within Cloudflare's limits when the host is
/// Cloudflare (past them, the error: Cloudflare drops the rest without a word).
pub(super) fn rules(cx: &Cx, out: &Out) -> Result<Vec<Rule>, Diagnostic> {
    let site = &cx.p.site;
    let dir = &out.staging.dir;
    let written = !out.staging.is_dry();
    // A folder of the new site that holds a file: a prefix rule there would hide it.
    let served_below = |prefix: &str| {
        written && {
            let rel = prefix.trim_start_matches('/');
            rel.is_empty() || dir.join(rel).exists()
        }
    };
    let rules = redirect_rules::compact(&pairs(site), served_below);
    if site.config.host != Host::Cloudflare {
        return Ok(rules);
    }
    redirect_rules::within(
        rules,
        redirect_rules::CLOUDFLARE_STATIC,
        redirect_rules::CLOUDFLARE_DYNAMIC,
    )
    .map_err(|(exact, prefix)| {
        Diagnostic::error(
            Code::TooManyRedirects,
            format!(
                "the site needs {exact} single redirects and {prefix} folder redirects; Cloudflare Pages takes {} and {} and ignores the rest",
                redirect_rules::CLOUDFLARE_STATIC,
                redirect_rules::CLOUDFLARE_DYNAMIC
            ),
        )
        .file("site.yaml")
        .hint("a moved folder needs one rule once nothing else is served below its old address; remove `aliases:` no one needs, or publish to a host without this limit (`publish: { host: netlify }` or nginx)")
    })
}

/// (old URL, new URL) for every alias and moved page.
fn pairs(site: &Site) -> Vec<(String, String)> {
    site.aliases
        .iter()
        .map(|a| (a.url.clone(), site.urls[a.entry][a.lang].url.clone()))
        .collect()
}

/// A path as rule files carry it, percent-encoded as the request line has it. Site URLs
/// are encoded already (`%` stays as it is); this also encodes what a URL from an old
/// manifest might hold: spaces, letters beyond ASCII and the rule syntax's own characters.
pub(super) fn encode(path: &str) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
    const PATH: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'*')
        .add(b'!')
        .add(b':')
        .add(b';')
        .add(b'$')
        .add(b'\\')
        .add(b'\'');
    utf8_percent_encode(path, PATH).to_string()
}

/// A site URL as nginx's `$uri` and Netlify's matcher have it: percent-decoded.
pub(super) fn decoded(url: &str) -> String {
    percent_encoding::percent_decode_str(url)
        .decode_utf8_lossy()
        .into_owned()
}

/// Decoded, but with what would break a rule line (spaces, controls) still encoded.
fn decoded_for_rules(url: &str) -> String {
    decoded(url)
        .chars()
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                let mut buf = [0; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{decoded_for_rules, encode};

    #[test]
    fn netlify_rules_match_decoded_paths_that_still_fit_one_line() {
        assert_eq!(decoded_for_rules("/ar/%D8%AD/"), "/ar/ح/");
        assert_eq!(decoded_for_rules("/a%20b%0A/"), "/a%20b%0A/");
    }

    #[test]
    fn rule_paths_carry_no_syntax_and_no_raw_unicode() {
        assert_eq!(encode("/en/a b/"), "/en/a%20b/");
        assert_eq!(encode("/ar/حقوق/"), "/ar/%D8%AD%D9%82%D9%88%D9%82/");
        assert_eq!(encode("/x/*\n:splat!"), "/x/%2A%0A%3Asplat%21");
        assert_eq!(
            encode("/ar/%D8%AD/"),
            "/ar/%D8%AD/",
            "site URLs are encoded already"
        );
    }
}
