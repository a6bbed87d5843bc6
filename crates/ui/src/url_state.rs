//! Widget state in the URL, shared by the widgets that keep some there (energy, ownership,
//! decision): only a widget's own page and its embed page own the URL; everywhere else (the
//! home page, presenter slides) the widget leaves it alone. Rewriting the query keeps an
//! embed's `theme=` option, so a reload inside an iframe keeps the host's theme.
//!
//! The shell routes with yew-router; a widget (an island, a wasm module of its own) reads
//! `location.hash` and writes it with `history.replaceState` itself, so that no island
//! carries a router of its own.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether the widget owns the URL here, and the query it may read (empty when it does not).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedUrl {
    /// The current route is one of the widget's pages.
    pub owns: bool,
    /// The current query string, without the `?`; empty unless `owns`.
    pub query: String,
    /// The route's path (`/energy`), to write the query back to.
    path: String,
    /// The widget's slug (`energy`), named in the [`STATE_EVENT`] it sends where it does not
    /// own the URL.
    slug: String,
}

/// The event a widget that does not own the URL (on a presenter's slide, say) sends on
/// `window` each time the state its link carries changes, as [`use_query_sync`] would write
/// it: a `CustomEvent` whose `detail` is `{slug, query}`, `query` being what its own page's
/// query would be (`metric=time&hl=Go`, or `""`). The presenter passes it on to the speaker's
/// window, which draws the slide as the room sees it.
pub const STATE_EVENT: &str = "why-rust:widget-state";

