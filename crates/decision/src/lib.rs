//! A weighted decision matrix: when Rust is a good fit and when it is
//! probably not, and how sure that answer is.
//!
//! The data lives in `data/decision.toml` and is compiled in by `build.rs`,
//! which validates it first: an unknown id, a missing cell, a score outside
//! 1–5 or a weight outside 0–5 fails the build with a message naming the
//! cell, so nothing here can meet a broken table at run time.
//!
//! - [`criteria()`]: 13 things a project can care about (speed, safety, time
//!   to prototype, hiring, native UI, interactive use, ...), each with the
//!   written rule its scores follow ([`Criterion::scale`]);
//! - [`options()`]: 7 languages or language families, Rust first;
//! - [`cell()`]: for every option × criterion a 1–5 score (5 = best for the
//!   user, e.g. 5 = easiest to learn), a one-line reason and its source;
//! - [`constraints()`]: hard rules ("must run in the browser") that rule out
//!   options scoring below a minimum on one criterion;
//! - [`profiles()`]: 19 typical projects, each with its stated priorities (a
//!   level and a reason per criterion; the levels are the weights), the
//!   constraints it implies, caveats with sources, and, for comparison only,
//!   where the articles list it (the “When to Use Rust” section of “Why We're
//!   Betting on Rust”, and the lists of “Why Rust.”);
//! - [`articles()`]: the articles this site grew from, which the cells cite by
//!   title (they have no address);
//! - [`questions()`] and [`answer()`]: a short questionnaire that builds
//!   weights and constraints and names the closest profile.
//!
//! [`evaluate()`] turns weights and constraints into a ranking, a verdict
//! for Rust, the criteria that decided it and the [`Sensitivity`] of the
//! result: the smallest change to one weight that would swap the top two.
//!
//! Sources behind the scores (each cell names its own):
//! - the article “Why Rust.” (no author or date given): its comparison table,
//!   its "What Rust is good at" and "What Rust isn't great at" lists, its
//!   technical case;
//! - “Why We're Betting on Rust: Safety, Speed, and Sanity” (Prism Labs Team,
//!   2026-01-01): 4–6 weeks to productivity, and “Why We Use Rust” (Suyoung
//!   Hwang, Donghyun Koh, 2026-05-23): onboarding takes months, not weeks, the
//!   hiring pool is small, how each runtime handles data races;
//! - the languages' and tools' own documentation, named with a link in the cells
//!   that rest on it (the Go memory model, Emscripten, Kotlin/Wasm, …);
//! - energy and time normalised to C = 1 (Pereira et al. 2021, Table 4):
//!   Rust 1.03, C++ 1.34, Java 1.98, Swift 2.79 (time 4.20), C# 3.14,
//!   Go 3.23, JavaScript 4.45, Python 75.88;
//! - developers per language in Q1 2024 (SlashData, as The New Stack
//!   reported it): JavaScript 25.2 million, Python 18.2, Java 17.7, C++ 11.4,
//!   Go 4.7, Rust 4;
//! - AWS Lambda hello-world cold starts at 128 MB (lambda-perf): Rust
//!   ~16 ms, C++ 17 or 63 ms (by OS image), Go ~49 ms, Python ~74–102 ms,
//!   Swift ~126 ms, Node ~135 ms, Java 185–277 ms;
//! - memory-safety bugs are about 70% of the CVEs Microsoft assigns each
//!   year (MSRC, 2019) and of Chromium's high-severity security bugs (2020);
//! - where no source says it, the cell's source says "judgement" and links
//!   the documentation it was read from where there is one ([`Cell::link`]).
//!
//! Everything is free of panics: out-of-range indices return `None` or are
//! ignored, NaN weights count as 0, weights are clamped to 0–5.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod data;

use data::{
    ARTICLES, CELLS, CONSTRAINTS, CRITERIA, N_CRITERIA, N_OPTIONS, OPTIONS, PROFILES, QUESTIONS,
};
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
/// Index of Swift in [`options()`].
pub const SWIFT: usize = 6;

/// Largest allowed weight; larger weights are clamped to this, and NaN or
/// negative weights count as 0.
pub const MAX_WEIGHT: f64 = 5.0;

/// Longest string [`parse_weights`] reads, in bytes; longer input is
/// rejected without being parsed.
pub const MAX_WEIGHTS_LEN: usize = 1_000;

