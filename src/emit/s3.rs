//! The S3 profile's `_s3/metadata.json`: for every object of the site (this file and
//! `_s3/` excepted), what to upload it with — `ContentType`, `CacheControl` from the header
//! rules, and for the HTML page at an old address, `WebsiteRedirectLocation`, with which
//! S3's website endpoint answers 301. The names are `aws s3api put-object`'s.

use super::{Cx, Out};
use crate::output::host::Host;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Object {
    content_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cache_control: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website_redirect_location: Option<String>,
}

pub(super) fn emit(cx: &Cx, out: &mut Out) {
    let site = &cx.p.site;
    if site.config.host != Host::S3 {
        return;
    }
    let Some(manifest) = &out.manifest else {
        return;
    };
    let rules = super::headers::rules(cx);
    let redirects: BTreeMap<String, String> = site
        .aliases
        .iter()
        .map(|a| {
            (
                crate::content::source::slash_path(&a.out),
                super::redirects::encode(&site.urls[a.entry][a.lang].url),
            )
        })
        .collect();
    let mut objects = BTreeMap::new();
    let mut all: Vec<(&str, &str)> = manifest
        .files
        .iter()
        .map(|(name, f)| (name.as_str(), f.content_type.as_str()))
        .collect();
    all.push((crate::output::publish::MANIFEST, "application/json"));
    for (name, content_type) in all {
        let path = format!("/{name}");
        let cache_control = super::headers::for_path(&rules, &path)
            .into_iter()
            .rev()
            .find(|(n, _)| *n == "Cache-Control")
            .map(|(_, v)| v.clone());
        objects.insert(
            name.to_string(),
            Object {
                content_type: content_type.to_string(),
                cache_control,
                website_redirect_location: redirects.get(name).cloned(),
            },
        );
    }
    match serde_json::to_string_pretty(&serde_json::json!({ "objects": objects })) {
        Ok(json) => out.put("_s3/metadata.json", json + "\n"),
        Err(e) => out.problem(crate::diagnostics::Diagnostic::error(
            crate::diagnostics::Code::CannotWrite,
            format!("cannot write _s3/metadata.json: {e}"),
        )),
    }
}
