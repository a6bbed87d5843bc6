//! Checks many Rust files at once with the ownership engine and prints one JSON line per file:
//!
//! ```text
//! cargo run -q --release -p ownership --bin ownership-check -- FILE...
//! {"file":"a.rs","supported":true,"errors":[{"code":"E0382","line":7,"message":"borrow of moved value: `s`"}]}
//! {"file":"b.rs","supported":false,"reason":"closures are not supported yet (line 3)"}
//! ```
//!
//! `supported` is false, with a `reason`, when the file is outside the engine's subset, does
//! not parse, or cannot be read. The exit code is 0 whatever the verdicts; 2 only for a usage
//! error (no file given).

use serde::Serialize;

#[derive(Serialize)]
struct Error<'a> {
    code: &'a str,
    line: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct Report<'a> {
    file: &'a str,
    supported: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<Vec<Error<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "--help" || f == "-h") {
        eprintln!("usage: ownership-check FILE...  (one JSON line per file on stdout)");
        std::process::exit(if files.is_empty() { 2 } else { 0 });
    }
    for file in &files {
        let line = match std::fs::read_to_string(file) {
            Err(e) => to_json(&Report {
                file,
                supported: false,
                errors: None,
                reason: Some(format!("cannot read the file: {e}")),
            }),
            Ok(source) => {
                let analysis = ownership::analyze(&source);
                match &analysis.status {
                    ownership::Status::Checked => to_json(&Report {
                        file,
                        supported: true,
                        errors: Some(
                            analysis
                                .diagnostics
                                .iter()
                                .map(|d| Error {
                                    code: d.code,
                                    line: d.span.line,
                                    message: &d.message,
                                })
                                .collect(),
                        ),
                        reason: None,
                    }),
                    ownership::Status::Unsupported { message, line, .. } => to_json(&Report {
                        file,
                        supported: false,
                        errors: None,
                        reason: Some(format!("{message} (line {line})")),
                    }),
                    ownership::Status::SyntaxError { message, line } => to_json(&Report {
                        file,
                        supported: false,
                        errors: None,
                        reason: Some(format!("syntax error at line {line}: {message}")),
                    }),
                }
            }
        };
        println!("{line}");
    }
}

fn to_json(report: &Report) -> String {
    serde_json::to_string(report).unwrap_or_else(|e| {
        format!(
            "{{\"file\":null,\"supported\":false,\"reason\":\"cannot encode the report: {e}\"}}"
        )
    })
}
