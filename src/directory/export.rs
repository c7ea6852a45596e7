//! `/directory.json`: every entry in every language, in a stable order, with the weekly
//! hours compiled for "open now", and where each entry's details come from (`source`,
//! with its date at the precision given, and `verified` only when someone here checked).
//! The schema is documented in the README; version 2 replaced `last_verified` and the
//! `source` string by these.

use super::Directory;
use serde_json::json;

pub const SCHEMA_VERSION: u32 = 2;

pub fn json(dir: &Directory) -> String {
    let doc = json!({
        "schema_version": SCHEMA_VERSION,
        "entries": dir.entries,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into()) + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_directory_exports_an_empty_list() {
        let out = json(&Directory::default());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["entries"], json!([]));
        assert_eq!(v["schema_version"], 2);
    }
}
