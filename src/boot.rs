//! The shell's side of the boot sequence (the states and the DOM names are in `ui::dom`).
//!
//! Before the wasm, the inline boot script (`assets/boot.js`) has put the build's markup of the
//! page the link asks for into `#app` and set `html[data-boot="prerendered"]`, or, for a page
//! the build did not render, `data-boot="loading"`. Then:
//!
//! - `prerendered`: the app hydrates `#app` (Yew's `Renderer::hydrate`): it keeps the nodes the
//!   visitor already sees and attaches its listeners to them, so the page is painted once.
//! - `loading`: the app renders into `#app` in place of its "Loading…".
//!
//! Either way, once the first page is in place ([`live`], from `app::App`'s effect),
//! `data-boot="live"` and `#app` stops being inert.

use ui::dom;
use yew_router::history::{AnyHistory, HashHistory};

use crate::app::{App, AppProps};

/// Starts the app on `#app`, hydrating the build's markup when the boot script put it there.
pub fn start() {
    let Some(document) = ui::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(dom::APP_ROOT_ID) else {
        return;
    };
    let state = document
        .document_element()
        .and_then(|html| html.get_attribute(dom::BOOT));
    let props = AppProps {
        history: AnyHistory::from(HashHistory::new()),
        previews: None,
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if state.as_deref() == Some(dom::BOOT_PRERENDERED) {
        warm_up_then(&document, move || {
            renderer.hydrate();
        });
    } else {
        root.set_inner_html("");
        renderer.render();
    }
}

/// The first page is live: says so on `<html>` and lets the visitor use `#app`.
pub(crate) fn live() {
    let Some(document) = ui::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute(dom::BOOT, dom::BOOT_LIVE);
    }
    if let Some(root) = document.get_element_by_id(dom::APP_ROOT_ID) {
        let _ = root.remove_attribute("inert");
    }
}

/// A small tree of the kinds of node the pages have (elements with attributes and classes, a
/// link, a button with a listener, text, a nested component).
#[yew::component]
fn WarmUp() -> yew::Html {
    yew::html! {
        <section class="warm-up" aria-hidden="true">
            <h2 id="warm-up">{ "a" }</h2>
            <p>{ "b" }<a href="#/">{ "c" }</a><code>{ "d" }</code></p>
            <WarmUpButton />
        </section>
    }
}

#[yew::component]
fn WarmUpButton() -> yew::Html {
    let onclick = yew::Callback::from(|_: web_sys::MouseEvent| {});
    yew::html! { <button type="button" class="x" {onclick}>{ "e" }</button> }
}

/// Renders [`WarmUp`] into an element off the page and, a task later, drops it and runs
/// `then`. The browser compiles each wasm function on its first call, on the main thread: this
/// way Yew's own code is compiled in a task of its own rather than inside the hydration's one
/// long task.
fn warm_up_then(document: &web_sys::Document, then: impl FnOnce() + 'static) {
    let Ok(scratch) = document.create_element("div") else {
        return then();
    };
    let warm_up = yew::Renderer::<WarmUp>::with_root(scratch).render();
    gloo::timers::callback::Timeout::new(0, move || {
        warm_up.destroy();
        then();
    })
    .forget();
}
