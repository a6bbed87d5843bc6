//! "Run it yourself": the state of one in-browser benchmark run, as a pure value.
//!
//! The page's Web Worker (`assets/bench-worker.js`) runs the Benchmarks Game's spectral-norm
//! first in Rust compiled to wasm, then in plain JavaScript, and posts `progress`, `done`,
//! `cancelled` and `error` messages. The view turns each message into an [`Event`] and feeds
//! it to [`BenchRun::apply`]; everything it shows (the progress bar, both times, their ratio,
//! whether the checksums agree) is read from the resulting [`BenchRun`]. Nothing here reads a
//! clock or the browser: the times arrive in the worker's messages.

use crate::{LanguageResult, Metric};

/// The matrix sizes a visitor can pick, `n` of the `n × n` spectral-norm (the work grows as
/// `40·n²` matrix evaluations per kernel). The first is the default.
pub const SIZES: [u32; 4] = [1_000, 2_000, 3_000, 5_500];

/// How many times a run times both kernels: it shows the median and the spread of the rounds.
pub const ROUNDS: usize = 5;

/// No further round starts once the rounds so far took this much compute time (ms): at the
/// largest size one round can take tens of seconds on a phone.
pub const ROUNDS_TIME_CAP_MS: f64 = 30_000.0;

/// A kernel's times over the rounds of a run (ms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The middle time (the mean of the two middle ones for an even count).
    pub median: f64,
    /// The fastest round.
    pub min: f64,
    /// The slowest round.
    pub max: f64,
    /// How many rounds.
    pub count: usize,
}

impl Spread {
    /// The spread of `times`; `None` when there are none.
    pub fn of(times: &[f64]) -> Option<Spread> {
        let mut t: Vec<f64> = times.to_vec();
        t.sort_by(f64::total_cmp);
        let (first, last) = (*t.first()?, *t.last()?);
        let mid = t.len() / 2;
        let median = if t.len() % 2 == 1 {
            *t.get(mid)?
        } else {
            (*t.get(mid - 1)? + *t.get(mid)?) / 2.0
        };
        Some(Spread {
            median,
            min: first,
            max: last,
            count: t.len(),
        })
    }
}

/// The Benchmarks Game's 9-decimal spectral-norm output for `n = 100` and `n = 5500`; any
/// other `n` is checked by the two kernels agreeing with each other.
pub const REFERENCE_OUTPUTS: [(u32, &str); 2] = [(100, "1.274219991"), (5_500, "1.274224153")];

/// One of the two implementations of the kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// Rust compiled to WebAssembly (`crates/kernels`).
    Rust,
    /// The same algorithm in plain JavaScript.
    JavaScript,
}

impl Kernel {
    /// The worker protocol's name for it: `"rust"` or `"js"`.
    pub fn from_protocol(which: &str) -> Option<Kernel> {
        match which {
            "rust" => Some(Kernel::Rust),
            "js" => Some(Kernel::JavaScript),
            _ => None,
        }
    }

    /// The label shown to the visitor.
    pub fn label(self) -> &'static str {
        match self {
            Kernel::Rust => "Rust (WebAssembly)",
            Kernel::JavaScript => "JavaScript",
        }
    }
}

/// One kernel's finished run.
#[derive(Debug, Clone, PartialEq)]
pub struct Timing {
    /// Compute time in milliseconds, as the worker measured it (≥ 0).
    pub ms: f64,
    /// The result printed with 9 decimals, the Benchmarks Game's output.
    pub checksum: String,
}

/// Where a run is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Phase {
    /// Nothing has run yet.
    #[default]
    Idle,
    /// Waiting for the worker; `kernel` is the one computing now.
    Running {
        /// The kernel the last progress message was for.
        kernel: Kernel,
    },
    /// Both kernels finished.
    Done,
    /// The visitor cancelled; partial results are kept.
    Cancelled,
    /// The worker reported an error, or could not be started: the message to show.
    Failed(String),
}

/// A message from the worker, already decoded by the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A kernel finished `fraction` (0 to 1) of its work.
    Progress {
        /// Which kernel.
        kernel: Kernel,
        /// Its fraction done, 0 to 1.
        fraction: f64,
    },
    /// A kernel finished.
    Done {
        /// Which kernel.
        kernel: Kernel,
        /// Its compute time and checksum.
        timing: Timing,
    },
    /// The run stopped after a cancel.
    Cancelled,
    /// The run failed with this message.
    Failed(String),
}

