//! Why Rust: an interactive playground that shows, instead of telling, why Rust is worth it.
//!
//! The app is a thin view over pure models in `crates/`: see ARCHITECTURE.md for the map.

pub mod app;
pub mod components;
pub mod route;
pub mod theme;
pub mod widgets;

/// Mounts the whole app on `<body>`. Called once by `main`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
