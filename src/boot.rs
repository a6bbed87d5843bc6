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
        // Yew's code compiled a task before hydrating: the hydration is one long task.
        ui::island::warm_up_yew();
        gloo::timers::callback::Timeout::new(0, move || {
            renderer.hydrate();
        })
        .forget();
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
