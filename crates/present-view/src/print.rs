//! The deck to print or save as PDF (`#/present?print`, with `&notes` for the speaker's notes
//! under each slide; with `&deck=…` for a presenter's own deck): every slide at once, one a
//! page of 16:9 (13.333 × 7.5 in, landscape), each widget live at its prepared state so that
//! the page holds what it draws. Every island loads at once (`why_rust::island::Eager`); once all
//! have drawn, each slide's content is scaled down, if it must be, to fit its page, and the
//! page is marked ready (`data-print-ready`), which the print test waits for.

use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::present::Opened;
use why_rust::island::Eager;
use why_rust::route::Route;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    /// The deck, its `deck=` value (for the links back and to the other layout), why its
    /// link could not be read, if it could not, and whether the notes go under each slide.
    pub opened: std::rc::Rc<Opened>,
}

/// Scales each slide's body of `root` (its `.print-fit` element) down to the height its page
/// leaves it, with CSS `zoom` (which reflows the content at the smaller size, so a chart's text
/// stays text); returns whether every island has drawn, so that the caller can stop.
fn fit(root: &web_sys::Element) -> bool {
    let waiting = root
        .query_selector(&format!(
            "[{}]:not([{}=\"{}\"])",
            ui::dom::ISLAND,
            ui::dom::ISLAND_STATE,
            ui::dom::ISLAND_READY
        ))
        .ok()
        .flatten()
        .is_some();
    if waiting {
        return false;
    }
    let Ok(bodies) = root.query_selector_all(".print-fit") else {
        return true;
    };
    for i in 0..bodies.length() {
        let Some(body) = bodies
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let Some(frame) = body.parent_element() else {
            continue;
        };
        let style = body.style();
        let _ = style.remove_property("zoom");
        // Scaled down, the content is laid out wider, so it is no taller than scaled: it fits.
        let (room, needed) = (frame.client_height() as f64, body.scroll_height() as f64);
        if needed > room && room > 0.0 {
            let _ = style.set_property("zoom", &format!("{:.3}", room / needed));
        }
    }
    true
}

/// The deck laid out for printing (see the module's documentation).
#[component]
pub fn PrintDeck(props: &PrintProps) -> Html {
    let root = use_node_ref();
    let ready = use_state(|| false);
    {
        let (root, ready) = (root.clone(), ready.clone());
        use_effect_with(props.opened.notes, move |_| {
            ready.set(false);
            let done = std::rc::Rc::new(std::cell::Cell::new(false));
            let interval = Interval::new(250, move || {
                if done.get() {
                    return;
                }
                if let Some(el) = root.cast::<web_sys::Element>() {
                    if fit(&el) {
                        done.set(true);
                        ready.set(true);
                    }
                }
            });
            move || drop(interval)
        });
    }
    let count = props.opened.slides.len();
    let param = props.opened.param.as_deref();
    let href = |flags: &[&str]| crate::present::deck_href(Route::Present, flags, param);
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = ui::window() {
            let _ = w.print();
        }
    });
    html! {
        <ContextProvider<Eager> context={Eager(true)}>
            <main id="main" class="present-print" tabindex="-1" ref={root}
                data-print-ready={ready.then_some("true")}>
                <div class="print-bar">
                    <h1>{ format!("Print the deck: {count} slides") }</h1>
                    <p>{ "One slide a page, 16:9 landscape, each widget as it is prepared on its slide. Choose “Save as PDF” in the print dialog for a PDF." }</p>
                    if let Some(notice) = props.opened.notice() {
                        <p class="notice" role="status">{ notice }</p>
                    }
                    <p class="print-actions">
                        <button type="button" class="primary" onclick={print} disabled={!*ready}>
                            { if *ready { "Print…" } else { "Drawing the widgets…" } }
                        </button>
                        if props.opened.notes {
                            <a class="button" href={href(&["print"])}>{ "Leave out the notes" }</a>
                        } else {
                            <a class="button" href={href(&["print", "notes"])}>{ "Add the notes under each slide" }</a>
                        }
                        <a href={href(&[])}>{ "Back to the deck" }</a>
                    </p>
                </div>
                { for props.opened.slides.iter().enumerate().map(|(i, slide)| html! {
                    <section class="print-slide" aria-label={format!("Slide {} of {count}", i + 1)}>
                        <header class="present-bar">
                            <h2 class="present-title">{ &slide.title }</h2>
                            <span class="present-count">{ format!("{} / {count}", i + 1) }</span>
                        </header>
                        <div class="print-frame">
                            <div class="print-fit present-body">{ crate::present::body(slide) }</div>
                        </div>
                        { for crate::present::source_line(slide) }
                        if props.opened.notes && !slide.note.is_empty() {
                            <p class="print-note">{ ui::components::inline_code(&slide.note) }</p>
                        }
                    </section>
                }) }
            </main>
        </ContextProvider<Eager>>
    }
}
