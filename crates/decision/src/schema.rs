//! Loading and validating `data/decision.toml`.
//!
//! This module is compiled twice: by `build.rs` (through
//! `#[path = "src/schema.rs"]`), which turns the validated [`Model`] into the
//! static tables the library `include!`s, and by the library's tests, which
//! feed it deliberately broken files. It is not part of the library that
//! ships to the browser, so it may allocate freely; it still never panics.
//!
//! [`load`] collects every problem it finds, one per line, each starting
//! with the file name and naming the cell or field, e.g.
//! ``data/decision.toml: cell python × runtime-spede: unknown criterion `runtime-spede` ``.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Lowest allowed cell score.
pub const MIN_SCORE: i64 = 1;
/// Highest allowed cell score.
pub const MAX_SCORE: i64 = 5;
/// Highest allowed profile weight (the lowest is 0).
pub const MAX_WEIGHT: f64 = 5.0;

/// A criterion as validated: kebab-case `id`, non-empty `name` and `question`.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionRow {
    /// Kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The question the criterion asks of a language.
    pub question: String,
    /// The written rule by which its 1–5 scores are given.
    pub scale: String,
}

/// An option as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionRow {
    /// Kebab-case id.
    pub id: String,
    /// Display name.
    pub name: String,
}

/// A cell as validated: score in 1–5, non-empty reason and source.
#[derive(Debug, Clone, PartialEq)]
pub struct CellRow {
    /// 1–5.
    pub score: u8,
    /// One line.
    pub reason: String,
    /// Where it comes from.
    pub source: String,
    /// A link to the source, when it is on the web: an `https://` address.
    pub url: Option<String>,
    /// Whether `source` cites one of the [[articles]] by its title in “ ”.
    pub cites_article: bool,
}

/// An article the site grew from, as validated: a non-empty `title`, `about`, and an
/// author and date when it gives them.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleRow {
    /// The title as the article gives it, cited in “ ” by the cells.
    pub title: String,
    /// Its authors, when given.
    pub by: Option<String>,
    /// Its date (ISO), when given.
    pub date: Option<String>,
    /// What the site takes from it.
    pub about: String,
}

/// A constraint as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintRow {
    /// Kebab-case id.
    pub id: String,
    /// What the user ticks, e.g. "Must run in the browser".
    pub label: String,
    /// Index into [`Model::criteria`].
    pub criterion: usize,
    /// 1–5; options scoring less are excluded.
    pub min_score: u8,
}

/// How much a criterion matters to a profile: the word the data file uses, and the
/// `crate::Level` variant it becomes (whose `weight()` is the one place a level's weight
/// is set).
pub const LEVELS: [(&str, &str); 3] = [
    ("decisive", "Decisive"),
    ("important", "Important"),
    ("minor", "Minor"),
];

/// One of a profile's stated priorities, as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityRow {
    /// Index into [`Model::criteria`].
    pub criterion: usize,
    /// Index into [`LEVELS`].
    pub level: usize,
    /// One sentence: why the criterion matters that much here.
    pub why: String,
}

/// A profile's caveat as validated: what the answer depends on beyond the criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct CaveatRow {
    /// One or two sentences.
    pub text: String,
    /// Where the fact comes from.
    pub source: String,
    /// A link to the source: an `https://` address.
    pub url: Option<String>,
}

/// A profile as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileRow {
    /// Kebab-case slug.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// One sentence.
    pub description: String,
    /// `true` for `articles = "good-fit"`, `false` for `"probably-not"`.
    pub good_fit: bool,
    /// The article and list that say so.
    pub listed_in: String,
    /// The criteria that matter, in file order, each listed once (a criterion not listed
    /// weighs 0).
    pub priorities: Vec<PriorityRow>,
    /// Indices into [`Model::constraints`], in file order.
    pub constraints: Vec<usize>,
    /// In file order.
    pub caveats: Vec<CaveatRow>,
}

/// A questionnaire answer as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    /// Kebab-case id, unique within its question.
    pub id: String,
    /// What the user reads.
    pub text: String,
    /// `(criterion index, weight)` pairs that overwrite the weight; 0–5.
    pub set: Vec<(usize, f64)>,
    /// `(criterion index, amount)` pairs added to the weight; −5–5.
    pub add: Vec<(usize, f64)>,
    /// Constraint indices switched on.
    pub constraints: Vec<usize>,
    /// Constraint indices switched off.
    pub drop_constraints: Vec<usize>,
}

