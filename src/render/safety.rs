//! What a page may load: nothing from another host before the visitor asks, and no
//! inline scripts or styles (so a strict Content-Security-Policy holds) but the theme's
//! own stylesheet, which `_headers` allows by its hash. Checked on every rendered page, so
//! a template or an editor's raw HTML cannot slip one in.

/// One finding: what the page would do.
pub type Finding = String;

/// HTML's whitespace between attributes (ASCII only, as browsers read it).
fn space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The attributes of one start tag that the check looks at, borrowed from the page and
/// unquoted. A name that appears twice counts once, as browsers read it: the first.
#[derive(Default)]
struct Attrs<'h> {
    style: bool,
    /// The first `on…` event handler's name.
    handler: Option<&'h str>,
    src: Option<&'h str>,
    poster: Option<&'h str>,
    data: Option<&'h str>,
    srcset: Option<&'h str>,
    rel: Option<&'h str>,
    href: Option<&'h str>,
    kind: Option<&'h str>,
}

impl<'h> Attrs<'h> {
    /// Reads the attributes of a start tag (what follows its name). Run on every tag
    /// with attributes of every page, so it works on bytes (every split is at an ASCII
    /// byte), finds quotes with `memchr`, sorts each name once by its length, and
    /// allocates nothing.
    fn parse(tag: &'h str) -> Attrs<'h> {
        let mut a = Attrs::default();
        let b = tag.as_bytes();
        let n = b.len();
        // Generic, not `&dyn Fn`: a call through a pointer for every byte of every tag
        // was most of the check's time.
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
                    let from = i + 1;
                    let end = memchr::memchr(b[i], &b[from..]).map(|k| from + k);
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
            a.note(name, value);
        }
        a
    }

    fn note(&mut self, name: &'h str, value: &'h str) {
        let is = |k: &str| name.eq_ignore_ascii_case(k);
        let slot = match name.len() {
            3 if is("src") => &mut self.src,
            3 if is("rel") => &mut self.rel,
            4 if is("data") => &mut self.data,
            4 if is("href") => &mut self.href,
            4 if is("type") => &mut self.kind,
            5 if is("style") => {
                self.style = true;
                return;
            }
            6 if is("poster") => &mut self.poster,
            6 if is("srcset") => &mut self.srcset,
            _ => {
                if self.handler.is_none()
                    && name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on"))
                {
                    self.handler = Some(name);
                }
                return;
            }
        };
        slot.get_or_insert(value);
    }
}

/// Whether a URL points at another host than the site (`base` without trailing slash).
fn external(url: &str, base: &str) -> bool {
    let u = url.trim();
    let starts = |p: &str| u.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p));
    let absolute = starts("http://") || starts("https://") || u.starts_with("//");
    absolute && !(u.starts_with(base) && matches!(u[base.len()..].chars().next(), None | Some('/')))
}

/// What a tag's name makes it, for the check.
#[derive(PartialEq)]
enum Element {
    Style,
    Script,
    Link,
    /// `iframe`, `frame`, `embed`, `object`: a finding whatever they load.
    Embed,
    /// Anything else: it loads what its `src`, `poster`, `data` or `srcset` name.
    Other,
}

impl Element {
    fn of(name: &str) -> Element {
        let is = |k: &str| name.eq_ignore_ascii_case(k);
        match name.len() {
            4 if is("link") => Element::Link,
            5 if is("style") => Element::Style,
            5 if is("embed") || is("frame") => Element::Embed,
            6 if is("script") => Element::Script,
            6 if is("iframe") || is("object") => Element::Embed,
            _ => Element::Other,
        }
    }
}

/// What pages may hold: links to `base` (the site's `base_url`) are the site's own, and a
/// `<style>` element whose text is exactly `inline_style` (the theme's stylesheet, allowed
/// by its hash in the Content-Security-Policy) is not inline code.
#[derive(Clone, Copy)]
pub struct Policy<'a> {
    pub base: &'a str,
    pub inline_style: &'a str,
}

