//! What the page shell (the `why-rust` crate) and the widget islands (`crates/*-view`) share.
//!
//! The site is one small app, the shell, plus one wasm module per heavy widget, loaded when the
//! widget is about to come into view (see ARCHITECTURE.md, "Islands"). Both sides need the
//! route table, the embed's theme option, the URL-state hooks, a few view components and the
//! props an island is mounted with; they live here so neither side copies them.

pub mod components;
pub mod island;
pub mod route;
pub mod theme;
pub mod url_state;
