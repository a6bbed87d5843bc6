//! The engine's entry point, `ownership::analyze`, on whatever text libFuzzer makes: it must
//! return, never panic (a panic in the browser kills the whole page) and never hang (the
//! runner's `-timeout` turns one into a crash). Seeded with the corpus and held-out programs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = ownership::analyze(source);
    }
});
