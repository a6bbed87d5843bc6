//! The slide tab: the classic two columns, good fit and probably not, for every profile at
//! once, each computed from its weights and constraints (not copied from a list).

use decision::{options, profiles, verdicts, Verdict};
use yew::prelude::*;

/// Properties of [`Slides`].
#[derive(Properties, PartialEq)]
pub struct SlidesProps {
    /// Opens a profile (its slug) in the matrix.
    pub on_open: Callback<&'static str>,
}

/// The slide tab: each profile is a button that opens it in the matrix.
#[component]
pub fn Slides(props: &SlidesProps) -> Html {
    let verdicts: Vec<_> = verdicts()
        .into_iter()
        .filter_map(|(i, v)| Some((profiles().get(i)?, v)))
        .collect();
    let column = |good: bool| {
        verdicts
            .iter()
            .filter(|(_, v)| matches!(v, Verdict::GoodFit) == good)
            .map(|(p, v)| {
                let better = match v {
                    Verdict::ProbablyNot { better } => options().get(*better).map(|o| o.name),
                    _ => None,
                };
                let slug = p.slug;
                let onclick = props.on_open.reform(move |_: MouseEvent| slug);
                html! {
                    <li data-profile={p.slug}>
                        <button type="button" class="link-button profile-name" {onclick}>{ p.name }</button>
                        if let Some(b) = better {
                            <span class="better">{ format!(" → {b}") }</span>
                        }
                    </li>
                }
            })
            .collect::<Html>()
    };
    html! {
        <div class="slides">
            <section class="slide-column good-fit" aria-labelledby="slide-yes">
                <h3 id="slide-yes">{ "✓ Rust is a good fit" }</h3>
                <ul>{ column(true) }</ul>
            </section>
            <section class="slide-column probably-not" aria-labelledby="slide-no">
                <h3 id="slide-no">{ "✗ Probably not Rust" }</h3>
                <ul>{ column(false) }</ul>
            </section>
        </div>
    }
}
