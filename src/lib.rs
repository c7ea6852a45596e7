//! Waymark: a fast, multilingual static-site generator for child-rights information.
//!
//! Data flows one way: `source` (files) → `frontmatter`/`config` (validated) → `model`
//! (the site and its URL table) → `render` (Tera, Fluent, markdown) → `output` (files).

// Diagnostics travel by value on the (cold) error path; boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod assets;
pub mod budget;
pub mod campaign;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod directory;
pub mod frontmatter;
pub mod i18n;
pub mod images;
pub mod incremental;
pub mod markdown;
pub mod model;
pub mod moved;
pub mod offline;
pub mod output;
pub mod pipeline;
pub mod publish;
pub mod render;
pub mod safety;
pub mod search;
pub mod serve;
pub mod source;
pub mod theme;
pub mod translations;
pub mod vtt;
pub mod yaml;
