//! A weighted decision matrix: when Rust is a good fit and when it is
//! probably not.
//!
//! The model has three static tables:
//! - [`criteria()`]: 10 things a project can care about (speed, safety,
//!   time to prototype, hiring, ...);
//! - [`options()`]: 6 languages or language families, Rust first;
//! - [`cell()`]: for every option × criterion a 1–5 score (5 = best for the
//!   user, e.g. 5 = easiest to learn) with a one-line reason.
//!
//! A weight vector (one 0–5 weight per criterion) is turned into a
//! ranking, a verdict for Rust and the criteria that decided it by
//! [`evaluate()`]. Nine [`profiles()`] carry the weights of typical
//! projects together with the verdict that the seed article "When to use
//! Rust" expects; the tests check that the arithmetic agrees.
//!
//! Sources behind the scores and reasons:
//! - the seed article "When to use Rust" (good-fit and probably-not lists;
//!   4–6 weeks to productivity; senior roles around £90k–140k+) and its
//!   language-by-language comparison;
//! - AWS Lambda hello-world cold starts at 128 MB: Rust ~16 ms, Go ~49 ms,
//!   Python ~74–101 ms, Node ~135 ms, Java 185–276 ms;
//! - energy use normalised to C = 1 (Pereira et al. 2021): Rust 1.03,
//!   C++ 1.34, Java 1.98, C# 3.14, Go 3.23, JavaScript 4.45, Python 75.88;
//! - about 70% of severe security bugs at Microsoft and in Chromium are
//!   memory-safety bugs.
//!
//! "Ecosystem" is one general score per option, not per task; its reasons
//! say where each ecosystem is strong and where it is thin.
//!
//! Everything is allocation-light and free of panics: out-of-range indices
//! return `None`, odd weight vectors are normalised.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod data;

use core::cmp::Reverse;
use data::{CELLS, CRITERIA, N_CRITERIA, OPTIONS, PROFILES};
use serde::Serialize;

/// Index of Rust in [`options()`].
pub const RUST: usize = 0;
/// Index of C / C++ in [`options()`].
pub const C_CPP: usize = 1;
/// Index of Go in [`options()`].
pub const GO: usize = 2;
/// Index of Java / Kotlin / C# in [`options()`].
pub const JAVA_KOTLIN_CSHARP: usize = 3;
/// Index of Python in [`options()`].
pub const PYTHON: usize = 4;
/// Index of JavaScript / TypeScript in [`options()`].
pub const JS_TS: usize = 5;

/// Largest allowed weight; larger weights are clamped to this.
pub const MAX_WEIGHT: u8 = 5;

/// Something a project can care about, e.g. "Runtime speed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// Stable kebab-case identifier, e.g. `"time-to-prototype"`.
    pub id: &'static str,
    /// Short display name, e.g. `"Time to first prototype"`.
    pub name: &'static str,
    /// The question the criterion asks of a language, as one sentence.
    pub question: &'static str,
}

/// A language or family of languages that Rust is compared with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageOption {
    /// Stable kebab-case identifier, e.g. `"java-kotlin-csharp"`.
    pub id: &'static str,
    /// Display name, e.g. `"Java / Kotlin / C#"`.
    pub name: &'static str,
}

/// How one option does on one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// Score from 1 to 5, where 5 is best for the user on that criterion
    /// (fastest, safest, easiest to learn, easiest to hire for, ...).
    pub score: u8,
    /// One line explaining the score, grounded in the sources listed in the
    /// crate docs.
    pub reason: &'static str,
}

/// What the seed article "When to use Rust" says about a kind of project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Expected {
    /// Listed under "yes, use Rust".
    GoodFit,
    /// Listed under "probably not".
    ProbablyNot,
}

/// A typical kind of project with the weights it puts on each criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// URL slug, unique, e.g. `"cli-tool"`.
    pub slug: &'static str,
    /// Display name, e.g. `"Command-line tool"`.
    pub name: &'static str,
    /// One sentence describing the kind of project.
    pub description: &'static str,
    /// The verdict the seed article gives; typed in by hand, never computed.
    pub expected: Expected,
    /// One weight per criterion, in [`criteria()`] order, each `0..=5`
    /// (0 = irrelevant, 5 = decisive).
    pub weights: &'static [u8],
}

/// One entry of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Index into [`options()`].
    pub option: usize,
    /// Weighted mean score, `Σ wᵢ·sᵢ / Σ wᵢ`, between 1.0 and 5.0.
    pub score: f64,
}

/// The verdict for Rust under a weight vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// Rust ranks first (ties with Rust go to Rust, as it is option 0).
    GoodFit,
    /// Another option ranks above Rust.
    ProbablyNot {
        /// Index into [`options()`] of the top-ranked option.
        better: usize,
    },
    /// Every weight is zero, so there is nothing to compare.
    NoCriteria,
}

/// A criterion that decided the verdict, compared between Rust and its
/// rival (see [`Evaluation::rival`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deciding {
    /// Index into [`criteria()`].
    pub criterion: usize,
    /// `wᵢ·(s_rust,ᵢ − s_rival,ᵢ) / Σ w`, in score points (the same units as
    /// [`Ranked::score`]). Summed over all criteria this is exactly
    /// `score(Rust) − score(rival)`. Positive favours Rust.
    pub contribution: f64,
    /// `true` when `contribution > 0`.
    pub favours_rust: bool,
}

/// The result of [`evaluate()`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Every option once, best first; equal scores keep [`options()`]
    /// order. Empty when the verdict is [`Verdict::NoCriteria`].
    pub ranking: Vec<Ranked>,
    /// The verdict for Rust.
    pub verdict: Verdict,
    /// Up to three criteria with the largest `|contribution|`, largest
    /// first (equal sizes keep [`criteria()`] order). Criteria where Rust
    /// and its rival score the same are left out, so there can be fewer
    /// than three; empty for [`Verdict::NoCriteria`].
    pub deciding: Vec<Deciding>,
}

