//! The documents the energy page takes its figures from: citation, link, the date the data
//! was copied into this project, what the page takes from each, and the caveats the page
//! states beside them. The energy view and the build's sources page (`sources.html`) both
//! read these, so the two cannot say different things.

/// One document the site takes figures from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The citation: authors, title, where and when it was published.
    pub cites: &'static str,
    /// Where to read it: an `https://` address; `None` for an article this project has no
    /// address for (it was given to the project as text).
    pub url: Option<&'static str>,
    /// When its figures were copied into this project (ISO date).
    pub read: &'static str,
    /// What the site takes from it.
    pub supports: &'static str,
    /// What a reader should know before quoting a figure; may be empty.
    pub caveats: &'static [&'static str],
}

/// The caveats of Table 4, shown beside the energy chart.
pub const ENERGY_CAVEATS: [&str; 4] = [
    "Measured in 2017 on a single Intel Haswell desktop (i5-4460) with RAPL, using that year's compilers and runtimes (rustc 1.16, Go 1.6, Node 7.9, Python 3.5).",
    "The programs are the Benchmarks Game's compute-heavy ones. A web service that mostly waits on a database behaves differently.",
    "TypeScript's 21.50 against JavaScript's 4.45 comes mostly from one slow TypeScript fannkuch-redux program; both ran on the same Node.",
    "Later work (van Kempen et al., 2024, “It's Not Easy Being Green”) finds that once the implementation and the number of cores used are controlled, energy tracks run time rather than the language.",
];

/// Table 4 of Pereira et al.: the energy chart.
pub const ENERGY_TABLE: Source = Source {
    cites: crate::ENERGY_SOURCE,
    url: Some("https://doi.org/10.1016/j.scico.2021.102609"),
    read: "2026-11-21",
    supports: "The energy chart and table: energy, time and peak memory of 27 languages, normalised to C (energy, time) and Pascal (memory); the paper's grouping into compiled, virtual machine and interpreted.",
    caveats: &ENERGY_CAVEATS,
};

/// The raw per-benchmark data behind Table 4.
pub const ENERGY_RAW: Source = Source {
    cites: "greensoftwarelab/Energy-Languages: the programs, scripts and per-benchmark measurements behind the paper.",
    url: Some(crate::ENERGY_SOURCE_URL),
    read: "2026-11-21",
    supports: "The TypeScript caveat (issues #3 and #34: one slow fannkuch-redux program, the same Node for both).",
    caveats: &[],
};

/// The critique the energy caveats cite.
pub const ENERGY_CRITIQUE: Source = Source {
    cites: "N. van Kempen, H.-J. Kwon, D. T. Nguyen, E. D. Berger, “It's Not Easy Being Green: On the Energy Efficiency of Programming Languages”, arXiv:2410.05460, 2024.",
    url: Some("https://arxiv.org/abs/2410.05460"),
    read: "2026-11-21",
    supports: "The last caveat of the energy chart: with implementation and core use controlled, energy follows run time.",
    caveats: &[],
};

/// AWS Lambda cold starts: the cold-start chart.
pub const LAMBDA: Source = Source {
    cites: crate::lambda::LAMBDA_SOURCE,
    url: Some(crate::lambda::LAMBDA_SOURCE_URL),
    read: "2026-12-01",
    supports:
        "The cold-start chart and table: mean Init Duration by runtime, grouped by language family.",
    caveats: &[crate::lambda::LAMBDA_READING],
};

/// The agent-framework benchmark: the agents chart.
pub const AGENTS: Source = Source {
    cites: crate::agents::AGENTS_SOURCE,
    url: None,
    read: "2026-12-01",
    supports: "The agent-framework chart: wall time (median, p95), CPU seconds and peak memory of two Rust and two Python frameworks.",
    caveats: &[crate::agents::AGENTS_CAVEATS],
};

/// The Benchmarks Game's spectral-norm: "Run it yourself".
pub const BENCHMARKS_GAME: Source = Source {
    cites: "The Computer Language Benchmarks Game, spectral-norm: the program both kernels implement and its published output.",
    url: Some("https://benchmarksgame-team.pages.debian.net/benchmarksgame/description/spectralnorm.html"),
    read: "2026-11-21",
    supports: "“Run it yourself”: the algorithm, and the reference outputs each run is checked against.",
    caveats: &["Your browser times one WebAssembly kernel against one JavaScript kernel on your machine: a different measurement from Table 4's, which is native code on one 2017 desktop."],
};

/// Every source of the energy page, in the order the page shows them.
pub const ENERGY_SOURCES: [&Source; 6] = [
    &ENERGY_TABLE,
    &ENERGY_RAW,
    &ENERGY_CRITIQUE,
    &LAMBDA,
    &AGENTS,
    &BENCHMARKS_GAME,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_links_and_dates_itself() {
        for s in ENERGY_SOURCES {
            assert!(
                s.url.is_none_or(|u| u.starts_with("https://")),
                "{}",
                s.cites
            );
            let date: Vec<&str> = s.read.split('-').collect();
            assert!(
                date.len() == 3
                    && date[0].len() == 4
                    && s.read
                        .as_bytes()
                        .iter()
                        .all(|b| b.is_ascii_digit() || *b == b'-'),
                "{}",
                s.read
            );
            assert!(!s.supports.is_empty());
        }
    }
}
