//! Where the visualizer's analysis comes from. In the built site the engine is a wasm module of
//! its own (`dist/ownership/`, from `crates/ownership-wasm`), imported the first time a
//! visualizer is shown, so the first load of the site does not carry the Rust parser. Tests of
//! the view can install the engine in-process instead ([`install_inline_engine`]).
//!
//! Nothing here panics: a module that fails to load (offline on a first visit, say) is
//! reported by [`state`] and the view says so.

use std::cell::RefCell;

use ownership::Analysis;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

#[wasm_bindgen(module = "/js/ownership-loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadEngine)]
    fn load_engine() -> js_sys::Promise;
    #[wasm_bindgen(js_name = analyzeWith, catch)]
    fn analyze_with(module: &JsValue, source: &str) -> Result<JsValue, JsValue>;
}

/// Where loading the engine is.
#[derive(Clone, Debug, PartialEq)]
pub enum EngineState {
    /// Not asked for yet, or on its way.
    Loading,
    /// Ready: analyses are immediate.
    Ready,
    /// The module could not be loaded: the message to show.
    Failed(String),
}

enum Engine {
    NotStarted,
    Loading,
    Module(JsValue),
    Inline(fn(&str) -> Analysis),
    Failed(String),
}

thread_local! {
    static ENGINE: RefCell<Engine> = const { RefCell::new(Engine::NotStarted) };
    static WAITING: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
}

/// Uses the engine compiled into this module instead of loading it (for browser tests).
pub fn install_inline_engine() {
    ENGINE.with(|e| *e.borrow_mut() = Engine::Inline(ownership::analyze));
}

/// The engine's state now.
pub fn state() -> EngineState {
    ENGINE.with(|e| match &*e.borrow() {
        Engine::NotStarted | Engine::Loading => EngineState::Loading,
        Engine::Module(_) | Engine::Inline(_) => EngineState::Ready,
        Engine::Failed(m) => EngineState::Failed(m.clone()),
    })
}

/// Starts loading the engine if nobody has; `ready` is called once it is ready or has failed
/// (at once if that has happened already).
pub fn ensure_loaded(ready: Callback<()>) {
    let start = ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        match &*e {
            Engine::NotStarted => {
                *e = Engine::Loading;
                true
            }
            _ => false,
        }
    });
    if state() != EngineState::Loading {
        ready.emit(());
        return;
    }
    WAITING.with(|w| w.borrow_mut().push(ready));
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let loaded = wasm_bindgen_futures::JsFuture::from(load_engine()).await;
        ENGINE.with(|e| {
            *e.borrow_mut() = match loaded {
                Ok(module) => Engine::Module(module),
                Err(err) => Engine::Failed(
                    err.as_string()
                        .or_else(|| {
                            err.dyn_ref::<js_sys::Error>()
                                .map(|e| String::from(e.message()))
                        })
                        .unwrap_or_else(|| "the checker's module did not load".into()),
                ),
            }
        });
        let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
        for cb in waiting {
            cb.emit(());
        }
    });
}

/// The analysis of `source`, or `None` while the engine is not ready (or if its answer could
/// not be read).
pub fn analyze(source: &str) -> Option<Analysis> {
    let module = ENGINE.with(|e| match &*e.borrow() {
        Engine::Inline(f) => Err(Some(f(source))),
        Engine::Module(m) => Ok(m.clone()),
        _ => Err(None),
    });
    match module {
        Err(done) => done,
        Ok(m) => analyze_with(&m, source)
            .ok()
            .and_then(|v| serde_wasm_bindgen::from_value(v).ok()),
    }
}

/// Watches `el` and calls `visible` once, the first time it comes into view. Returns the
/// observer (disconnected when dropped), or `None` where the browser has no
/// `IntersectionObserver` (then the caller loads at once).
pub fn when_visible(el: &web_sys::Element, visible: Callback<()>) -> Option<Watch> {
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                observer.disconnect();
                visible.emit(());
            }
        },
    );
    let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(Watch {
        observer,
        _callback: callback,
    })
}

/// An element being watched by [`when_visible`].
pub struct Watch {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