/// The state of the benchmark widget: the size chosen, the current run and its results.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchRun {
    /// The matrix size of the current or last run.
    pub n: u32,
    /// Where the run is.
    pub phase: Phase,
    /// Rust's fraction done, 0 to 1.
    rust_fraction: f64,
    /// JavaScript's fraction done, 0 to 1.
    js_fraction: f64,
    /// Rust's result in the current round, once it finished.
    pub rust: Option<Timing>,
    /// JavaScript's result in the current round, once it finished.
    pub js: Option<Timing>,
    /// The finished rounds, `(rust, javascript)`, up to [`ROUNDS`].
    pub rounds: Vec<(Timing, Timing)>,
}

impl Default for BenchRun {
    fn default() -> Self {
        BenchRun {
            n: SIZES[0],
            phase: Phase::Idle,
            rust_fraction: 0.0,
            js_fraction: 0.0,
            rust: None,
            js: None,
            rounds: Vec::new(),
        }
    }
}

impl BenchRun {
    /// A new run of size `n`, Rust first: clears the previous results.
    pub fn start(n: u32) -> BenchRun {
        BenchRun {
            n,
            phase: Phase::Running {
                kernel: Kernel::Rust,
            },
            ..BenchRun::default()
        }
    }

    /// Whether a run is in progress (the Run button is disabled, Cancel enabled).
    pub fn is_running(&self) -> bool {
        matches!(self.phase, Phase::Running { .. })
    }

    /// The state after one worker message. Messages that arrive when no run is in progress
    /// (a late progress after a cancel, say) change nothing; fractions outside 0..1 or NaN
    /// are clamped, and a negative or non-finite time is reported as a failure.
    pub fn apply(&self, event: Event) -> BenchRun {
        let mut next = self.clone();
        if !self.is_running() {
            return next;
        }
        match event {
            Event::Progress { kernel, fraction } => {
                let f = if fraction.is_nan() {
                    0.0
                } else {
                    fraction.clamp(0.0, 1.0)
                };
                match kernel {
                    Kernel::Rust => next.rust_fraction = f,
                    Kernel::JavaScript => next.js_fraction = f,
                }
                next.phase = Phase::Running { kernel };
            }
            Event::Done { kernel, timing } => {
                if !timing.ms.is_finite() || timing.ms < 0.0 {
                    next.phase = Phase::Failed(format!(
                        "the {} kernel reported an impossible time ({} ms)",
                        kernel.label(),
                        timing.ms
                    ));
                    return next;
                }
                match kernel {
                    Kernel::Rust => {
                        next.rust_fraction = 1.0;
                        next.rust = Some(timing);
                        next.phase = Phase::Running {
                            kernel: Kernel::JavaScript,
                        };
                    }
                    Kernel::JavaScript => {
                        next.js_fraction = 1.0;
                        next.js = Some(timing.clone());
                        next.phase = match next.rust.clone() {
                            Some(rust) => {
                                next.rounds.push((rust, timing));
                                let spent: f64 = next.rounds.iter().map(|(r, j)| r.ms + j.ms).sum();
                                if next.rounds.len() < ROUNDS && spent < ROUNDS_TIME_CAP_MS {
                                    // The next round: the view asks the worker for it.
                                    next.rust = None;
                                    next.js = None;
                                    next.rust_fraction = 0.0;
                                    next.js_fraction = 0.0;
                                    Phase::Running {
                                        kernel: Kernel::Rust,
                                    }
                                } else {
                                    Phase::Done
                                }
                            }
                            None => Phase::Running {
                                kernel: Kernel::Rust,
                            },
                        };
                    }
                }
            }
            Event::Cancelled => next.phase = Phase::Cancelled,
            Event::Failed(message) => next.phase = Phase::Failed(message),
        }
        next
    }

    /// The whole run's fraction done, 0 to 1: each round is a fifth of the bar (of
    /// [`ROUNDS`]), each kernel half of a round (work done, not time elapsed); 1 once done.
    pub fn progress(&self) -> f64 {
        if self.phase == Phase::Done {
            return 1.0;
        }
        let round = (self.rust_fraction + self.js_fraction) / 2.0;
        ((self.rounds.len() as f64 + round) / ROUNDS as f64).min(1.0)
    }

    /// A kernel's times over the finished rounds; `None` before the first.
    pub fn spread(&self, kernel: Kernel) -> Option<Spread> {
        let times: Vec<f64> = self
            .rounds
            .iter()
            .map(|(rust, js)| match kernel {
                Kernel::Rust => rust.ms,
                Kernel::JavaScript => js.ms,
            })
            .collect();
        Spread::of(&times)
    }

    /// JavaScript's median time divided by Rust's: above 1 when wasm was faster. `None`
    /// before the first round finished, or if Rust's median is 0 (a timer too coarse to
    /// divide by).
    pub fn ratio(&self) -> Option<f64> {
        let (rust, js) = (self.spread(Kernel::Rust)?, self.spread(Kernel::JavaScript)?);
        (rust.median > 0.0).then(|| js.median / rust.median)
    }

