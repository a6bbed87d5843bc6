//! Measured evidence the playground charts, and the pure chart arithmetic that draws it:
//! Table 4 of Pereira et al. (here), AWS Lambda cold starts ([`lambda`]) and the
//! agent-framework benchmark ([`agents`]), and the state of the in-browser benchmark
//! ([`bench`]).
//!
//! The energy table is compiled in from `data/energy-table4.csv`:
//! R. Pereira, M. Couto, F. Ribeiro, R. Rua, J. Cunha, J. P. Fernandes, J. Saraiva,
//! "Ranking programming languages by energy efficiency", Science of Computer Programming 205
//! (2021) 102609, Table 4. Energy and time are normalized to C = 1.00; peak memory is
//! normalized to Pascal = 1.00.

use serde::{Deserialize, Serialize};
use std::fmt;

pub mod agents;
pub mod bench;
pub mod lambda;
pub mod sources;

/// The raw CSV of Table 4: `language,execution_type,energy,time,memory`, 27 rows.
pub const ENERGY_CSV: &str = include_str!("../../../data/energy-table4.csv");

/// Where the energy table comes from, for the page to cite beside the chart.
pub const ENERGY_SOURCE: &str = "R. Pereira, M. Couto, F. Ribeiro, R. Rua, J. Cunha, J. P. Fernandes, J. Saraiva, \
\"Ranking programming languages by energy efficiency\", Science of Computer Programming 205 (2021) 102609, Table 4.";

/// A link to the paper's raw per-benchmark data.
pub const ENERGY_SOURCE_URL: &str = "https://github.com/greensoftwarelab/Energy-Languages";

/// How the paper groups a language's implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExecutionType {
    /// Compiled ahead of time to machine code (C, Rust, Go, ...).
    #[serde(rename = "compiled")]
    Compiled,
    /// Run on a virtual machine (Java, C#, Erlang, ...).
    #[serde(rename = "virtual machine")]
    VirtualMachine,
    /// Interpreted, including JIT-compiled scripting runtimes (Python, JavaScript, ...).
    #[serde(rename = "interpreted")]
    Interpreted,
}

impl ExecutionType {
    /// Every execution type, in the paper's order.
    pub const ALL: [ExecutionType; 3] = [
        ExecutionType::Compiled,
        ExecutionType::VirtualMachine,
        ExecutionType::Interpreted,
    ];

    /// The label shown in legends: "compiled", "virtual machine", "interpreted".
    pub fn label(self) -> &'static str {
        match self {
            ExecutionType::Compiled => "compiled",
            ExecutionType::VirtualMachine => "virtual machine",
            ExecutionType::Interpreted => "interpreted",
        }
    }

    /// A CSS-safe identifier: "compiled", "vm", "interpreted".
    pub fn slug(self) -> &'static str {
        match self {
            ExecutionType::Compiled => "compiled",
            ExecutionType::VirtualMachine => "vm",
            ExecutionType::Interpreted => "interpreted",
        }
    }
}

/// One row of Table 4: a language's normalized results over the benchmark programs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageResult {
    /// The language's name as the paper gives it, e.g. "Rust".
    pub language: String,
    /// The paper's grouping.
    pub execution_type: ExecutionType,
    /// Normalized energy (package + DRAM joules), C = 1.00.
    pub energy: f64,
    /// Normalized execution time, C = 1.00.
    pub time: f64,
    /// Normalized peak memory, Pascal = 1.00.
    pub memory: f64,
}

/// Which column of Table 4 a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Normalized energy, C = 1.00.
    #[default]
    Energy,
    /// Normalized execution time, C = 1.00.
    Time,
    /// Normalized peak memory, Pascal = 1.00.
    Memory,
}

impl Metric {
    /// Every metric, in the order the switch shows them.
    pub const ALL: [Metric; 3] = [Metric::Energy, Metric::Time, Metric::Memory];

    /// The metric's value in a row.
    pub fn of(self, row: &LanguageResult) -> f64 {
        match self {
            Metric::Energy => row.energy,
            Metric::Time => row.time,
            Metric::Memory => row.memory,
        }
    }

