//! The nginx profile's configuration, written into the site under `_nginx/` (which it
//! refuses to serve): `server.conf` to include inside a `server { }` block that sets
//! `root` to the site, `http.conf` inside `http { }`. They serve the `.br`/`.gz` copies
//! (`gzip_static`, `brotli_static`), pretty URLs (`try_files`), each language's 404
//! page, the headers of `_headers` on every response, and the redirects as a `map`.

use super::headers::{self, Rule as HeaderRule};
use super::{Cx, Out};
use crate::output::host::Host;
use crate::output::redirect_rules::Rule;

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    if cx.p.site.config.host != Host::Nginx {
        return;
    }
    let redirects = match super::redirects::rules(cx, out) {
        Ok(r) => r,
        Err(d) => return out.problem(d),
    };
    let languages = cx.p.site.config.codes();
    out.put("_nginx/http.conf", http_conf(&redirects));
    out.put(
        "_nginx/server.conf",
        server_conf(&headers::rules(cx), &languages),
    );
}

/// A string as nginx reads it in double quotes.
fn quoted(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        if matches!(c, '"' | '\\') {
            q.push('\\');
        }
        if !c.is_control() {
            q.push(c);
        }
    }
    q.push('"');
    q
}

/// A path as a regular expression matches it literally.
fn literal(path: &str) -> String {
    let mut r = String::new();
    for c in path.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            r.push('\\');
        }
        r.push(c);
    }
    r
}

/// The redirects: `$uri` (decoded, as nginx matches it) → the new address, percent-encoded
/// for the `Location` header.
fn http_conf(redirects: &[Rule]) -> String {
    let mut out = String::from(
        "# Written by Waymark: include inside `http { }`. The old addresses of aliases and\n\
# moved pages, and where they went (server.conf answers 301 to them).\n\
map $uri $waymark_redirect {\n    default \"\";\n",
    );
    for r in redirects {
        let line = match r {
            Rule::Exact { from, to } => {
                format!(
                    "{} {}",
                    quoted(&super::redirects::decoded(from)),
                    quoted(&super::redirects::encode(to))
                )
            }
            Rule::Prefix { from, to, .. } => format!(
                "{} {}",
                quoted(&format!(
                    "~^{}(.*)$",
                    literal(&super::redirects::decoded(from))
                )),
                quoted(&format!("{}$1", super::redirects::encode(to)))
            ),
        };
        out.push_str(&format!("    {line};\n"));
    }
    out.push_str("}\n");
    out
}

/// The location blocks: one per header rule (nginx keeps only the innermost block's
/// `add_header`s, so each block repeats the catch-all's).
fn server_conf(rules: &[HeaderRule], languages: &[&str]) -> String {
    let mut out = String::from(
        "# Written by Waymark: include inside `server { }`, after `root` names this folder,\n\
# and include _nginx/http.conf inside `http { }`. brotli_static needs the ngx_brotli\n\
# static module (Debian: libnginx-mod-http-brotli-static); without it, remove that line.\n\
gzip_static on;\nbrotli_static on;\nindex index.html;\ncharset utf-8;\n\
charset_types text/css text/plain text/vtt text/xml application/javascript application/json application/xml image/svg+xml;\n\
absolute_redirect off;\nerror_page 404 /404.html;\n\n\
if ($waymark_redirect) {\n    return 301 $waymark_redirect;\n}\n\n\
location ^~ /_nginx/ {\n    return 404;\n}\n",
    );
    let catch_all = rules.iter().find(|r| r.path == "/*");
    let mut blocks: Vec<(String, Vec<&(&'static str, String)>)> = Vec::new();
    if let Some(all) = catch_all {
        blocks.push(("/".into(), all.headers.iter().collect()));
    }
    for r in rules.iter().filter(|r| r.path != "/*") {
        let location = match r.path.strip_suffix('*') {
            Some(prefix) => prefix.to_string(),
            None => format!("= {}", r.path),
        };
        let headers = catch_all
            .into_iter()
            .flat_map(|a| &a.headers)
            .chain(&r.headers)
            .collect();
        blocks.push((location, headers));
    }
    for (location, headers) in blocks {
        out.push_str(&format!("\nlocation {location} {{\n"));
        if let Some(lang) = location
            .strip_prefix('/')
            .and_then(|l| l.strip_suffix('/'))
            .filter(|l| languages.contains(l))
        {
            out.push_str(&format!("    error_page 404 /{lang}/404.html;\n"));
        }
        for (name, value) in headers {
            out.push_str(&format!(
                "    add_header {name} {} always;\n",
                quoted(value)
            ));
        }
        out.push_str("    try_files $uri $uri/ =404;\n}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_redirects_are_literal_regexes_and_targets_are_encoded() {
        let conf = http_conf(&[
            Rule::Exact {
                from: "/ar/%D9%82%D8%AF%D9%8A%D9%85/".into(),
                to: "/ar/%D8%AC%D8%AF%D9%8A%D8%AF/".into(),
            },
            Rule::Prefix {
                from: "/en/a.b/".into(),
                to: "/en/c/".into(),
                members: vec![],
            },
        ]);
        assert!(
            conf.contains("    \"/ar/قديم/\" \"/ar/%D8%AC%D8%AF%D9%8A%D8%AF/\";\n"),
            "{conf}"
        );
        assert!(
            conf.contains(r#"    "~^/en/a\\.b/(.*)$" "/en/c/$1";"#),
            "{conf}"
        );
        assert_eq!(quoted("a\"b\nc"), "\"a\\\"bc\"");
    }
}
