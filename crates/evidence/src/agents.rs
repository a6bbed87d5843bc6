//! The agent-framework benchmark, compiled in from `data/agent-framework-benchmark.csv`.
//!
//! Source: Suyoung Hwang and Donghyun Koh, "Why We Use Rust", 2026-05-23, the table in its Performance
//! section: a tool-using agent loop with simulated fixed-latency LLM calls; wall time median
//! and p95, total CPU seconds, peak RSS.

use serde::Deserialize;

use crate::DataError;

/// The raw CSV: `framework,language,median_ms,p95_ms,cpu_s,peak_rss_mib`.
pub const AGENTS_CSV: &str = include_str!("../../../data/agent-framework-benchmark.csv");

/// Where the figures come from.
/// What the chart's reader should know: who published the benchmark and what it leaves out.
pub const AGENTS_CAVEATS: &str = "Caveats: the benchmark was published by the authors of one of the two Rust frameworks (“ours” in their table, shown here as “the authors' own”: the article does not name it), and the article says the loop ran “at various concurrency levels” without giving the level of each row.";

/// Where the figures come from, for the page to cite beside the chart.
pub const AGENTS_SOURCE: &str = "Suyoung Hwang and Donghyun Koh, “Why We Use Rust”, 2026-05-23, Performance section: a tool-using agent loop with simulated fixed-latency LLM calls.";

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

/// What the table says of the Python frameworks against the Rust ones, as ranges over
/// every pair (lowest Python over highest Rust, highest Python over lowest Rust).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgentSummary {
    /// How much longer the Python frameworks' median wall time is, percent: (low, high).
    pub wait_longer_pct: (f64, f64),
    /// Python's CPU seconds over Rust's: (low, high).
    pub cpu_ratio: (f64, f64),
    /// Python's peak memory over Rust's: (low, high).
    pub memory_ratio: (f64, f64),
}

/// The ranges of [`AgentSummary`] for `runs`; `None` without a Rust and a Python run or
/// with a zero Rust figure.
pub fn summary(runs: &[AgentRun]) -> Option<AgentSummary> {
    let of = |language: &str, m: AgentMeasure| -> Vec<f64> {
        runs.iter()
            .filter(|r| r.language == language)
            .map(|r| m.of(r))
            .collect()
    };
    let range = |m: AgentMeasure| -> Option<(f64, f64)> {
        let (rust, python) = (of("Rust", m), of("Python", m));
        let lo = |v: &[f64]| v.iter().copied().reduce(f64::min);
        let hi = |v: &[f64]| v.iter().copied().reduce(f64::max);
        let (r_lo, r_hi, p_lo, p_hi) = (lo(&rust)?, hi(&rust)?, lo(&python)?, hi(&python)?);
        (r_lo > 0.0).then(|| (p_lo / r_hi, p_hi / r_lo))
    };
    let wait = range(AgentMeasure::WallTime)?;
    Some(AgentSummary {
        wait_longer_pct: ((wait.0 - 1.0) * 100.0, (wait.1 - 1.0) * 100.0),
        cpu_ratio: range(AgentMeasure::Cpu)?,
        memory_ratio: range(AgentMeasure::Memory)?,
    })
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

    /// The ranges, worked out by hand from the article's table: CPU 2.95 / 0.12 to
    /// 3.28 / 0.10, memory 112 / 25 to 115 / 16, wait 2417 / 2013 to 2475 / 2012.
    #[test]
    fn the_summary_is_what_the_table_says() {
        let s = summary(&agent_runs().unwrap()).unwrap();
        let near = |x: f64, y: f64| (x - y).abs() < 0.05;
        assert!(
            near(s.cpu_ratio.0, 24.58) && near(s.cpu_ratio.1, 32.8),
            "{s:?}"
        );
        assert!(
            near(s.memory_ratio.0, 4.48) && near(s.memory_ratio.1, 7.19),
            "{s:?}"
        );
        assert!(
            near(s.wait_longer_pct.0, 20.07) && near(s.wait_longer_pct.1, 23.01),
            "{s:?}"
        );
        assert_eq!(summary(&[]), None);
    }

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
        // CPU 25–33x and memory 4–7x (the article rounds the CPU range to "25–30×").
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
