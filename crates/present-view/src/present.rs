//! Presenter mode (`#/present`, `#/present/N`): the widgets as full-screen slides for a talk.
//!
//! Keys (`state.rs`, and the help that `?` shows): ←, →, Space, PageUp, PageDown, Home, End
//! and a swipe move between slides; G or a number then Enter jumps; O shows every slide; B or
//! `.` blacks the screen; F toggles fullscreen; + and − scale the content; T toggles the
//! theme; Esc closes what is open, or leaves. The pointer hides after two seconds still. The
//! URL follows the slide, so slide 3 opens directly at `#/present/3`. The deck is the one the
//! address carries (`deck=`), or the default deck (`why_rust::deck`).

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use why_rust::deck::{self, Body, DeckSlide};
use why_rust::route::Route;
use why_rust::theme::{self, Theme};

use crate::state::{
    on_key, on_message, on_swipe, Cover, DeckAction, DeckState, Effect, MESSAGE_TYPE,
};
use crate::{print, sync};

/// What the address asks for: the deck in its `deck=`, or the default deck (and, when the
/// link could not be read, why: a sentence of `deck::decode`'s), and how to lay it out.
#[derive(Debug, PartialEq)]
pub(crate) struct Opened {
    pub slides: Vec<DeckSlide>,
    /// The `deck=` value the slides came from, carried on to the next slide's address.
    pub param: Option<String>,
    pub unreadable: Option<String>,
    /// `print`: the deck laid out to print (`print.rs`), with the notes when `notes`.
    pub print: bool,
    pub notes: bool,
}

impl Opened {
    /// What the presenter and the print view say over the default deck when the link's deck
    /// could not be read.
    pub fn notice(&self) -> Option<String> {
        let why = self.unreadable.as_ref()?;
        Some(format!("{why} Showing the default deck instead."))
    }
}

/// Reads `query` (`print&deck=…`, without the `?`).
pub(crate) fn open(query: &str) -> Opened {
    let pairs: Vec<_> = form_urlencoded::parse(query.as_bytes()).collect();
    let has = |key: &str| pairs.iter().any(|(k, _)| k == key);
    let param = pairs
        .iter()
        .find(|(k, _)| k == "deck")
        .map(|(_, v)| v.to_string());
    let (slides, param, unreadable) = match param.as_deref().map(deck::decode) {
        Some(Ok(slides)) => (slides, param, None),
        Some(Err(why)) => (deck::default_deck(), None, Some(why)),
        None => (deck::default_deck(), None, None),
    };
    Opened {
        slides,
        param,
        unreadable,
        print: has("print"),
        notes: has("notes"),
    }
}

/// The deck the page's address asks for ([`open`]), read again when the address changes.
#[hook]
pub(crate) fn use_opened() -> std::rc::Rc<Opened> {
    let query = use_location()
        .map(|l| l.query_str().trim_start_matches('?').to_string())
        .unwrap_or_default();
    use_memo(query, |q| open(q))
}

/// The address of `route` with `flags` (`print`, `notes`) and the deck in `param` (none for
/// the default deck): `#/present?print&deck=…`.
pub(crate) fn deck_href(route: Route, flags: &[&str], param: Option<&str>) -> String {
    let mut query: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
    if let Some(p) = param {
        query.push(
            form_urlencoded::Serializer::new(String::new())
                .append_pair("deck", p)
                .finish(),
        );
    }
    let path = route.to_path();
    if query.is_empty() {
        format!("#{path}")
    } else {
        format!("#{path}?{}", query.join("&"))
    }
}

/// Shows slide `slide` (1-based) of the deck in `param` (the default deck when `None`).
fn go(navigator: &Option<Navigator>, slide: usize, param: Option<&str>) {
    let Some(n) = navigator else { return };
    let route = Route::PresentSlide { slide };
    match param {
        Some(p) => {
            let _ = n.push_with_query(&route, [("deck", p)]);
        }
        None => n.push(&route),
    }
}

/// What a slide shows, drawn.
pub(crate) fn body(slide: &DeckSlide) -> Html {
    match &slide.body {
        Body::Title { points } => html! {
            <ul class="present-points">
                { for points.iter().map(|p| html! { <li>{ p }</li> }) }
            </ul>
        },
        Body::Widget { widget, start } => why_rust::app::widget_at(*widget, start),
    }
}

