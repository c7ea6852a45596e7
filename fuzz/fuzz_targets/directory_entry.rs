#![no_main]
//! See fuzz/README.md and harness::directory_entry.

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| harness::directory_entry(data));