/// Something a project can care about, e.g. "Runtime speed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// Stable kebab-case identifier, e.g. `"time-to-prototype"`; used in
    /// URLs by [`parse_weights`] and [`format_weights`].
    pub id: &'static str,
    /// Short display name, e.g. `"Time to first prototype"`.
    pub name: &'static str,
    /// The question the criterion asks of a language, as one sentence.
    pub question: &'static str,
    /// The written rule by which the criterion's 1–5 scores are given, level by level
    /// (`"5: … 4: … 1 is not used."`), so that the same reason gets the same score.
    pub scale: &'static str,
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
    /// One line explaining the score.
    pub reason: &'static str,
    /// Where the score comes from, as a short citation, e.g.
    /// `"Pereira et al. 2021, Table 4"`, `"lambda-perf 2026-08-22"`,
    /// `"“Why Rust.”, “What Rust isn't great at”"` (one of the [`articles()`], by title),
    /// `"The Go Memory Model"`, or `"judgement ..."` for the project's own reading. With no
    /// `url`, it is an article or a judgement (the build checks); see [`Cell::link`].
    pub source: &'static str,
    /// The source on the web, when it is there (`https://go.dev/ref/mem`).
    pub url: Option<&'static str>,
    /// Whether [`Cell::source`] cites one of the [`articles()`] by its title (the build
    /// decides, as it checks that a source with no `url` is an article or a judgement).
    pub cites_article: bool,
}

impl Cell {
    /// Where the cell's source can be read: its [`Cell::url`], or, for a source that is one
    /// of the [`articles()`] (which have no address), [`ARTICLES_LINK`]; `None` for the
    /// project's own judgement with nothing to link.
    pub fn link(&self) -> Option<&'static str> {
        self.url
            .or_else(|| self.cites_article.then_some(ARTICLES_LINK))
    }
}

/// An article this site grew from (`[[articles]]` of `data/decision.toml`). They reached
/// the project as text, with no address: the cells cite them by title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    /// The title as the article gives it (`"Why Rust."`).
    pub title: &'static str,
    /// Its authors, when it names them.
    pub by: Option<&'static str>,
    /// Its date (ISO), when it gives one.
    pub date: Option<&'static str>,
    /// What the site takes from it.
    pub about: &'static str,
}

/// Where the sources page lists the [`articles()`]: what a citation of one links to.
pub const ARTICLES_LINK: &str = "sources.html#articles";

/// The articles this site grew from, in file order.
pub fn articles() -> &'static [Article] {
    &ARTICLES
}

/// A hard rule: options scoring below `min_score` on `criterion` are ruled
/// out (they stay in the ranking, marked with [`Ranked::excluded`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Constraint {
    /// Stable kebab-case identifier, e.g. `"runs-in-browser"`; used in URLs
    /// and in [`Profile::constraints`].
    pub id: &'static str,
    /// What the user ticks, e.g. `"No garbage-collection pauses"`.
    pub label: &'static str,
    /// Index into [`criteria()`].
    pub criterion: usize,
    /// Minimum cell score, 1–5, an option needs on `criterion` to stay in.
    pub min_score: u8,
}

/// Where the articles list a kind of project: the YES and PROBABLY NOT lists of the
/// “When to Use Rust” section of “Why We're Betting on Rust: Safety, Speed, and Sanity” (Prism Labs Team, 2026-01-01),
/// and the “What Rust is good at” and “What Rust isn't great at” lists of “Why Rust.”.
/// Shown beside the matrix's own verdict; never used to compute it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Listed {
    /// Listed under "yes, use Rust".
    GoodFit,
    /// Listed under "probably not".
    ProbablyNot,
}

/// How much a criterion matters to a [`Profile`], in words; each level is one weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Level {
    /// Weight 5: the project stands or falls by it.
    Decisive,
    /// Weight 3.
    Important,
    /// Weight 1: it counts, a little.
    Minor,
}

impl Level {
    /// The weight this level gives its criterion: 5, 3 or 1 (a criterion a profile does
    /// not list weighs 0).
    pub const fn weight(self) -> f64 {
        match self {
            Level::Decisive => 5.0,
            Level::Important => 3.0,
            Level::Minor => 1.0,
        }
    }

    /// The level as the data file and the page write it: `"decisive"`, `"important"`,
    /// `"minor"`.
    pub fn word(self) -> &'static str {
        match self {
            Level::Decisive => "decisive",
            Level::Important => "important",
            Level::Minor => "minor",
        }
    }
}

/// One thing that matters to a [`Profile`], and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// Index into [`criteria()`].
    pub criterion: usize,
    /// How much it matters.
    pub level: Level,
    /// One sentence saying why it matters that much for this kind of project.
    pub why: &'static str,
}

