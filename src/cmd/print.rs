//! Problems printed in the chosen format: JSON and GitHub annotations on standard output
//! (for tools), people's format on standard error.

use crate::diagnostics::{self, Diagnostics, Format};
use std::io::Write;

pub(crate) fn print_diags(diags: &Diagnostics, format: Format) {
    if diags.is_empty() && format != Format::Json {
        return;
    }
    let text = diagnostics::render_with(diags, format, diagnostics::stderr_color());
    // Machine formats on stdout (the GitHub runner reads workflow commands there).
    match format {
        Format::Json | Format::Github => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        Format::Human => {
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
}
