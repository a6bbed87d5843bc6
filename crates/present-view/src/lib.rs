//! Presenter mode, a wasm module of its own (an island, see `ui::island`) that the shell loads
//! only on its pages (`#/present`, `#/present/N`, `#/speaker`, `#/deck`), so that no other
//! page's first load carries it. It reads the page's address with a router of its own; the
//! shell keeps it mounted while it moves between slides.
//!
//! - `present.rs`: the slides of the deck the address asks for, the overview, key help, black
//!   screen, swipes and the postMessage API;
//! - `state.rs`: the presenter's state and what each key, swipe and message does, as plain
//!   values;
//! - `speaker.rs`: the speaker's view; `sync.rs`: the two windows kept in step;
//! - `editor.rs`: "Your deck"; `print.rs`: the deck laid out to print.
//!
//! The decks themselves (the default one, a presenter's own in a `deck=` link) are
//! `why_rust::deck`, which the shell's "Add to deck" also writes.

mod editor;
mod present;
mod print;
mod speaker;
mod state;
mod sync;

use ui::island::Start;
use why_rust::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// The presenter's start: nothing (it reads the address itself).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PresentStart;

impl Start for PresentStart {
    fn set(&mut self, _key: &str, _value: String) -> Result<(), String> {
        Ok(())
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Present => html! { <present::Present slide={1} /> },
        Route::PresentSlide { slide } => html! { <present::Present {slide} /> },
        Route::Speaker => html! { <speaker::Speaker /> },
        Route::Deck => html! { <editor::DeckPage /> },
        // The shell has moved on to a page of its own and is about to unmount this module.
        _ => html! {},
    }
}

#[component]
fn Root() -> Html {
    html! {
        <HashRouter>
            <Switch<Route> render={switch} />
        </HashRouter>
    }
}

/// Mounts presenter mode in `root` (`start` is ignored). Errors: a `start` that is not an
/// object.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_present(
    root: web_sys::Element,
    start: wasm_bindgen::JsValue,
) -> Result<ui::island::IslandHandle, wasm_bindgen::JsValue> {
    ui::island::mount_with::<Root, PresentStart>(root, start, |_| ())
}