/// What a [`Profile`]'s answer depends on beyond the criteria (a platform's SDKs, an
/// engine, a certification), with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Caveat {
    /// One or two sentences.
    pub text: &'static str,
    /// Where it comes from: a named document.
    pub source: &'static str,
    /// The document's `https://` address.
    pub url: Option<&'static str>,
}

/// A typical kind of project: what matters to it and why, from which its weights follow.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// URL slug, unique, e.g. `"cli-tool"`.
    pub slug: &'static str,
    /// Display name, e.g. `"Command-line tool"`.
    pub name: &'static str,
    /// One sentence describing the kind of project.
    pub description: &'static str,
    /// Where the articles list it; never used to compute a verdict.
    pub articles: Listed,
    /// The article or articles, and the list, that say so, e.g. `“Why Rust.”, “What Rust
    /// is good at”`.
    pub listed_in: &'static str,
    /// The criteria that matter, each once, in the data file's order.
    pub priorities: &'static [Priority],
    /// One weight per criterion, in [`criteria()`] order: its priority's
    /// [`Level::weight`], 0 for a criterion the profile does not list.
    pub weights: &'static [f64],
    /// Ids of the [`constraints()`] the project implies, e.g.
    /// `["runs-in-browser"]`; see [`Profile::constraint_indices`].
    pub constraints: &'static [&'static str],
    /// What the answer depends on that the criteria cannot say; may be empty.
    pub caveats: &'static [Caveat],
}

impl Profile {
    /// [`Profile::constraints`] as indices into [`constraints()`] (every id
    /// is known; the build checks it).
    pub fn constraint_indices(&self) -> Vec<usize> {
        self.constraints
            .iter()
            .filter_map(|id| constraint_index(id))
            .collect()
    }

    /// [`evaluate()`] with this profile's weights and constraints.
    pub fn evaluate(&self) -> Evaluation {
        evaluate(self.weights, &self.constraint_indices())
    }
}

/// One answer to a [`Question`], with what it does to the weights.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// Kebab-case id, unique within its question, e.g. `"cli"`.
    pub id: &'static str,
    /// What the user reads, e.g. `"A command-line tool"`.
    pub text: &'static str,
    /// `(criterion index, weight)`: overwrite the weight (applied after
    /// `add`), 0–5.
    pub set: &'static [(usize, f64)],
    /// `(criterion index, amount)`: add to the weight, −5–5.
    pub add: &'static [(usize, f64)],
    /// Indices into [`constraints()`] this answer switches on.
    pub constraints: &'static [usize],
    /// Indices into [`constraints()`] this answer switches off again (for
    /// example "the team knows Rust" drops "no Rust experience on the
    /// team").
    pub drop_constraints: &'static [usize],
}

/// One question of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// Kebab-case id, e.g. `"building"`.
    pub id: &'static str,
    /// The question, e.g. `"What are you building?"`.
    pub text: &'static str,
    /// Two or more answers, exactly one of which is chosen.
    pub answers: &'static [Answer],
}

/// What a set of answers adds up to; see [`answer()`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireResult {
    /// One weight per criterion, in [`criteria()`] order, each 0–5.
    pub weights: Vec<f64>,
    /// Indices into [`constraints()`], ascending, no duplicates.
    pub constraints: Vec<usize>,
    /// Index into [`profiles()`] of the profile nearest to `weights` and
    /// `constraints`.
    pub closest: usize,
    /// How alike the weights are to the closest profile's: their cosine
    /// similarity, 0.0–1.0 (1.0: the same proportions).
    pub closeness: f64,
}

/// One entry of a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Index into [`options()`].
    pub option: usize,
    /// Weighted mean score, `Σ wᵢ·sᵢ / Σ wᵢ`, between 1.0 and 5.0.
    pub score: f64,
    /// `Some(index into constraints())` when a switched-on constraint rules
    /// this option out (the lowest such index if several do); `None` if the
    /// option is in the running.
    pub excluded: Option<usize>,
}

/// The verdict for Rust under a weight vector and constraints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// Rust ranks first among the options no constraint rules out (ties
    /// with Rust go to Rust, as it is option 0), and not by a close call.
    GoodFit,
    /// Rust and another option are the top two, and changing one weight by less than
    /// [`CLOSE_CALL`] would swap them: the answer depends on that weight, which
    /// [`Evaluation::sensitivity`] names.
    ItDepends {
        /// Index into [`options()`] of the option ranked first now.
        first: usize,
        /// Index into [`options()`] of the one ranked second.
        second: usize,
    },
    /// Another option ranks above Rust, or a constraint rules Rust out.
    ProbablyNot {
        /// Index into [`options()`] of the top-ranked option that no
        /// constraint rules out.
        better: usize,
    },
    /// Every weight is zero, so there is nothing to compare.
    NoCriteria,
    /// The switched-on constraints rule out every option.
    NothingFits,
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

