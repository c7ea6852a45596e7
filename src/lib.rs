//! Waymark: a fast, multilingual static-site generator for child-rights information.
//!
//! The folders are the pipeline's stages, and data flows one way through them:
//! `content` (files, front matter, site.yaml → the model) and `theme`, `i18n`,
//! `directory`, `campaign` (loaded beside it) → `render` (Tera, Fluent, markdown, links)
//! → `output` (staging, the files) — run in that order by `pipeline`, which the
//! commands in `cmd` (build, check, serve, new, translations) call.

// Diagnostics travel by value on the (cold) error path; boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod campaign;
pub mod cmd;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub(crate) mod emit;
pub mod i18n;
pub(crate) mod offline;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod search;
pub mod theme;