/// Everything in `html` that would load from another host, or run or style inline.
pub fn check_html(html: &str, policy: Policy) -> Vec<Finding> {
    let base = policy.base;
    let mut found = Vec::new();
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
        let element = Element::of(name);
        // Most tags (`<p>`, `<li>`) have no attributes at all.
        let rest = &tag[name_end..];
        let attrs = if memchr::memchr(b'=', rest.as_bytes()).is_some() {
            Attrs::parse(rest)
        } else if element != Element::Other {
            Attrs::default()
        } else {
            continue;
        };
        if attrs.style {
            found.push(format!("an inline style attribute on <{name}>"));
        }
        if let Some(n) = attrs.handler {
            found.push(format!("an inline event handler `{n}` on <{name}>"));
        }
        match element {
            Element::Style => {
                // The text up to `</style` (the only way the element ends); CSS text may
                // hold `>` and `<` in strings, so the scan goes on after it.
                let text_start = (end + 1).min(html.len());
                let close = find_ascii_ci(&html[text_start..], "</style").map(|i| text_start + i);
                let text = &html[text_start..close.unwrap_or(html.len())];
                if policy.inline_style.is_empty() || text != policy.inline_style {
                    found.push("an inline <style> element".into());
                }
                at = close.unwrap_or(html.len());
            }
            Element::Script => match attrs.src {
                Some(src) if external(src, base) => {
                    found.push(format!("a script from another host: {src}"))
                }
                Some(_) => {}
                None if attrs
                    .kind
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) => {}
                None => found.push("an inline <script>".into()),
            },
            Element::Link => {
                let rel = attrs.rel.unwrap_or("");
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
                let loading = |r: &str| loads.iter().any(|l| r.eq_ignore_ascii_case(l));
                if rel.split_whitespace().any(loading) {
                    if let Some(href) = attrs.href.filter(|h| external(h, base)) {
                        let rel = rel.to_ascii_lowercase();
                        found.push(format!("<link rel=\"{rel}\"> to another host: {href}"));
                    }
                }
            }
            Element::Embed => {
                let src = attrs.src.or(attrs.data).unwrap_or("");
                found.push(format!("an embedded <{name}> {src}").trim_end().to_string());
            }
            Element::Other => {
                for (key, value) in [
                    ("src", attrs.src),
                    ("poster", attrs.poster),
                    ("data", attrs.data),
                ] {
                    if let Some(v) = value.filter(|v| external(v, base)) {
                        found.push(format!("<{name} {key}> loads from another host: {v}"));
                    }
                }
                if let Some(set) = attrs.srcset {
                    for candidate in set.split(',') {
                        let url = candidate.split_whitespace().next().unwrap_or("");
                        if external(url, base) {
                            found.push(format!("<{name} srcset> loads from another host: {url}"));
                        }
                    }
                }
            }
        }
    }
    found
}

/// The first place of `needle` (ASCII, lower case) in `hay`, in any case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    memchr::memchr_iter(b'<', h)
        .find(|&i| h.len() >= i + n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// A page that would load from another host, or run or style inline, is an error naming
/// the page (and its source file, where it has one).
pub fn check_page(
    html: &str,
    policy: Policy,
    page: &str,
    file: Option<&std::path::Path>,
) -> Result<(), crate::diagnostics::Diagnostic> {
    let found = check_html(html, policy);
    if found.is_empty() {
        return Ok(());
    }
    let d = crate::diagnostics::Diagnostic::error(
        crate::diagnostics::Code::ExternalLoad,
        format!(
            "the page {page} would load from another host or run inline code: {}",
            found.join("; ")
        ),
    )
    .hint("pages may load only this site's own files; link to other sites with <a href>, and put scripts and styles in the theme's scripts/ and styles/");
    Err(match file {
        Some(f) => d.file(f),
        None => d,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Policy = Policy {
        base: "https://example.org",
        inline_style: "a>b{color:red}p:after{content:\"<\"}",
    };

    #[test]
    fn own_files_and_links_are_fine() {
        let html = r#"<link rel="stylesheet" href="/assets/s.css"><link rel="canonical" href="https://example.org/en/">
<link rel="alternate" hreflang="ar" href="https://example.org/ar/"><a href="https://www.unicef.org/">x</a>
<img src="/en/a.png" srcset="/en/a-2.png 2x"><script src="/assets/a.js" defer></script>
<script type="application/ld+json">{"a":"b"}</script><video poster="poster.jpg" src="https://example.org/v.mp4"></video>
<style>a>b{color:red}p:after{content:"<"}</style><p>after</p>"#;
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
            r#"<style>a>b{color:red}p:after{content:"<"}x{}</style>"#,
            r#"<STYLE>a>b{color:red}p:after{content:"<"}</STYLE><STYLE>p{}</STYLE>"#,
        ];
        for c in cases {
            assert_eq!(check_html(c, BASE).len(), 1, "{c}");
        }
        // Without a theme stylesheet to allow, no <style> passes.
        let none = Policy {
            inline_style: "",
            ..BASE
        };
        assert_eq!(check_html("<style></style>", none).len(), 1);
    }
}
