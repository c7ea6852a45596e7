//! What a page may load: nothing from another host before the visitor asks, and no
//! inline scripts or styles (so a strict Content-Security-Policy holds). Checked on
//! every rendered page, so a template or an editor's raw HTML cannot slip one in.

/// One finding: what the page would do.
pub type Finding = String;

/// HTML's whitespace between attributes (ASCII only, as browsers read it).
fn space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Attributes of one start tag into `out`: (name, value), borrowed from the page and
/// unquoted; names compared without regard to case. Checked on every tag of every page,
/// so it works on bytes (every split is at an ASCII byte) and allocates nothing.
fn attributes<'h>(tag: &'h str, out: &mut Vec<(&'h str, &'h str)>) {
    out.clear();
    let b = tag.as_bytes();
    let n = b.len();
    // Generic, not `&dyn Fn`: a call through a pointer for every byte of every tag was
    // most of the check's time.
    fn skip(b: &[u8], mut i: usize, stop: impl Fn(u8) -> bool) -> usize {
        while i < b.len() && !stop(b[i]) {
            i += 1;
        }
        i
    }
    let mut i = 0;
    loop {
        i = skip(b, i, |c| !(space(c) || c == b'/'));
        if i >= n {
            break;
        }
        let start = i;
        i = skip(b, i, |c| space(c) || c == b'=' || c == b'/');
        let name = &tag[start..i];
        i = skip(b, i, |c| !space(c));
        let mut value = "";
        if i < n && b[i] == b'=' {
            i = skip(b, i + 1, |c| !space(c));
            if i < n && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                let end = b[from..].iter().position(|&c| c == q).map(|k| from + k);
                value = &tag[from..end.unwrap_or(n)];
                i = end.map_or(n, |e| e + 1);
            } else {
                let from = i;
                i = skip(b, i, space);
                value = &tag[from..i];
            }
        }
        if name.is_empty() {
            break;
        }
        out.push((name, value));
    }
}

/// Whether a URL points at another host than the site (`base` without trailing slash).
fn external(url: &str, base: &str) -> bool {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let absolute =
        lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//");
    absolute && !(u.starts_with(base) && matches!(u[base.len()..].chars().next(), None | Some('/')))
}

/// Tags that are a finding even without attributes (an inline script or style, an embed).
const ALWAYS_FOUND: [&str; 6] = ["style", "script", "iframe", "frame", "embed", "object"];

/// Everything in `html` that would load from another host, or run or style inline.
pub fn check_html(html: &str, base: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut attrs = Vec::new();
    let bytes = html.as_bytes();
    let mut at = 0;
    // `memchr` finds the next `<` and `>` with SIMD; the scan runs over every byte of
    // every page, and `str::find` took most of the check's time.
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + lt + 1;
        let end = memchr::memchr(b'>', &bytes[start..]).map_or(bytes.len(), |e| start + e);
        at = end;
        // Both ends are at ASCII bytes, so the slice is on character boundaries.
        let tag = &html[start..end];
        if tag.starts_with('/') || tag.starts_with('!') {
            continue;
        }
        let name_end = tag
            .bytes()
            .position(|c| space(c) || c == b'/')
            .unwrap_or(tag.len());
        let name = &tag[..name_end];
        // Most tags (`<p>`, `<li>`) have no attributes at all.
        if tag.as_bytes()[name_end..].contains(&b'=') {
            attributes(&tag[name_end..], &mut attrs);
        } else if ALWAYS_FOUND.iter().any(|t| name.eq_ignore_ascii_case(t)) {
            attrs.clear();
        } else {
            continue;
        }
        let get = |k: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(k))
                .map(|(_, v)| *v)
        };
        if get("style").is_some() {
            found.push(format!("an inline style attribute on <{name}>"));
        }
        let handler = attrs
            .iter()
            .find(|(n, _)| n.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on")));
        if let Some((n, _)) = handler {
            found.push(format!("an inline event handler `{n}` on <{name}>"));
        }
        let is = |t: &str| name.eq_ignore_ascii_case(t);
        if is("style") {
            found.push("an inline <style> element".into());
        } else if is("script") {
            match get("src") {
                Some(src) if external(src, base) => {
                    found.push(format!("a script from another host: {src}"))
                }
                Some(_) => {}
                None if get("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {}
                None => found.push("an inline <script>".into()),
            }
        } else if is("link") {
            let rel = get("rel").unwrap_or("").to_ascii_lowercase();
            let loads = [
                "stylesheet",
                "icon",
                "preload",
                "prefetch",
                "preconnect",
                "dns-prefetch",
                "modulepreload",
                "manifest",
            ];
            if rel.split_whitespace().any(|r| loads.contains(&r)) {
                if let Some(href) = get("href").filter(|h| external(h, base)) {
                    found.push(format!("<link rel=\"{rel}\"> to another host: {href}"));
                }
            }
        } else if ["iframe", "frame", "embed", "object"].iter().any(|t| is(t)) {
            let src = get("src").or(get("data")).unwrap_or("");
            found.push(format!("an embedded <{name}> {src}").trim_end().to_string());
        } else {
            for key in ["src", "poster", "data"] {
                if let Some(v) = get(key).filter(|v| external(v, base)) {
                    found.push(format!("<{name} {key}> loads from another host: {v}"));
                }
            }
            if let Some(set) = get("srcset") {
                for candidate in set.split(',') {
                    let url = candidate.split_whitespace().next().unwrap_or("");
                    if external(url, base) {
                        found.push(format!("<{name} srcset> loads from another host: {url}"));
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org";

    #[test]
    fn own_files_and_links_are_fine() {
        let html = r#"<link rel="stylesheet" href="/assets/s.css"><link rel="canonical" href="https://example.org/en/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/"><a href="https://www.unicef.org/">x</a>
<img src="/en/a.png" srcset="/en/a-2.png 2x"><script src="/assets/a.js" defer></script>
<script type="application/ld+json">{"a":"b"}</script><video poster="poster.jpg" src="https://example.org/v.mp4"></video>"#;
        assert_eq!(check_html(html, BASE), Vec::<String>::new());
    }

    #[test]
    fn anything_from_elsewhere_or_inline_is_found() {
        let cases = [
            r#"<img src="https://tracker.example.com/p.gif">"#,
            r#"<img src='//cdn.example.com/a.png'>"#,
            r#"<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=X">"#,
            r#"<script src="https://www.googletagmanager.com/gtag.js"></script>"#,
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe>"#,
            r#"<script>alert(1)</script>"#,
            r#"<style>p{}</style>"#,
            r#"<p style="color:red">x</p>"#,
            r#"<img src="/a.png" onerror="alert(1)">"#,
            r#"<img srcset="/a.png 1x, https://evil.example/b.png 2x">"#,
            r#"<video poster="https://example.org.evil.com/p.jpg"></video>"#,
            r#"<SCRIPT>alert(1)</SCRIPT>"#,
            "<img\tSRC=\"https://tracker.example.com/p.gif\">",
            "<p\nstyle=color:red>x</p>",
            r#"<IFRAME src=/x></IFRAME>"#,
        ];
        for c in cases {
            assert_eq!(check_html(c, BASE).len(), 1, "{c}");
        }
    }
}
