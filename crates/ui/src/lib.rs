//! What the page shell (the `why-rust` crate) and the widget islands (`crates/*-view`) share.
//!
//! The site is one small app, the shell, plus one wasm module per heavy widget, loaded when the
//! widget is about to come into view (see ARCHITECTURE.md, "Islands"). Both sides need the
//! embed's theme option, the URL-state hooks, a few view components, the DOM names and the
//! contract by which an island is mounted; they live here so neither side copies them. The
//! widget registry and the routes are the shell's alone (`src/registry.rs`, `src/route.rs`):
//! an island knows its own slug and nothing of the others.

pub mod components;
pub mod dom;
pub mod island;
pub mod text;
pub mod theme;
pub mod url_state;

/// A context the build's previews of islands are rendered in (`crates/prerender`, an embed's
/// widget drawn before its module loads): a view that would put much below the first screen
/// draws less there (a code block its
/// first [`SNAPSHOT_CODE_LINES`] lines), and one that draws to a measured width uses a fixed
/// one. In the browser there is none.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot;

/// How many lines of each code block a snapshot keeps: more than a code block shows before
/// it scrolls (about 24, `styles/layout.css`), so the snapshot looks the same with fewer bytes.
pub const SNAPSHOT_CODE_LINES: usize = 40;

/// The browser's window; `None` off the browser. The build pre-renders every page natively
/// (`crates/prerender`, Yew's server-side rendering), where each view renders as the browser
/// would before its effects run: this is the one way the views reach the browser, so none of
/// them calls into a JavaScript that is not there.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// `state` after `action`: one step of a widget's [`yew::Reducible`] as a plain value, for
/// the native tests of its `state.rs`.
pub fn reduce<R: yew::Reducible + Clone>(state: R, action: R::Action) -> R {
    (*std::rc::Rc::new(state).reduce(action)).clone()
}

/// Copies `text` to the clipboard, then calls `done` with whether the browser let it (it may
/// refuse: no permission, an insecure page, a sandboxed frame). Off the browser, `done(false)`.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = window() else {
        return done(false);
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
