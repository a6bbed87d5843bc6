//! Every URL the app answers. Hash routing (`#/energy`) works from any static host path and
//! inside iframes, because the server only ever sees `index.html`. The widgets' pages follow
//! from the slugs of the widget registry (`crate::registry`).

use std::fmt;
use std::str::FromStr;
use yew_router::prelude::*;

use crate::registry::{Entry, REGISTRY};

/// A page of the playground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    /// `#/`: the introduction and every widget.
    #[at("/")]
    Home,
    /// `#/ownership`: a widget on its own page (any registry slug).
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
    /// `#/deck`: the presenter's own deck, to build and share (kept in this browser).
    #[at("/deck")]
    Deck,
    /// `#/speaker`: the speaker's view of the deck open in another window (its slide, the
    /// next, the notes, a clock and a timer), in step with it.
    #[at("/speaker")]
    Speaker,
    /// Anything else, including a slug no widget has.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// A widget: an entry of [`REGISTRY`], by its place there (the order the home page shows
/// them in). Made only from the registry ([`Widget::all`], or a slug read from a URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Widget(usize);

impl Widget {
    /// Every widget, in page order.
    pub fn all() -> impl Iterator<Item = Widget> {
        (0..REGISTRY.len()).map(Widget)
    }

    /// Its entry in [`REGISTRY`].
    pub fn entry(self) -> &'static Entry {
        &REGISTRY[self.0]
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
        Widget::all().find(|w| w.slug() == s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_come_from_the_slugs() {
        for w in Widget::all() {
            assert_eq!(Route::recognize(&format!("/{w}")), Some(w.route()));
            assert_eq!(
                Route::recognize(&format!("/embed/{}", w.slug())),
                Some(w.embed_route())
            );
            // The islands find their pages by these paths (they have no router).
            let [page, embed] = ui::url_state::widget_paths(w.slug());
            assert_eq!(w.route().to_path(), page);
            assert_eq!(w.embed_route().to_path(), embed);
        }
        // The fixed pages win over a slug; an unknown slug is not found.
        assert_eq!(Route::recognize("/present"), Some(Route::Present));
        assert_eq!(
            Route::recognize("/present/3"),
            Some(Route::PresentSlide { slide: 3 })
        );
        assert_eq!(Route::recognize("/speaker"), Some(Route::Speaker));
        assert_eq!(Route::recognize("/deck"), Some(Route::Deck));
        assert_eq!(Route::recognize("/nope"), Some(Route::NotFound));
        assert_eq!(Route::recognize("/embed/nope"), Some(Route::NotFound));
    }
}