    /// A short label: "Energy", "Time", "Peak memory".
    pub fn label(self) -> &'static str {
        match self {
            Metric::Energy => "Energy",
            Metric::Time => "Time",
            Metric::Memory => "Peak memory",
        }
    }

    /// The URL value: "energy", "time", "memory".
    pub fn slug(self) -> &'static str {
        match self {
            Metric::Energy => "energy",
            Metric::Time => "time",
            Metric::Memory => "memory",
        }
    }

    /// Parses a URL value; `None` for anything else.
    pub fn from_slug(s: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.slug() == s)
    }

    /// The language the paper normalized this metric to (1.00).
    pub fn baseline(self) -> &'static str {
        match self {
            Metric::Energy | Metric::Time => "C",
            Metric::Memory => "Pascal",
        }
    }
}

/// Why a data file could not be read: a message naming the file and record.
#[derive(Debug)]
pub struct DataError(pub(crate) String);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DataError {}

/// Parses Table 4 from CSV text with the header `language,execution_type,energy,time,memory`.
///
/// # Errors
/// A [`DataError`] naming the record when a row is malformed, a value is not a positive
/// finite number, or the table is empty.
pub fn parse_energy_table(csv_text: &str) -> Result<Vec<LanguageResult>, DataError> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.deserialize::<LanguageResult>().enumerate() {
        let row = record.map_err(|e| DataError(format!("energy table, record {}: {e}", i + 1)))?;
        for metric in Metric::ALL {
            let v = metric.of(&row);
            if !(v.is_finite() && v > 0.0) {
                return Err(DataError(format!(
                    "energy table, {}: {} must be a positive number, not {v}",
                    row.language,
                    metric.slug()
                )));
            }
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(DataError("energy table has no rows".into()));
    }
    Ok(rows)
}

/// The compiled-in Table 4 (27 languages).
///
/// # Errors
/// Only if the compiled-in CSV is malformed, which `cargo test` rules out.
pub fn energy_table() -> Result<Vec<LanguageResult>, DataError> {
    parse_energy_table(ENERGY_CSV)
}

/// How a bar's length maps to its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// Length proportional to the value, from 0.
    #[default]
    Linear,
    /// Length proportional to log10 of the value; equal ratios get equal lengths.
    Log,
}

impl Scale {
    /// The URL value: "linear" or "log".
    pub fn slug(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
        }
    }

    /// Parses a URL value; `None` for anything else.
    pub fn from_slug(s: &str) -> Option<Scale> {
        [Scale::Linear, Scale::Log]
            .into_iter()
            .find(|m| m.slug() == s)
    }
}

/// A value axis: maps values in `[min, max]` to a length in `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    /// The scale kind.
    pub scale: Scale,
    /// The value at length 0: 0 for linear; for log, the power of ten at or below the smallest
    /// value and 1 (the reference).
    pub min: f64,
    /// The value at length 1 (a "nice" bound at or above the largest value).
    pub max: f64,
}

impl Axis {
    /// An axis that fits every value in `values` (positive, finite).
    /// With no values, an axis from 0 (or 1) to 1.
    pub fn fit(scale: Scale, values: impl IntoIterator<Item = f64>) -> Axis {
        let (lo, hi) = values
            .into_iter()
            .filter(|v| v.is_finite() && *v > 0.0)
            .fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        match scale {
            Scale::Linear => Axis {
                scale,
                min: 0.0,
                max: if hi > 0.0 { nice_ceiling(hi) } else { 1.0 },
            },
            Scale::Log => {
                // The reference (1×) is always on the axis: the bars start there.
                let (lo, hi) = (lo.min(1.0), hi.max(1.0));
                let min = 10f64.powf(lo.log10().floor());
                let max = 10f64.powf(hi.log10().ceil().max(min.log10() + 1.0));
                Axis { scale, min, max }
            }
        }
    }

    /// Where the bars start: 0 on a linear axis; on a log axis, 1 (the reference), so that a
    /// bar goes left for less than the reference and right for more, as long as the ratio
    /// says (on a log scale a bar from an arbitrary minimum would make 0.65× and 1.82× look
    /// nearly the same).
    pub fn baseline(&self) -> f64 {
        match self.scale {
            Scale::Linear => self.min,
            Scale::Log => 1.0,
        }
    }

