//! What the rustc-oracle tests share: the programs of a corpus folder and rustc's verdict on
//! one program. (Each test file uses part of it.)
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `(error code, primary line)` pairs.
pub type Errors = BTreeSet<(String, usize)>;

/// The `.rs` files of `tests/<folder>`, sorted by name.
pub fn programs(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// The file name of `path`, for messages.
pub fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Errors rustc reports for `file`: `(code, primary line)` of every error-level diagnostic
/// that has a code. `out_dir` receives the metadata file.
pub fn rustc_errors(file: &Path, out_dir: &Path) -> Errors {
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

/// The engine's `(code, line)` pairs for an analysis it fully checked.
pub fn engine_errors(analysis: &ownership::Analysis) -> Errors {
    analysis
        .diagnostics
        .iter()
        .map(|d| (d.code.to_string(), d.span.line))
        .collect()
}

/// A temporary folder for rustc's output, unique to this process and `what`.
pub fn out_dir(what: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ownership-{what}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    dir
}
