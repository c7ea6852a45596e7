#![no_main]
//! See fuzz/README.md and harness::template_data.

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| harness::template_data(data));