/// A question as validated.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRow {
    /// Kebab-case id.
    pub id: String,
    /// The question.
    pub text: String,
    /// At least two answers.
    pub answers: Vec<AnswerRow>,
}

/// The whole validated file.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The articles, in file order.
    pub articles: Vec<ArticleRow>,
    /// Criteria in file order.
    pub criteria: Vec<CriterionRow>,
    /// Options in file order; the first is `rust`.
    pub options: Vec<OptionRow>,
    /// `cells[option][criterion]`, complete.
    pub cells: Vec<Vec<CellRow>>,
    /// Constraints in file order.
    pub constraints: Vec<ConstraintRow>,
    /// Profiles in file order.
    pub profiles: Vec<ProfileRow>,
    /// Questions in file order.
    pub questions: Vec<QuestionRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    articles: Vec<RawArticle>,
    #[serde(default)]
    criteria: Vec<RawCriterion>,
    #[serde(default)]
    options: Vec<RawOption>,
    #[serde(default)]
    constraints: Vec<RawConstraint>,
    #[serde(default)]
    profiles: Vec<RawProfile>,
    #[serde(default)]
    questions: Vec<RawQuestion>,
    #[serde(default)]
    cells: Vec<RawCell>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    #[serde(default)]
    title: String,
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    about: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    scale: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConstraint {
    #[serde(default)]
    id: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    criterion: String,
    min_score: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    articles: String,
    #[serde(default)]
    listed_in: String,
    #[serde(default)]
    constraints: Vec<String>,
    #[serde(default)]
    priorities: Vec<RawPriority>,
    #[serde(default)]
    caveats: Vec<RawCaveat>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPriority {
    #[serde(default)]
    criterion: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCaveat {
    #[serde(default)]
    text: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    #[serde(default)]
    id: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    answers: Vec<RawAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    #[serde(default)]
    id: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    set: BTreeMap<String, f64>,
    #[serde(default)]
    add: BTreeMap<String, f64>,
    #[serde(default)]
    constraints: Vec<String>,
    #[serde(default)]
    drop_constraints: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCell {
    #[serde(default)]
    option: String,
    #[serde(default)]
    criterion: String,
    score: Option<i64>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    url: Option<String>,
}

/// `true` for ids like `runtime-speed` or `c-cpp`: lowercase ASCII letters
/// and digits in groups joined by single hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// At most 60 characters of `s`, for quoting user data in a message.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Problems found so far, each already prefixed with the file name.
struct Errors<'a> {
    file: &'a str,
    lines: Vec<String>,
}

impl Errors<'_> {
    fn push(&mut self, what: &str, message: String) {
        self.lines.push(format!("{}: {what}: {message}", self.file));
    }
}

/// Checks an id-like field: present, kebab-case and not seen before.
fn check_id(errors: &mut Errors, what: &str, field: &str, id: &str, seen: &mut Vec<String>) {
    if id.is_empty() {
        errors.push(what, format!("missing `{field}`"));
    } else if !is_kebab(id) {
        errors.push(
            what,
            format!(
                "`{field}` `{}` must be kebab-case (a-z, 0-9, single hyphens)",
                clip(id)
            ),
        );
    } else if seen.iter().any(|s| s == id) {
        errors.push(what, format!("{field} `{id}` is defined twice"));
    }
    seen.push(id.to_string());
}

fn check_text(errors: &mut Errors, what: &str, field: &str, text: &str) {
    if text.trim().is_empty() {
        errors.push(what, format!("missing or empty `{field}`"));
    }
}

/// The figures a cell's `reason` and `source` quote from the project's datasets, by template,
/// so that a change of data changes the sentence (the build expands them):
/// - `{energy:Rust}`, `{time:Rust}`: Table 4's ratio to C, as printed (`1.03`);
/// - `{time-ratio:Python/Rust}`: one language's time over another's, whole (`69`);
/// - `{init:go (prov.al2023)}`: a lambda-perf mean Init Duration in whole ms (`49`);
/// - `{init-range:python*}`, `{memory-range:c++ 11*}`: the whole-ms Init Durations, or the
///   whole MB of memory used, of the runtimes the `|`-separated names pick (`dotnet8`
///   exactly; `python*`, every name that starts `python`), lowest–highest (`74–102`).
pub struct Figures {
    table4: Vec<evidence::LanguageResult>,
    lambda: Vec<evidence::lambda::ColdStart>,
}

impl Figures {
    /// Table 4 and lambda-perf as `crates/evidence` reads them (`data/*.csv`). Errors: a
    /// dataset that cannot be read.
    pub fn from_data() -> Result<Figures, String> {
        Ok(Figures {
            table4: evidence::energy_table().map_err(|e| format!("Table 4: {e}"))?,
            lambda: evidence::lambda::cold_starts().map_err(|e| format!("lambda-perf: {e}"))?,
        })
    }

    /// `text` with every template replaced by its figure. Errors: an unknown kind, language
    /// or runtime, or a brace left open.
    pub fn expand(&self, text: &str) -> Result<String, String> {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| format!("`{}` is not closed", clip(&rest[open..])))?;
            out.push_str(&self.figure(&rest[open + 1..open + close])?);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The figure one template (`energy:Rust`, without braces) names.
    fn figure(&self, template: &str) -> Result<String, String> {
        let (kind, arg) = template
            .split_once(':')
            .ok_or_else(|| format!("`{{{}}}` names no figure", clip(template)))?;
        let language = |name: &str| {
            self.table4
                .iter()
                .find(|r| r.language == name)
                .ok_or_else(|| format!("Table 4 has no language `{}`", clip(name)))
        };
        let runtimes = |names: &str| {
            let found: Vec<&evidence::lambda::ColdStart> = self
                .lambda
                .iter()
                .filter(|c| {
                    names.split('|').any(|p| match p.strip_suffix('*') {
                        Some(prefix) => c.runtime.starts_with(prefix),
                        None => c.runtime == p,
                    })
                })
                .collect();
            if found.is_empty() {
                Err(format!("lambda-perf has no runtime `{}`", clip(names)))
            } else {
                Ok(found)
            }
        };
        let range = |values: Vec<f64>| {
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min).round();
            let hi = values
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max)
                .round();
            if lo == hi {
                format!("{lo}")
            } else {
                format!("{lo}–{hi}")
            }
        };
        match kind {
            "energy" => Ok(format!("{:.2}", language(arg)?.energy)),
            "time" => Ok(format!("{:.2}", language(arg)?.time)),
            "time-ratio" => {
                let (a, b) = arg
                    .split_once('/')
                    .ok_or_else(|| format!("`{{{}}}` needs two languages", clip(template)))?;
                Ok(format!("{:.0}", language(a)?.time / language(b)?.time))
            }
            "init" => {
                let c = self
                    .lambda
                    .iter()
                    .find(|c| c.runtime == arg)
                    .ok_or_else(|| format!("lambda-perf has no runtime `{}`", clip(arg)))?;
                Ok(format!("{:.0}", c.init_ms))
            }
            "init-range" => Ok(range(runtimes(arg)?.iter().map(|c| c.init_ms).collect())),
            "memory-range" => Ok(range(runtimes(arg)?.iter().map(|c| c.memory_mb).collect())),
            _ => Err(format!(
                "`{{{}}}`: no figure of kind `{}`",
                clip(template),
                clip(kind)
            )),
        }
    }
}