impl Evaluation {
    /// The option Rust is compared with in [`Evaluation::deciding`]: the
    /// runner-up when Rust ranks first, otherwise the winner. `None` for
    /// [`Verdict::NoCriteria`].
    pub fn rival(&self) -> Option<usize> {
        match self.verdict {
            Verdict::GoodFit => self.ranking.get(1).map(|r| r.option),
            Verdict::ProbablyNot { better } => Some(better),
            Verdict::NoCriteria => None,
        }
    }

    /// The weighted mean score of `option` (index into [`options()`]), or
    /// `None` for a bad index or [`Verdict::NoCriteria`].
    pub fn score_of(&self, option: usize) -> Option<f64> {
        self.ranking
            .iter()
            .find(|r| r.option == option)
            .map(|r| r.score)
    }
}

/// All criteria, in the order used by weights and [`cell()`] columns.
pub fn criteria() -> &'static [Criterion] {
    &CRITERIA
}

/// All language options, Rust first ([`RUST`] = 0).
pub fn options() -> &'static [LanguageOption] {
    &OPTIONS
}

/// The score and reason for `option` (index into [`options()`]) on
/// `criterion` (index into [`criteria()`]); `None` if either is out of
/// range.
pub fn cell(option: usize, criterion: usize) -> Option<&'static Cell> {
    CELLS.get(option)?.get(criterion)
}

/// All profiles: five the seed article calls a good fit for Rust, then four
/// it calls probably not.
pub fn profiles() -> &'static [Profile] {
    &PROFILES
}

/// The profile with this URL slug, if any.
pub fn profile(slug: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.slug == slug)
}

/// Index into [`criteria()`] of the criterion with this id, if any.
pub fn criterion_index(id: &str) -> Option<usize> {
    CRITERIA.iter().position(|c| c.id == id)
}

/// Index into [`options()`] of the option with this id, if any.
pub fn option_index(id: &str) -> Option<usize> {
    OPTIONS.iter().position(|o| o.id == id)
}

/// The weight for criterion `i`: missing entries count as 0, values above
/// [`MAX_WEIGHT`] are clamped.
fn weight(weights: &[u8], i: usize) -> u32 {
    u32::from(weights.get(i).copied().unwrap_or(0).min(MAX_WEIGHT))
}

/// The score of `option` on criterion `i`, 0 for an out-of-range index.
fn score(option: usize, i: usize) -> i64 {
    cell(option, i).map_or(0, |c| i64::from(c.score))
}

/// Scores every option under `weights` (one per criterion, in
/// [`criteria()`] order) and explains the verdict for Rust.
///
/// Each option's score is `Σ wᵢ·sᵢ / Σ wᵢ`, a number from 1.0 to 5.0.
/// Weights beyond the number of criteria are ignored, missing ones count as
/// 0, and weights above 5 are clamped to 5. If every weight is 0 the
/// verdict is [`Verdict::NoCriteria`] with an empty ranking. Sums are
/// computed in integers, so ties are exact and never depend on rounding.
pub fn evaluate(weights: &[u8]) -> Evaluation {
    let total_weight: u32 = (0..N_CRITERIA).map(|i| weight(weights, i)).sum();
    if total_weight == 0 {
        return Evaluation {
            ranking: Vec::new(),
            verdict: Verdict::NoCriteria,
            deciding: Vec::new(),
        };
    }
    let denominator = f64::from(total_weight);

    // (option, Σ wᵢ·sᵢ) — exact integers, so sorting is stable and exact.
    let mut totals: Vec<(usize, i64)> = (0..OPTIONS.len())
        .map(|o| {
            let sum = (0..N_CRITERIA)
                .map(|i| i64::from(weight(weights, i)) * score(o, i))
                .sum();
            (o, sum)
        })
        .collect();
    // Stable sort: equal totals keep option order.
    totals.sort_by_key(|&(_, sum)| Reverse(sum));

    let ranking: Vec<Ranked> = totals
        .iter()
        .map(|&(option, sum)| Ranked {
            option,
            score: sum as f64 / denominator,
        })
        .collect();

    let top = ranking.first().map_or(RUST, |r| r.option);
    let (verdict, rival) = if top == RUST {
        (Verdict::GoodFit, ranking.get(1).map(|r| r.option))
    } else {
        (Verdict::ProbablyNot { better: top }, Some(top))
    };

    let deciding = match rival {
        Some(rival) => deciding(weights, rival, denominator),
        None => Vec::new(),
    };

    Evaluation {
        ranking,
        verdict,
        deciding,
    }
}

/// The up-to-three criteria with the largest `|wᵢ·(s_rust,ᵢ − s_rival,ᵢ)|`.
fn deciding(weights: &[u8], rival: usize, denominator: f64) -> Vec<Deciding> {
    let mut diffs: Vec<(usize, i64)> = (0..N_CRITERIA)
        .map(|i| {
            let w = i64::from(weight(weights, i));
            (i, w * (score(RUST, i) - score(rival, i)))
        })
        .filter(|&(_, d)| d != 0)
        .collect();
    // Stable sort: equal sizes keep criterion order.
    diffs.sort_by_key(|&(_, d)| Reverse(d.abs()));
    diffs
        .into_iter()
        .take(3)
        .map(|(criterion, d)| Deciding {
            criterion,
            contribution: d as f64 / denominator,
            favours_rust: d > 0,
        })
        .collect()
}

#[cfg(test)]
mod tests;