/// How robust the top of the ranking is: the smallest change to a single
/// weight that would put the runner-up above the winner.
///
/// At weight `to` on `criterion` the two tie; a little beyond `to` (away
/// from `from`) the runner-up ranks first, a little short of it the winner
/// stays. Only changes that keep the weight within 0–5 count, and only
/// ones where no third option overtakes both first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sensitivity {
    /// Index into [`criteria()`] of the weight to change.
    pub criterion: usize,
    /// The weight now, 0–5 (after clamping).
    pub from: f64,
    /// The exact weight at which winner and runner-up tie, strictly between
    /// 0 and 5.
    pub to: f64,
    /// Index into [`options()`] of the current winner.
    pub winner: usize,
    /// Index into [`options()`] of the current runner-up, which would win.
    pub runner_up: usize,
}

impl Sensitivity {
    /// The weight with one decimal just past [`Sensitivity::to`] (away from
    /// `from`) that [`describe_sensitivity`] quotes. Setting the weight to
    /// it puts the runner-up first; it is within 0–5.
    pub fn rounded_to(&self) -> f64 {
        let up = self.increases();
        let t = self.to * 10.0;
        let tenths = if up {
            let v = (t - 1e-9).ceil();
            if v / 10.0 <= self.to + 1e-9 {
                v + 1.0
            } else {
                v
            }
        } else {
            let v = (t + 1e-9).floor();
            if v / 10.0 >= self.to - 1e-9 {
                v - 1.0
            } else {
                v
            }
        };
        (tenths / 10.0).clamp(0.0, MAX_WEIGHT)
    }

    /// `true` when the runner-up overtakes by raising the weight, `false`
    /// when by lowering it: raising helps the runner-up exactly when it
    /// scores higher than the winner on the criterion.
    pub fn increases(&self) -> bool {
        score(self.runner_up, self.criterion) > score(self.winner, self.criterion)
    }
}

/// The date as of which the matrix's sources were read (ISO): the last time
/// `data/decision.toml`'s cells and their links were checked.
pub const SOURCES_AS_OF: &str = "2026-12-07";

/// A change to one weight smaller than this (in weight points) that swaps Rust and the
/// other of the top two makes the verdict [`Verdict::ItDepends`] rather than a clear
/// answer: two points, the step from one [`Level`] to the next (minor to important,
/// important to decisive).
pub const CLOSE_CALL: f64 = 2.0;

/// The result of [`evaluate()`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Every option once: first the ones no constraint rules out, best
    /// first, then the excluded ones, best first; equal scores keep
    /// [`options()`] order. Empty when the verdict is
    /// [`Verdict::NoCriteria`].
    pub ranking: Vec<Ranked>,
    /// The verdict for Rust.
    pub verdict: Verdict,
    /// Up to three criteria with the largest `|contribution|`, largest
    /// first (equal sizes keep [`criteria()`] order). Criteria where Rust
    /// and its rival score the same are left out, so there can be fewer
    /// than three; empty when there is no rival.
    pub deciding: Vec<Deciding>,
    /// The smallest single-weight change that would swap the top two
    /// options in the running; `None` when fewer than two are in the
    /// running or no single weight within 0–5 can swap them.
    pub sensitivity: Option<Sensitivity>,
}

impl Evaluation {
    /// The option Rust is compared with in [`Evaluation::deciding`]: the
    /// runner-up in the running when Rust ranks first, otherwise the
    /// winner. `None` for [`Verdict::NoCriteria`], [`Verdict::NothingFits`],
    /// or when Rust is the only option left in the running.
    pub fn rival(&self) -> Option<usize> {
        match self.verdict {
            Verdict::GoodFit => self
                .ranking
                .get(1)
                .filter(|r| r.excluded.is_none())
                .map(|r| r.option),
            Verdict::ItDepends { first, second } => {
                Some(if first == RUST { second } else { first })
            }
            Verdict::ProbablyNot { better } => Some(better),
            Verdict::NoCriteria | Verdict::NothingFits => None,
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

/// The score, reason and source for `option` (index into [`options()`]) on
/// `criterion` (index into [`criteria()`]); `None` if either is out of
/// range.
pub fn cell(option: usize, criterion: usize) -> Option<&'static Cell> {
    CELLS.get(option)?.get(criterion)
}

/// All hard constraints, in a stable order (indices are used by
/// [`evaluate()`] and [`Ranked::excluded`]).
pub fn constraints() -> &'static [Constraint] {
    &CONSTRAINTS
}

/// All profiles, in a stable order: the ten the articles call a good fit for
/// Rust, then the nine they call probably not.
pub fn profiles() -> &'static [Profile] {
    &PROFILES
}

