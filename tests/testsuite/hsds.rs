//! The Open Referral HSDS 3.0 export, checked by `frictionless` (PyPI `frictionless`):
//! the package as written must validate, and its rows must validate against the
//! official HSDS 3.0 `datapackage.json` (all its tables, fields, constraints and foreign
//! keys, unchanged).
//!
//! Without `frictionless` (on PATH or as `python3 -m frictionless`) or the official
//! package, the checks that need them are skipped with a message, except when the
//! environment variable `CI` is set: then they fail.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use waymark::content::config::Config;
use waymark::diagnostics::{render, Format};
use waymark::directory::{self, hsds};

const SITE: &str = "\
title: HSDS test
base_url: https://example.org
default_language: en
languages:
  - code: en
    name: English
  - code: ar
    name: العربية
";

/// An EU short code, open 24/7, with a language-map name and a source dated to the month;
/// an international number with WhatsApp and SMS, weekday hours, interpreters and a
/// verification; a service with a plain name, two intervals a day and an open-ended age
/// range, marked as sample data, in the old format (`last_verified`, `source: URL`).
const ENTRIES: &[(&str, &str)] = &[
    (
        "eu/eu-116111.yaml",
        r#"name:
  en: Child helpline
  ar: خط مساعدة الأطفال
kind: helpline
country: EU
categories: [child-helpline]
phones:
  - number: "116 111"
    label: { en: Child helpline, ar: خط مساعدة الأطفال }
    free: true
languages: [en, ar]
hours: "24/7"
ages: "0-17"
description:
  en: "Call 116 111 for free, from any EU country."
  ar: "اتصل بالرقم 116 111 مجانًا من أي بلد في الاتحاد الأوروبي."
source:
  name: { en: Example source, ar: مصدر تجريبي }
  url: https://example.org/116111
  date: 2026-01
"#,
    ),
    (
        "gr/gr-emergency-mechanism.yaml",
        r#"name:
  en: National Emergency Response Mechanism
  ar: الآلية الوطنية للاستجابة الطارئة
kind: helpline
country: GR
region: Attica
categories: [child-protection, shelter]
phones:
  - number: "+30 213 212 8888"
    label: { en: Phone, ar: هاتف }
  - number: "+30 694 277 3030"
    label: { en: "Mobile, also on WhatsApp", ar: "هاتف محمول، وأيضًا على واتساب" }
    sms: true
    whatsapp: true
email: help@example.org
website: https://example.org/mechanism
languages: [ar, fa, prs, ur]
hours: "Mo-Fr 08:00-22:00; Sa 11:00-19:00"
ages: "0-17"
description:
  en: "For children alone in Greece: call, and a \"safe place\" to stay will be found.\nInterpreters answer."
  ar: "للأطفال الموجودين وحدهم في اليونان: اتصل لكي يُعثر لك على مكان آمن."
interpreters: true
source:
  name: "Printed leaflet, February 2026"
  date: 2026-02
verified:
  on: 2026-02-01
  how: "Called the line, \"yes\", it answers"
"#,
    ),
    (
        "it/it-legal-clinic.yaml",
        r#"name: Legal clinic for young refugees
kind: service
country: IT
region: Lazio
city: Rome
categories: [legal, asylum]
phones:
  - number: "+39 06 4549 1234"
languages: [it, en, fr]
hours: "Mo,We 09:00-13:00,14:00-17:00"
ages: "12+"
last_verified: 2026-03-01
source: https://example.org/legal
example: true
"#,
    ),
];

/// Fails when `CI` is set; otherwise prints why the check is skipped.
fn skip(why: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{why} (required when CI is set)");
    }
    eprintln!("SKIPPED: {why}");
}

/// The command that runs frictionless, if there is one.
fn frictionless() -> Option<Vec<&'static str>> {
    [vec!["frictionless"], vec!["python3", "-m", "frictionless"]]
        .into_iter()
        .find(|cmd| {
            Command::new(cmd[0])
                .args(&cmd[1..])
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Runs `frictionless validate <args>` in `dir`; the exit status with everything printed.
fn validate(cmd: &[&str], dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(cmd[0])
        .args(&cmd[1..])
        .arg("validate")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("frictionless runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The official HSDS 3.0 `datapackage.json`: `$HSDS_REFERENCE`, else the shared copy
/// beside the repository.
fn official_package() -> PathBuf {
    std::env::var_os("HSDS_REFERENCE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/reference/hsds-3.0/datapackage.json")
        })
}

/// A site with the entries above, loaded and exported: (temp dir, the package's files).
fn export() -> (tempfile::TempDir, Vec<(String, Vec<u8>)>) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("site.yaml"), SITE).unwrap();
    for (path, yaml) in ENTRIES {
        let file = root.join(directory::DIRECTORY_DIR).join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, yaml).unwrap();
    }
    let config = Config::load(&root, None)
        .unwrap_or_else(|d| panic!("site.yaml: {}", render(&d, Format::Human)));
    let (dir, diags) = directory::load(&root, &config, None);
    assert!(
        !diags.has_errors(),
        "the entries load: {}",
        render(&diags, Format::Human)
    );
    assert_eq!(dir.entries.len(), ENTRIES.len());
    let files = hsds::package(&dir, &config.default_language);
    (tmp, files)
}

