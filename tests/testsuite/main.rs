//! The integration tests, in one binary (one link instead of one per file): each module
//! is one area of the site generator; `support` holds what they share.
//!
//! Run one area with `cargo test --test testsuite campaign::`, one test with its name.

// `unreachable_pub` is for the library's API; test modules share helpers with `pub`.
#![allow(unreachable_pub)]
mod bad_inputs;
mod build_site;
mod bundled_content;
mod campaign;
mod check;
mod crash;
mod determinism;
mod directory;
mod directory_dates;
mod directory_sheet;
mod editor;
mod fuzz_regressions;
mod hosts;
mod hsds;
mod images;
mod incremental;
mod init;
mod pagination;
mod properties;
mod publish;
mod real_corpus;
mod safety;
mod search;
mod serve;
mod snapshots;
mod support;
mod translations_xliff;
mod watchdog;