/// The line under a widget's slide saying where what it shows comes from, with a link to
/// its section of the sources page; nothing under a title slide (its words are the
/// presenter's).
pub(crate) fn source_line(slide: &DeckSlide) -> Option<Html> {
    match &slide.body {
        Body::Title { .. } => None,
        Body::Widget { widget, .. } => Some(html! {
            <p class="slide-source">{ format!("Source: {}. ", widget.entry().source) }
                <a href={format!("sources.html#{}", widget.slug())}>{ "All sources" }</a></p>
        }),
    }
}

/// Properties of [`Present`].
#[derive(Properties, PartialEq)]
pub struct PresentProps {
    /// The slide to show, 1-based; out-of-range values are clamped.
    pub slide: usize,
}

/// `#/present`: the deck the address asks for (`deck=`), as slides, or laid out for printing
/// (`print`, see `print.rs`).
#[component]
pub fn Present(props: &PresentProps) -> Html {
    let opened = use_opened();
    if opened.print {
        html! { <print::PrintDeck {opened} /> }
    } else {
        html! { <Slides slide={props.slide} {opened} /> }
    }
}

#[derive(Properties, PartialEq)]
struct SlidesProps {
    slide: usize,
    opened: std::rc::Rc<Opened>,
}

/// The keys, as the help (`?`) lists them.
const KEYS: &[(&str, &str)] = &[
    ("→ Space PageDown, or swipe left", "next slide"),
    ("← PageUp, or swipe right", "previous slide"),
    ("Home End", "first, last slide"),
    ("G, or a number, then Enter", "go to a slide"),
    (
        "O",
        "overview of every slide (arrows and Enter to open one)",
    ),
    ("B or .", "black screen, and back"),
    (
        "S",
        "the speaker's view: this slide, the next, the notes, a clock, a timer",
    ),
    ("F", "fullscreen"),
    ("+ −", "text size"),
    ("T", "light or dark theme"),
    ("?", "these keys"),
    ("Esc", "close what is open, or leave"),
];

