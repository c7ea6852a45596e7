//! Loading and validating the site's sources: site.yaml, the markdown files under
//! `content/` with their front matter, the images beside them, and the model (entries,
//! languages, URLs) built from them.

pub mod config;
pub mod frontmatter;
pub mod images;
pub mod model;
pub mod source;
pub(crate) mod yaml;