    /// The 9-decimal result a kernel printed in the last finished round.
    pub fn checksum(&self, kernel: Kernel) -> Option<&str> {
        let (rust, js) = self.rounds.last()?;
        Some(match kernel {
            Kernel::Rust => &rust.checksum,
            Kernel::JavaScript => &js.checksum,
        })
    }

    /// Whether the two kernels printed the same 9-decimal result in every finished round;
    /// `None` before the first.
    pub fn checksums_agree(&self) -> Option<bool> {
        (!self.rounds.is_empty()).then(|| self.rounds.iter().all(|(r, j)| r.checksum == j.checksum))
    }

    /// The Benchmarks Game's published output for this run's size, when there is one.
    pub fn reference_output(&self) -> Option<&'static str> {
        REFERENCE_OUTPUTS
            .iter()
            .find(|(n, _)| *n == self.n)
            .map(|(_, out)| *out)
    }
}

/// The paper's figures to set beside the visitor's: JavaScript's and Rust's normalized time
/// in Table 4 (C = 1.00), as `(javascript, rust)`, e.g. `(6.52, 1.04)`. `None` if either row is
/// missing.
pub fn paper_times(rows: &[LanguageResult]) -> Option<(f64, f64)> {
    let time = |name: &str| {
        rows.iter()
            .find(|r| r.language == name)
            .map(|r| Metric::Time.of(r))
    };
    Some((time("JavaScript")?, time("Rust")?))
}

