//! The agent-framework benchmark, compiled in from `data/agent-framework-benchmark.csv`.
//!
//! Source: S. Hwang and D. Koh, "Why We Use Rust", 2026-05-23, the table in its Performance
//! section: a tool-using agent loop with simulated fixed-latency LLM calls; wall time median
//! and p95, total CPU seconds, peak RSS.

use serde::Deserialize;

use crate::DataError;

/// The raw CSV: `framework,language,median_ms,p95_ms,cpu_s,peak_rss_mib`.
pub const AGENTS_CSV: &str = include_str!("../../../data/agent-framework-benchmark.csv");

/// Where the figures come from.
pub const AGENTS_SOURCE: &str = "S. Hwang and D. Koh, “Why We Use Rust”, 2026-05-23, Performance section: a tool-using agent loop with simulated fixed-latency LLM calls.";

/// One framework's results.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AgentRun {
    /// The framework, e.g. "langchain".
    pub framework: String,
    /// Its language, e.g. "Python".
    pub language: String,
    /// Median wall time of the loop, milliseconds.
    pub median_ms: f64,
    /// 95th-percentile wall time, milliseconds.
    pub p95_ms: f64,
    /// Total CPU time, seconds.
    pub cpu_s: f64,
    /// Peak resident memory, MiB.
    pub peak_rss_mib: f64,
}

/// Which column a panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentMeasure {
    /// Median wall time, ms.
    WallTime,
    /// Total CPU seconds.
    Cpu,
    /// Peak RSS, MiB.
    Memory,
}

impl AgentMeasure {
    /// The three panels, side by side.
    pub const ALL: [AgentMeasure; 3] = [
        AgentMeasure::WallTime,
        AgentMeasure::Cpu,
        AgentMeasure::Memory,
    ];

    /// The value in a run.
    pub fn of(self, run: &AgentRun) -> f64 {
        match self {
            AgentMeasure::WallTime => run.median_ms,
            AgentMeasure::Cpu => run.cpu_s,
            AgentMeasure::Memory => run.peak_rss_mib,
        }
    }

    /// The panel's title with its unit.
    pub fn label(self) -> &'static str {
        match self {
            AgentMeasure::WallTime => "Wall time, median (ms)",
            AgentMeasure::Cpu => "CPU time (s)",
            AgentMeasure::Memory => "Peak memory (MiB)",
        }
    }
}

/// Parses the benchmark CSV.
///
/// # Errors
/// A [`DataError`] naming the record when a row is malformed or a figure is negative.
pub fn parse_agent_runs(csv_text: &str) -> Result<Vec<AgentRun>, DataError> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.deserialize::<AgentRun>().enumerate() {
        let run =
            record.map_err(|e| DataError(format!("agent benchmark, record {}: {e}", i + 1)))?;
        if AgentMeasure::ALL
            .iter()
            .any(|m| !(m.of(&run).is_finite() && m.of(&run) >= 0.0))
        {
            return Err(DataError(format!(
                "agent benchmark, {}: figures must be non-negative numbers",
                run.framework
            )));
        }
        out.push(run);
    }
    if out.is_empty() {
        return Err(DataError("agent benchmark: no rows".into()));
    }
    Ok(out)
}

/// The compiled-in runs.
///
/// # Errors
/// Only if the compiled-in CSV is malformed, which `cargo test` rules out.
pub fn agent_runs() -> Result<Vec<AgentRun>, DataError> {
    parse_agent_runs(AGENTS_CSV)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_is_the_same_and_the_cost_is_not() {
        let runs = agent_runs().unwrap();
        assert_eq!(runs.len(), 4);
        let (rust, python): (Vec<_>, Vec<_>) = runs.iter().partition(|r| r.language == "Rust");
        let max = |v: &[&AgentRun], m: AgentMeasure| v.iter().map(|r| m.of(r)).fold(0.0, f64::max);
        let min = |v: &[&AgentRun], m: AgentMeasure| {
            v.iter().map(|r| m.of(r)).fold(f64::INFINITY, f64::min)
        };
        // Wall time within 25%: everyone waits on the same simulated LLM calls.
        assert!(min(&python, AgentMeasure::WallTime) / max(&rust, AgentMeasure::WallTime) < 1.25);
        // CPU 25–30x and memory 4–7x, as the seed says.
        let cpu = min(&python, AgentMeasure::Cpu) / max(&rust, AgentMeasure::Cpu);
        assert!((24.0..=33.0).contains(&cpu), "{cpu}");
        let mem = min(&python, AgentMeasure::Memory) / max(&rust, AgentMeasure::Memory);
        assert!((4.0..=7.5).contains(&mem), "{mem}");
    }

    #[test]
    fn malformed_rows_are_rejected() {
        let bad = "framework,language,median_ms,p95_ms,cpu_s,peak_rss_mib\nx,Rust,1,2,-3,4\n";
        assert!(parse_agent_runs(bad).is_err());
    }
}
