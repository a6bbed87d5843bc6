//! Iframe mode: the page's side of the embedding protocol.
//!
//! - Outbound: whenever the embedded content's height changes, the page posts
//!   `{"type":"why-rust:resize","height":N}` and Embedly's `{"context":"iframe.resize","height":N}`
//!   (which Observable also uses) to its parent, N in CSS pixels; and in WordPress (whose
//!   secret the boot script found in the address), WordPress's own
//!   `{"secret":S,"message":"height","value":N}`, on which its wp-embed script shows the frame. Because a host's helper script
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
use gloo::events::EventListener;
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

/// The secret WordPress gave this embed, which the boot script took off its address
/// (`ui::dom::EMBED_SECRET`); `None` outside WordPress.
fn wordpress_secret() -> Option<String> {
    ui::window()?
        .document()?
        .document_element()?
        .get_attribute(ui::dom::EMBED_SECRET)
}

/// The link from an embed, whose address ends in `hash` (`#/embed/energy?metric=time`), to
/// its widget's page on the site in the same state: `./#/energy?metric=time`, relative to the
/// embed's page (embed.html, beside the site's index.html). A hash that is not the widget's
/// page or embed gives its plain page.
pub fn site_link(hash: &str, slug: &str) -> String {
    let query = ui::url_state::owned_url(slug, hash.trim_start_matches('#')).query;
    if query.is_empty() {
        format!("./#/{slug}")
    } else {
        format!("./#/{slug}?{query}")
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
    // Shown by WordPress: its wp-embed script shows the frame, and sizes it, on this.
    if let Some(secret) = wordpress_secret() {
        let message = js_sys::Object::new();
        for (key, value) in [
            ("secret", JsValue::from_str(&secret)),
            ("message", JsValue::from_str("height")),
            ("value", JsValue::from(height)),
        ] {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        }
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
            let listener = ui::window().map(|window| {
                EventListener::new(&window, "message", |event| {
                    let (Some(window), Some(event)) =
                        (ui::window(), event.dyn_ref::<MessageEvent>())
                    else {
                        return;
                    };
                    // Compared by identity: a cross-origin parent is not `instanceof Window`
                    // here.
                    let from_parent = match (event.source(), window.parent()) {
                        (Some(source), Ok(Some(parent))) => {
                            JsValue::from(source) == JsValue::from(parent)
                        }
                        _ => false,
                    };
                    if let (true, Some(t)) = (from_parent, requested_theme(&event.data())) {
                        theme::apply_without_saving(t);
                    }
                })
            });
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(listener);
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

#[cfg(test)]
mod tests {
    use super::site_link;

    #[test]
    fn the_site_link_keeps_the_embed_s_state() {
        assert_eq!(
            site_link("#/embed/energy?metric=time&hl=Go", "energy"),
            "./#/energy?metric=time&hl=Go"
        );
        assert_eq!(site_link("#/embed/energy", "energy"), "./#/energy");
        assert_eq!(site_link("", "energy"), "./#/energy");
        // Another route's query is not this widget's state.
        assert_eq!(site_link("#/embed/energyx?a=1", "energy"), "./#/energy");
        assert_eq!(
            site_link("#/embed/decision?profile=x", "energy"),
            "./#/energy"
        );
    }
}
