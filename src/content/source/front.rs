//! The front matter of a markdown file: the YAML between its first two `---` lines.

pub type SplitError = (&'static str, usize, &'static str);

/// Returns (yaml, first yaml line, body byte offset).
pub fn split_front_matter(text: &str) -> Result<(&str, usize, usize), SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[start..].split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err((
            "the file does not start with front matter",
            1,
            "begin the file with a line `---`, then `title: ...`, then another line `---`",
        ));
    }
    let yaml_start = start + first.len();
    let mut offset = yaml_start;
    for line in lines {
        if line.trim_end() == "---" {
            return Ok((&text[yaml_start..offset], 2, offset + line.len()));
        }
        offset += line.len();
    }
    Err((
        "the front matter is not closed",
        1,
        "add a line `---` after the last front-matter line (the one that opens it is here)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_with_offsets() {
        let t = "---\ntitle: a\n---\nBody\n";
        let (y, line, body) = split_front_matter(t).unwrap();
        assert_eq!(y, "title: a\n");
        assert_eq!(line, 2);
        assert_eq!(&t[body..], "Body\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split_front_matter("---\ntitle: a\nBody\n").is_err());
        assert!(split_front_matter("title: a\n").is_err());
        assert!(split_front_matter("").is_err());
    }
}
