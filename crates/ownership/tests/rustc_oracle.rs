//! rustc is the oracle: for every program in `tests/corpus`, the set of
//! `(error code, primary line)` the engine reports must equal the set rustc
//! reports, and the engine must fully check the program. No expected output
//! is written by hand anywhere.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

type Errors = BTreeSet<(String, usize)>;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// Errors rustc reports for `file`: `(code, primary line)` of every
/// error-level diagnostic that has a code.
fn rustc_errors(file: &Path, out_dir: &Path) -> Errors {
    let output = Command::new("rustc")
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "bin",
            "--emit=metadata",
            "--error-format=json",
            "-o",
        ])
        .arg(out_dir.join("x.rmeta"))
        .arg(file)
        .output()
        .expect("rustc must be installed to run the oracle tests");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut errors = Errors::new();
    for line in stderr.lines().filter(|l| l.starts_with('{')) {
        let message: serde_json::Value =
            serde_json::from_str(line).expect("rustc emits JSON lines");
        if message["level"] != "error" {
            continue;
        }
        let Some(code) = message["code"]["code"].as_str() else {
            continue;
        };
        let primary = message["spans"]
            .as_array()
            .and_then(|spans| spans.iter().find(|s| s["is_primary"] == true))
            .and_then(|s| s["line_start"].as_u64())
            .expect("an error with a code has a primary span");
        errors.insert((code.to_string(), primary as usize));
    }
    errors
}

#[test]
fn engine_agrees_with_rustc_on_the_corpus() {
    let files = corpus();
    assert!(files.len() >= 150, "the corpus needs at least 150 programs");
    let out_dir = std::env::temp_dir().join(format!("ownership-oracle-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temporary directory");
    let mut failures = Vec::new();
    let mut codes: std::collections::BTreeMap<String, usize> = Default::default();
    let (mut compiling, mut failing) = (0, 0);
    for file in &files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(file).expect("corpus file");
        let expected = rustc_errors(file, &out_dir);
        let analysis = ownership::analyze(&source);
        if analysis.status != ownership::Status::Checked {
            failures.push(format!("{name}: not checked: {:?}", analysis.status));
            continue;
        }
        let actual: Errors = analysis
            .diagnostics
            .iter()
            .map(|d| (d.code.to_string(), d.span.line))
            .collect();
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
