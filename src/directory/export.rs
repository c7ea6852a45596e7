//! `/directory.json`: every entry in every language, in a stable order, with the weekly
//! hours compiled for "open now". The schema is documented in the README.

use super::Directory;
use serde_json::json;

pub const SCHEMA_VERSION: u32 = 1;

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
        assert_eq!(v["schema_version"], 1);
    }
}
