//! The directory as a spreadsheet (CSV): one row per entry, one column per field
//! (`name.ar`-style columns for the languages, `phone1`, `phone1.label.en`, `phone2`… for
//! the numbers). `export` writes every entry; `import` turns each row into the entry's
//! YAML and checks it with the same checks as an entry file, each problem reported at its
//! row and column.

use super::load::check_text;
use super::{Directory, Entry, Text};
use crate::content::config::Config;
use crate::diagnostics::{did_you_mean, Code, Diagnostic};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The phone columns after `phone<N>`: `phone<N>.free` …, and `phone<N>.label[.<lang>]`.
const PHONE_FLAGS: &[&str] = &["free", "sms", "whatsapp", "viber"];

/// The header of the sheet for a site with `codes`, and `phones` numbers at most.
fn header(codes: &[&str], phones: usize) -> Vec<String> {
    let mut h: Vec<String> = vec!["id".into()];
    let texts = |h: &mut Vec<String>, key: &str| {
        h.push(key.to_string());
        h.extend(codes.iter().map(|c| format!("{key}.{c}")));
    };
    texts(&mut h, "name");
    h.extend(
        ["kind", "country", "region", "city", "categories"]
            .iter()
            .map(|s| s.to_string()),
    );
    for n in 1..=phones {
        h.push(format!("phone{n}"));
        texts(&mut h, &format!("phone{n}.label"));
        h.extend(PHONE_FLAGS.iter().map(|f| format!("phone{n}.{f}")));
    }
    h.extend(
        [
            "email",
            "website",
            "languages",
            "hours",
            "ages",
            "confidential",
            "interpreters",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    texts(&mut h, "description");
    h.push("address".into());
    texts(&mut h, "source.name");
    h.extend(["source.url", "source.date"].iter().map(|s| s.to_string()));
    h.push("verified.on".into());
    texts(&mut h, "verified.how");
    h.push("example".into());
    h
}

/// Every entry as a row, in the directory's order.
pub fn export(dir: &Directory, config: &Config) -> String {
    let codes = config.codes();
    let phones = dir
        .entries
        .iter()
        .map(|e| e.phones.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let header = header(&codes, phones);
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&header);
    for e in &dir.entries {
        let row = row_of(e);
        let _ = w.write_record(header.iter().map(|h| row.get(h).map_or("", String::as_str)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One entry's cells, by column.
fn row_of(e: &Entry) -> BTreeMap<String, String> {
    let mut row = BTreeMap::new();
    let mut put = |k: String, v: String| {
        if !v.is_empty() {
            row.insert(k, v);
        }
    };
    let flag = |b: bool| if b { "true".to_string() } else { String::new() };
    let texts = |put: &mut dyn FnMut(String, String), key: &str, t: &Text| match t {
        Text::One(s) => put(key.to_string(), s.clone()),
        Text::Many(m) => {
            for (lang, s) in m {
                put(format!("{key}.{lang}"), s.clone());
            }
        }
    };
    put("id".into(), e.id.clone());
    texts(&mut put, "name", &e.name);
    put(
        "kind".into(),
        serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    );
    put("country".into(), e.country.clone());
    put("region".into(), e.region.clone().unwrap_or_default());
    put("city".into(), e.city.clone().unwrap_or_default());
    put("categories".into(), e.categories.join(" "));
    for (i, p) in e.phones.iter().enumerate() {
        let n = i + 1;
        put(format!("phone{n}"), p.phone.display.clone());
        if let Some(label) = &p.label {
            texts(&mut put, &format!("phone{n}.label"), label);
        }
        for (f, on) in PHONE_FLAGS.iter().zip([p.free, p.sms, p.whatsapp, p.viber]) {
            put(format!("phone{n}.{f}"), flag(on));
        }
    }
    put("email".into(), e.email.clone().unwrap_or_default());
    put("website".into(), e.website.clone().unwrap_or_default());
    put("languages".into(), e.languages.join(" "));
    put("hours".into(), e.hours.clone().unwrap_or_default());
    put("ages".into(), e.ages.clone().unwrap_or_default());
    put(
        "confidential".into(),
        e.confidential.map(|c| c.to_string()).unwrap_or_default(),
    );
    put("interpreters".into(), flag(e.interpreters));
    if let Some(d) = &e.description {
        texts(&mut put, "description", d);
    }
    put("address".into(), e.address.clone().unwrap_or_default());
    texts(&mut put, "source.name", &e.source.name);
    put(
        "source.url".into(),
        e.source.url.clone().unwrap_or_default(),
    );
    put(
        "source.date".into(),
        e.source
            .date
            .map_or(super::provenance::UNKNOWN.to_string(), |d| d.to_string()),
    );
    if let Some(v) = &e.verified {
        put("verified.on".into(), v.on.to_string());
        texts(&mut put, "verified.how", &v.how);
    }
    put("example".into(), flag(e.example));
    row
}

/// One entry made from a row: where it goes below `content/directory/`, and its YAML.
pub struct Imported {
    pub path: PathBuf,
    pub yaml: String,
}

/// The most numbers a sheet's row may have (`phone1` … `phone99`).
const MAX_PHONES: usize = 99;

/// Whether a sheet of a site with `codes` may have `column`: it is in the header `export`
/// writes for as many numbers as the column's own (`phone12.label.en`: 12).
fn known(column: &str, codes: &[&str]) -> bool {
    let number = column
        .strip_prefix("phone")
        .map(|r| r.split('.').next().unwrap_or(r))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    number <= MAX_PHONES && header(codes, number).iter().any(|h| h == column)
}

/// The YAML of one row, with the column each line came from.
struct Yaml {
    text: String,
    /// For each line (from 1), the column it came from.
    lines: Vec<String>,
}

impl Yaml {
    fn line(&mut self, column: &str, text: String) {
        self.text.push_str(&text);
        self.text.push('\n');
        self.lines.push(column.to_string());
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The row's text for `key` (`name`, `phone1.label` …) at `indent`, if it has any.
fn text(y: &mut Yaml, cells: &BTreeMap<&str, &str>, key: &str, indent: &str) {
    let prefix = format!("{key}.");
    let langs: Vec<(&str, &str)> = cells
        .iter()
        .filter_map(|(c, v)| c.strip_prefix(&prefix).map(|l| (l, *v)))
        .filter(|(l, _)| !l.is_empty())
        .collect();
    let name = key.rsplit('.').next().unwrap_or(key);
    if let Some(one) = cells.get(key) {
        y.line(key, format!("{indent}{name}: {}", quoted(one)));
    } else if !langs.is_empty() {
        y.line(key, format!("{indent}{name}:"));
        for (l, v) in langs {
            y.line(
                &format!("{key}.{l}"),
                format!("{indent}  {l}: {}", quoted(v)),
            );
        }
    }
}

/// `true` for the cells a yes/no column takes as yes; an error message for a cell that is
/// neither.
fn yes(cell: &str) -> Result<bool, String> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "" | "false" | "no" | "0" => Ok(false),
        "true" | "yes" | "1" => Ok(true),
        other => Err(format!("`{other}` is not yes or no")),
    }
}

/// The YAML of one row, or the problems of its yes/no cells.
fn yaml_of(cells: &BTreeMap<&str, &str>) -> Result<Yaml, Vec<(String, String)>> {
    let mut y = Yaml {
        text: String::new(),
        lines: Vec::new(),
    };
    let mut bad = Vec::new();
    let flag = |y: &mut Yaml, bad: &mut Vec<(String, String)>, column: &str, indent: &str| {
        if let Some(c) = cells.get(column) {
            match yes(c) {
                Ok(true) => {
                    let key = column.rsplit('.').next().unwrap_or(column);
                    y.line(column, format!("{indent}{key}: true"));
                }
                Ok(false) => {}
                Err(e) => bad.push((column.to_string(), e)),
            }
        }
    };
    let plain = |y: &mut Yaml, column: &str| {
        if let Some(v) = cells.get(column) {
            y.line(column, format!("{column}: {}", quoted(v)));
        }
    };
    let list = |y: &mut Yaml, column: &str| {
        if let Some(v) = cells.get(column) {
            let items: Vec<String> = v
                .split([' ', ',', ';'])
                .filter(|s| !s.is_empty())
                .map(quoted)
                .collect();
            y.line(column, format!("{column}: [{}]", items.join(", ")));
        }
    };
    text(&mut y, cells, "name", "");
    plain(&mut y, "kind");
    plain(&mut y, "country");
    plain(&mut y, "region");
    plain(&mut y, "city");
    list(&mut y, "categories");
    let mut numbers: Vec<usize> = cells
        .keys()
        .filter_map(|c| c.strip_prefix("phone"))
        .filter_map(|r| r.split('.').next()?.parse().ok())
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut first = true;
    for n in numbers {
        let column = format!("phone{n}");
        let Some(number) = cells.get(column.as_str()) else {
            continue;
        };
        if first {
            y.line(&column, "phones:".into());
            first = false;
        }
        y.line(&column, format!("  - number: {}", quoted(number)));
        text(&mut y, cells, &format!("{column}.label"), "    ");
        for f in PHONE_FLAGS {
            flag(&mut y, &mut bad, &format!("{column}.{f}"), "    ");
        }
    }
    plain(&mut y, "email");
    plain(&mut y, "website");
    list(&mut y, "languages");
    plain(&mut y, "hours");
    plain(&mut y, "ages");
    if let Some(c) = cells.get("confidential") {
        match yes(c) {
            Ok(b) => y.line("confidential", format!("confidential: {b}")),
            Err(e) => bad.push(("confidential".into(), e)),
        }
    }
    flag(&mut y, &mut bad, "interpreters", "");
    text(&mut y, cells, "description", "");
    plain(&mut y, "address");
    if ["source.url", "source.date"]
        .iter()
        .any(|c| cells.contains_key(c))
        || cells.keys().any(|c| c.starts_with("source.name"))
    {
        y.line("source.name", "source:".into());
        text(&mut y, cells, "source.name", "  ");
        for key in ["url", "date"] {
            let column = format!("source.{key}");
            if let Some(v) = cells.get(column.as_str()) {
                y.line(&column, format!("  {key}: {}", quoted(v)));
            }
        }
    }
    if cells.contains_key("verified.on") || cells.keys().any(|c| c.starts_with("verified.how")) {
        y.line("verified.on", "verified:".into());
        if let Some(v) = cells.get("verified.on") {
            y.line("verified.on", format!("  on: {}", quoted(v)));
        }
        text(&mut y, cells, "verified.how", "  ");
    }
    flag(&mut y, &mut bad, "example", "");
    if bad.is_empty() {
        Ok(y)
    } else {
        Err(bad)
    }
}

/// The first worksheet of a spreadsheet file (`.xlsx`, `.xlsm`, `.xls`, `.ods`) as CSV
/// text, every cell as the text it shows; or why it cannot be read.
pub fn workbook_as_csv(path: &Path) -> Result<String, String> {
    use calamine::{open_workbook_auto, Reader};
    let mut book = open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = book
        .worksheet_range_at(0)
        .ok_or("the file has no worksheet")?
        .map_err(|e| e.to_string())?;
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        w.write_record(&cells).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A cell as text: a number without a needless `.0` (a phone number or a year typed as a
/// number), a date as `YYYY-MM-DD`.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) => d.as_datetime().map_or_else(
            || d.to_string(),
            |t| t.date().format("%Y-%m-%d").to_string(),
        ),
        other => other.to_string(),
    }
}

/// The entries of the sheet `text` (the file `file`, for messages), each checked as an
/// entry file is, or every problem, at its row and column.
pub fn import(text: &str, file: &Path, config: &Config) -> Result<Vec<Imported>, Vec<Diagnostic>> {
    let codes = config.codes();
    let at = |row: usize, col: Option<usize>, code: Code, msg: String, hint: &str| {
        let mut d = Diagnostic::error(code, msg)
            .file(file)
            .hint(hint.to_string());
        d.line = Some(row);
        d.column = col;
        d
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => {
            return Err(vec![at(
                1,
                None,
                Code::BadSheet,
                format!("the first row cannot be read: {e}"),
                "save the sheet as CSV in UTF-8",
            )]);
        }
    };
    let mut problems = Vec::new();
    for (i, c) in header.iter().enumerate() {
        if !known(c, &codes) {
            let mut all: Vec<String> = header_names(&codes);
            all.sort();
            let names: Vec<&str> = all.iter().map(String::as_str).collect();
            let hint = match did_you_mean(c, &names) {
                Some(near) => format!("did you mean `{near}`? The columns are listed in the README (\"The directory as a spreadsheet\")"),
                None => "the columns are listed in the README (\"The directory as a spreadsheet\")".into(),
            };
            problems.push(at(
                1,
                Some(i + 1),
                Code::BadSheet,
                format!("unknown column `{c}`"),
                &hint,
            ));
        }
    }
    if !header.iter().any(|c| c == "id") {
        problems.push(at(
            1,
            None,
            Code::BadSheet,
            "the sheet has no `id` column".into(),
            "add a column `id`: each entry's file name, e.g. gr-child-helpline",
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let column_of = |name: &str| header.iter().position(|c| c == name).map(|i| i + 1);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut entries = Vec::new();
    // Rows as a spreadsheet numbers them (the header is row 1), whatever line breaks
    // quoted cells hold.
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(at(
                    row,
                    None,
                    Code::BadSheet,
                    format!("this row cannot be read: {e}"),
                    "save the sheet as CSV in UTF-8",
                ));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: BTreeMap<&str, &str> = header
            .iter()
            .map(String::as_str)
            .zip(record.iter().map(str::trim))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let id = cells.get("id").copied().unwrap_or_default().to_string();
        if id.is_empty() {
            problems.push(at(
                row,
                column_of("id"),
                Code::BadSheet,
                "this row has no `id`".into(),
                "give each entry an id: its file name, e.g. gr-child-helpline",
            ));
            continue;
        }
        if let Some(first) = seen.insert(id.clone(), row) {
            problems.push(at(
                row,
                column_of("id"),
                Code::DuplicateId,
                format!("the id `{id}` is also the id of row {first}"),
                "give each entry its own id",
            ));
            continue;
        }
        let yaml = match yaml_of(&cells) {
            Ok(y) => y,
            Err(bad) => {
                for (column, e) in bad {
                    problems.push(at(
                        row,
                        column_of(&column),
                        Code::BadSheet,
                        format!("column `{column}`: {e}"),
                        "write yes or no (or leave the cell empty for no)",
                    ));
                }
                continue;
            }
        };
        let country = cells
            .get("country")
            .map_or("xx".to_string(), |c| c.to_ascii_lowercase());
        let rel: PathBuf = [super::DIRECTORY_DIR, &country, &format!("{id}.yaml")]
            .iter()
            .collect();
        let (_, diags) = check_text(yaml.text.clone(), rel.clone(), config, None);
        let errors: Vec<Diagnostic> = diags.into_iter().filter(Diagnostic::is_error).collect();
        if errors.is_empty() {
            entries.push(Imported {
                path: [country.as_str(), &format!("{id}.yaml")].iter().collect(),
                yaml: yaml.text,
            });
            continue;
        }
        for d in errors {
            // The line of the YAML made from this row names the column it came from.
            let column = d
                .line
                .and_then(|l| yaml.lines.get(l.wrapping_sub(1)))
                .cloned();
            let message = match &column {
                Some(c) => format!("column `{c}`: {}", d.message),
                None => d.message.clone(),
            };
            let mut moved = at(
                row,
                column.as_deref().and_then(column_of),
                d.code,
                message,
                "",
            );
            moved.hint = d.hint.clone();
            problems.push(moved);
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// Every column name a sheet of a site with `codes` may have (numbers up to 3), for "did
/// you mean".
fn header_names(codes: &[&str]) -> Vec<String> {
    header(codes, 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_known_by_their_shape() {
        let codes = ["en", "ar"];
        for c in [
            "id",
            "name",
            "name.ar",
            "phone1",
            "phone12.label.en",
            "phone2.sms",
            "source.name.en",
            "verified.how",
        ] {
            assert!(known(c, &codes), "{c}");
        }
        for c in [
            "name.de",
            "phone",
            "phone0",
            "phone01",
            "phone1.fax",
            "phones",
            "Name",
            // Past the bound: no header of a billion columns is made to look for it.
            "phone100",
            "phone99999999999",
        ] {
            assert!(!known(c, &codes), "{c}");
        }
    }

    #[test]
    fn yes_and_no() {
        assert_eq!(yes("Yes"), Ok(true));
        assert_eq!(yes(""), Ok(false));
        assert!(yes("maybe").is_err());
    }
}