    /// Where `value` falls on the axis, from 0.0 to 1.0 (clamped).
    pub fn position(&self, value: f64) -> f64 {
        let t = match self.scale {
            Scale::Linear => (value - self.min) / (self.max - self.min),
            Scale::Log => {
                if value <= 0.0 {
                    return 0.0;
                }
                (value.log10() - self.min.log10()) / (self.max.log10() - self.min.log10())
            }
        };
        if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Tick values for gridlines: about five round values for linear, the powers of ten for log.
    pub fn ticks(&self) -> Vec<f64> {
        match self.scale {
            Scale::Linear => {
                let step = nice_ceiling(self.max / 5.0);
                let n = (self.max / step).round() as usize;
                (0..=n.min(20)).map(|i| i as f64 * step).collect()
            }
            Scale::Log => {
                let lo = self.min.log10().round() as i32;
                let hi = self.max.log10().round() as i32;
                (lo..=hi.min(lo + 12)).map(|e| 10f64.powi(e)).collect()
            }
        }
    }
}

/// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is ≥ `v` (for `v` > 0).
pub fn nice_ceiling(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|c| *c >= v * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

/// How the bars are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Smallest value first (most efficient at the top).
    #[default]
    Value,
    /// Alphabetical by language name.
    Name,
}

/// The rows ordered for display by `order` on `metric`; ties keep the table's order.
pub fn sorted(rows: &[LanguageResult], metric: Metric, order: SortOrder) -> Vec<&LanguageResult> {
    let mut out: Vec<&LanguageResult> = rows.iter().collect();
    match order {
        SortOrder::Value => out.sort_by(|a, b| metric.of(a).total_cmp(&metric.of(b))),
        SortOrder::Name => out.sort_by_key(|r| r.language.to_lowercase()),
    }
    out
}

/// Formats a normalized figure the way the paper prints it: two decimals, e.g. "1.03".
pub fn format_ratio(v: f64) -> String {
    format!("{v:.2}")
}

/// Each row's `metric` divided by the reference language's, so the reference reads 1.00.
/// `None` when the reference is not in `rows` (the caller keeps the published baseline).
pub fn relative_to(rows: &[LanguageResult], metric: Metric, reference: &str) -> Option<Vec<f64>> {
    let base = rows
        .iter()
        .find(|r| r.language == reference)
        .map(|r| metric.of(r))?;
    Some(rows.iter().map(|r| metric.of(r) / base).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_table_has_27_languages_with_c_as_the_baseline() {
        let rows = energy_table().unwrap();
        assert_eq!(rows.len(), 27);
        let c = rows.iter().find(|r| r.language == "C").unwrap();
        assert_eq!((c.energy, c.time), (1.0, 1.0));
        let pascal = rows.iter().find(|r| r.language == "Pascal").unwrap();
        assert_eq!(pascal.memory, 1.0);
        let rust = rows.iter().find(|r| r.language == "Rust").unwrap();
        assert_eq!(rust.execution_type, ExecutionType::Compiled);
        let python = rows.iter().find(|r| r.language == "Python").unwrap();
        assert_eq!(python.execution_type, ExecutionType::Interpreted);
    }

    #[test]
    fn every_execution_type_appears() {
        let rows = energy_table().unwrap();
        for t in ExecutionType::ALL {
            assert!(rows.iter().any(|r| r.execution_type == t), "{t:?}");
        }
    }

    #[test]
    fn malformed_rows_are_rejected_with_the_record() {
        let bad =
            "language,execution_type,energy,time,memory\nC,compiled,1,1,1\nX,compiled,abc,1,1\n";
        let err = parse_energy_table(bad).unwrap_err().to_string();
        assert!(err.contains("record 2"), "{err}");
        let negative = "language,execution_type,energy,time,memory\nX,compiled,-1,1,1\n";
        assert!(parse_energy_table(negative)
            .unwrap_err()
            .to_string()
            .contains("positive"));
        let unknown = "language,execution_type,energy,time,memory\nX,quantum,1,1,1\n";
        assert!(parse_energy_table(unknown).is_err());
        assert!(parse_energy_table("language,execution_type,energy,time,memory\n").is_err());
    }

    #[test]
    fn sorting_by_value_puts_c_first_for_energy_and_pascal_first_for_memory() {
        let rows = energy_table().unwrap();
        let by_energy = sorted(&rows, Metric::Energy, SortOrder::Value);
        assert_eq!(by_energy[0].language, "C");
        assert_eq!(by_energy[1].language, "Rust");
        assert_eq!(by_energy[26].language, "Perl");
        let by_memory = sorted(&rows, Metric::Memory, SortOrder::Value);
        assert_eq!(by_memory[0].language, "Pascal");
        let by_name = sorted(&rows, Metric::Energy, SortOrder::Name);
        assert_eq!(by_name[0].language, "Ada");
        assert_eq!(by_name[26].language, "TypeScript");
    }

    #[test]
    fn linear_axis_starts_at_zero_and_covers_the_largest_value() {
        let axis = Axis::fit(Scale::Linear, [1.0, 75.88, 79.58]);
        assert_eq!(axis.min, 0.0);
        assert_eq!(axis.max, 100.0);
        assert!((axis.position(50.0) - 0.5).abs() < 1e-12);
        assert_eq!(axis.ticks(), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    }

    #[test]
    fn log_axis_gives_equal_ratios_equal_lengths() {
        let axis = Axis::fit(Scale::Log, [1.0, 1.03, 79.58]);
        assert_eq!((axis.min, axis.max), (1.0, 100.0));
        // 1 → 10 and 10 → 100 are both one decade: equal lengths.
        let decade = axis.position(10.0) - axis.position(1.0);
        assert!((axis.position(100.0) - axis.position(10.0) - decade).abs() < 1e-12);
        assert_eq!(axis.ticks(), vec![1.0, 10.0, 100.0]);
        let axis = Axis::fit(Scale::Log, [0.5, 2.0]);
        assert_eq!((axis.min, axis.max), (0.1, 10.0));
    }

    #[test]
    fn log_bars_go_out_from_the_reference_as_far_as_the_ratio_says() {
        // Relative to a reference in the middle: 0.65× goes left, 1.82× right, each as long
        // as its ratio's logarithm (not both from an arbitrary minimum, nearly alike).
        let axis = Axis::fit(Scale::Log, [0.65, 1.0, 1.82]);
        let base = axis.position(axis.baseline());
        let (below, above) = (axis.position(0.65), axis.position(1.82));
        assert!(below < base && base < above);
        let ratio = (base - below) / (above - base);
        assert!((ratio - (1.0 / 0.65_f64).log10() / 1.82_f64.log10()).abs() < 1e-9);
        assert_eq!(Axis::fit(Scale::Linear, [3.0]).baseline(), 0.0);
    }

    #[test]
    fn positions_are_clamped_and_never_nan() {
        let axis = Axis::fit(Scale::Log, std::iter::empty());
        assert_eq!(axis.position(f64::NAN), 0.0);
        assert_eq!(axis.position(-3.0), 0.0);
        assert_eq!(Axis::fit(Scale::Linear, [5.0]).position(1e9), 1.0);
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(79.58), 100.0);
        assert_eq!(nice_ceiling(19.84), 20.0);
        assert_eq!(nice_ceiling(8.64), 10.0);
        assert_eq!(nice_ceiling(2.2), 2.5);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }

    #[test]
    fn relative_to_rust_makes_rust_one_and_keeps_ratios() {
        let rows = energy_table().unwrap();
        let rel = relative_to(&rows, Metric::Energy, "Rust").unwrap();
        let at = |name: &str| rel[rows.iter().position(|r| r.language == name).unwrap()];
        assert_eq!(at("Rust"), 1.0);
        assert!((at("Python") - 75.88 / 1.03).abs() < 1e-9);
        assert!(relative_to(&rows, Metric::Energy, "Klingon").is_none());
    }

    #[test]
    fn url_values_round_trip() {
        for m in Metric::ALL {
            assert_eq!(Metric::from_slug(m.slug()), Some(m));
        }
        assert_eq!(Scale::from_slug("log"), Some(Scale::Log));
        assert_eq!(Scale::from_slug("LOG; drop"), None);
    }
}