/// The profile with this URL slug, if any.
pub fn profile(slug: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.slug == slug)
}

/// Every profile's computed verdict, as `(index into profiles(), verdict)`
/// in [`profiles()`] order: what a two-column "good fit / probably not"
/// slide needs.
pub fn verdicts() -> Vec<(usize, Verdict)> {
    PROFILES
        .iter()
        .enumerate()
        .map(|(i, p)| (i, p.evaluate().verdict))
        .collect()
}

/// Index into [`criteria()`] of the criterion with this id, if any.
pub fn criterion_index(id: &str) -> Option<usize> {
    CRITERIA.iter().position(|c| c.id == id)
}

/// Index into [`options()`] of the option with this id, if any.
pub fn option_index(id: &str) -> Option<usize> {
    OPTIONS.iter().position(|o| o.id == id)
}

/// Index into [`constraints()`] of the constraint with this id, if any.
pub fn constraint_index(id: &str) -> Option<usize> {
    CONSTRAINTS.iter().position(|c| c.id == id)
}

/// A weight made safe: NaN and negatives count as 0, large values as 5.
fn clean(w: f64) -> f64 {
    if w.is_nan() {
        0.0
    } else {
        w.clamp(0.0, MAX_WEIGHT)
    }
}

/// One clean weight per criterion; missing entries are 0, extra ones are
/// ignored.
fn clean_weights(weights: &[f64]) -> [f64; N_CRITERIA] {
    let mut w = [0.0; N_CRITERIA];
    for (out, &x) in w.iter_mut().zip(weights) {
        *out = clean(x);
    }
    w
}

/// The score of `option` on criterion `i`, 0 for an out-of-range index.
fn score(option: usize, i: usize) -> i64 {
    cell(option, i).map_or(0, |c| i64::from(c.score))
}

/// Steps per score point when comparing weighted sums: sums are rounded to
/// 1e-9 so that ties which are exact on paper (0.1 + 0.2 against 0.3) stay
/// ties, and ties keep option order.
const QUANTUM: f64 = 1e9;

/// `Σ wᵢ·sᵢ` for every option, rounded to [`QUANTUM`] steps. Weights are
/// at most 5 and scores at most 5, so the sums stay far below `i64::MAX`.
fn sums(w: &[f64; N_CRITERIA]) -> [i64; N_OPTIONS] {
    let mut out = [0; N_OPTIONS];
    for (o, slot) in out.iter_mut().enumerate() {
        let sum: f64 = w
            .iter()
            .enumerate()
            .map(|(i, &wi)| wi * score(o, i) as f64)
            .sum();
        *slot = (sum * QUANTUM).round() as i64;
    }
    out
}

/// The lowest-index switched-on constraint that rules `option` out.
fn excluded_by(option: usize, active: &[usize]) -> Option<usize> {
    active.iter().copied().find(|&c| {
        CONSTRAINTS
            .get(c)
            .is_some_and(|k| score(option, k.criterion) < i64::from(k.min_score))
    })
}

