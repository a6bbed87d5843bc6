//! The questionnaire tab: a few questions, answered with radio buttons, that build the
//! weights and constraints for people who would rather not move sliders.

use decision::{answer, profiles, questions};
use yew::prelude::*;

use super::Settings;

/// Properties of [`Questionnaire`].
#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    /// Called with the settings the answers add up to, and the closest profile (an index into
    /// `decision::profiles()`) with how alike its weights are (cosine similarity, 0–1).
    pub on_done: Callback<(Settings, usize, f64)>,
}

/// The questionnaire tab.
#[component]
pub fn Questionnaire(props: &QuestionnaireProps) -> Html {
    let qs = questions();
    let answers = use_state(|| vec![None::<usize>; qs.len()]);
    let missing: Vec<usize> = answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.is_none().then_some(i + 1))
        .collect();

    let fieldsets = qs.iter().enumerate().map(|(qi, q)| {
        let radios = q.answers.iter().enumerate().map(|(ai, a)| {
            let checked = answers.get(qi).copied().flatten() == Some(ai);
            let answers = answers.clone();
            let onchange = Callback::from(move |_: Event| {
                let mut next = (*answers).clone();
                if let Some(slot) = next.get_mut(qi) {
                    *slot = Some(ai);
                }
                answers.set(next);
            });
            html! {
                <label class="answer">
                    <input type="radio" name={format!("q-{}", q.id)} value={a.id}
                        {checked} {onchange} />
                    { a.text }
                </label>
            }
        });
        html! {
            <fieldset class="question" data-question={q.id}>
                <legend>{ format!("{}. {}", qi + 1, q.text) }</legend>
                { for radios }
            </fieldset>
        }
    });

    let onsubmit = {
        let answers = answers.clone();
        let on_done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let chosen: Option<Vec<usize>> = answers.iter().copied().collect();
            if let Some(chosen) = chosen {
                let result = answer(&chosen);
                let closest = profiles().get(result.closest);
                let settings = Settings {
                    // The answers' own weights, named after the closest profile only if they match it.
                    profile: closest
                        .filter(|p| p.weights == result.weights.as_slice())
                        .map(|p| p.slug),
                    weights: result.weights,
                    constraints: result.constraints,
                };
                on_done.emit((settings, result.closest, result.closeness));
            }
        })
    };

    html! {
        <form class="questionnaire" {onsubmit}>
            <p class="hint">{ "Answer each question; the matrix then weighs the criteria the way your answers imply, and names the closest profile." }</p>
            { for fieldsets }
            <button type="submit" class="primary" disabled={!missing.is_empty()}>{ "Show my answer" }</button>
            if !missing.is_empty() {
                <p class="hint" aria-live="polite">{ format!("Still to answer: question {}.", missing.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")) }</p>
            }
        </form>
    }
}
