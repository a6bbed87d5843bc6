//! The shell's side of an island (see `ui::island`): a placeholder that keeps the widget's
//! place, says that it is loading, and asks `js/island-loader.js` to load and mount the
//! widget's module once the place is near the viewport. If the module cannot be loaded
//! (offline on a first visit, say), it says so and offers to try again.

use ui::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::registry::{IslandEntry, View};
use crate::route::Widget;

#[wasm_bindgen(module = "/js/island-loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = startIsland)]
    fn start_island(
        host: &web_sys::Element,
        dir: &str,
        start: &JsValue,
        pending: &str,
        on_state: &js_sys::Function,
        eager: bool,
    ) -> js_sys::Function;
}

/// Given by a page that shows every island at once and will be printed (the presenter's
/// print view): its islands load at once, not when they near the viewport.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Eager(pub bool);

/// Where an island is.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Not near the viewport yet, or its module on its way.
    Loading,
    /// Mounted.
    Ready,
    /// The module could not be loaded or mounted: the error.
    Failed(String),
}

impl Status {
    fn slug(&self) -> &'static str {
        match self {
            Status::Loading => dom::ISLAND_LOADING,
            Status::Ready => dom::ISLAND_READY,
            Status::Failed(_) => dom::ISLAND_FAILED,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    /// Which widget: one the registry names an island (for another, nothing is drawn).
    pub widget: Widget,
    /// The state it starts in (see `crate::registry::Start`).
    pub start: ui::island::Pairs,
}

/// A widget loaded as an island (see [`Module`]).
#[component]
pub fn Island(props: &IslandProps) -> Html {
    // Its module and loading line (none for a widget the shell draws: never asked for).
    let (dir, label) = match &props.widget.entry().view {
        View::Island(IslandEntry { dir, label, .. }) => (*dir, *label),
        View::Shell(_) => ("", ""),
    };
    html! { <Module {dir} {label} start={props.start.clone()} /> }
}

/// The presenter's module (`crates/present-view`): the deck, the speaker's view and "Your
/// deck", which read the page's address themselves. Loaded only on those pages, so that the
/// first load of every other page does not carry it.
pub const PRESENTER: (&str, &str) = ("present-view", "the presenter");

#[derive(Properties, PartialEq)]
pub struct ModuleProps {
    /// Its folder in `dist/` (`energy-view`), whose module exports `mount_<dir without
    /// -view>`.
    pub dir: &'static str,
    /// What the loading line names ("the energy chart").
    pub label: &'static str,
    /// What it is mounted with.
    #[prop_or_default]
    pub start: ui::island::Pairs,
}

/// A wasm module of its own, loaded and mounted here: a widget's island, or the presenter. The
/// host element carries `data-island` (the module's folder) and `data-island-state`
/// (`loading`, `ready`, `failed`): the names of `ui::dom`.
#[component]
pub fn Module(props: &ModuleProps) -> Html {
    let (dir, label) = (props.dir, props.label);
    let host = use_node_ref();
    // The build's drawing of the island (an embed's widget), inert, shown under the loading
    // line until the island has drawn: raw HTML, which the browser's hydration keeps as it
    // finds it (a raw node adopts whatever the build put between its markers), so the
    // browser's empty string here leaves the build's drawing in place, and it goes when the
    // island is ready, in the same render that shows the island.
    let preview = use_context::<Option<ui::island::Previews>>()
        .flatten()
        .map(|p| {
            format!(
                "<div class=\"island-root {}\" inert>{}</div>",
                dom::ISLAND_PREVIEW,
                (p.0)(dir, &props.start)
            )
        })
        .unwrap_or_default();
    let status = use_state(|| Status::Loading);
    let attempt = use_state(|| 0u32);
    let eager = use_context::<Eager>().unwrap_or_default().0;
    {
        let host = host.clone();
        let status = status.clone();
        use_effect_with(
            (dir, props.start.clone(), *attempt),
            move |(dir, start, _)| {
                // Back to loading when the island's props change (a presenter's next slide).
                if *status != Status::Loading {
                    status.set(Status::Loading);
                }
                let on_state = Closure::<dyn Fn(String, String)>::new(
                    move |state: String, message: String| {
                        // js/island-loader.js's own words, not DOM names.
                        status.set(match state.as_str() {
                            "ready" => Status::Ready,
                            "failed" => Status::Failed(message),
                            _ => Status::Loading,
                        });
                    },
                );
                let stop = host.cast::<web_sys::Element>().map(|el| {
                    start_island(
                        &el,
                        dir,
                        &ui::island::pairs_to_js(start),
                        &format!("[{}]", dom::LATER_PENDING),
                        on_state.as_ref().unchecked_ref(),
                        eager,
                    )
                });
                move || {
                    if let Some(stop) = stop {
                        let _ = stop.call0(&JsValue::NULL);
                    }
                    drop(on_state);
                }
            },
        )
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <div ref={host} class="island" data-island={dir} data-island-state={status.slug()}
            aria-busy={(*status == Status::Loading).then_some("true")}>
            {
                match &*status {
                    Status::Loading => html! {
                        <>
                            <p class="island-status" role="status">{ format!("Loading {label}…") }</p>
                            { Html::from_html_unchecked(preview.into()) }
                        </>
                    },
                    Status::Ready => html! {},
                    Status::Failed(message) => html! {
                        <div class="island-failed" role="alert">
                            <p>{ format!("Could not load {label} ({message}). It is one more download: check the connection, then try again.") }</p>
                            <button type="button" onclick={retry}>{ "Try again" }</button>
                        </div>
                    },
                }
            }
        </div>
    }
}