/// Scores every option under `weights` (one per criterion, in
/// [`criteria()`] order) and `constraints` (indices into [`constraints()`])
/// and explains the verdict for Rust.
///
/// Each option's score is `Σ wᵢ·sᵢ / Σ wᵢ`, a number from 1.0 to 5.0.
/// Weights beyond the number of criteria are ignored, missing ones count as
/// 0, NaN and negative weights count as 0 and weights above 5 are clamped to
/// 5. Unknown or repeated constraint indices are ignored. If every weight is
/// 0 the verdict is [`Verdict::NoCriteria`] with an empty ranking.
///
/// Options a constraint rules out stay in the ranking, after the others,
/// with [`Ranked::excluded`] set. The verdict is [`Verdict::ItDepends`] when Rust is one
/// of the top two in the running and a change of less than [`CLOSE_CALL`] to one weight
/// swaps them; otherwise [`Verdict::GoodFit`] exactly when Rust ranks first among the
/// options still in the running.
pub fn evaluate(weights: &[f64], constraints: &[usize]) -> Evaluation {
    let w = clean_weights(weights);
    let total: f64 = w.iter().sum();
    if total <= 0.0 {
        return Evaluation {
            ranking: Vec::new(),
            verdict: Verdict::NoCriteria,
            deciding: Vec::new(),
            sensitivity: None,
        };
    }
    let mut active: Vec<usize> = constraints
        .iter()
        .copied()
        .filter(|&c| c < CONSTRAINTS.len())
        .collect();
    active.sort_unstable();
    active.dedup();

    let sums = sums(&w);
    let excluded: Vec<Option<usize>> = (0..N_OPTIONS).map(|o| excluded_by(o, &active)).collect();
    let mut order: Vec<usize> = (0..N_OPTIONS).collect();
    // Stable sort: in the running first, then by sum; equal sums keep
    // option order.
    order.sort_by_key(|&o| (excluded[o].is_some(), core::cmp::Reverse(sums[o])));

    let ranking: Vec<Ranked> = order
        .iter()
        .map(|&option| Ranked {
            option,
            score: sums[option] as f64 / QUANTUM / total,
            excluded: excluded[option],
        })
        .collect();
    let running: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&o| excluded[o].is_none())
        .collect();

    let (verdict, rival) = match running.first() {
        None => (Verdict::NothingFits, None),
        Some(&RUST) => (Verdict::GoodFit, running.get(1).copied()),
        Some(&top) => (Verdict::ProbablyNot { better: top }, Some(top)),
    };
    let deciding = match rival {
        Some(rival) => deciding(&w, rival, total),
        None => Vec::new(),
    };
    let sensitivity = match running[..] {
        [winner, runner_up, ..] => sensitivity(&w, &running, winner, runner_up),
        _ => None,
    };
    let verdict = match &sensitivity {
        Some(s)
            if (s.winner == RUST || s.runner_up == RUST) && (s.to - s.from).abs() < CLOSE_CALL =>
        {
            Verdict::ItDepends {
                first: s.winner,
                second: s.runner_up,
            }
        }
        _ => verdict,
    };

    Evaluation {
        ranking,
        verdict,
        deciding,
        sensitivity,
    }
}

/// The up-to-three criteria with the largest `|wᵢ·(s_rust,ᵢ − s_rival,ᵢ)|`.
fn deciding(w: &[f64; N_CRITERIA], rival: usize, total: f64) -> Vec<Deciding> {
    let mut diffs: Vec<(usize, f64)> = (0..N_CRITERIA)
        .map(|i| (i, w[i] * (score(RUST, i) - score(rival, i)) as f64))
        .filter(|&(_, d)| d != 0.0)
        .collect();
    // Stable sort: equal sizes keep criterion order.
    diffs.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    diffs
        .into_iter()
        .take(3)
        .map(|(criterion, d)| Deciding {
            criterion,
            contribution: d / total,
            favours_rust: d > 0.0,
        })
        .collect()
}

/// `true` when, with weight `k` set to `x`, `leader` ranks above every option
/// in `running` except `skip`: a higher sum, or the same sum and earlier in
/// [`options()`] (a tie keeps the options' order, as the ranking does).
fn leads(
    w: &[f64; N_CRITERIA],
    k: usize,
    x: f64,
    leader: usize,
    running: &[usize],
    skip: Option<usize>,
) -> bool {
    let mut w = *w;
    w[k] = x;
    let sums = sums(&w);
    running
        .iter()
        .filter(|&&o| o != leader && Some(o) != skip)
        .all(|&o| sums[leader] > sums[o] || (sums[leader] == sums[o] && leader < o))
}

/// The smallest single-weight change that puts `runner_up` above `winner`.
///
/// With `dᵢ = s_winner,ᵢ − s_runner_up,ᵢ` and `N = Σ wᵢ·dᵢ ≥ 0`, moving
/// weight `k` to `x` gives `N + (x − w_k)·d_k`, zero at
/// `x = w_k − N / d_k`. The common denominator `Σ w` is positive on both
/// sides of that point, so the sign of `N` alone says who leads. A candidate
/// counts if the tie point lies strictly inside 0–5 and the runner-up beats
/// every other option in the running both at the tie and at the rounded
/// weight [`describe_sensitivity`] quotes.
fn sensitivity(
    w: &[f64; N_CRITERIA],
    running: &[usize],
    winner: usize,
    runner_up: usize,
) -> Option<Sensitivity> {
    let sums = sums(w);
    let gap = (sums[winner] - sums[runner_up]) as f64 / QUANTUM;
    let mut best: Option<Sensitivity> = None;
    for k in 0..N_CRITERIA {
        let d = (score(winner, k) - score(runner_up, k)) as f64;
        if d == 0.0 {
            continue;
        }
        let to = w[k] - gap / d;
        let inside = if d < 0.0 {
            to < MAX_WEIGHT - 1e-9
        } else {
            to > 1e-9
        };
        if !inside || !to.is_finite() {
            continue;
        }
        let candidate = Sensitivity {
            criterion: k,
            from: w[k],
            to,
            winner,
            runner_up,
        };
        let shown = candidate.rounded_to();
        if !leads(w, k, to, runner_up, running, Some(winner))
            || !leads(w, k, shown, runner_up, running, None)
        {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|b| (to - w[k]).abs() < (b.to - b.from).abs())
        {
            best = Some(candidate);
        }
    }
    best
}

