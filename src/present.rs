//! Presenter mode (`#/present`, `#/present/N`): the widgets as full-screen slides for a talk.
//!
//! Keys: ←, →, Space, PageUp, PageDown move between slides; F toggles fullscreen; + and −
//! scale the content; T toggles the theme; Esc leaves. The URL follows the slide, so slide 3
//! opens directly at `#/present/3`. Slides carry prepared widget state (a preset at a step, a
//! metric and scale, a decision profile). Like `app.rs`, this module knows every widget.

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::island::{DecisionStart, EnergyStart, Island, Metric, OwnershipStart, Scale, Start};
use crate::route::Route;
use crate::theme::{self, Theme};
use crate::widgets::calculator::CalculatorWidget;

/// One slide: a heading, a line of speaker-friendly text, and what to show.
struct Slide {
    title: &'static str,
    note: &'static str,
    body: fn() -> Html,
}

const SLIDES: &[Slide] = &[
    Slide {
        title: "Why Rust?",
        note: "Fast like C, memory-safe like a garbage-collected language (outside unsafe code and foreign C libraries), without the garbage collector. Everything on the next slides runs in this browser tab.",
        body: || html! {
            <ul class="present-points">
                <li>{ "A Rust module that JavaScript calls like its own code" }</li>
                <li>{ "A borrow checker you can type into" }</li>
                <li>{ "The measured energy of 27 languages" }</li>
                <li>{ "An honest answer to “should we use Rust?”" }</li>
            </ul>
        },
    },
    Slide {
        title: "Rust, called from JavaScript",
        note: "Every key press is a call into WebAssembly. Overflow throws instead of wrapping.",
        body: || html! { <CalculatorWidget /> },
    },
    Slide {
        title: "One owner: a move",
        note: "After the call, `message` is moved: using it again is error E0382.",
        body: || ownership("Move into a function", 4),
    },
    Slide {
        title: "Many readers or one writer",
        note: "Two mutable borrows at once do not compile: E0499.",
        body: || ownership("Two mutable borrows at once", 3),
    },
    Slide {
        title: "Energy of 27 languages",
        note: "Log scale: equal steps are equal ratios. Read the caveats before quoting.",
        body: || {
            let start = Start::Energy(EnergyStart {
                metric: Metric::Energy,
                scale: Scale::Log,
                more_evidence: false,
            });
            html! { <Island {start} /> }
        },
    },
    Slide {
        title: "When Rust fits",
        note: "A command-line tool: Rust wins, and the answer says how robust it is.",
        body: || decision(Some("cli-tool"), None),
    },
    Slide {
        title: "Good fit, or probably not",
        note: "Every profile, computed from the same matrix.",
        body: || decision(None, Some("slides")),
    },
];

/// The ownership visualizer at `preset`, `step`.
fn ownership(preset: &str, step: usize) -> Html {
    let start = Start::Ownership(OwnershipStart {
        preset: Some(preset.into()),
        step,
    });
    html! { <Island {start} /> }
}

/// The decision matrix with a profile selected, or on a tab (by its URL value).
fn decision(profile: Option<&str>, tab: Option<&str>) -> Html {
    let start = Start::Decision(DecisionStart {
        profile: profile.map(String::from),
        tab: tab.map(String::from),
    });
    html! { <Island {start} /> }
}

/// The number of slides.
pub fn slide_count() -> usize {
    SLIDES.len()
}

/// Content scale steps for + and −, as `data-scale` values the CSS maps to font sizes.
const SCALE_STEPS: u8 = 7;
const DEFAULT_SCALE: u8 = 3;

/// Properties of [`Present`].
#[derive(Properties, PartialEq)]
pub struct PresentProps {
    /// The slide to show, 1-based; out-of-range values are clamped.
    pub slide: usize,
}

/// The presenter view.
#[component]
pub fn Present(props: &PresentProps) -> Html {
    let navigator = use_navigator();
    let index = props.slide.clamp(1, SLIDES.len()) - 1;
    let scale = use_state(|| DEFAULT_SCALE);
    let frame_ref = use_node_ref();

    // The presenter page has no page shell, so it applies the saved theme itself; T then
    // toggles from what is on the screen.
    use_effect_with((), |_| theme::apply_without_saving(theme::load()));

    // Focus the slide on every change, so keys reach it and screen readers announce the title.
    {
        let frame_ref = frame_ref.clone();
        use_effect_with(index, move |_| {
            if let Some(el) = frame_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }

    let go = {
        let navigator = navigator.clone();
        move |to: usize| {
            if let Some(n) = &navigator {
                n.push(&Route::PresentSlide {
                    slide: to.clamp(1, SLIDES.len()),
                });
            }
        }
    };

    let onkeydown = {
        let go = go.clone();
        let scale = scale.clone();
        let navigator = navigator.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return; // a widget handled it, or it is a browser shortcut
            }
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"))
                .unwrap_or(false);
            if in_field && e.key() != "Escape" {
                return;
            }
            let slide = index + 1;
            let handled = match e.key().as_str() {
                "ArrowRight" | "PageDown" | " " => {
                    go(slide + 1);
                    true
                }
                "ArrowLeft" | "PageUp" => {
                    go(slide.saturating_sub(1));
                    true
                }
                "f" | "F" => {
                    toggle_fullscreen();
                    true
                }
                "+" | "=" => {
                    scale.set((*scale + 1).min(SCALE_STEPS - 1));
                    true
                }
                "-" | "−" | "_" => {
                    scale.set(scale.saturating_sub(1));
                    true
                }
                "t" | "T" => {
                    let now = theme::load();
                    let dark = match now {
                        Theme::Dark => false,
                        Theme::Light => true,
                        Theme::Auto => !prefers_dark(),
                    };
                    theme::apply(if dark { Theme::Dark } else { Theme::Light });
                    true
                }
                "Escape" => {
                    if let Some(n) = &navigator {
                        n.push(&Route::Home);
                    }
                    true
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        })
    };

    let slide = &SLIDES[index];
    let prev = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(index))
    };
    let next = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(index + 2))
    };
    html! {
        <main id="main" class="present" data-scale={scale.to_string()} data-slide={(index + 1).to_string()}
            tabindex="-1" ref={frame_ref} {onkeydown} aria-roledescription="slide deck">
            // The deck is the page (h1, for screen readers); each slide is a section under it (h2),
            // so the widgets' own h3 headings keep the outline in order.
            <h1 class="sr-only">{ "Why Rust: presentation" }</h1>
            <header class="present-bar">
                <h2 class="present-title">{ slide.title }</h2>
                <span class="present-count" aria-live="polite">{ format!("{} / {}", index + 1, SLIDES.len()) }</span>
            </header>
            <p class="present-note">{ ui::components::inline_code(slide.note) }</p>
            <div class="present-body" key={index.to_string()}>{ (slide.body)() }</div>
            <nav class="present-nav" aria-label="Slides">
                <button type="button" onclick={prev} disabled={index == 0}>{ "← Previous" }</button>
                <span class="hint">{ "← → Space PageUp PageDown · F fullscreen · + − size · T theme · Esc leave" }</span>
                <button type="button" onclick={next} disabled={index + 1 == SLIDES.len()}>{ "Next →" }</button>
            </nav>
        </main>
    }
}

fn prefers_dark() -> bool {
    ui::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

fn toggle_fullscreen() {
    let Some(document) = ui::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}
