//! AWS Lambda cold starts by runtime, compiled in from `data/lambda-cold-start.csv`.
//!
//! Source: maxday/lambda-perf, `data/last.json`, generated 2026-08-22 (lambda-perf.com):
//! the mean "Init Duration" of 10 cold starts of a hello-world function per runtime,
//! zip package, 128 MB, x86_64.

use serde::Deserialize;

use crate::DataError;

/// The raw CSV: `runtime,architecture,package,memory_mb,init_mean_ms,init_runs,max_memory_used_mb`.
pub const LAMBDA_CSV: &str = include_str!("../../../data/lambda-cold-start.csv");

/// Where the figures come from, for the page to cite beside the chart.
pub const LAMBDA_SOURCE: &str = "maxday/lambda-perf, data/last.json, generated 2026-08-22: mean Init Duration of 10 cold starts of a hello-world function, zip package, 128 MB, x86_64.";

/// What the chart shows and does not, shown under it (the view's test checks its figures
/// against the data).
pub const LAMBDA_READING: &str = "How long a hello-world function takes to start when no warm instance is waiting: the mean Init Duration that AWS reports, which is not the whole cold start of a real function (loading its own code and dependencies comes on top). Native binaries are among the fastest, but not all of them: Swift (native, about 126 ms) starts slower than every Python version (74–102 ms), and the shell bootstrap (38 ms) beats Go (49 ms).";

/// A link to the source.
pub const LAMBDA_SOURCE_URL: &str = "https://lambda-perf.com";

/// The language family a runtime belongs to, for grouping and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Rust,
    Cpp,
    Go,
    Shell,
    Python,
    DotNet,
    Swift,
    JavaScript,
    Java,
    Ruby,
}

impl Family {
    /// Every family, in legend order.
    pub const ALL: [Family; 10] = [
        Family::Rust,
        Family::Cpp,
        Family::Go,
        Family::Shell,
        Family::Python,
        Family::DotNet,
        Family::Swift,
        Family::JavaScript,
        Family::Java,
        Family::Ruby,
    ];

    /// The family of a lambda-perf runtime name, e.g. "nodejs22.x" → JavaScript,
    /// "graalvm java21 (prov.al2023)" → Java, "llrt (prov.al2023)" → JavaScript.
    pub fn of_runtime(runtime: &str) -> Option<Family> {
        let r = runtime.to_ascii_lowercase();
        let has = |p: &str| r.starts_with(p);
        Some(if has("rust") {
            Family::Rust
        } else if has("c++") {
            Family::Cpp
        } else if has("go") {
            Family::Go
        } else if has("shell") {
            Family::Shell
        } else if has("python") {
            Family::Python
        } else if has("dotnet") {
            Family::DotNet
        } else if has("apple swift") {
            Family::Swift
        } else if has("nodejs") || has("llrt") || has("bun") {
            Family::JavaScript
        } else if has("java") || has("graalvm") || has("quarkus") {
            Family::Java
        } else if has("ruby") {
            Family::Ruby
        } else {
            return None;
        })
    }

    /// The family's label.
    pub fn label(self) -> &'static str {
        match self {
            Family::Rust => "Rust",
            Family::Cpp => "C++",
            Family::Go => "Go",
            Family::Shell => "Shell",
            Family::Python => "Python",
            Family::DotNet => ".NET",
            Family::Swift => "Swift",
            Family::JavaScript => "JavaScript",
            Family::Java => "Java (JVM, GraalVM, Quarkus)",
            Family::Ruby => "Ruby",
        }
    }
}

/// One runtime's cold start.
#[derive(Debug, Clone, PartialEq)]
pub struct ColdStart {
    /// The runtime as lambda-perf names it, e.g. "rust (prov.al2023)".
    pub runtime: String,
    /// Its language family.
    pub family: Family,
    /// CPU architecture, e.g. "x86_64".
    pub architecture: String,
    /// Deployment package, e.g. "zip".
    pub package: String,
    /// Configured function memory, MB.
    pub configured_mb: u32,
    /// Mean Init Duration in milliseconds.
    pub init_ms: f64,
    /// How many cold starts the mean is over.
    pub runs: u32,
    /// Peak memory used, MB.
    pub memory_mb: f64,
}

#[derive(Deserialize)]
struct Row {
    runtime: String,
    architecture: String,
    package: String,
    memory_mb: u32,
    init_mean_ms: f64,
    init_runs: u32,
    max_memory_used_mb: f64,
}