/// A weight as the sentences show it: `0`, `2.5`, `3.0`, or two decimals
/// when it has them.
fn show_weight(x: f64) -> String {
    if x == 0.0 {
        "0".to_string()
    } else if ((x * 10.0).round() - x * 10.0).abs() < 1e-9 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// A criterion name as it reads mid-sentence: `"Runtime speed"` becomes
/// `"runtime speed"`; names starting with an acronym keep their case.
fn mid_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name.to_string(),
    }
}

/// One sentence saying how robust the top of the ranking is, e.g.
/// "If time to first prototype mattered 30% less (weight 3.0 → 2.1), Go
/// would overtake Rust." or, when the weight is now 0, "If runtime speed
/// mattered at all (weight 0 → 0.8), ...".
///
/// The quoted new weight is [`Sensitivity::rounded_to`], the one-decimal
/// weight just past the tie, and the percentage is measured against it, so
/// moving the slider to the quoted value does swap the two.
pub fn describe_sensitivity(s: &Sensitivity) -> String {
    let criterion = CRITERIA
        .get(s.criterion)
        .map_or_else(|| "that criterion".to_string(), |c| mid_sentence(c.name));
    let name = |o: usize| OPTIONS.get(o).map_or("another option", |o| o.name);
    let to = s.rounded_to();
    let change = if s.from == 0.0 {
        "mattered at all".to_string()
    } else if to == 0.0 {
        "did not matter at all".to_string()
    } else {
        let pct = ((to - s.from).abs() / s.from * 100.0).round();
        let way = if to > s.from { "more" } else { "less" };
        format!("mattered {pct}% {way}")
    };
    format!(
        "If {criterion} {change} (weight {} → {}), {} would overtake {}.",
        show_weight(s.from),
        show_weight(to),
        name(s.runner_up),
        name(s.winner)
    )
}

/// All questions of the questionnaire, in the order they are asked (6 to
/// 8 of them; the order matters, as later answers may overwrite weights).
pub fn questions() -> &'static [Question] {
    &QUESTIONS
}

/// Bonus per constraint a profile shares with the answers, and penalty per
/// constraint only one side has, added to the cosine similarity (0–1).
const CONSTRAINT_MATCH: f64 = 0.25;

/// Turns answers into weights, constraints and the closest profile.
///
/// `answers[i]` is the index of the chosen answer to `questions()[i]`;
/// a missing or out-of-range index skips that question, extra entries are
/// ignored. Starting from all-zero weights and no constraints, each chosen
/// answer in question order adds its `add` amounts, then applies its `set`
/// weights, switches on its `constraints` and switches off its
/// `drop_constraints`; finally every weight is clamped to 0–5.
///
/// The closest profile maximises the cosine similarity between its weights
/// and the result's, plus 0.25 per constraint both have, minus 0.25 per
/// constraint only one has; ties go to the earlier profile. With all-zero
/// weights the cosine counts as 0.
pub fn answer(answers: &[usize]) -> QuestionnaireResult {
    let mut weights = vec![0.0; N_CRITERIA];
    let mut active: Vec<usize> = Vec::new();
    for (q, &a) in QUESTIONS.iter().zip(answers) {
        let Some(a) = q.answers.get(a) else { continue };
        for &(k, v) in a.add {
            if let Some(w) = weights.get_mut(k) {
                *w += v;
            }
        }
        for &(k, v) in a.set {
            if let Some(w) = weights.get_mut(k) {
                *w = v;
            }
        }
        for &c in a.constraints {
            if !active.contains(&c) {
                active.push(c);
            }
        }
        active.retain(|c| !a.drop_constraints.contains(c));
    }
    for w in &mut weights {
        *w = clean(*w);
    }
    active.sort_unstable();

    let mut closest = 0;
    let mut best = f64::NEG_INFINITY;
    let mut closeness = 0.0;
    for (i, p) in PROFILES.iter().enumerate() {
        let theirs = p.constraint_indices();
        let shared = active.iter().filter(|c| theirs.contains(c)).count();
        let only_one = active.len() + theirs.len() - 2 * shared;
        let similarity = cosine(&weights, p.weights) + CONSTRAINT_MATCH * shared as f64
            - CONSTRAINT_MATCH * only_one as f64;
        if similarity > best {
            best = similarity;
            closest = i;
            closeness = cosine(&weights, p.weights);
        }
    }
    QuestionnaireResult {
        weights,
        constraints: active,
        closest,
        closeness,
    }
}