/// Checks an optional `url`: one `https://` address.
fn check_url(errors: &mut Errors, what: &str, url: Option<&str>) {
    if let Some(url) = url {
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            errors.push(
                what,
                format!("url `{}` is not one https:// address", clip(url)),
            );
        }
    }
}

/// A readable label for the `i`-th entry of a list whose key may be missing.
fn label(kind: &str, key: &str, i: usize) -> String {
    if key.is_empty() {
        format!("{kind} #{}", i + 1)
    } else {
        format!("{kind} {}", clip(key))
    }
}

/// Parses and validates the text of `data/decision.toml`. `file` is the
/// name to start every message with. On failure the error lists every
/// problem found, one per line.
pub fn load(file: &str, text: &str) -> Result<Model, String> {
    let raw: RawFile = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    validate(file, raw)
}

fn validate(file: &str, raw: RawFile) -> Result<Model, String> {
    let mut errors = Errors {
        file,
        lines: Vec::new(),
    };
    let figures = Figures::from_data().map_err(|e| format!("{file}: {e}"))?;

    // Articles.
    let articles: Vec<ArticleRow> = raw
        .articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let what = label("article", &a.title, i);
            check_text(&mut errors, &what, "title", &a.title);
            check_text(&mut errors, &what, "about", &a.about);
            if let Some(by) = &a.by {
                check_text(&mut errors, &what, "by", by);
            }
            if let Some(date) = &a.date {
                let iso = date.len() == 10
                    && date.char_indices().all(|(i, c)| {
                        if i == 4 || i == 7 {
                            c == '-'
                        } else {
                            c.is_ascii_digit()
                        }
                    });
                if !iso {
                    errors.push(&what, format!("date `{}` is not YYYY-MM-DD", clip(date)));
                }
            }
            ArticleRow {
                title: a.title,
                by: a.by,
                date: a.date,
                about: a.about,
            }
        })
        .collect();

    // Criteria.
    if raw.criteria.is_empty() {
        errors.push("criteria", "there must be at least one [[criteria]]".into());
    }
    let mut seen = Vec::new();
    let criteria: Vec<CriterionRow> = raw
        .criteria
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let what = label("criterion", &c.id, i);
            check_id(&mut errors, &what, "id", &c.id, &mut seen);
            check_text(&mut errors, &what, "name", &c.name);
            check_text(&mut errors, &what, "question", &c.question);
            check_text(&mut errors, &what, "scale", &c.scale);
            CriterionRow {
                id: c.id,
                name: c.name,
                question: c.question,
                scale: c.scale,
            }
        })
        .collect();
    let criterion = |id: &str| criteria.iter().position(|c| c.id == id);

    // Options.
    if raw.options.len() < 2 {
        errors.push("options", "there must be at least two [[options]]".into());
    }
    let mut seen = Vec::new();
    let options: Vec<OptionRow> = raw
        .options
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let what = label("option", &o.id, i);
            check_id(&mut errors, &what, "id", &o.id, &mut seen);
            check_text(&mut errors, &what, "name", &o.name);
            OptionRow {
                id: o.id,
                name: o.name,
            }
        })
        .collect();
    if options.first().is_some_and(|o| o.id != "rust") {
        errors.push(
            "options",
            "the first option must be `rust` (the code's RUST index is 0)".into(),
        );
    }
    let option = |id: &str| options.iter().position(|o| o.id == id);

    // Cells.
    let mut grid: Vec<Vec<Option<CellRow>>> = vec![vec![None; criteria.len()]; options.len()];
    for (i, c) in raw.cells.into_iter().enumerate() {
        let what = if c.option.is_empty() || c.criterion.is_empty() {
            format!(
                "cell #{} ({} × {})",
                i + 1,
                if c.option.is_empty() { "?" } else { &c.option },
                if c.criterion.is_empty() {
                    "?"
                } else {
                    &c.criterion
                }
            )
        } else {
            format!("cell {} × {}", clip(&c.option), clip(&c.criterion))
        };
        let o = if c.option.is_empty() {
            errors.push(&what, "missing `option`".into());
            None
        } else {
            let o = option(&c.option);
            if o.is_none() {
                errors.push(&what, format!("unknown option `{}`", clip(&c.option)));
            }
            o
        };
        let k = if c.criterion.is_empty() {
            errors.push(&what, "missing `criterion`".into());
            None
        } else {
            let k = criterion(&c.criterion);
            if k.is_none() {
                errors.push(&what, format!("unknown criterion `{}`", clip(&c.criterion)));
            }
            k
        };
        let score = match c.score {
            None => {
                errors.push(&what, "missing `score`".into());
                None
            }
            Some(s) if !(MIN_SCORE..=MAX_SCORE).contains(&s) => {
                errors.push(
                    &what,
                    format!("score {s} is out of range {MIN_SCORE}–{MAX_SCORE}"),
                );
                None
            }
            Some(s) => u8::try_from(s).ok(),
        };
        check_text(&mut errors, &what, "reason", &c.reason);
        check_text(&mut errors, &what, "source", &c.source);
        let mut expanded = |field: &str, text: String| match figures.expand(&text) {
            Ok(text) => text,
            Err(e) => {
                errors.push(&what, format!("{field}: {e}"));
                text
            }
        };
        let (reason, source) = (expanded("reason", c.reason), expanded("source", c.source));
        check_url(&mut errors, &what, c.url.as_deref());
        // A source with no address must be one the reader can still find: an article of
        // [[articles]] (the sources page lists them), or the project's own judgement.
        let cites_article = articles
            .iter()
            .any(|a| !a.title.is_empty() && source.contains(&format!("“{}”", a.title)));
        if c.url.is_none() && !cites_article && !source.starts_with("judgement") {
            errors.push(
                &what,
                format!(
                    "source `{}` has no `url`: link it, cite one of the [[articles]] by its title in “ ”, or say `judgement: …`",
                    clip(&source)
                ),
            );
        }
        if let (Some(o), Some(k)) = (o, k) {
            if grid[o][k].is_some() {
                errors.push(&what, "given twice".into());
            } else if let Some(score) = score {
                grid[o][k] = Some(CellRow {
                    score,
                    reason,
                    source,
                    url: c.url,
                    cites_article,
                });
            }
        }
    }
    let mut cells = Vec::with_capacity(options.len());
    for (o, row) in grid.into_iter().enumerate() {
        let mut out = Vec::with_capacity(criteria.len());
        for (k, cell) in row.into_iter().enumerate() {
            match cell {
                Some(cell) => out.push(cell),
                None => {
                    // Only report cells that are truly absent, not ones
                    // already reported as invalid above.
                    let what = format!("cell {} × {}", options[o].id, criteria[k].id);
                    if !errors.lines.iter().any(|l| l.contains(&format!("{what}:"))) {
                        errors.push(
                            &what,
                            "missing (every option needs a score for every criterion)".into(),
                        );
                    }
                }
            }
        }
        cells.push(out);
    }

    // Constraints.
    let mut seen = Vec::new();
    let constraints: Vec<ConstraintRow> = raw
        .constraints
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let what = label("constraint", &c.id, i);
            check_id(&mut errors, &what, "id", &c.id, &mut seen);
            check_text(&mut errors, &what, "label", &c.label);
            let k = if c.criterion.is_empty() {
                errors.push(&what, "missing `criterion`".into());
                0
            } else {
                criterion(&c.criterion).unwrap_or_else(|| {
                    errors.push(&what, format!("unknown criterion `{}`", clip(&c.criterion)));
                    0
                })
            };
            let min_score = match c.min_score {
                None => {
                    errors.push(&what, "missing `min_score`".into());
                    1
                }
                Some(s) if !(MIN_SCORE..=MAX_SCORE).contains(&s) => {
                    errors.push(
                        &what,
                        format!("min_score {s} is out of range {MIN_SCORE}–{MAX_SCORE}"),
                    );
                    1
                }
                Some(s) => u8::try_from(s).unwrap_or(1),
            };
            ConstraintRow {
                id: c.id,
                label: c.label,
                criterion: k,
                min_score,
            }
        })
        .collect();
    let constraint = |id: &str| constraints.iter().position(|c| c.id == id);

    // Constraint lists in profiles and answers.
    let constraint_list = |errors: &mut Errors, what: &str, field: &str, ids: &[String]| {
        let mut out: Vec<usize> = Vec::new();
        for id in ids {
            match constraint(id) {
                None => errors.push(
                    what,
                    format!("unknown constraint `{}` in `{field}`", clip(id)),
                ),
                Some(i) if out.contains(&i) => errors.push(
                    what,
                    format!("constraint `{id}` is listed twice in `{field}`"),
                ),
                Some(i) => out.push(i),
            }
        }
        out
    };

    // Criterion → number maps in profiles and answers.
    let weight_map = |errors: &mut Errors,
                      what: &str,
                      field: &str,
                      map: &BTreeMap<String, f64>,
                      min: f64|
     -> Vec<(usize, f64)> {
        let mut out = Vec::new();
        for (id, &w) in map {
            let Some(k) = criterion(id) else {
                errors.push(
                    what,
                    format!("unknown criterion `{}` in `{field}`", clip(id)),
                );
                continue;
            };
            if !w.is_finite() || w < min || w > MAX_WEIGHT {
                errors.push(
                    what,
                    format!("`{field}` for `{id}` is {w}, out of range {min}–{MAX_WEIGHT}"),
                );
                continue;
            }
            out.push((k, w));
        }
        out.sort_by_key(|&(k, _)| k);
        out
    };

    // Profiles.
    if raw.profiles.is_empty() {
        errors.push("profiles", "there must be at least one [[profiles]]".into());
    }
    let mut seen = Vec::new();
    let profiles: Vec<ProfileRow> = raw
        .profiles
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let what = label("profile", &p.slug, i);
            check_id(&mut errors, &what, "slug", &p.slug, &mut seen);
            check_text(&mut errors, &what, "name", &p.name);
            check_text(&mut errors, &what, "description", &p.description);
            check_text(&mut errors, &what, "listed_in", &p.listed_in);
            let good_fit = match p.articles.as_str() {
                "good-fit" => true,
                "probably-not" => false,
                other => {
                    errors.push(
                        &what,
                        format!(
                            "`articles` must be \"good-fit\" or \"probably-not\", not \"{}\"",
                            clip(other)
                        ),
                    );
                    false
                }
            };
            let mut priorities = Vec::new();
            for (j, r) in p.priorities.into_iter().enumerate() {
                let at = format!("{what}, priority #{}", j + 1);
                let Some(k) = criterion(&r.criterion) else {
                    errors.push(&at, format!("unknown criterion `{}`", clip(&r.criterion)));
                    continue;
                };
                let Some(level) = LEVELS.iter().position(|(l, _)| *l == r.level) else {
                    errors.push(
                        &at,
                        format!(
                            "`level` must be \"decisive\", \"important\" or \"minor\", not \"{}\"",
                            clip(&r.level)
                        ),
                    );
                    continue;
                };
                check_text(&mut errors, &at, "why", &r.why);
                if priorities.iter().any(|q: &PriorityRow| q.criterion == k) {
                    errors.push(&at, format!("criterion `{}` is listed twice", r.criterion));
                    continue;
                }
                priorities.push(PriorityRow {
                    criterion: k,
                    level,
                    why: r.why,
                });
            }
            if priorities.is_empty() {
                errors.push(&what, "no `priorities`: list what matters".into());
            }
            let caveats = p
                .caveats
                .into_iter()
                .enumerate()
                .map(|(j, c)| {
                    let at = format!("{what}, caveat #{}", j + 1);
                    check_text(&mut errors, &at, "text", &c.text);
                    check_text(&mut errors, &at, "source", &c.source);
                    check_url(&mut errors, &at, c.url.as_deref());
                    CaveatRow {
                        text: c.text,
                        source: c.source,
                        url: c.url,
                    }
                })
                .collect();
            let constraints = constraint_list(&mut errors, &what, "constraints", &p.constraints);
            ProfileRow {
                slug: p.slug,
                name: p.name,
                description: p.description,
                good_fit,
                listed_in: p.listed_in,
                priorities,
                constraints,
                caveats,
            }
        })
        .collect();

    // Questions.
    let mut seen = Vec::new();
    let questions: Vec<QuestionRow> = raw
        .questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let what = label("question", &q.id, i);
            check_id(&mut errors, &what, "id", &q.id, &mut seen);
            check_text(&mut errors, &what, "text", &q.text);
            if q.answers.len() < 2 {
                errors.push(&what, "needs at least two answers".into());
            }
            let mut seen_answers = Vec::new();
            let answers = q
                .answers
                .into_iter()
                .enumerate()
                .map(|(j, a)| {
                    let what = format!("{what}, {}", label("answer", &a.id, j));
                    check_id(&mut errors, &what, "id", &a.id, &mut seen_answers);
                    check_text(&mut errors, &what, "text", &a.text);
                    let set = weight_map(&mut errors, &what, "set", &a.set, 0.0);
                    let add = weight_map(&mut errors, &what, "add", &a.add, -MAX_WEIGHT);
                    let constraints =
                        constraint_list(&mut errors, &what, "constraints", &a.constraints);
                    let drop_constraints = constraint_list(
                        &mut errors,
                        &what,
                        "drop_constraints",
                        &a.drop_constraints,
                    );
                    AnswerRow {
                        id: a.id,
                        text: a.text,
                        set,
                        add,
                        constraints,
                        drop_constraints,
                    }
                })
                .collect();
            QuestionRow {
                id: q.id,
                text: q.text,
                answers,
            }
        })
        .collect();

    if errors.lines.is_empty() {
        Ok(Model {
            articles,
            criteria,
            options,
            cells,
            constraints,
            profiles,
            questions,
        })
    } else {
        Err(errors.lines.join("\n"))
    }
}
