//! The shell's side of an island (see `ui::island`): a placeholder that keeps the widget's
//! place, says that it is loading, and asks `js/island-loader.js` to load and mount the
//! widget's module once the place is near the viewport. If the module cannot be loaded
//! (offline on a first visit, say), it says so and offers to try again.

use std::cell::RefCell;

use ui::dom;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub use ui::island::{DecisionStart, EnergyStart, Island as Start, Metric, OwnershipStart, Scale};

#[wasm_bindgen(module = "/js/island-loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = startIsland)]
    fn start_island(
        host: &web_sys::Element,
        dir: &str,
        start: &JsValue,
        preview: Option<web_sys::Element>,
        pending: &str,
        on_state: &js_sys::Function,
    ) -> js_sys::Function;
}

thread_local! {
    /// The islands' previews taken out of the pre-rendered markup, by module folder, until
    /// their places ask for them.
    static PREVIEWS: RefCell<Vec<(String, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// Takes each island preview (`.island-preview`, the build's drawing of an island inside its
/// place: an embed's widget) out of `root` before the app hydrates it, since the app's own
/// tree has no such node; each island's place shows its preview again until the island has
/// drawn. All of this happens in the task that hydrates, so no frame goes without it.
pub(crate) fn take_previews(root: &web_sys::Element) {
    let Ok(found) = root.query_selector_all(&format!(".{}", dom::ISLAND_PREVIEW)) else {
        return;
    };
    for i in 0..found.length() {
        let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let dir = el
            .closest(&format!("[{}]", dom::ISLAND))
            .ok()
            .flatten()
            .and_then(|place| place.get_attribute(dom::ISLAND));
        el.remove();
        if let Some(dir) = dir {
            PREVIEWS.with(|p| p.borrow_mut().push((dir, el)));
        }
    }
}

/// The preview taken for the island `dir`, once.
fn preview_for(dir: &str) -> Option<web_sys::Element> {
    PREVIEWS.with(|p| {
        let mut previews = p.borrow_mut();
        let at = previews.iter().position(|(d, _)| d == dir)?;
        Some(previews.remove(at).1)
    })
}

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
    /// Which island, and the state it starts in.
    pub start: Start,
}

/// A widget loaded as an island. The host element carries `data-island` (the module's folder)
/// and `data-island-state` (`loading`, `ready`, `failed`): the names of `ui::dom`.
#[component]
pub fn Island(props: &IslandProps) -> Html {
    let host = use_node_ref();
    let preview = use_context::<Option<ui::island::Previews>>().flatten();
    let status = use_state(|| Status::Loading);
    let attempt = use_state(|| 0u32);
    {
        let host = host.clone();
        let status = status.clone();
        use_effect_with((props.start.clone(), *attempt), move |(start, _)| {
            // Back to loading when the island's props change (a presenter's next slide).
            if *status != Status::Loading {
                status.set(Status::Loading);
            }
            let on_state =
                Closure::<dyn Fn(String, String)>::new(move |state: String, message: String| {
                    status.set(match state.as_str() {
                        dom::ISLAND_READY => Status::Ready,
                        dom::ISLAND_FAILED => Status::Failed(message),
                        _ => Status::Loading,
                    });
                });
            let stop = host.cast::<web_sys::Element>().map(|el| {
                start_island(
                    &el,
                    start.dir(),
                    &start.start(),
                    preview_for(start.dir()),
                    &format!("[{}]", dom::LATER_PENDING),
                    on_state.as_ref().unchecked_ref(),
                )
            });
            move || {
                if let Some(stop) = stop {
                    let _ = stop.call0(&JsValue::NULL);
                }
                drop(on_state);
            }
        })
    };
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <div ref={host} class="island" data-island={props.start.dir()} data-island-state={status.slug()}
            aria-busy={(*status == Status::Loading).then_some("true")}>
            {
                match &*status {
                    Status::Loading => html! {
                        <>
                            <p class="island-status" role="status">{ format!("Loading {}…", props.start.label()) }</p>
                            // Only in the build's pre-render: the island drawn, inert, shown
                            // here until the island has drawn (see `take_previews`).
                            if let Some(preview) = &preview {
                                <div class={classes!("island-root", dom::ISLAND_PREVIEW)} inert=true>{ (preview.0)(&props.start) }</div>
                            }
                        </>
                    },
                    Status::Ready => html! {},
                    Status::Failed(message) => html! {
                        <div class="island-failed" role="alert">
                            <p>{ format!("Could not load {} ({message}). It is one more download: check the connection, then try again.", props.start.label()) }</p>
                            <button type="button" onclick={retry}>{ "Try again" }</button>
                        </div>
                    },
                }
            }
        </div>
    }
}