/// Cosine similarity of two weight vectors, 0 if either is all zeros.
fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f64 = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// At most 40 characters of `s`, for quoting input in an error message.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Reads weights from URL state: `"criterion-id:value,criterion-id:value"`,
/// e.g. `"runtime-speed:4,memory-safety:2.5"`.
///
/// Returns one weight per criterion in [`criteria()`] order; criteria not
/// mentioned get 0. Spaces around entries are ignored and empty entries
/// (a trailing comma) are skipped. Errors, each naming the bad part: input
/// longer than [`MAX_WEIGHTS_LEN`] bytes, an entry without `:`, an unknown
/// criterion id, a criterion given twice, a value that is not a number, or
/// a number outside 0–5 (NaN and infinities included).
pub fn parse_weights(s: &str) -> Result<Vec<f64>, String> {
    let (weights, problems) = read_weights(s)?;
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(weights),
    }
}

/// Like [`parse_weights`], but keeps every valid entry: the weights read (a
/// criterion whose entry is bad gets 0, a criterion given twice keeps its
/// first value) and what was wrong with each bad entry, in order. Only input
/// longer than [`MAX_WEIGHTS_LEN`] bytes is an error as a whole.
pub fn read_weights(s: &str) -> Result<(Vec<f64>, Vec<String>), String> {
    if s.len() > MAX_WEIGHTS_LEN {
        return Err(format!(
            "the weights are {} characters long; at most {MAX_WEIGHTS_LEN} are allowed",
            s.len()
        ));
    }
    let mut weights = vec![0.0; N_CRITERIA];
    let mut seen = [false; N_CRITERIA];
    let mut problems = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((id, value)) = part.split_once(':') else {
            problems.push(format!(
                "`{}` is not of the form criterion:weight",
                clip(part)
            ));
            continue;
        };
        let (id, value) = (id.trim(), value.trim());
        let Some(k) = criterion_index(id) else {
            problems.push(format!("unknown criterion `{}`", clip(id)));
            continue;
        };
        if seen[k] {
            problems.push(format!("criterion `{id}` is given twice"));
            continue;
        }
        seen[k] = true;
        let Ok(v) = value.parse::<f64>() else {
            problems.push(format!(
                "`{}`: `{}` is not a number",
                clip(part),
                clip(value)
            ));
            continue;
        };
        if !(0.0..=MAX_WEIGHT).contains(&v) {
            problems.push(format!(
                "`{}`: weight {} is out of range 0–{MAX_WEIGHT}",
                clip(part),
                clip(value)
            ));
            continue;
        }
        // `-0` parses to -0.0; store a plain 0.
        weights[k] = if v == 0.0 { 0.0 } else { v };
    }
    Ok((weights, problems))
}

/// Writes weights for URL state, the inverse of [`parse_weights`]:
/// `"runtime-speed:4,memory-safety:2.5"`, criteria in [`criteria()`] order,
/// each value rounded to one decimal (after clamping to 0–5, NaN as 0) and
/// written without a trailing `.0`. Zero weights are left out, since
/// [`parse_weights`] reads missing criteria as 0; all zeros give `""`.
pub fn format_weights(weights: &[f64]) -> String {
    let mut parts = Vec::new();
    for (c, &w) in CRITERIA.iter().zip(weights) {
        let tenths = (clean(w) * 10.0).round() as u32;
        if tenths == 0 {
            continue;
        }
        if tenths % 10 == 0 {
            parts.push(format!("{}:{}", c.id, tenths / 10));
        } else {
            parts.push(format!("{}:{}.{}", c.id, tenths / 10, tenths % 10));
        }
    }
    parts.join(",")
}

/// The data-file loader and validator, shared with `build.rs`; compiled
/// here only so the tests can feed it broken files. Some of its items are
/// only used by `build.rs`.
#[cfg(test)]
#[allow(dead_code)]
mod schema;

#[cfg(test)]
mod tests;