/// The presenter view.
#[component]
fn Slides(props: &SlidesProps) -> Html {
    let navigator = use_navigator();
    let opened = &props.opened;
    let slides = &opened.slides;
    let param = opened.param.clone();
    let count = slides.len();
    let index = props.slide.clamp(1, count) - 1;
    let state = use_reducer(DeckState::default);
    let frame_ref = use_node_ref();
    let overview_ref = use_node_ref();

    // The presenter page has no page shell, so it applies the saved theme itself; T then
    // toggles from what is on the screen.
    use_effect_with((), |_| theme::apply_without_saving(theme::load()));

    // Focus the slide on every change and when a cover closes, so keys reach it and screen
    // readers announce the title; in the overview, the selected card.
    {
        let (frame_ref, overview_ref) = (frame_ref.clone(), overview_ref.clone());
        use_effect_with((index, state.cover), move |(_, cover)| {
            let target = match cover {
                Cover::Overview { at } => overview_ref.cast::<web_sys::Element>().and_then(|o| {
                    o.query_selector(&format!("[data-card=\"{at}\"]"))
                        .ok()
                        .flatten()
                }),
                _ => frame_ref.cast::<web_sys::Element>(),
            };
            let el = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = &el {
                let _ = el.focus();
            }
            // On the module's first render its page is not shown yet (the loader shows it once
            // all of it has drawn, in this same task), so the focus did not take: again in
            // the next task.
            let again = el.map(|el| {
                gloo::timers::callback::Timeout::new(0, move || {
                    let focused = ui::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.active_element());
                    if focused.as_ref() != Some(el.as_ref()) {
                        let _ = el.focus();
                    }
                })
            });
            move || drop(again)
        });
    }

    // Carries out what a key, a swipe or a click asks for.
    let act = {
        let (navigator, param) = (navigator.clone(), param.clone());
        let dispatcher = state.dispatcher();
        Callback::from(
            move |(action, effect): (Option<DeckAction>, Option<Effect>)| {
                if let Some(action) = action {
                    dispatcher.dispatch(action);
                }
                match effect {
                    Some(Effect::Go(to)) => go(&navigator, to.clamp(1, count), param.as_deref()),
                    Some(Effect::Fullscreen) => toggle_fullscreen(),
                    Some(Effect::Speaker) => open_speaker(param.as_deref()),
                    Some(Effect::ToggleTheme) => toggle_theme(),
                    // A page of the shell's: a navigation its router hears (this module's does
                    // not tell it).
                    Some(Effect::Leave) => {
                        if let Some(w) = ui::window() {
                            let _ = w.location().set_hash(&Route::Home.to_path());
                        }
                    }
                    None => {}
                }
            },
        )
    };

    // The speaker's window (S): told each slide shown and what its widget shows as the
    // presenter steps or edits it, and heard when it asks for a slide.
    let current = use_mut_ref(|| index);
    *current.borrow_mut() = index;
    // The shown slide's widget state, as its last `STATE_EVENT` gave it.
    let live = use_mut_ref(|| None::<sync::Note>);
    let link = use_mut_ref(|| None::<sync::Link>);
    {
        let (link, current, navigator) = (link.clone(), current.clone(), navigator.clone());
        let (param, live) = (param.clone(), live.clone());
        use_effect_with((), move |_| {
            let answer = link.clone();
            let opened = sync::Link::open(move |note| match note {
                sync::Note::Go(to) => go(&navigator, to.clamp(1, count), param.as_deref()),
                sync::Note::Hello => {
                    if let Some(l) = answer.borrow().as_ref() {
                        l.send(&sync::Note::Showing(*current.borrow() + 1));
                        if let Some(state) = live.borrow().as_ref() {
                            l.send(state);
                        }
                    }
                }
                sync::Note::Showing(_) | sync::Note::State(..) => {}
            });
            *link.borrow_mut() = Some(opened);
            move || drop(link.borrow_mut().take())
        });
    }
    {
        let (link, live) = (link.clone(), live.clone());
        let slug = match &slides[index].body {
            Body::Widget { widget, .. } => Some(widget.slug()),
            Body::Title { .. } => None,
        };
        use_effect_with(index, move |&index| {
            *live.borrow_mut() = None;
            if let Some(l) = link.borrow().as_ref() {
                l.send(&sync::Note::Showing(index + 1));
            }
            // Removed when the slide changes: the next slide's widget is heard by the next.
            let listener = slug.zip(ui::window()).map(|(slug, window)| {
                EventListener::new(&window, ui::url_state::STATE_EVENT, move |event| {
                    let detail = event
                        .dyn_ref::<web_sys::CustomEvent>()
                        .map(|e| e.detail())
                        .unwrap_or(JsValue::UNDEFINED);
                    let get = |key: &str| {
                        js_sys::Reflect::get(&detail, &key.into())
                            .ok()
                            .and_then(|v| v.as_string())
                    };
                    if get("slug").as_deref() != Some(slug) {
                        return;
                    }
                    let Some(query) = get("query").filter(|q| q.len() <= deck::MAX_STATE) else {
                        return;
                    };
                    let note = sync::Note::State(index + 1, query);
                    if let Some(l) = link.borrow().as_ref() {
                        l.send(&note);
                    }
                    *live.borrow_mut() = Some(note);
                })
            });
            move || drop(listener)
        });
    }

    // The message API: a host page (the deck in an iframe) or a remote (a window that opened
    // it) moves the deck with `{type: "why-rust:present", action: "next" | "prev" | "go",
    // index}` and hears `{type: "why-rust:present", event: "slidechanged", index, count}`
    // (indexes from 0) each time the slide changes. Nothing else is read from a message.
    {
        let act = act.clone();
        use_effect_with(index, move |&index| {
            post_to_hosts(index, count);
            // Removed when the slide changes (and the next one listens) or the deck closes.
            let listener = ui::window().map(|window| {
                EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let from_host = event
                        .source()
                        .map(JsValue::from)
                        .is_some_and(|source| hosts().iter().any(|h| JsValue::from(h) == source));
                    if !from_host {
                        return;
                    }
                    let data = event.data();
                    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
                    let text = |key: &str| get(key).and_then(|v| v.as_string());
                    let go = on_message(
                        text("type").as_deref(),
                        text("action").as_deref(),
                        get("index").and_then(|v| v.as_f64()),
                        index + 1,
                    );
                    if go.is_some() {
                        act.emit((None, go));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let onkeydown = {
        let (act, state) = (act.clone(), state.clone());
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
            let (action, effect) = on_key(&state, &e.key(), index + 1, count);
            if action.is_some() || effect.is_some() {
                e.prevent_default();
                act.emit((action, effect));
            }
        })
    };

    // The pointer hides after two seconds still (a projector shows it large), and a touch
    // swipe across turns the slide.
    let hide_timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let onpointermove = {
        let dispatcher = state.dispatcher();
        let hidden = state.pointer_hidden;
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "mouse" {
                return;
            }
            if hidden {
                dispatcher.dispatch(DeckAction::PointerHidden(false));
            }
            let dispatcher = dispatcher.clone();
            *hide_timer.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(2000, move || {
                    dispatcher.dispatch(DeckAction::PointerHidden(true))
                }));
        })
    };
    let touch_start = use_mut_ref(|| None::<(i32, i32)>);
    let onpointerdown = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                *touch_start.borrow_mut() = Some((e.client_x(), e.client_y()));
            }
        })
    };
    let onpointerup = {
        let act = act.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((x, y)) = touch_start.borrow_mut().take() {
                let swipe = on_swipe(e.client_x() - x, e.client_y() - y, index + 1);
                if swipe.is_some() {
                    act.emit((None, swipe));
                }
            }
        })
    };

    let slide = &slides[index];
    let prev = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit((None, Some(Effect::Go(index.max(1))))))
    };
    let next = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit((None, Some(Effect::Go(index + 2)))))
    };
    let speaker = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit((None, Some(Effect::Speaker))))
    };
    let help = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit((Some(DeckAction::Cover(Cover::Help)), None)))
    };
    let close = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit((Some(DeckAction::Cover(Cover::None)), None)))
    };
    let cover = match state.cover {
        Cover::None => html! {},
        Cover::Black => html! { <div class="present-black" aria-hidden="true" /> },
        Cover::Help => html! {
            <div class="present-cover present-help" role="dialog" aria-modal="true" aria-labelledby="present-help-title">
                <h2 id="present-help-title">{ "Keys" }</h2>
                <dl>
                    { for KEYS.iter().map(|(keys, what)| html! { <><dt>{ *keys }</dt><dd>{ *what }</dd></> }) }
                </dl>
                <p><a href={deck_href(Route::Present, &["print"], opened.param.as_deref())}>{ "Print the deck, or save it as PDF" }</a>
                    { " · " }<a href={format!("#{}", Route::Deck.to_path())}>{ "Build your own deck" }</a></p>
                <button type="button" onclick={close.clone()}>{ "Close" }</button>
            </div>
        },
        Cover::Overview { at } => html! {
            <div class="present-cover present-overview" role="dialog" aria-modal="true" aria-labelledby="present-overview-title" ref={overview_ref}>
                <h2 id="present-overview-title">{ format!("All {count} slides") }</h2>
                <ol>
                    { for slides.iter().enumerate().map(|(i, s)| {
                        let act = act.clone();
                        let open = Callback::from(move |_: MouseEvent| {
                            act.emit((Some(DeckAction::Cover(Cover::None)), Some(Effect::Go(i + 1))))
                        });
                        html! {
                            <li>
                                <button type="button" data-card={i.to_string()} onclick={open}
                                    class={classes!((i == at).then_some("selected"), (i == index).then_some("current"))}
                                    aria-current={(i == index).then_some("true")}>
                                    <span class="card-number">{ i + 1 }</span>
                                    <span class="card-title">{ &s.title }</span>
                                    <span class="card-note">{ ui::components::inline_code(&s.note) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </div>
        },
    };
    html! {
        <main id="main" class="present" data-scale={state.scale.to_string()} data-slide={(index + 1).to_string()}
            data-pointer={state.pointer_hidden.then_some("hidden")}
            tabindex="-1" ref={frame_ref} {onkeydown} {onpointermove} {onpointerdown} {onpointerup}
            aria-roledescription="slide deck">
            // The deck is the page (h1, for screen readers); each slide is a section under it (h2),
            // so the widgets' own h3 headings keep the outline in order.
            <h1 class="sr-only">{ "Why Rust: presentation" }</h1>
            <header class="present-bar">
                <h2 class="present-title">{ &slide.title }</h2>
                <span class="present-count" aria-live="polite">{ format!("{} / {count}", index + 1) }</span>
            </header>
            if let Some(notice) = opened.notice() {
                <p class="present-notice notice" role="status">{ notice }</p>
            }
            <p class="present-note">{ ui::components::inline_code(&slide.note) }</p>
            <div class="present-body" key={index.to_string()}>{ body(slide) }</div>
            <nav class="present-nav" aria-label="Slides">
                <button type="button" onclick={prev} disabled={index == 0}>{ "← Previous" }</button>
                // Where a widget slide's figures come from; on a title slide, the keys.
                { source_line(slide).unwrap_or_else(|| html! {
                    <span class="hint">{ "← → to move · O overview · ? all keys" }</span>
                }) }
                <button type="button" class="present-keys" onclick={speaker}>{ "Speaker view (S)" }</button>
                <button type="button" onclick={help}>{ "Keys (?)" }</button>
                <button type="button" onclick={next} disabled={index + 1 == count}>{ "Next →" }</button>
            </nav>
            if let Some(typed) = &state.jump {
                <p class="present-jump" role="status">{ format!("Go to slide {typed}▏ (Enter to go, Esc to stay)") }</p>
            }
            { cover }
        </main>
    }
}

/// The windows that may drive the deck and hear of its slides: the page it is framed in, and
/// the window that opened it.
fn hosts() -> Vec<web_sys::Window> {
    let Some(window) = ui::window() else {
        return Vec::new();
    };
    let parent = window.parent().ok().flatten().filter(|p| *p != window);
    // Unchecked: a window of another origin is not `instanceof Window` here.
    let opener = window
        .opener()
        .ok()
        .filter(|o| !o.is_null() && !o.is_undefined())
        .map(|o| o.unchecked_into::<web_sys::Window>());
    parent.into_iter().chain(opener).collect()
}

/// Tells the hosts ([`hosts`]) that slide `index` (from 0) of `count` shows.
fn post_to_hosts(index: usize, count: usize) {
    let message = js_sys::Object::new();
    for (key, value) in [
        ("type", JsValue::from_str(MESSAGE_TYPE)),
        ("event", JsValue::from_str("slidechanged")),
        ("index", JsValue::from(index as u32)),
        ("count", JsValue::from(count as u32)),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    for host in hosts() {
        let _ = host.post_message(&message, "*");
    }
}

/// S: the speaker's view, in a window of its own (`#/speaker`), which keeps in step.
fn open_speaker(param: Option<&str>) {
    let url = deck_href(Route::Speaker, &[], param);
    if let Some(window) = ui::window() {
        let _ = window.open_with_url_and_target_and_features(
            &url,
            "why-rust-speaker",
            "popup,width=960,height=640",
        );
    }
}

/// T: the theme that is not on the screen now, saved.
fn toggle_theme() {
    let dark = match theme::load() {
        Theme::Dark => false,
        Theme::Light => true,
        Theme::Auto => !prefers_dark(),
    };
    theme::apply(if dark { Theme::Dark } else { Theme::Light });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_opens_its_deck_or_the_default_deck_and_says_why() {
        let mine = vec![deck::DeckSlide::title_slide()];
        let param = deck::encode(&mine).unwrap();
        let href = deck_href(Route::Present, &["print"], Some(&param));
        let opened = open(href.split_once('?').unwrap().1);
        assert_eq!(opened.slides, mine);
        assert_eq!(opened.param.as_deref(), Some(param.as_str()));
        assert_eq!(opened.notice(), None);
        assert!(opened.print && !opened.notes);

        let bad = open("deck=%25%25");
        assert_eq!(bad.slides, deck::default_deck());
        assert_eq!(
            bad.param, None,
            "a bad link is not carried to the next slide"
        );
        let notice = bad.notice().unwrap();
        assert!(notice.contains("could not be read"), "{notice}");
        assert!(
            notice.ends_with("Showing the default deck instead."),
            "{notice}"
        );

        assert_eq!(open("").notice(), None);
        assert_eq!(open("").slides, deck::default_deck());
    }
}
