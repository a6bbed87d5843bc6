//! The matrix tab: profile, constraints and weights in; verdict, ranking, the deciding
//! criteria and the answer's robustness out.

use decision::{
    cell, constraints, criteria, describe_sensitivity, evaluate, options, profile, profiles,
    Listed, Profile, Verdict, MAX_WEIGHT, RUST,
};
use ui::components::cited;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::Settings;

/// Properties of [`Matrix`].
#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    /// What to compute from.
    pub settings: Settings,
    /// Called with the new settings when the visitor changes anything.
    pub on_change: Callback<Settings>,
}

/// `good-fit`, `it-depends`, `probably-not`, `no-criteria` or `nothing-fits`, and the
/// sentence that says it.
pub fn verdict_words(verdict: &Verdict) -> (&'static str, String) {
    let name = |i: usize| options().get(i).map(|o| o.name).unwrap_or("another option");
    match verdict {
        Verdict::GoodFit => ("good-fit", "Rust is a good fit.".to_string()),
        Verdict::ItDepends { first, second } => (
            "it-depends",
            format!(
                "It depends: {} ranks just above {}, and one criterion mattering a level more or less would swap them.",
                name(*first),
                name(*second)
            ),
        ),
        Verdict::ProbablyNot { better } => (
            "probably-not",
            format!("Probably not Rust: {} fits better.", name(*better)),
        ),
        Verdict::NoCriteria => (
            "no-criteria",
            "Give at least one criterion a weight to get an answer.".to_string(),
        ),
        Verdict::NothingFits => (
            "nothing-fits",
            "No option meets every hard constraint you switched on: loosen one.".to_string(),
        ),
    }
}

/// The matrix tab.
#[component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let settings = &props.settings;
    let evaluation = evaluate(&settings.weights, &settings.constraints);
    let opts = options();
    let crits = criteria();
    let name = |i: usize| opts.get(i).map(|o| o.name).unwrap_or("?");

    let on_profile = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let slug = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(s) = Settings::from_profile(&slug) {
                on_change.emit(s);
            }
        })
    };

    let sliders = crits.iter().enumerate().map(|(i, c)| {
        let value = settings.weights.get(i).copied().unwrap_or(0.0);
        let oninput = {
            let settings = settings.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |e: InputEvent| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let v = input
                    .value()
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    .clamp(0.0, MAX_WEIGHT);
                let mut s = settings.clone();
                if s.weights.len() < i + 1 {
                    s.weights.resize(i + 1, 0.0);
                }
                s.weights[i] = v;
                s.profile = None;
                on_change.emit(s);
            })
        };
        let id = format!("weight-{}", c.id);
        html! {
            <div class="weight">
                <label for={id.clone()}>{ c.name }<span class="hint">{ c.question }</span></label>
                <input type="range" id={id.clone()} min="0" max={MAX_WEIGHT.to_string()} step="0.1"
                    value={value.to_string()} {oninput}
                    aria-valuetext={format!("weight {value} of {MAX_WEIGHT}")} />
                <output for={id}>{ format!("{value}") }</output>
            </div>
        }
    });

    let constraint_boxes = constraints().iter().enumerate().map(|(i, c)| {
        let checked = settings.constraints.contains(&i);
        let onchange = {
            let settings = settings.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |_: Event| {
                let mut s = settings.clone();
                if checked {
                    s.constraints.retain(|x| *x != i);
                } else {
                    s.constraints.push(i);
                }
                s.profile = None;
                on_change.emit(s);
            })
        };
        html! {
            <label class="constraint">
                <input type="checkbox" {checked} {onchange} data-constraint={c.id} />
                { c.label }
            </label>
        }
    });

    let (verdict_slug, verdict_text) = verdict_words(&evaluation.verdict);

    let ranking = evaluation.ranking.iter().map(|r| {
        let pct = (r.score / MAX_WEIGHT * 100.0).clamp(0.0, 100.0);
        let excluded = r.excluded.and_then(|c| constraints().get(c));
        html! {
            <li class={classes!((r.option == RUST).then_some("rust"), excluded.is_some().then_some("excluded"))}
                data-option={opts.get(r.option).map(|o| o.id).unwrap_or("")}>
                <span class="option-name">{ name(r.option) }</span>
                // An SVG bar: a style attribute would be blocked by the site's Content-Security-Policy.
                <svg class="score-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="track" width="100" height="10" />
                    <rect class="fill" width={format!("{pct:.1}")} height="10" />
                </svg>
                <span class="score">{ format!("{:.2}", r.score) }</span>
                if let Some(c) = excluded {
                    <span class="excluded-by">{ format!("ruled out: {}", c.label) }</span>
                }
            </li>
        }
    });

    let rival = evaluation.rival();
    let cell_line = |option: usize, criterion: usize| {
        cell(option, criterion).map(|c| {
            html! {
                <li>{ format!("{} {}/5: {}", name(option), c.score, c.reason) }
                    { cited(c.source, c.link()) }</li>
            }
        })
    };
    let deciding = evaluation.deciding.iter().map(|d| {
        let c = crits.get(d.criterion);
        html! {
            <li class={classes!(if d.favours_rust { "favours-rust" } else { "favours-other" })}>
                <strong>{ c.map(|c| c.name).unwrap_or("?") }</strong>
                { if d.favours_rust { " — in Rust's favour" } else { " — against Rust" } }
                if let Some(scale) = c.map(|c| c.scale) {
                    <p class="scale">{ format!("How it is scored: {scale}") }</p>
                }
                <ul>
                    { for cell_line(RUST, d.criterion) }
                    { for rival.and_then(|o| cell_line(o, d.criterion)) }
                </ul>
            </li>
        }
    });

    let robustness = match (&evaluation.verdict, &evaluation.sensitivity) {
        (Verdict::NoCriteria | Verdict::NothingFits, _) => None,
        (_, Some(s)) => Some(describe_sensitivity(s)),
        (_, None) => Some(
            "No change to a single weight can swap the top two: the answer is robust.".to_string(),
        ),
    };

    let chosen = settings.profile.and_then(profile);
    let current = settings.profile.unwrap_or("");
    html! {
        <div class="decision-widget">
            <div class="decision-inputs">
                <label for="decision-profile">{ "What are you building?" }</label>
                <select id="decision-profile" onchange={on_profile}>
                    if settings.profile.is_none() {
                        <option value="" selected=true disabled=true>{ "Custom weights" }</option>
                    }
                    { for profiles().iter().map(|p| html! {
                        <option value={p.slug} selected={current == p.slug}>{ p.name }</option>
                    }) }
                </select>
                if let Some(p) = chosen {
                    <p class="hint">{ p.description }</p>
                    { priorities(p) }
                }
                <fieldset class="constraints">
                    <legend>{ "Hard constraints (options that fail one are ruled out)" }</legend>
                    { for constraint_boxes }
                </fieldset>
                // The weights and the result each render a task after the rest, the first
                // time, so that each first render is a short task.
                <ui::island::Later after={1}>
                    <fieldset class="weights">
                        <legend>{ format!("How much each criterion matters (0 = not at all, {MAX_WEIGHT} = a lot)") }</legend>
                        { for sliders }
                    </fieldset>
                </ui::island::Later>
            </div>
            <ui::island::Later after={1}>
                <div class="decision-result" aria-live="polite">
                    <p id="decision-verdict" tabindex="-1" class={classes!("verdict", verdict_slug)} data-verdict={verdict_slug}>{ verdict_text }</p>
                    <p class="hint verdict-source">{ "Computed from the matrix's 1–5 scores; each has its source, under “What decided it” below and on " }
                        <a href="sources.html#decision">{ "the sources page" }</a>{ "." }</p>
                    if let Some(text) = robustness {
                        <p class="sensitivity" data-sensitivity="">{ text }</p>
                    }
                    if let Some(p) = chosen {
                        { articles(p, &evaluation.verdict) }
                        { caveats(p) }
                    }
                    <h3>{ "Ranking" }</h3>
                    <ol class="ranking">{ for ranking }</ol>
                    if !evaluation.deciding.is_empty() {
                        <h3>{ "What decided it" }</h3>
                        <ol class="deciding">{ for deciding }</ol>
                    }
                    <p class="hint">{ "Each option's score is the weighted mean of its 1–5 scores. Every score's reason and source is in the matrix's data: " }
                        <a href="decision.toml" download="">{ "decision.toml" }</a>{ ", or " }
                        <a href="decision-matrix.csv" download="">{ "as CSV" }</a>
                        { " (one row a cell). Where a score is a judgement, its source says so: disagree by moving the weights." }</p>
                </div>
            </ui::island::Later>
        </div>
    }
}

