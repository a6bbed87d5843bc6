//! The names by which the page's JavaScript, its CSS and the end-to-end tests find what the
//! Rust side draws: defined here once. The build writes them to `dist/dom.json`
//! (`cargo run -p ui --bin dom-json`) and puts them into the inline boot script
//! (`assets/boot.js`); the tests read them from there (`tests/e2e/support.mjs`).
//!
//! The boot sequence, as `<html data-boot="…">` shows it:
//!
//! 1. `prerendered`: the boot script found the build's markup for the page the link asks for
//!    (a `<template data-route="…">` of index.html or embed.html, rendered by
//!    `crates/prerender`) and put it into `#app`, inert: the text shows before any wasm.
//!    Or `loading`: there is no such markup (the presenter, a page not found); `#app` says
//!    "Loading…".
//! 2. `live`: the shell's wasm has hydrated that markup (keeping its nodes) or rendered the
//!    page, and answers input (`src/boot.rs`). Or `failed`: the wasm could not be fetched or
//!    started; the page stays as the build drew it, usable, with an alert that says so.
//!
//! Then each island (`data-island` on its place) goes through `data-island-state`:
//! `loading` (its module on its way, or not yet near the viewport), `ready` (mounted and
//! wholly drawn) or `failed`.

/// The `id` of the element the shell hydrates or renders into.
pub const APP_ROOT_ID: &str = "app";
/// The attribute on `<html>` that names the boot state.
pub const BOOT: &str = "data-boot";
/// [`BOOT`]: the build's markup of the page is showing, not yet live.
pub const BOOT_PRERENDERED: &str = "prerendered";
/// [`BOOT`]: no markup for this page; the app will render it.
pub const BOOT_LOADING: &str = "loading";
/// [`BOOT`]: the app has hydrated or rendered the page.
pub const BOOT_LIVE: &str = "live";
/// [`BOOT`]: the app could not be fetched or started; the page stays as the build drew it.
pub const BOOT_FAILED: &str = "failed";
/// The attribute of each `<template>` of pre-rendered markup: the route's path without its
/// leading `/` (`""` for the home page, `energy`, `embed/energy`).
pub const ROUTE_TEMPLATE: &str = "data-route";
/// The attribute on an island's place: its module's folder (`energy-view`).
pub const ISLAND: &str = "data-island";
/// The attribute on an island's place that names where it is.
pub const ISLAND_STATE: &str = "data-island-state";
/// [`ISLAND_STATE`]: not near the viewport yet, or its module on its way.
pub const ISLAND_LOADING: &str = "loading";
/// [`ISLAND_STATE`]: mounted and wholly drawn.
pub const ISLAND_READY: &str = "ready";
/// [`ISLAND_STATE`]: its module could not be loaded or mounted.
pub const ISLAND_FAILED: &str = "failed";
/// The class of an island drawn by the build inside its place (an embed's widget, inert),
/// shown until the island itself has drawn.
pub const ISLAND_PREVIEW: &str = "island-preview";
/// The attribute of the marker a part still to be drawn leaves (`crate::island::Later`).
pub const LATER_PENDING: &str = "data-later-pending";
/// The attribute on `<html>` that holds the secret WordPress gives an embed (its address
/// ends in `#?secret=…`, which the boot script takes off): the embed then also tells
/// WordPress its height in WordPress's own words (`src/embed.rs`).
pub const EMBED_SECRET: &str = "data-embed-secret";
/// The attribute on `<html>` of an embed asked for without its controls (`?controls=0`): set
/// to `off` by the boot script; each widget's stylesheet hides its control bar under it.
pub const EMBED_CONTROLS: &str = "data-embed-controls";
/// The attribute on `<html>` of a widget's own page or embed page (`energy.html`,
/// `embed-energy.html`): the route it opens at when its address has no fragment (`/energy`).
pub const DEFAULT_ROUTE: &str = "data-default-route";

/// Every name above as a JSON object, for `dist/dom.json`: `{"appRootId": "app", …}`.
pub fn names_json() -> String {
    let names = [
        ("appRootId", APP_ROOT_ID),
        ("boot", BOOT),
        ("bootPrerendered", BOOT_PRERENDERED),
        ("bootLoading", BOOT_LOADING),
        ("bootLive", BOOT_LIVE),
        ("bootFailed", BOOT_FAILED),
        ("routeTemplate", ROUTE_TEMPLATE),
        ("island", ISLAND),
        ("islandState", ISLAND_STATE),
        ("islandLoading", ISLAND_LOADING),
        ("islandReady", ISLAND_READY),
        ("islandFailed", ISLAND_FAILED),
        ("islandPreview", ISLAND_PREVIEW),
        ("laterPending", LATER_PENDING),
        ("embedSecret", EMBED_SECRET),
        ("defaultRoute", DEFAULT_ROUTE),
        ("embedControls", EMBED_CONTROLS),
    ];
    let fields: Vec<String> = names
        .iter()
        .map(|(key, value)| format!("  \"{key}\": \"{value}\""))
        .collect();
    format!("{{\n{}\n}}\n", fields.join(",\n"))
}

#[cfg(test)]
mod tests {
    /// Every name this module defines is in the JSON the scripts and tests read: a constant
    /// added above but not to `names_json` would leave the JavaScript side without it.
    #[test]
    fn every_constant_is_in_the_json() {
        let json = super::names_json();
        let source = include_str!("dom.rs");
        let values: Vec<&str> = source
            .lines()
            .filter_map(|l| l.strip_prefix("pub const ")?.split('"').nth(1))
            .collect();
        assert!(values.len() > 10, "{values:?}");
        for value in values {
            assert!(
                json.contains(&format!(": \"{value}\"")),
                "{value} is not in {json}"
            );
        }
        assert!(!json.contains('\\'), "no name needs escaping");
    }
}
