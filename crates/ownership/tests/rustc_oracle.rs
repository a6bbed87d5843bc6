//! rustc is the oracle: for every program in `tests/corpus`, the set of
//! `(error code, primary line)` the engine reports must equal the set rustc
//! reports, and the engine must fully check the program. No expected output
//! is written by hand anywhere.

mod support;

use std::collections::BTreeSet;

use support::{engine_errors, name, out_dir, programs, rustc_errors};

#[test]
fn engine_agrees_with_rustc_on_the_corpus() {
    let files = programs("corpus");
    assert!(files.len() >= 150, "the corpus needs at least 150 programs");
    let out_dir = out_dir("oracle");
    let mut failures = Vec::new();
    let mut codes: std::collections::BTreeMap<String, usize> = Default::default();
    let (mut compiling, mut failing) = (0, 0);
    for file in &files {
        let name = name(file);
        let source = std::fs::read_to_string(file).expect("corpus file");
        let expected = rustc_errors(file, &out_dir);
        let analysis = ownership::analyze(&source);
        if analysis.status != ownership::Status::Checked {
            failures.push(format!("{name}: not checked: {:?}", analysis.status));
            continue;
        }
        let actual = engine_errors(&analysis);
        if actual != expected {
            failures.push(format!(
                "{name}:\n  rustc:  {expected:?}\n  engine: {actual:?}"
            ));
        }
        // Keep the file names honest: `ok_*` compiles, `err_*` does not.
        if name.starts_with("ok_") != expected.is_empty() {
            failures.push(format!(
                "{name}: rustc reports {expected:?}, which does not fit the name"
            ));
        }
        if expected.is_empty() {
            compiling += 1;
        } else {
            failing += 1;
        }
        let in_file: BTreeSet<String> = expected.into_iter().map(|(code, _)| code).collect();
        for code in in_file {
            *codes.entry(code).or_default() += 1;
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(
        failures.is_empty(),
        "disagreements with rustc:\n{}",
        failures.join("\n")
    );
    // About half compile, half do not.
    let total = compiling + failing;
    assert!(
        compiling * 10 >= total * 4 && failing * 10 >= total * 4,
        "{compiling} compiling, {failing} failing"
    );
    // Each code the engine explains appears in at least five programs.
    for code in [
        "E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0384", "E0596", "E0597",
        "E0515", "E0716", "E0373",
    ] {
        let n = codes.get(code).copied().unwrap_or(0);
        assert!(
            n >= 5,
            "the corpus has {n} programs with {code}; it needs 5"
        );
    }
}
