#![no_main]
//! See fuzz/README.md and harness::front_matter.

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| harness::front_matter(data));
