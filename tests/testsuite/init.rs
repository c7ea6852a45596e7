//! `waymark init`: a new site that builds at once for any set of languages (right to left
//! ones, one the theme has no strings for), passes `check --strict` once its example
//! entry is gone, writes its host's workflow, and never touches a folder that holds
//! anything.

use crate::support::{parse_diagnostics, waymark, Run};
use std::path::Path;

fn init(dir: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["init".as_ref(), dir.as_os_str()];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    waymark(args)
}

fn in_site(dir: &Path, command: &str, extra: &[&str]) -> Run {
    let mut args = vec![command, "--root", dir.to_str().unwrap()];
    args.extend(extra);
    waymark(args)
}

#[test]
fn a_new_site_builds_and_passes_strict_checks_without_its_example() {
    for (languages, rtl) in [
        ("en", &[][..]),
        ("ar,en,fa", &["ar", "fa"][..]),
        ("fr,prs,ps,uk", &["prs", "ps"][..]),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        let run = init(&site, &["--languages", languages, "--host", "netlify"]);
        assert_eq!(run.code, 0, "{languages}: {run}");
        let out = tmp.path().join("out");
        let build = in_site(
            &site,
            "build",
            &["--out", out.to_str().unwrap(), "--format", "json"],
        );
        assert_eq!(build.code, 0, "{languages}: {build}");
        let codes: Vec<&str> = languages.split(',').collect();
        for code in &codes {
            let home = std::fs::read_to_string(out.join(code).join("index.html")).unwrap();
            let dir = if rtl.contains(code) { "rtl" } else { "ltr" };
            assert!(
                home.contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">")),
                "{code}"
            );
            // The campaign's three parts, in order.
            for part in ["problem", "solutions", "conclusion"] {
                assert!(out
                    .join(code)
                    .join("campaign")
                    .join(part)
                    .join("index.html")
                    .is_file());
            }
        }
        // The example entry is there, and says so on its page.
        let entry = out
            .join(codes[0])
            .join("directory/eu/eu-112-example/index.html");
        let entry = std::fs::read_to_string(entry).unwrap();
        assert!(entry.contains("badge-example"), "{languages}");
        assert!(entry.contains("tel:112"), "{languages}");
        let workflow = std::fs::read_to_string(site.join(".github/workflows/publish.yml")).unwrap();
        assert!(workflow.contains("--host netlify") && workflow.contains("netlify-cli"));
        assert!(site.join("EDITING.md").is_file());

        std::fs::remove_file(site.join("content/directory/eu/eu-112-example.yaml")).unwrap();
        let check = in_site(&site, "check", &["--strict", "--format", "json"]);
        assert_eq!(check.code, 0, "{languages}: {check}");
        assert!(parse_diagnostics(&check.stdout).is_empty(), "{check}");
    }
}

#[test]
fn a_language_the_theme_lacks_builds_with_one_warning_and_a_file_to_translate() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    // Hausa: Waymark knows its name, the theme has no strings in it.
    let run = init(&site, &["--languages", "en,ha"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("ha"), "{run}");
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    assert!(yaml.contains("name: \"Hausa\""), "{yaml}");
    let to_translate = std::fs::read_to_string(site.join("locales/ha/main.ftl")).unwrap();
    assert!(
        to_translate.contains("# page-of = Page { $page } of { $total }"),
        "{to_translate}"
    );
    let out = tmp.path().join("out");
    let build = in_site(
        &site,
        "build",
        &["--out", out.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(build.code, 0, "{build}");
    let diags = parse_diagnostics(&build.stdout);
    let missing: Vec<_> = diags
        .iter()
        .filter(|d| d.is("untranslated-messages"))
        .collect();
    assert_eq!(missing.len(), 1, "{diags:#?}");
    assert!(missing[0].message.contains("`ha`") && missing[0].message.contains("page-of"));
    assert!(out.join("ha/index.html").is_file());
}

#[test]
fn init_refuses_a_folder_that_holds_anything_and_bad_languages() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("thesis.txt"), "mine").unwrap();
    let run = init(tmp.path(), &[]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("is not empty"), "{run}");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("thesis.txt")).unwrap(),
        "mine"
    );

    for (languages, says) in [
        ("en,EN", "duplicate-language"),
        ("en,not a tag", "bad-language-tag"),
        ("", "no language"),
    ] {
        let site = tmp.path().join("new");
        let run = init(&site, &["--languages", languages]);
        assert_eq!(run.code, 2, "{languages}: {run}");
        assert!(run.stderr.contains(says), "{languages}: {run}");
        assert!(!site.exists(), "{languages}: something was written");
    }
    let run = init(&tmp.path().join("new"), &["--host", "apache"]);
    assert_eq!(run.code, 2, "{run}");
}

#[test]
fn each_host_gets_its_workflow() {
    for (host, deploys) in [
        ("cloudflare", "wrangler@4 pages deploy public"),
        ("netlify", "netlify-cli"),
        ("github-pages", "actions/deploy-pages"),
        ("s3", "aws s3api put-object"),
        ("nginx", "rsync -a --delete"),
        ("generic", "actions/upload-artifact"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        let run = init(&site, &["--host", host]);
        assert_eq!(run.code, 0, "{host}: {run}");
        let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
        assert!(
            yaml.contains(&format!("publish: {{ host: {host} }}")),
            "{yaml}"
        );
        let workflow = std::fs::read_to_string(site.join(".github/workflows/publish.yml")).unwrap();
        assert!(workflow.contains(deploys), "{host}: {workflow}");
        assert!(workflow.contains(&format!("--host {host}")), "{host}");
        assert!(workflow.contains("waymark check --strict"), "{host}");
        // Valid YAML, with the steps where GitHub Actions reads them.
        let parsed: serde_json::Value = serde_saphyr::from_str(&workflow)
            .unwrap_or_else(|e| panic!("{host}: the workflow is not YAML: {e}\n{workflow}"));
        let steps = parsed["jobs"]["publish"]["steps"].as_array().unwrap();
        assert!(steps.len() >= 5, "{host}: {steps:?}");
    }
}
