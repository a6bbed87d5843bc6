//! Presenter mode (`#/present`, `#/present/N`): the widgets as full-screen slides for a talk.
//!
//! Keys: ←, →, Space, PageUp, PageDown move between slides; F toggles fullscreen; + and −
//! scale the content; T toggles the theme; Esc leaves. The URL follows the slide, so slide 3
//! opens directly at `#/present/3`. The deck is an opening slide, then each widget's slides
//! from the registry (`crate::registry`), each the widget at a prepared start (a preset at a
//! step, a metric and scale, a decision profile).

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::registry::Start;
use crate::route::{Route, Widget};
use crate::theme::{self, Theme};

/// One slide: a heading, a line of speaker-friendly text, and what to show.
struct Slide {
    title: &'static str,
    note: &'static str,
    body: Body,
}

/// What a slide shows.
enum Body {
    /// The deck's opening: what the next slides show.
    Opening,
    /// A widget at a start.
    Widget(Widget, Start),
}

/// The deck: its opening, then each widget's slides from the registry, in page order.
fn slides() -> Vec<Slide> {
    let opening = Slide {
        title: "Why Rust?",
        note: "Fast like C, memory-safe like a garbage-collected language (outside unsafe code and foreign C libraries), without the garbage collector. Everything on the next slides runs in this browser tab.",
        body: Body::Opening,
    };
    let widgets = Widget::all().flat_map(|w| {
        w.entry().slides.iter().map(move |s| Slide {
            title: s.title,
            note: s.note,
            body: Body::Widget(w, s.start),
        })
    });
    std::iter::once(opening).chain(widgets).collect()
}

impl Slide {
    fn body(&self) -> Html {
        match self.body {
            Body::Opening => html! {
                <ul class="present-points">
                    <li>{ "A Rust module that JavaScript calls like its own code" }</li>
                    <li>{ "A borrow checker you can type into" }</li>
                    <li>{ "The measured energy of 27 languages" }</li>
                    <li>{ "An honest answer to “should we use Rust?”" }</li>
                </ul>
            },
            Body::Widget(w, start) => crate::app::widget_at(w, start),
        }
    }
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
    let slides = use_memo((), |_| slides());
    let count = slides.len();
    let index = props.slide.clamp(1, count) - 1;
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
                    slide: to.clamp(1, count),
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

    let slide = &slides[index];
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
                <span class="present-count" aria-live="polite">{ format!("{} / {count}", index + 1) }</span>
            </header>
            <p class="present-note">{ ui::components::inline_code(slide.note) }</p>
            <div class="present-body" key={index.to_string()}>{ slide.body() }</div>
            <nav class="present-nav" aria-label="Slides">
                <button type="button" onclick={prev} disabled={index == 0}>{ "← Previous" }</button>
                <span class="hint">{ "← → Space PageUp PageDown · F fullscreen · + − size · T theme · Esc leave" }</span>
                <button type="button" onclick={next} disabled={index + 1 == count}>{ "Next →" }</button>
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
