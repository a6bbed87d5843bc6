//! Every URL the app answers, and the widget registry: the one table that names every widget.
//! Hash routing (`#/energy`) works from any static host path and inside iframes, because the
//! server only ever sees `index.html`.
//!
//! Adding a widget is: write its crate, add its [`Widget`] variant and its [`REGISTRY`] entry.
//! Routes follow from the slugs (`#/<slug>`, `#/embed/<slug>`); the build's list of island
//! modules, and the lists the scripts and tests read, follow from `dist/widgets.json`, which
//! the build writes from this table (`cargo run -p ui --bin widgets-json`).

use std::fmt;
use std::str::FromStr;
use yew_router::prelude::*;

/// A page of the playground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    /// `#/`: the introduction and every widget.
    #[at("/")]
    Home,
    /// `#/ownership`: a widget on its own page (any [`REGISTRY`] slug).
    #[at("/:widget")]
    Page { widget: Widget },
    /// `#/embed/ownership`: a widget alone, for iframes.
    #[at("/embed/:widget")]
    Embed { widget: Widget },
    /// `#/present`: the widgets as slides, from the first.
    #[at("/present")]
    Present,
    /// `#/present/3`: the presenter view at slide 3 (1-based).
    #[at("/present/:slide")]
    PresentSlide { slide: usize },
    /// Anything else, including a slug no widget has.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// A widget, by its place in [`REGISTRY`] (the order the home page shows them in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    Calculator,
    Ownership,
    Energy,
    Decision,
}

/// One widget, as the registry names it.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its name in URLs (`#/ownership`, `#/embed/ownership`), in its element's id and class
    /// (`ownership-title`, `.ownership-widget`) and in the embed snippet.
    pub slug: &'static str,
    /// The heading shown above it.
    pub title: &'static str,
    /// Its short name in the navigation.
    pub nav_label: &'static str,
    /// The height (CSS px) the embed snippet gives its iframe: about the widget's embed page
    /// at a 640 px wide frame once live, so that the frame hardly moves when `embed.js` fits
    /// it to the widget (or keeps it, on a host page without the helper).
    pub embed_height: u32,
    /// For a widget that is an island, a wasm module of its own; `None` for one the shell
    /// draws itself.
    pub island: Option<IslandEntry>,
}

/// A widget that is an island (see [`crate::island`]).
#[derive(Debug, PartialEq, Eq)]
pub struct IslandEntry {
    /// Its crate, `crates/<dir>`, built into `dist/<dir>/`: the module `<dir>/<dir with _>.js`
    /// with the export `mount_<slug>`.
    pub dir: &'static str,
    /// What its placeholder says while the module loads ("Loading the energy chart…").
    pub label: &'static str,
    /// The height (rem) its place keeps while the module loads, about its first screen, so
    /// that the page below does not jump when it arrives: the build writes one CSS rule per
    /// island from it (`scripts/dist.mjs`).
    pub reserve_rem: u32,
}

/// Every widget, in page order: [`Widget`]'s variants, in the same order.
pub const REGISTRY: [Entry; 4] = [
    Entry {
        slug: "calculator",
        title: "Rust, called from JavaScript",
        nav_label: "Calculator",
        embed_height: 1270,
        island: None,
    },
    Entry {
        slug: "ownership",
        title: "Ownership, step by step",
        nav_label: "Ownership",
        embed_height: 2010,
        island: Some(IslandEntry {
            dir: "ownership-view",
            label: "the ownership visualizer",
            reserve_rem: 32,
        }),
    },
    Entry {
        slug: "energy",
        title: "Energy, time and memory of 27 languages",
        nav_label: "Energy",
        embed_height: 1660,
        island: Some(IslandEntry {
            dir: "energy-view",
            label: "the energy chart",
            reserve_rem: 48,
        }),
    },
    Entry {
        slug: "decision",
        title: "When to use Rust (and when not)",
        nav_label: "When to use it",
        embed_height: 2710,
        island: Some(IslandEntry {
            dir: "decision-view",
            label: "the decision matrix",
            reserve_rem: 32,
        }),
    },
];

