//! `waymark directory export|import`: the directory as a CSV sheet. The bundled
//! directory goes out and back in with the same data; a bad cell is an error at its row
//! and column; an entry file is never replaced without `--update`.

use crate::support::{bundled_copy, parse_diagnostics, waymark, Run};
use std::path::Path;

fn run(root: &Path, args: &[&str]) -> Run {
    let mut all = vec!["directory", args[0], "--root", root.to_str().unwrap()];
    all.extend(&args[1..]);
    waymark(all)
}

fn directory_json(root: &Path) -> String {
    let out = root.join("public");
    let build = waymark([
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(build.code, 0, "{build}");
    std::fs::read_to_string(out.join("directory.json")).unwrap()
}

#[test]
fn the_bundled_directory_goes_out_and_back_in_the_same() {
    let (tmp, root) = bundled_copy();
    let before = directory_json(&root);
    let sheet = tmp.path().join("entries.csv");
    let export = run(&root, &["export", "--out", sheet.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{export}");
    let text = std::fs::read_to_string(&sheet).unwrap();
    assert!(text.starts_with("id,name,name.en,name.ar,"), "{text}");
    assert!(text.contains(",phone2,"), "numbered phone columns");

    // Without the entry files, the sheet brings every entry back.
    std::fs::remove_dir_all(root.join("content/directory")).unwrap();
    let import = run(&root, &["import", sheet.to_str().unwrap()]);
    assert_eq!(import.code, 0, "{import}");
    assert_eq!(
        directory_json(&root),
        before,
        "the directory's data changed on the way"
    );
    // And out again, byte for byte.
    let again = tmp.path().join("again.csv");
    assert_eq!(
        run(&root, &["export", "--out", again.to_str().unwrap()]).code,
        0
    );
    assert_eq!(std::fs::read_to_string(again).unwrap(), text);

    // An entry file is never replaced without --update.
    let import = run(
        &root,
        &["import", sheet.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(import.code, 1, "{import}");
    assert!(parse_diagnostics(&import.stdout)
        .iter()
        .all(|d| d.is("duplicate-id")));
    let import = run(&root, &["import", sheet.to_str().unwrap(), "--update"]);
    assert_eq!(import.code, 0, "{import}");

    // An id that is another country's entry is refused, --update or not: it would be a
    // second entry with that id.
    let moved = tmp.path().join("moved.csv");
    let header = text.lines().next().unwrap();
    let row = text.lines().find(|l| l.starts_with("eu-112,")).unwrap();
    std::fs::write(
        &moved,
        format!("{header}\n{}\n", row.replacen(",EU,", ",GR,", 1)),
    )
    .unwrap();
    let import = run(
        &root,
        &[
            "import",
            moved.to_str().unwrap(),
            "--update",
            "--format",
            "json",
        ],
    );
    assert_eq!(import.code, 1, "{import}");
    let diags = parse_diagnostics(&import.stdout);
    assert!(
        diags
            .iter()
            .any(|d| d.is("duplicate-id") && d.message.contains("eu-112")),
        "{diags:#?}"
    );
    assert!(!root.join("content/directory/gr/eu-112.yaml").exists());
}

const HEAD: &str =
    "id,name.en,kind,country,categories,phone1,phone2,phone2.sms,source.name,source.date,exampel\n";

#[test]
fn a_bad_cell_is_an_error_at_its_row_and_column() {
    let (tmp, root) = bundled_copy();
    let mut sheet = String::from(HEAD.trim_end_matches(",exampel\n"));
    sheet.push('\n');
    for i in 0..5 {
        sheet.push_str(&format!(
            "gr-sample-{i},Sample {i},helpline,GR,emergency,112,,,Leaflet,2024\n"
        ));
    }
    // Row 7 (the header is row 1): a number that is no phone number in column `phone2`,
    // and a yes/no cell that is neither.
    sheet.push_str("gr-sample-5,Sample 5,helpline,GR,emergency,112,12,perhaps,Leaflet,2024\n");
    let file = tmp.path().join("sheet.csv");
    std::fs::write(&file, &sheet).unwrap();
    let import = run(
        &root,
        &["import", file.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(import.code, 1, "{import}");
    let diags = parse_diagnostics(&import.stdout);
    let at = |column: usize| {
        diags
            .iter()
            .find(|d| d.line == Some(7) && d.column == Some(column))
    };
    let sms = at(8).unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(
        sms.message.contains("phone2.sms") && sms.is("bad-sheet"),
        "{sms:?}"
    );
    assert!(diags
        .iter()
        .all(|d| d.file.as_deref().is_some_and(|f| f.ends_with("sheet.csv"))));
    // Nothing was written.
    assert!(!root.join("content/directory/gr/gr-sample-0.yaml").exists());

    // Without the yes/no mistake, the phone's own check speaks for column `phone2`.
    std::fs::write(&file, sheet.replace(",12,perhaps,", ",12,,")).unwrap();
    let import = run(
        &root,
        &["import", file.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(import.code, 1, "{import}");
    let diags = parse_diagnostics(&import.stdout);
    let phone = diags
        .iter()
        .find(|d| d.line == Some(7) && d.column == Some(7))
        .unwrap_or_else(|| panic!("{diags:#?}"));
    assert!(phone.message.contains("column `phone2`"), "{phone:?}");
    assert!(phone.hint.is_some(), "{phone:?}");
    assert_eq!(diags.len(), 1, "{diags:#?}");
}

#[test]
fn an_unknown_column_is_named_with_the_nearest_known_one() {
    let (tmp, root) = bundled_copy();
    let file = tmp.path().join("sheet.csv");
    std::fs::write(
        &file,
        format!("{HEAD}gr-x,X,helpline,GR,emergency,112,,,Leaflet,2024,yes\n"),
    )
    .unwrap();
    let import = run(
        &root,
        &["import", file.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(import.code, 1, "{import}");
    let diags = parse_diagnostics(&import.stdout);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!((diags[0].line, diags[0].column), (Some(1), Some(11)));
    assert!(diags[0].message.contains("`exampel`"));
    assert!(
        diags[0].hint.as_deref().unwrap_or("").contains("`example`"),
        "{diags:#?}"
    );
}

/// Writes the CSV sheet `csv` as an Excel workbook with openpyxl (PyPI), as a person's
/// spreadsheet holds it: a year typed as a number, a day as a date.
const TO_XLSX: &str = r#"
import csv, datetime, sys
from openpyxl import Workbook
book = Workbook()
sheet = book.active
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
head = rows[0]
for r in rows:
    cells = []
    for name, v in zip(head, r):
        if r is not rows[0] and name == "source.date" and v.isdigit():
            v = int(v)
        elif r is not rows[0] and name == "verified.on" and len(v) == 10:
            v = datetime.date.fromisoformat(v)
        cells.append(v if v != "" else None)
    sheet.append(cells)
book.save(sys.argv[2])
"#;

#[test]
fn an_excel_workbook_imports_as_its_csv_does() {
    let (tmp, root) = bundled_copy();
    let before = directory_json(&root);
    let csv = tmp.path().join("entries.csv");
    assert_eq!(
        run(&root, &["export", "--out", csv.to_str().unwrap()]).code,
        0
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.contains(",2024,") || text.contains(",2023,"),
        "a year to type as a number"
    );
    let xlsx = tmp.path().join("entries.xlsx");
    let python = std::process::Command::new("python3")
        .args(["-c", TO_XLSX, csv.to_str().unwrap(), xlsx.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        python.status.success(),
        "openpyxl: {}",
        String::from_utf8_lossy(&python.stderr)
    );
    std::fs::remove_dir_all(root.join("content/directory")).unwrap();
    let import = run(&root, &["import", xlsx.to_str().unwrap()]);
    assert_eq!(import.code, 0, "{import}");
    assert_eq!(directory_json(&root), before);
}