/// A short name and major version for a browser's user-agent string, e.g. "Chrome 156",
/// "Firefox 133", "Safari 18", "Edge 131"; the raw string, cut to 60 characters, when it is
/// none of those. Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
pub fn browser_name(user_agent: &str) -> String {
    let version_after = |token: &str| -> Option<String> {
        let rest = &user_agent[user_agent.find(token)? + token.len()..];
        let major: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
        (!major.is_empty()).then_some(major)
    };
    for (token, name) in [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("HeadlessChrome/", "Headless Chrome"),
        ("Chrome/", "Chrome"),
        ("Chromium/", "Chromium"),
    ] {
        if let Some(v) = version_after(token) {
            return format!("{name} {v}");
        }
    }
    if user_agent.contains("Safari/") {
        if let Some(v) = version_after("Version/") {
            return format!("Safari {v}");
        }
    }
    let cut: String = user_agent.chars().take(60).collect();
    if cut.is_empty() {
        "an unknown browser".to_string()
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::energy_table;

    fn timing(ms: f64, checksum: &str) -> Timing {
        Timing {
            ms,
            checksum: checksum.into(),
        }
    }

    fn progress(kernel: Kernel, fraction: f64) -> Event {
        Event::Progress { kernel, fraction }
    }

    /// `run` after one round of `rust` and `js` ms.
    fn round(run: BenchRun, rust: f64, js: f64) -> BenchRun {
        run.apply(Event::Done {
            kernel: Kernel::Rust,
            timing: timing(rust, "1.274224116"),
        })
        .apply(Event::Done {
            kernel: Kernel::JavaScript,
            timing: timing(js, "1.274224116"),
        })
    }

    #[test]
    fn a_full_run_is_five_rounds_with_a_median_and_a_spread() {
        let mut run = BenchRun::start(2000);
        assert_eq!(run.progress(), 0.0);
        run = run.apply(progress(Kernel::Rust, 0.5));
        assert_eq!(run.progress(), 0.25 / ROUNDS as f64);
        run = run.apply(Event::Done {
            kernel: Kernel::Rust,
            timing: timing(40.0, "1.274224116"),
        });
        assert_eq!(
            run.phase,
            Phase::Running {
                kernel: Kernel::JavaScript
            }
        );
        assert_eq!(run.ratio(), None, "no ratio until both finished");
        run = run.apply(Event::Done {
            kernel: Kernel::JavaScript,
            timing: timing(100.0, "1.274224116"),
        });
        // One round done, four to go.
        assert_eq!(run.rounds.len(), 1);
        assert!(run.is_running());
        assert_eq!(run.progress(), 1.0 / ROUNDS as f64);
        assert_eq!(run.ratio(), Some(2.5));
        for (rust, js) in [(44.0, 90.0), (41.0, 130.0), (39.0, 95.0), (60.0, 101.0)] {
            run = round(run, rust, js);
        }
        assert_eq!(run.phase, Phase::Done);
        assert_eq!(run.progress(), 1.0);
        // Rust 39, 40, 41, 44, 60; JavaScript 90, 95, 100, 101, 130 (worked out by hand).
        let rust = run.spread(Kernel::Rust).unwrap();
        assert_eq!(
            (rust.median, rust.min, rust.max, rust.count),
            (41.0, 39.0, 60.0, 5)
        );
        assert_eq!(run.spread(Kernel::JavaScript).unwrap().median, 100.0);
        assert_eq!(run.ratio(), Some(100.0 / 41.0));
        assert_eq!(run.checksums_agree(), Some(true));
        assert!(!run.is_running());
    }

    #[test]
    fn no_round_starts_past_the_time_cap() {
        let run = round(BenchRun::start(5500), 10_000.0, 25_000.0);
        assert_eq!(run.phase, Phase::Done, "35 s of compute: no second round");
        assert_eq!(run.spread(Kernel::Rust).unwrap().count, 1);
        assert_eq!(Spread::of(&[3.0, 1.0]).unwrap().median, 2.0);
        assert_eq!(Spread::of(&[]), None);
    }

    #[test]
    fn differing_checksums_are_reported() {
        let run = BenchRun::start(100)
            .apply(Event::Done {
                kernel: Kernel::Rust,
                timing: timing(1.0, "1.274219991"),
            })
            .apply(Event::Done {
                kernel: Kernel::JavaScript,
                timing: timing(2.0, "1.274219990"),
            });
        assert_eq!(run.checksums_agree(), Some(false));
        assert_eq!(run.reference_output(), Some("1.274219991"));
    }

    #[test]
    fn cancel_keeps_partial_results_and_ignores_late_messages() {
        let run = BenchRun::start(3000)
            .apply(Event::Done {
                kernel: Kernel::Rust,
                timing: timing(300.0, "x"),
            })
            .apply(progress(Kernel::JavaScript, 0.2))
            .apply(Event::Cancelled);
        assert_eq!(run.phase, Phase::Cancelled);
        assert_eq!(run.rust.as_ref().map(|t| t.ms), Some(300.0));
        let late = run.apply(progress(Kernel::JavaScript, 0.3));
        assert_eq!(late, run, "a message after the cancel changes nothing");
        assert_eq!(run.ratio(), None);
    }

    #[test]
    fn bad_numbers_from_the_worker_do_not_break_the_state() {
        let run = BenchRun::start(1000).apply(progress(Kernel::Rust, f64::NAN));
        assert_eq!(run.progress(), 0.0);
        let run = run.apply(progress(Kernel::Rust, 7.0));
        assert_eq!(run.progress(), 0.5 / ROUNDS as f64);
        let failed = run.apply(Event::Done {
            kernel: Kernel::Rust,
            timing: timing(-3.0, "1"),
        });
        assert!(matches!(failed.phase, Phase::Failed(ref m) if m.contains("impossible time")));
        // A zero Rust time gives no ratio rather than infinity.
        let zero = BenchRun::start(1)
            .apply(Event::Done {
                kernel: Kernel::Rust,
                timing: timing(0.0, "1"),
            })
            .apply(Event::Done {
                kernel: Kernel::JavaScript,
                timing: timing(0.1, "1"),
            });
        assert_eq!(zero.ratio(), None);
    }

    #[test]
    fn a_new_run_clears_the_last_one() {
        let done = BenchRun::start(1000)
            .apply(Event::Done {
                kernel: Kernel::Rust,
                timing: timing(1.0, "1"),
            })
            .apply(Event::Failed("boom".into()));
        assert_eq!(done.phase, Phase::Failed("boom".into()));
        let again = BenchRun::start(2000);
        assert_eq!(again.rust, None);
        assert_eq!(again.n, 2000);
        assert!(again.is_running());
    }

    #[test]
    fn protocol_names() {
        assert_eq!(Kernel::from_protocol("rust"), Some(Kernel::Rust));
        assert_eq!(Kernel::from_protocol("js"), Some(Kernel::JavaScript));
        assert_eq!(Kernel::from_protocol("go"), None);
    }

    #[test]
    fn the_paper_ratio_comes_from_table_4() {
        let rows = energy_table().unwrap();
        // Table 4: JavaScript 6.52, Rust 1.04 (time, C = 1).
        assert_eq!(paper_times(&rows), Some((6.52, 1.04)));
        assert_eq!(paper_times(&[]), None);
    }

    #[test]
    fn browser_names_from_real_user_agents() {
        let cases = [
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.8078.73 Safari/537.36", "Headless Chrome 156"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86", "Edge 131"),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox 133"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari 18"),
            ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36", "Chrome 130"),
        ];
        for (ua, want) in cases {
            assert_eq!(browser_name(ua), want, "{ua}");
        }
        assert_eq!(browser_name(""), "an unknown browser");
        assert_eq!(browser_name("Lynx/2.9"), "Lynx/2.9");
    }
}