/// The fragment of the page's address without its `#`: `/energy?metric=time`; empty when
/// there is none (or off the browser).
pub fn fragment() -> String {
    crate::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The paths of the widget named `slug`'s own page and its embed page: `/energy`,
/// `/embed/energy` (the shell's routes, which its tests check against these).
pub fn widget_paths(slug: &str) -> [String; 2] {
    [format!("/{slug}"), format!("/embed/{slug}")]
}

/// Reads `fragment` (`/energy?metric=time`) for the widget named `slug`: whether its path is
/// the widget's page or embed page, and the query after the `?`.
pub fn owned_url(slug: &str, fragment: &str) -> OwnedUrl {
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let path = if path.is_empty() { "/" } else { path };
    let owns = widget_paths(slug).iter().any(|p| p == path);
    OwnedUrl {
        owns,
        query: if owns {
            query.to_string()
        } else {
            String::new()
        },
        path: path.to_string(),
        slug: slug.to_string(),
    }
}

/// Reads the URL for the widget named `slug`, and renders again when the fragment changes
/// (`hashchange`).
#[hook]
pub fn use_owned_url(slug: &'static str) -> OwnedUrl {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || update.force_update());
        let window = crate::window();
        if let Some(w) = &window {
            let _ =
                w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
    owned_url(slug, &fragment())
}

/// At most one rewrite of the URL per this many milliseconds while the state keeps changing
/// (a visitor typing): each `replaceState` of a long address costs the browser milliseconds.
const MIN_INTERVAL_MS: f64 = 250.0;

/// The URL writes of one widget: when the last happened, the newest one waiting (if any) and
/// the timer that will make it.
#[derive(Default)]
struct Writes {
    last: f64,
    waiting: Option<Box<dyn FnOnce()>>,
    timer: Option<i32>,
}

impl Writes {
    /// Cancels the timer, if one is set. A timer that is due may not have run yet (a busy
    /// page runs timers late), so one is never forgotten without being cancelled: its callback
    /// is dropped with the widget.
    fn cancel_timer(&mut self) {
        if let (Some(id), Some(window)) = (self.timer.take(), crate::window()) {
            window.clear_timeout_with_handle(id);
        }
    }

    /// Makes the waiting write now, if there is one, and cancels the timer that would have.
    fn flush(&mut self) {
        self.cancel_timer();
        if let Some(write) = self.waiting.take() {
            self.last = js_sys::Date::now();
            write();
        }
    }
}

/// Writes `to_query(state)` into the URL whenever `state` changes, if the widget owns the URL;
/// `None` (or a query with no fields) leaves only the route. The embed's `theme=` is kept.
/// Where the widget does not own the URL, it sends the query as a [`STATE_EVENT`] instead.
/// The history entry is replaced, not added: stepping through a program is not navigation.
/// A change is written at once, unless the last write was under [`MIN_INTERVAL_MS`] ago: then
/// the newest state is written when that time is up.
#[hook]
pub fn use_query_sync<S, Q, F>(owned: &OwnedUrl, state: S, to_query: F)
where
    S: PartialEq + Clone + 'static,
    Q: Serialize,
    F: Fn(&S) -> Option<Q> + 'static,
{
    let theme = crate::theme::theme_option(&owned.query);
    let owns = owned.owns;
    let (path, slug) = (owned.path.clone(), owned.slug.clone());
    let writes = use_mut_ref(|| Writes {
        last: f64::NEG_INFINITY,
        ..Writes::default()
    });
    // The timer's callback, made when first needed (in an effect, so never in the build's
    // native pre-render): it makes the waiting write.
    let on_timer = use_mut_ref(|| None::<Closure<dyn Fn()>>);
    // When the widget goes (the visitor left its page), a waiting write is dropped: the URL
    // is another page's by then.
    {
        let writes = writes.clone();
        use_effect_with((), move |_| {
            move || {
                let mut w = writes.borrow_mut();
                w.cancel_timer();
                w.waiting = None;
            }
        });
    }
    use_effect_with(state, move |state| {
        let state = state.clone();
        let write = move || {
            let mut query = to_query(&state)
                .and_then(|q| serde_urlencoded::to_string(q).ok())
                .unwrap_or_default();
            if !owns {
                send_state(&slug, &query);
                return;
            }
            if let Some(t) = theme {
                let sep = if query.is_empty() { "" } else { "&" };
                query = format!("{query}{sep}theme={}", t.slug());
            }
            let url = if query.is_empty() {
                format!("#{path}")
            } else {
                format!("#{path}?{query}")
            };
            if let Some(history) = crate::window().and_then(|w| w.history().ok()) {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        };
        let mut w = writes.borrow_mut();
        w.waiting = Some(Box::new(write));
        let wait = w.last + MIN_INTERVAL_MS - js_sys::Date::now();
        if wait <= 0.0 {
            w.flush();
        } else if w.timer.is_none() {
            let mut on_timer = on_timer.borrow_mut();
            let on_timer = on_timer.get_or_insert_with(|| {
                let writes = writes.clone();
                Closure::<dyn Fn()>::new(move || writes.borrow_mut().flush())
            });
            w.timer = crate::window().and_then(|window| {
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        on_timer.as_ref().unchecked_ref(),
                        wait.ceil() as i32,
                    )
                    .ok()
            });
        }
    });
}

/// Sends `query` as the [`STATE_EVENT`] of the widget named `slug`.
fn send_state(slug: &str, query: &str) {
    let Some(window) = crate::window() else {
        return;
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"slug".into(), &slug.into());
    let _ = js_sys::Reflect::set(&detail, &"query".into(), &query.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(STATE_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// A widget's state as a [`Reducible`], read from the URL on the widget's own page and embed
/// and written back to it as it changes: it starts as `init(Some(query))` there; elsewhere
/// (the home page, a slide) as `init(saved)`, where `saved` is the query a slide of a
/// presenter's deck kept from the widget's page (its start's `query`), or `None` (the start
/// props decide). `link(state)` is
/// the part of the state its link carries (cheap to take: the program and the step, say);
/// when that changes, `to_query(link)` goes into the URL (see [`use_query_sync`]), and a
/// change of anything else (a notice, a selection) writes nothing. Returns the reducer's
/// handle and whether the widget owns the URL. This is the one way a widget keeps its state
/// in its link.
#[hook]
pub fn use_url_reducer<R, L, Q, I, P, F>(
    slug: &'static str,
    saved: Option<AttrValue>,
    init: I,
    link: P,
    to_query: F,
) -> (UseReducerHandle<R>, bool)
where
    R: Reducible + 'static,
    L: PartialEq + Clone + 'static,
    Q: Serialize,
    I: FnOnce(Option<&str>) -> R,
    P: Fn(&R) -> L,
    F: Fn(&L) -> Option<Q> + 'static,
{
    let url = use_owned_url(slug);
    let state = {
        let (owns, query) = (url.owns, url.query.clone());
        use_reducer(move || {
            let query = if owns {
                Some(query.as_str())
            } else {
                saved.as_deref()
            };
            init(query)
        })
    };
    use_query_sync(&url, link(&state), to_query);
    (state, url.owns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_widget_owns_its_page_and_its_embed_page_only() {
        let energy = owned_url("energy", "/energy?metric=time");
        assert!(energy.owns);
        assert_eq!(energy.query, "metric=time");
        assert!(owned_url("energy", "/embed/energy").owns);
        let home = owned_url("energy", "/?metric=time");
        assert!(!home.owns);
        assert_eq!(
            home.query, "",
            "a page the widget does not own gives it no query"
        );
        assert!(!owned_url("energy", "").owns);
        assert!(!owned_url("energy", "/energy/more").owns);
        assert!(!owned_url("ownership", "/energy").owns);
    }
}
