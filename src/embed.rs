//! Iframe mode: the page's side of the embedding protocol.
//!
//! - Outbound: whenever the embedded content's height changes, the page posts
//!   `{"type":"why-rust:resize","height":N}` and Embedly's `{"context":"iframe.resize","height":N}`
//!   (which Observable also uses) to its parent, N in CSS pixels. Because a host's helper script
//!   may start listening after the widget has loaded, the height is posted again a few times in
//!   the first seconds (the host cannot ask for it: no other inbound message is accepted).
//! - Inbound: exactly one message is accepted, from the parent only,
//!   `{"type":"why-rust:set-theme","theme":"light"|"dark"}`; anything else is ignored.
//!   Nothing is ever evaluated.
//! - `?theme=light|dark|auto` on an embed route picks the theme without touching the visitor's
//!   saved choice for the site itself.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, ResizeObserver};
use yew::prelude::*;

use crate::theme::{self, Theme};
use gloo::timers::callback::Timeout;
pub use ui::theme::theme_option;

/// When, after the embed page mounts, its height is posted again (milliseconds).
const REPOST_AFTER_MS: [u32; 4] = [250, 1_000, 2_500, 5_000];

/// The theme an inbound message asks for, if the message is exactly
/// `{"type":"why-rust:set-theme","theme":"light"|"dark"}` (extra keys are tolerated).
pub fn requested_theme(data: &JsValue) -> Option<Theme> {
    if !data.is_object() {
        return None;
    }
    let get = |key: &str| {
        js_sys::Reflect::get(data, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    if get("type").as_deref() != Some("why-rust:set-theme") {
        return None;
    }
    match get("theme").as_deref() {
        Some("light") => Some(Theme::Light),
        Some("dark") => Some(Theme::Dark),
        _ => None,
    }
}

fn post_height(height: f64) {
    let Some(window) = ui::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // not in an iframe
    }
    let height = height.ceil();
    for (key, value) in [("type", "why-rust:resize"), ("context", "iframe.resize")] {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &key.into(), &value.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    }
}

/// Properties of [`EmbedFrame`].
#[derive(Properties, PartialEq)]
pub struct EmbedFrameProps {
    /// The widget's slug, for `data-widget`.
    pub widget: AttrValue,
    /// The route's query string, for the `theme` option.
    pub query: AttrValue,
    pub children: Html,
}

/// The `<main>` of an embed route: applies the theme option and runs the height protocol.
#[component]
pub fn EmbedFrame(props: &EmbedFrameProps) -> Html {
    let main_ref = use_node_ref();
    let theme_option = theme_option(&props.query);
    use_effect_with(theme_option, |option| {
        if let Some(t) = option {
            theme::apply_without_saving(*t);
        }
    });
    {
        let main_ref = main_ref.clone();
        use_effect_with((), move |_| {
            let observer_callback =
                Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
                    let el = entries
                        .get(0)
                        .dyn_into::<web_sys::ResizeObserverEntry>()
                        .ok()
                        .map(|entry| entry.target());
                    if let Some(el) = el {
                        post_height(el.get_bounding_client_rect().height());
                    }
                });
            let observer = ResizeObserver::new(observer_callback.as_ref().unchecked_ref()).ok();
            let main = main_ref.cast::<web_sys::Element>();
            if let (Some(observer), Some(el)) = (&observer, &main) {
                observer.observe(el);
            }
            let repeats: Vec<Timeout> = REPOST_AFTER_MS
                .iter()
                .filter_map(|ms| {
                    let el = main.clone()?;
                    Some(Timeout::new(*ms, move || {
                        post_height(el.get_bounding_client_rect().height())
                    }))
                })
                .collect();
            let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
                let Some(window) = ui::window() else {
                    return;
                };
                // Compared by identity: a cross-origin parent is not `instanceof Window` here.
                let from_parent = match (event.source(), window.parent()) {
                    (Some(source), Ok(Some(parent))) => {
                        JsValue::from(source) == JsValue::from(parent)
                    }
                    _ => false,
                };
                if let (true, Some(t)) = (from_parent, requested_theme(&event.data())) {
                    theme::apply_without_saving(t);
                }
            });
            let window = ui::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "message",
                    on_message.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "message",
                        on_message.as_ref().unchecked_ref(),
                    );
                }
                drop(repeats); // cancels the ones still pending
                drop(observer_callback);
            }
        });
    }
    html! {
        <main id="main" class="embed" data-widget={props.widget.clone()} ref={main_ref}>
            { props.children.clone() }
        </main>
    }
}