impl Widget {
    /// Every widget, in page order.
    pub const ALL: [Widget; 4] = [
        Widget::Calculator,
        Widget::Ownership,
        Widget::Energy,
        Widget::Decision,
    ];

    /// Its entry in [`REGISTRY`].
    pub fn entry(self) -> &'static Entry {
        &REGISTRY[self as usize]
    }

    /// The widget's own page.
    pub fn route(self) -> Route {
        Route::Page { widget: self }
    }

    /// The widget's embed page, for iframes.
    pub fn embed_route(self) -> Route {
        Route::Embed { widget: self }
    }

    /// Its name in URLs, ids and classes: `ownership`.
    pub fn slug(self) -> &'static str {
        self.entry().slug
    }

    /// The heading shown above the widget.
    pub fn title(self) -> &'static str {
        self.entry().title
    }

    /// The short name used in navigation.
    pub fn nav_label(self) -> &'static str {
        self.entry().nav_label
    }

    /// The height (CSS px) of the embed snippet's iframe.
    pub fn embed_height(self) -> u32 {
        self.entry().embed_height
    }
}

/// Writes the slug, as routes do.
impl fmt::Display for Widget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// Reads a slug. Errors: no widget has it (the route is then not found).
impl FromStr for Widget {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Widget::ALL.into_iter().find(|w| w.slug() == s).ok_or(())
    }
}

/// The registry as JSON, for the build's scripts and the tests (`dist/widgets.json`):
/// `[{"slug": "ownership", "title": "…", "nav_label": "…", "embed_height": 640, "island":
/// {"dir": "…", "label": "…", "reserve_rem": 32}}, …]`, `"island": null` for a widget the
/// shell draws.
pub fn registry_json() -> String {
    let text = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let entries: Vec<String> = REGISTRY
        .iter()
        .map(|e| {
            let island = e.island.as_ref().map_or("null".to_string(), |i| {
                format!(
                    "{{\"dir\": {}, \"label\": {}, \"reserve_rem\": {}}}",
                    text(i.dir),
                    text(i.label),
                    i.reserve_rem
                )
            });
            format!(
                "  {{\"slug\": {}, \"title\": {}, \"nav_label\": {}, \"embed_height\": {}, \"island\": {island}}}",
                text(e.slug),
                text(e.title),
                text(e.nav_label),
                e.embed_height
            )
        })
        .collect();
    format!("[\n{}\n]\n", entries.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_come_from_the_slugs() {
        for w in Widget::ALL {
            assert_eq!(Route::recognize(&format!("/{w}")), Some(w.route()));
            assert_eq!(
                Route::recognize(&format!("/embed/{}", w.slug())),
                Some(w.embed_route())
            );
            assert_eq!(w.route().to_path(), format!("/{}", w.slug()));
        }
        // The fixed pages win over a slug; an unknown slug is not found.
        assert_eq!(Route::recognize("/present"), Some(Route::Present));
        assert_eq!(
            Route::recognize("/present/3"),
            Some(Route::PresentSlide { slide: 3 })
        );
        assert_eq!(Route::recognize("/nope"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/embed/nope"), Some(Route::NotFound));
    }

    #[test]
    fn the_json_lists_every_widget_in_order() {
        let json = registry_json();
        let slugs: Vec<usize> = REGISTRY
            .iter()
            .map(|e| json.find(&format!("\"slug\": \"{}\"", e.slug)).unwrap())
            .collect();
        assert!(slugs.windows(2).all(|w| w[0] < w[1]), "{json}");
        assert_eq!(json.matches("\"island\": {").count(), 3);
        assert_eq!(json.matches("\"island\": null").count(), 1);
    }
}