/// Parses the cold-start CSV.
///
/// # Errors
/// A [`DataError`] naming the record when a row is malformed, its runtime belongs to no known
/// family, or a figure is not a positive number.
pub fn parse_cold_starts(csv_text: &str) -> Result<Vec<ColdStart>, DataError> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.deserialize::<Row>().enumerate() {
        let row = record.map_err(|e| DataError(format!("cold starts, record {}: {e}", i + 1)))?;
        let family = Family::of_runtime(&row.runtime).ok_or_else(|| {
            DataError(format!(
                "cold starts, record {}: no language family for runtime `{}`",
                i + 1,
                row.runtime
            ))
        })?;
        if !(row.init_mean_ms.is_finite() && row.init_mean_ms > 0.0) {
            return Err(DataError(format!(
                "cold starts, {}: init_mean_ms must be a positive number",
                row.runtime
            )));
        }
        out.push(ColdStart {
            runtime: row.runtime,
            architecture: row.architecture,
            package: row.package,
            configured_mb: row.memory_mb,
            family,
            init_ms: row.init_mean_ms,
            runs: row.init_runs,
            memory_mb: row.max_memory_used_mb,
        });
    }
    if out.is_empty() {
        return Err(DataError("cold starts: no rows".into()));
    }
    Ok(out)
}

/// The compiled-in cold starts, in the file's order.
///
/// # Errors
/// Only if the compiled-in CSV is malformed, which `cargo test` rules out.
pub fn cold_starts() -> Result<Vec<ColdStart>, DataError> {
    parse_cold_starts(LAMBDA_CSV)
}

/// The compiled-in cold starts, grouped by family (families in [`Family::ALL`] order, by
/// fastest runtime within each family).
///
/// # Errors
/// Only if the compiled-in CSV is malformed, which `cargo test` rules out.
pub fn cold_starts_by_family() -> Result<Vec<(Family, Vec<ColdStart>)>, DataError> {
    let rows = parse_cold_starts(LAMBDA_CSV)?;
    Ok(Family::ALL
        .into_iter()
        .map(|f| {
            let mut group: Vec<ColdStart> =
                rows.iter().filter(|r| r.family == f).cloned().collect();
            group.sort_by(|a, b| a.init_ms.total_cmp(&b.init_ms));
            (f, group)
        })
        .filter(|(_, g)| !g.is_empty())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_in_the_file_has_a_family() {
        let rows = parse_cold_starts(LAMBDA_CSV).unwrap();
        assert_eq!(rows.len(), LAMBDA_CSV.trim().lines().count() - 1);
    }

    #[test]
    fn families_are_what_the_runtime_names_say() {
        assert_eq!(Family::of_runtime("nodejs22.x"), Some(Family::JavaScript));
        assert_eq!(
            Family::of_runtime("llrt (prov.al2023)"),
            Some(Family::JavaScript)
        );
        assert_eq!(
            Family::of_runtime("graalvm java21 (prov.al2023)"),
            Some(Family::Java)
        );
        assert_eq!(
            Family::of_runtime("dotnet10 aot (prov.al2023)"),
            Some(Family::DotNet)
        );
        assert_eq!(
            Family::of_runtime("apple swift 6.2 (prov.al2)"),
            Some(Family::Swift)
        );
        assert_eq!(Family::of_runtime("cobol"), None);
    }

    #[test]
    fn rust_starts_fastest_and_python_faster_than_node() {
        let groups = cold_starts_by_family().unwrap();
        let fastest = |f: Family| groups.iter().find(|(g, _)| *g == f).unwrap().1[0].init_ms;
        for (f, _) in &groups {
            assert!(fastest(Family::Rust) <= fastest(*f), "{f:?}");
        }
        // In this data Python starts faster than Node.js.
        let rows = parse_cold_starts(LAMBDA_CSV).unwrap();
        let min = |prefix: &str| {
            rows.iter()
                .filter(|r| r.runtime.starts_with(prefix))
                .map(|r| r.init_ms)
                .fold(f64::INFINITY, f64::min)
        };
        assert!(min("python") < min("nodejs"));
    }

    #[test]
    fn an_unknown_runtime_is_rejected_by_name() {
        let bad = "runtime,architecture,package,memory_mb,init_mean_ms,init_runs,max_memory_used_mb\ncobol,x86_64,zip,128,10,10,10\n";
        assert!(parse_cold_starts(bad)
            .unwrap_err()
            .to_string()
            .contains("cobol"));
    }
}