fn write_files(out: &Path, files: &[(String, Vec<u8>)]) {
    for (path, bytes) in files {
        let file = out.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
}

/// A small RFC 4180 reader (independent of the writer under test).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "an unclosed quote");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn write_csv(path: &Path, rows: &[Vec<String>]) {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if c.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    std::fs::write(path, out).unwrap();
}

fn get<'a>(files: &'a [(String, Vec<u8>)], path: &str) -> &'a str {
    let (_, bytes) = files
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| panic!("the package has no {path}"));
    std::str::from_utf8(bytes).unwrap()
}

#[test]
fn the_export_is_deterministic_and_maps_the_entries() {
    let (_tmp, a) = export();
    let (_tmp2, b) = export();
    assert_eq!(a, b, "two loads of the same directory give the same bytes");

    let services = parse_csv(get(&a, "hsds/services.csv"));
    assert_eq!(services.len(), 1 + ENTRIES.len());
    let names: Vec<&str> = services[1..].iter().map(|r| r[2].as_str()).collect();
    // By entry id, in the default language.
    assert_eq!(
        names,
        [
            "Child helpline",
            "National Emergency Response Mechanism",
            "Legal clinic for young refugees"
        ]
    );
    let phones = parse_csv(get(&a, "hsds/phones.csv"));
    let numbers: Vec<(&str, &str)> = phones[1..]
        .iter()
        .map(|r| (r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        numbers,
        [
            ("116111", "voice"),
            ("+302132128888", "voice"),
            ("+306942773030", "voice"),
            ("+306942773030", "text"),
            ("+390645491234", "voice"),
        ]
    );
    assert!(phones[3][4].contains("https://wa.me/306942773030"));
    let schedules = parse_csv(get(&a, "hsds/schedules.csv"));
    let rows: Vec<Vec<&str>> = schedules[1..]
        .iter()
        .map(|r| vec![r[2].as_str(), r[3].as_str(), r[5].as_str(), r[6].as_str()])
        .collect();
    assert_eq!(
        rows,
        [
            vec!["WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "00:00:00", "23:59:00"],
            vec!["WEEKLY", "MO,TU,WE,TH,FR", "08:00:00", "22:00:00"],
            vec!["WEEKLY", "SA", "11:00:00", "19:00:00"],
            vec!["WEEKLY", "MO,WE", "09:00:00", "13:00:00"],
            vec!["WEEKLY", "MO,WE", "14:00:00", "17:00:00"],
        ]
    );
    assert_eq!(schedules[2][4], "Mo-Fr 08:00-22:00; Sa 11:00-19:00");
    let areas = parse_csv(get(&a, "hsds/service_areas.csv"));
    let areas: Vec<&str> = areas[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(areas, ["EU", "Attica, GR", "Rome, Lazio, IT"]);

    // assured_date ("last checked") only where a person checked; interpreters.
    let column = |name: &str| services[0].iter().position(|c| c == name).unwrap();
    let (assured, interpreters) = (column("assured_date"), column("interpretation_services"));
    let checked: Vec<(&str, &str)> = services[1..]
        .iter()
        .map(|r| (r[assured].as_str(), r[interpreters].as_str()))
        .collect();
    assert_eq!(
        checked,
        [
            ("", ""),
            ("2026-02-01", "Interpreters available."),
            ("", "")
        ]
    );
    // Source name, URL, date at its precision, and how it was checked: attributes.
    let attributes = parse_csv(get(&a, "hsds/attributes.csv"));
    let terms = parse_csv(get(&a, "hsds/taxonomy_terms.csv"));
    let code_of = |id: &str| {
        let term = terms[1..].iter().find(|t| t[0] == id).unwrap();
        term[1].clone()
    };
    let values: Vec<(String, &str)> = attributes[1..]
        .iter()
        .map(|r| (code_of(&r[2]), r[5].as_str()))
        .collect();
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        values
            .iter()
            .map(|(a, b)| (a.clone(), b.to_string()))
            .collect::<Vec<_>>(),
        pairs(&[
            ("source-name", "Example source"),
            ("source-url", "https://example.org/116111"),
            ("source-date", "2026-01"),
            ("source-date-precision", "month"),
            ("source-name", "Printed leaflet, February 2026"),
            ("source-date", "2026-02"),
            ("source-date-precision", "month"),
            ("verified-how", "Called the line, \"yes\", it answers"),
            ("source-name", "example.org"),
            ("source-url", "https://example.org/legal"),
            ("source-date", "2026-03-01"),
            ("source-date-precision", "day"),
        ])
    );
}

#[test]
fn the_package_validates_with_frictionless() {
    let Some(cmd) = frictionless() else {
        return skip("frictionless is not installed (pip install frictionless)");
    };
    let (tmp, files) = export();
    let out = tmp.path().join("public");
    write_files(&out, &files);
    let (ok, report) = validate(&cmd, &out, &["hsds/datapackage.json"]);
    println!("{report}");
    assert!(ok, "frictionless validate hsds/datapackage.json:\n{report}");
}

#[test]
fn the_rows_conform_to_the_official_hsds_package() {
    let official = official_package();
    let Ok(text) = std::fs::read_to_string(&official) else {
        return skip(&format!(
            "the official HSDS 3.0 datapackage.json is not at {} (set HSDS_REFERENCE)",
            official.display()
        ));
    };
    let Some(cmd) = frictionless() else {
        return skip("frictionless is not installed (pip install frictionless)");
    };
    let official_desc: Value = serde_json::from_str(&text).unwrap();
    let (tmp, files) = export();
    let ours: Value = serde_json::from_str(get(&files, "hsds/datapackage.json")).unwrap();
    assert_eq!(ours["profile"], official_desc["profile"]);

    // The official package, unchanged, over our rows: each table we write is widened to
    // the official columns (the ones we leave out empty); the others are header-only.
    let dir = tmp.path().join("official");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("datapackage.json"), &text).unwrap();
    let mut checked = Vec::new();
    for res in official_desc["resources"].as_array().unwrap() {
        let name = res["name"].as_str().unwrap();
        let path = res["path"].as_str().unwrap();
        let fields = res["schema"]["fields"].as_array().unwrap();
        let columns: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        let mut rows = vec![columns.iter().map(|c| c.to_string()).collect::<Vec<_>>()];
        let ours_res = ours["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name);
        if let Some(ours_res) = ours_res {
            assert_eq!(ours_res["path"], res["path"], "{name}: path");
            // Each field we describe is the official field, word for word.
            for f in ours_res["schema"]["fields"].as_array().unwrap() {
                let official_field = fields.iter().find(|o| o["name"] == f["name"]);
                assert_eq!(Some(f), official_field, "{name}: field {}", f["name"]);
            }
            assert_eq!(
                ours_res["schema"]["primaryKey"],
                res["schema"]["primaryKey"]
            );
            let table = parse_csv(get(&files, &format!("hsds/{path}")));
            let header = &table[0];
            for f in fields {
                if f["constraints"]["required"] == true {
                    let required = f["name"].as_str().unwrap();
                    assert!(
                        header.iter().any(|h| h == required),
                        "{name}: the required column `{required}` is missing"
                    );
                }
            }
            let index: Vec<usize> = header
                .iter()
                .map(|h| {
                    columns
                        .iter()
                        .position(|c| c == h)
                        .unwrap_or_else(|| panic!("{name}: `{h}` is not an HSDS column"))
                })
                .collect();
            for row in &table[1..] {
                assert_eq!(row.len(), header.len(), "{name}: a short row");
                let mut wide = vec![String::new(); columns.len()];
                for (cell, &i) in row.iter().zip(&index) {
                    wide[i] = cell.clone();
                }
                rows.push(wide);
            }
            checked.push(format!("{name} ({} rows)", rows.len() - 1));
        }
        write_csv(&dir.join(path), &rows);
    }
    assert_eq!(
        checked.len(),
        ours["resources"].as_array().unwrap().len(),
        "every table we write is an official one: {checked:?}"
    );
    let (ok, report) = validate(&cmd, &dir, &["datapackage.json"]);
    println!(
        "checked against the official package: {}",
        checked.join(", ")
    );
    println!("{report}");
    assert!(
        ok,
        "frictionless validate (official HSDS 3.0 package):\n{report}"
    );

    // And the check is not vacuous: a phone pointing at no service fails it.
    let phones = dir.join("phones.csv");
    let mut table = parse_csv(&std::fs::read_to_string(&phones).unwrap());
    let service_id = table[0].iter().position(|c| c == "service_id").unwrap();
    table[1][service_id] = "00000000-0000-4000-8000-000000000000".into();
    write_csv(&phones, &table);
    let (ok, report) = validate(&cmd, &dir, &["datapackage.json"]);
    assert!(!ok && report.contains("foreign-key"), "{report}");
}