/// What matters to a profile, in words: each priority's criterion, level and reason. The
/// weights below are these levels (decisive 5, important 3, minor 1, not listed 0).
fn priorities(p: &Profile) -> Html {
    let crits = criteria();
    html! {
        <div class="priorities">
            <h3>{ "What matters here, and why" }</h3>
            <ul>
                { for p.priorities.iter().map(|r| html! {
                    <li data-criterion={crits.get(r.criterion).map(|c| c.id).unwrap_or("")} data-level={r.level.word()}>
                        <strong>{ crits.get(r.criterion).map(|c| c.name).unwrap_or("?") }</strong>
                        <span class={classes!("level", r.level.word())}>{ format!(" — {}", r.level.word()) }</span>
                        { format!(": {}", r.why) }
                    </li>
                }) }
            </ul>
            <p class="hint">{ "Decisive weighs 5, important 3, minor 1, and a criterion not listed 0. Move a weight below to disagree." }</p>
        </div>
    }
}

/// Where the articles this site grew from list the profile, beside the matrix's own
/// answer, saying plainly when the two differ.
fn articles(p: &Profile, verdict: &Verdict) -> Html {
    let listed = match p.articles {
        Listed::GoodFit => "a good fit for Rust",
        Listed::ProbablyNot => "probably not a job for Rust",
    };
    let agrees = matches!(
        (p.articles, verdict),
        (Listed::GoodFit, Verdict::GoodFit) | (Listed::ProbablyNot, Verdict::ProbablyNot { .. })
    );
    let ours = if agrees {
        "The matrix agrees."
    } else {
        match verdict {
            Verdict::ItDepends { .. } => {
                "With the priorities above, the matrix calls it a close call instead."
            }
            Verdict::GoodFit => "With the priorities above, the matrix puts Rust first instead.",
            _ => "With the priorities above, the matrix puts another option first instead.",
        }
    };
    html! {
        <p class="articles" data-articles={if agrees { "agrees" } else { "differs" }}>
            { format!("Listed as {listed} in {}. {ours}", p.listed_in) }
        </p>
    }
}

/// What the answer depends on beyond the criteria, each with its linked source.
fn caveats(p: &Profile) -> Html {
    if p.caveats.is_empty() {
        return Html::default();
    }
    html! {
        <div class="caveats">
            <h3>{ "What else it depends on" }</h3>
            <ul>
                { for p.caveats.iter().map(|c| html! {
                    <li>{ c.text }{ cited(c.source, c.url) }</li>
                }) }
            </ul>
        </div>
    }
}
