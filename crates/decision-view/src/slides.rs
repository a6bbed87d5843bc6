//! The slide tab: good fit, it depends and probably not, for every profile at once, each
//! computed from its stated priorities and constraints (not copied from the articles' lists).

use decision::{options, profiles, verdicts, Verdict};
use yew::prelude::*;

use crate::matrix::verdict_words;

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
    let column = |kind: &str| {
        verdicts
            .iter()
            .filter(|(_, v)| verdict_words(v).0 == kind)
            .map(|(p, v)| {
                let name = |i: usize| options().get(i).map(|o| o.name);
                let better = match v {
                    Verdict::ProbablyNot { better } => name(*better).map(|b| format!(" → {b}")),
                    Verdict::ItDepends { first, second } => {
                        let other = if *first == decision::RUST { *second } else { *first };
                        name(other).map(|o| format!(" (Rust or {o})"))
                    }
                    _ => None,
                };
                let slug = p.slug;
                let onclick = props.on_open.reform(move |_: MouseEvent| slug);
                html! {
                    <li data-profile={p.slug}>
                        <button type="button" class="link-button profile-name" {onclick}>{ p.name }</button>
                        if let Some(b) = better {
                            <span class="better">{ b }</span>
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
                <ul>{ column("good-fit") }</ul>
            </section>
            <section class="slide-column it-depends" aria-labelledby="slide-depends">
                <h3 id="slide-depends">{ "≈ It depends" }</h3>
                <ul>{ column("it-depends") }</ul>
            </section>
            <section class="slide-column probably-not" aria-labelledby="slide-no">
                <h3 id="slide-no">{ "✗ Probably not Rust" }</h3>
                <ul>{ column("probably-not") }</ul>
            </section>
        </div>
    }
}
