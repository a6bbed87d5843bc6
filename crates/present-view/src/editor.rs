//! "Your deck" (`#/deck`): puts the slides of the deck being built (by "Add to deck" on the
//! widgets' pages, `why_rust::components::add_to_deck`) in order, edits their headings and
//! notes, adds title slides, and gives the link that opens exactly that deck
//! (`#/present?deck=…`, see `why_rust::deck`).

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use why_rust::components::add_to_deck::{save, saved};
use why_rust::deck::{self, Body, DeckEdit, DeckEditor, DeckSlide};
use why_rust::route::{Route, Widget};

use crate::present::deck_href;

/// The page's address with `fragment` (`/present?deck=…`) as its hash: the link to share.
fn absolute(fragment: &str) -> String {
    let Some(location) = ui::window().map(|w| w.location()) else {
        return format!("#{fragment}");
    };
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    format!("{base}#{fragment}")
}

/// What a widget slide shows, in words: "as its page starts" or the state's keys and values.
fn state_summary(start: &[(String, String)]) -> String {
    let pairs: Vec<String> = start
        .iter()
        .flat_map(|(k, v)| {
            if k == "query" {
                form_urlencoded::parse(v.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect::<Vec<_>>()
            } else {
                vec![(k.clone(), v.clone())]
            }
        })
        .map(|(k, v)| {
            if v.chars().count() > 40 {
                format!("{k}: (a program of its own)")
            } else {
                format!("{k}: {v}")
            }
        })
        .collect();
    if pairs.is_empty() {
        "As it first opens".into()
    } else {
        pairs.join(" · ")
    }
}

/// The text of an input or text area an event came from.
fn value_of(e: &InputEvent) -> String {
    let target = e.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        return input.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default()
}

/// "Your deck" (`#/deck`): the deck being built, to order, edit, present and share.
#[component]
pub fn DeckPage() -> Html {
    let editor = use_reducer(|| DeckEditor {
        slides: saved(),
        notice: None,
    });
    // Kept in this browser on every change (the first run writes back what it read).
    use_effect_with(editor.slides.clone(), |slides| save(slides));
    let copied = use_state(|| None::<bool>);

    let edit = |make: fn(usize, String) -> DeckEdit, i: usize| {
        let dispatch = editor.dispatcher();
        Callback::from(move |e: InputEvent| dispatch.dispatch(make(i, value_of(&e))))
    };
    let click = |action: DeckEdit| {
        let dispatch = editor.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let slides = &editor.slides;
    let count = slides.len();
    // The link, or why the deck cannot travel in one (an empty deck has no link to say so of).
    let (param, unlinkable) = match deck::encode(slides) {
        Ok(param) => (Some(param), None),
        Err(why) => (None, (count > 0).then_some(why)),
    };
    let present = param
        .as_deref()
        .map(|p| deck_href(Route::Present, &[], Some(p)));
    let copy = {
        let (present, copied) = (present.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(present) = present.as_deref() else {
                return;
            };
            let copied = copied.clone();
            ui::copy_text(&absolute(present.trim_start_matches('#')), move |done| {
                copied.set(Some(done))
            });
        })
    };
    let clear = {
        let dispatch = editor.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let sure = ui::window()
                .and_then(|w| {
                    w.confirm_with_message(&format!("Remove all {count} slides from your deck?"))
                        .ok()
                })
                .unwrap_or(false);
            if sure {
                dispatch.dispatch(DeckEdit::Clear);
            }
        })
    };

    let slide_item = |(i, s): (usize, &DeckSlide)| {
        let n = i + 1;
        let (kind, details) = match &s.body {
            Body::Title { points } => (
                "Title slide".to_string(),
                html! {
                    <label class="deck-field">{ "Points, one a line" }
                        <textarea rows="4" value={points.join("\n")} oninput={edit(DeckEdit::SetPoints, i)} />
                    </label>
                },
            ),
            Body::Widget { widget, start } => (
                widget.nav_label().to_string(),
                html! { <p class="deck-state">{ format!("Shows: {}", state_summary(start)) }</p> },
            ),
        };
        html! {
            <li class="deck-slide" data-slide={n.to_string()}>
                <div class="deck-slide-head">
                    <span class="deck-kind">{ format!("{n}. {kind}") }</span>
                    <button type="button" onclick={click(DeckEdit::MoveUp(i))} disabled={i == 0}
                        aria-label={format!("Move slide {n} up")}>{ "↑" }</button>
                    <button type="button" onclick={click(DeckEdit::MoveDown(i))} disabled={n == count}
                        aria-label={format!("Move slide {n} down")}>{ "↓" }</button>
                    <button type="button" onclick={click(DeckEdit::Remove(i))}
                        aria-label={format!("Remove slide {n}")}>{ "Remove" }</button>
                </div>
                <label class="deck-field">{ "Heading" }
                    <input type="text" value={s.title.clone()} maxlength={deck::MAX_LINE.to_string()} oninput={edit(DeckEdit::SetTitle, i)} />
                </label>
                { details }
                <label class="deck-field">{ "Speaker note" }
                    <textarea rows="2" value={s.note.clone()} maxlength={deck::MAX_NOTE.to_string()} oninput={edit(DeckEdit::SetNote, i)} />
                </label>
            </li>
        }
    };

    html! {
        <section class="deck-page">
            <h1>{ "Your deck" }</h1>
            <p>{ "Build the slides for your own talk. On a widget's page, bring it to the state you want to show and press “Add to deck”; here, put the slides in order, write headings and notes, and add title slides. The link opens exactly this deck in presenter mode, notes included." }</p>
            <div class="deck-actions">
                if let Some(href) = &present {
                    <a class="button primary" href={href.clone()}>{ "Present this deck" }</a>
                    <button type="button" onclick={copy}>{ if *copied == Some(true) { "Copied" } else { "Copy its link" } }</button>
                    <a class="button" href={deck_href(Route::Present, &["print"], param.as_deref())}>{ "Print or save as PDF" }</a>
                }
                <button type="button" onclick={click(DeckEdit::Add(DeckSlide::title_slide()))}>{ "Add a title slide" }</button>
                <button type="button" onclick={click(DeckEdit::AddDefault)}>{ "Add the default deck’s slides" }</button>
                if count > 0 {
                    <button type="button" onclick={clear}>{ "Remove all" }</button>
                }
            </div>
            <p class="deck-status" role="status">
                { editor.notice.clone().or(unlinkable).unwrap_or_default() }
                { if *copied == Some(false) { "The browser refused the clipboard: copy the “Present this deck” link instead." } else { "" } }
            </p>
            if count == 0 {
                <p class="deck-empty">{ "Your deck is empty. Open a widget’s page — " }
                    { for Widget::all().enumerate().map(|(i, w)| html! {
                        <>{ if i > 0 { ", " } else { "" } }<a href={format!("#{}", w.route().to_path())}>{ w.nav_label() }</a></>
                    }) }
                    { " — and press “Add to deck”, or start from the default deck’s slides." }</p>
            } else {
                <ol class="deck-slides" aria-label={format!("{count} slides")}>
                    { for slides.iter().enumerate().map(slide_item) }
                </ol>
            }
        </section>
    }
}
