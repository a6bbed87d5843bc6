//! Every URL the app answers. Hash routing (`#/energy`) works from any static host path
//! and inside iframes, because the server only ever sees `index.html`.

use yew_router::prelude::*;

/// A page of the playground. `Embed*` routes show one widget alone, for iframes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    /// `#/`: the introduction and all four widgets.
    #[at("/")]
    Home,
    /// `#/calculator`: the Rust calculator called from JavaScript.
    #[at("/calculator")]
    Calculator,
    /// `#/ownership`: the ownership visualizer.
    #[at("/ownership")]
    Ownership,
    /// `#/energy`: the energy comparison.
    #[at("/energy")]
    Energy,
    /// `#/decision`: when to use Rust.
    #[at("/decision")]
    Decision,
    /// `#/embed/calculator`: the calculator alone.
    #[at("/embed/calculator")]
    EmbedCalculator,
    /// `#/embed/ownership`: the visualizer alone.
    #[at("/embed/ownership")]
    EmbedOwnership,
    /// `#/embed/energy`: the energy chart alone.
    #[at("/embed/energy")]
    EmbedEnergy,
    /// `#/embed/decision`: the decision matrix alone.
    #[at("/embed/decision")]
    EmbedDecision,
    /// `#/present`: the widgets as slides, from the first.
    #[at("/present")]
    Present,
    /// `#/present/3`: the presenter view at slide 3 (1-based).
    #[at("/present/:slide")]
    PresentSlide { slide: usize },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The four widgets, in the order the home page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    Calculator,
    Ownership,
    Energy,
    Decision,
}

impl Widget {
    /// Every widget, in page order.
    pub const ALL: [Widget; 4] = [
        Widget::Calculator,
        Widget::Ownership,
        Widget::Energy,
        Widget::Decision,
    ];

    /// The widget's own page.
    pub fn route(self) -> Route {
        match self {
            Widget::Calculator => Route::Calculator,
            Widget::Ownership => Route::Ownership,
            Widget::Energy => Route::Energy,
            Widget::Decision => Route::Decision,
        }
    }

    /// The widget's embed page, for iframes.
    pub fn embed_route(self) -> Route {
        match self {
            Widget::Calculator => Route::EmbedCalculator,
            Widget::Ownership => Route::EmbedOwnership,
            Widget::Energy => Route::EmbedEnergy,
            Widget::Decision => Route::EmbedDecision,
        }
    }

    /// The heading shown above the widget.
    pub fn title(self) -> &'static str {
        match self {
            Widget::Calculator => "Rust, called from JavaScript",
            Widget::Ownership => "Ownership, step by step",
            Widget::Energy => "Energy, time and memory of 27 languages",
            Widget::Decision => "When to use Rust (and when not)",
        }
    }

    /// The short name used in navigation.
    pub fn nav_label(self) -> &'static str {
        match self {
            Widget::Calculator => "Calculator",
            Widget::Ownership => "Ownership",
            Widget::Energy => "Energy",
            Widget::Decision => "When to use it",
        }
    }
}
