//! Where the site is published (`publish: { host: … }` in site.yaml, or `--host`): each
//! host reads different files, so a build writes what its host understands and nothing
//! it does not.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Host {
    /// Cloudflare Pages: `_headers`, `_redirects` within its limits; it compresses itself.
    Cloudflare,
    /// Netlify: `_headers`, `_redirects` with a 404 rule per language; it compresses itself.
    Netlify,
    /// An S3 bucket (website endpoint) behind CloudFront: the metadata of every object
    /// (type, caching, redirect); CloudFront compresses, since S3 cannot choose an encoding.
    S3,
    /// nginx: compressed copies and a configuration snippet.
    Nginx,
    /// GitHub Pages: no headers, no rules; redirects are pages.
    GithubPages,
    /// Any static server: redirects are pages, nothing host-specific.
    #[default]
    Generic,
}

impl Host {
    pub const NAMES: &'static [&'static str] = &[
        "cloudflare",
        "netlify",
        "s3",
        "nginx",
        "github-pages",
        "generic",
    ];

    pub fn parse(name: &str) -> Option<Host> {
        use clap::ValueEnum;
        Host::from_str(name.trim(), true).ok()
    }

    pub fn name(self) -> &'static str {
        match self {
            Host::Cloudflare => "cloudflare",
            Host::Netlify => "netlify",
            Host::S3 => "s3",
            Host::Nginx => "nginx",
            Host::GithubPages => "github-pages",
            Host::Generic => "generic",
        }
    }

    /// Serves `.br`/`.gz` copies written beside the files (the others compress on their
    /// own, or cannot choose an encoding by the request's `Accept-Encoding`).
    pub fn serves_precompressed(self) -> bool {
        self == Host::Nginx
    }

    /// Redirects need an HTML page at the old address (the host has no rules, or, for S3,
    /// the object carries the redirect in its metadata).
    pub fn redirect_pages(self) -> bool {
        matches!(self, Host::S3 | Host::GithubPages | Host::Generic)
    }

    /// Reads `_headers` and `_redirects`.
    pub fn reads_rule_files(self) -> bool {
        matches!(self, Host::Cloudflare | Host::Netlify)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_parses_back() {
        for name in Host::NAMES {
            assert_eq!(Host::parse(name).map(Host::name), Some(*name));
        }
        assert_eq!(Host::parse(" Cloudflare "), Some(Host::Cloudflare));
        assert_eq!(Host::parse("apache"), None);
    }
}
