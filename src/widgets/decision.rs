//! "When to use Rust": a view over the weighted decision matrix in `crates/decision`.
//! Profiles set the weights; sliders change them; the verdict, ranking and deciding
//! criteria are recomputed on every change.

use decision::{cell, criteria, evaluate, options, profile, profiles, Verdict, RUST};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The profile shown first.
const DEFAULT_PROFILE: &str = "cli-tool";

/// The decision widget.
#[component]
pub fn DecisionWidget() -> Html {
    let selected = use_state(|| Some(DEFAULT_PROFILE.to_string()));
    let weights = use_state(|| {
        profile(DEFAULT_PROFILE)
            .map(|p| p.weights.to_vec())
            .unwrap_or_else(|| vec![3; criteria().len()])
    });

    let on_profile = {
        let selected = selected.clone();
        let weights = weights.clone();
        Callback::from(move |e: Event| {
            let slug = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(p) = profile(&slug) {
                weights.set(p.weights.to_vec());
                selected.set(Some(slug));
            }
        })
    };

    let evaluation = evaluate(&weights);
    let opts = options();
    let crits = criteria();
    let name = |i: usize| opts.get(i).map(|o| o.name).unwrap_or("?");

    let (verdict_slug, verdict_text) = match &evaluation.verdict {
        Verdict::GoodFit => ("good-fit", "Rust is a good fit.".to_string()),
        Verdict::ProbablyNot { better } => (
            "probably-not",
            format!("Probably not Rust: {} fits better.", name(*better)),
        ),
        Verdict::NoCriteria => (
            "no-criteria",
            "Give at least one criterion a weight to get an answer.".to_string(),
        ),
    };

    let sliders = crits.iter().enumerate().map(|(i, c)| {
        let value = weights.get(i).copied().unwrap_or(0);
        let oninput = {
            let weights = weights.clone();
            let selected = selected.clone();
            Callback::from(move |e: InputEvent| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let v = input.value().parse::<u8>().unwrap_or(0).min(5);
                let mut w = (*weights).clone();
                if let Some(slot) = w.get_mut(i) {
                    *slot = v;
                }
                weights.set(w);
                selected.set(None);
            })
        };
        let id = format!("weight-{}", c.id);
        html! {
            <div class="weight">
                <label for={id.clone()}>{ c.name }<span class="hint">{ c.question }</span></label>
                <input type="range" id={id.clone()} min="0" max="5" step="1" value={value.to_string()} {oninput}
                    aria-valuetext={format!("weight {value} of 5")} />
                <output for={id}>{ value }</output>
            </div>
        }
    });

    let ranking = evaluation.ranking.iter().map(|r| {
        let pct = (r.score / 5.0 * 100.0).clamp(0.0, 100.0);
        html! {
            <li class={classes!((r.option == RUST).then_some("rust"))} data-option={opts.get(r.option).map(|o| o.id).unwrap_or("")}>
                <span class="option-name">{ name(r.option) }</span>
                <span class="score-bar" aria-hidden="true"><span style={format!("width:{pct:.1}%")}></span></span>
                <span class="score">{ format!("{:.2}", r.score) }</span>
            </li>
        }
    });

    let rival = evaluation.rival();
    let cell_line = |option: usize, criterion: usize| {
        cell(option, criterion)
            .map(|c| html! { <li>{ format!("{} {}/5: {}", name(option), c.score, c.reason) }</li> })
    };
    let deciding = evaluation.deciding.iter().map(|d| {
        let c = crits.get(d.criterion);
        html! {
            <li class={classes!(if d.favours_rust { "favours-rust" } else { "favours-other" })}>
                <strong>{ c.map(|c| c.name).unwrap_or("?") }</strong>
                { if d.favours_rust { " — in Rust's favour" } else { " — against Rust" } }
                <ul>
                    { for cell_line(RUST, d.criterion) }
                    { for rival.and_then(|o| cell_line(o, d.criterion)) }
                </ul>
            </li>
        }
    });

    let current = (*selected).clone().unwrap_or_default();
    html! {
        <div class="widget decision-widget">
            <div class="decision-inputs">
                <label for="decision-profile">{ "What are you building?" }</label>
                <select id="decision-profile" onchange={on_profile}>
                    if selected.is_none() {
                        <option value="" selected=true disabled=true>{ "Custom weights" }</option>
                    }
                    { for profiles().iter().map(|p| html! {
                        <option value={p.slug} selected={current == p.slug}>{ p.name }</option>
                    }) }
                </select>
                if let Some(p) = selected.as_deref().and_then(profile) {
                    <p class="hint">{ p.description }</p>
                }
                <fieldset class="weights">
                    <legend>{ "How much each criterion matters (0 = not at all, 5 = a lot)" }</legend>
                    { for sliders }
                </fieldset>
            </div>
            <div class="decision-result" aria-live="polite">
                <p class={classes!("verdict", verdict_slug)} data-verdict={verdict_slug}>{ verdict_text }</p>
                <h3>{ "Ranking" }</h3>
                <ol class="ranking">{ for ranking }</ol>
                if !evaluation.deciding.is_empty() {
                    <h3>{ "What decided it" }</h3>
                    <ol class="deciding">{ for deciding }</ol>
                }
                <p class="hint">{ "Each option's score is the weighted mean of its 1–5 scores. The scores and their reasons come from the comparisons in this site's sources; they are judgements, so disagree by moving the weights." }</p>
            </div>
        </div>
    }
}
