//! Why Rust: an interactive playground that shows, instead of telling, why Rust is worth it.
//!
//! The app is a thin view over pure models in `crates/`: see ARCHITECTURE.md for the map.

pub mod app;
pub mod boot;
pub mod components;
pub mod deck;
pub mod embed;
pub mod island;
pub mod registry;
pub mod route;
pub mod theme;
pub mod widgets;

use wasm_bindgen::prelude::*;

/// Starts the app (see [`boot`]). Called once by `main`.
pub fn start() {
    keep_hash_absolute();
    boot::start();
}

/// The hash router only understands hashes that start with `#/`; anything else (`#intro`, a
/// hand-edited link) would make it throw, and `#//energy` would be read as the home page.
/// Rewrite such a hash ([`absolute_hash`]) before the router reads it, at start and on every
/// navigation, so the visitor gets the page meant, or the not-found page.
fn keep_hash_absolute() {
    fn fix() {
        let Some(window) = ui::window() else {
            return;
        };
        let Ok(hash) = window.location().hash() else {
            return;
        };
        if let Some(fixed) = absolute_hash(&hash) {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&fixed));
            }
        }
    }
    fix();
    if let Some(window) = ui::window() {
        // Registered before the router's own listener, so it runs first.
        let listener = Closure::<dyn Fn()>::new(fix);
        let _ =
            window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        listener.forget(); // lives as long as the page
    }
}

/// `hash` (`#intro`, `#//energy?metric=time`) as the router reads it: one leading `/` and no
/// empty path segments (`#/intro`, `#/energy?metric=time`); `None` when it is already so, or
/// empty. The query is left as it is.
pub fn absolute_hash(hash: &str) -> Option<String> {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    if fragment.is_empty() {
        return None;
    }
    let (path, query) = match fragment.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (fragment, None),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut fixed = format!("#/{}", segments.join("/"));
    if path.ends_with('/') && !segments.is_empty() {
        fixed.push('/');
    }
    if let Some(query) = query {
        fixed = format!("{fixed}?{query}");
    }
    (fixed != hash).then_some(fixed)
}

#[cfg(test)]
mod tests {
    use super::absolute_hash;

    #[test]
    fn hashes_are_made_absolute_with_no_empty_segments() {
        assert_eq!(absolute_hash("#intro").as_deref(), Some("#/intro"));
        assert_eq!(absolute_hash("#//energy").as_deref(), Some("#/energy"));
        assert_eq!(
            absolute_hash("#///energy//?metric=time&hl=C").as_deref(),
            Some("#/energy/?metric=time&hl=C")
        );
        assert_eq!(
            absolute_hash("#/embed//ownership").as_deref(),
            Some("#/embed/ownership")
        );
        // Already right, or nothing to fix.
        for fine in [
            "#/",
            "#/energy",
            "#/energy?metric=time",
            "#/present/3",
            "",
            "#",
        ] {
            assert_eq!(absolute_hash(fine), None, "{fine}");
        }
    }
}
