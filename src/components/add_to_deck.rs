//! "Add to deck", beside each widget page's title: adds the widget as the page shows it now
//! (the state in the page's address) to the end of the deck being built, which "Your deck"
//! (`#/deck`, the presenter's module) orders and edits. The deck being built is kept in
//! `localStorage` as text, one line a slide (`crate::deck::to_text`), so that it survives a
//! reload and this button needs no compressor.

use yew::prelude::*;
use yew_router::Routable;

use crate::deck::{self, DeckSlide};
use crate::route::{Route, Widget};

/// Where the deck being built is kept.
const STORAGE_KEY: &str = "why-rust-deck";

fn storage() -> Option<web_sys::Storage> {
    // Missing or throwing in private modes and sandboxed frames: then nothing is kept.
    ui::window()?.local_storage().ok().flatten()
}

/// The deck being built, as kept; empty when there is none or it cannot be read.
pub fn saved() -> Vec<DeckSlide> {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| deck::from_text(&text).ok())
        .unwrap_or_default()
}

/// Keeps `slides` as the deck being built; an empty deck removes what was kept.
pub fn save(slides: &[DeckSlide]) {
    let Some(storage) = storage() else {
        return;
    };
    if slides.is_empty() {
        let _ = storage.remove_item(STORAGE_KEY);
    } else {
        let _ = storage.set_item(STORAGE_KEY, &deck::to_text(slides));
    }
}

#[derive(Properties, PartialEq)]
pub struct AddToDeckProps {
    pub widget: Widget,
}

/// "Add to deck": adds the widget as its page shows it now (the state in the page's
/// address) to the end of the deck being built, and says which slide it became.
#[component]
pub fn AddToDeck(props: &AddToDeckProps) -> Html {
    let widget = props.widget;
    let status = use_state(|| None::<Result<usize, String>>);
    let add = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let page = ui::url_state::owned_url(widget.slug(), &ui::url_state::fragment());
            let mut slides = saved();
            // Refused when full, as the editor refuses it.
            match deck::room_for(&slides, 1) {
                Err(why) => status.set(Some(Err(why))),
                Ok(()) => {
                    slides.push(DeckSlide::from_page(widget, &page.query));
                    save(&slides);
                    status.set(Some(Ok(slides.len())));
                }
            }
        })
    };
    let deck_link = format!("#{}", Route::Deck.to_path());
    html! {
        <span class="add-to-deck">
            <button type="button" onclick={add}
                aria-label={format!("Add to deck: “{}” as it is now", widget.title())}>{ "Add to deck" }</button>
            <span role="status" class="add-to-deck-status">
                { match &*status {
                    Some(Ok(n)) => html! { <>{ format!("Added as slide {n}. ") }<a href={deck_link}>{ "Open your deck" }</a></> },
                    Some(Err(why)) => html! { { why.clone() } },
                    None => html! {},
                } }
            </span>
        </span>
    }
}
