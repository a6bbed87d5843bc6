//! Islands: the heavy widgets (ownership, energy, decision) are wasm modules of their own
//! (`crates/<widget>-view`, built into `dist/<widget>-view/`), which the shell loads when the
//! widget's place on the page is about to scroll into view and mounts there
//! (`src/island.rs`, `js/island-loader.js`). Each island is a Yew app of its own, with its
//! own hash router, so it reads and writes its widget's URL state exactly as before.
//!
//! This module is the contract between the two sides: which islands exist, the props each is
//! started with (serialized by the shell with serde-wasm-bindgen, read by the island's
//! `mount_*` export), and the handle the shell uses to unmount one.

pub use evidence::{Metric, Scale};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::{BaseComponent, Renderer};

/// One island and the state it starts in.
#[derive(Clone, Debug, PartialEq)]
pub enum Island {
    /// The ownership visualizer (`crates/ownership-view`).
    Ownership(OwnershipStart),
    /// The energy chart and, on its page, the further evidence (`crates/energy-view`).
    Energy(EnergyStart),
    /// The decision matrix (`crates/decision-view`).
    Decision(DecisionStart),
}

/// The ownership visualizer's starting state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OwnershipStart {
    /// The name of a preset program to open, instead of the default (or the URL's program).
    pub preset: Option<String>,
    /// The step to open at, from 0.
    pub step: usize,
}

/// The energy chart's starting state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EnergyStart {
    /// The column of Table 4 shown first.
    pub metric: Metric,
    /// Linear or log bars.
    pub scale: Scale,
    /// Also show the further evidence under the chart (cold starts, the agent benchmark, the
    /// in-browser benchmark): the energy page does, the home page and slides do not.
    pub more_evidence: bool,
}

/// The decision matrix's starting state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DecisionStart {
    /// A profile's slug to select (`cli-tool`), instead of the default.
    pub profile: Option<String>,
    /// The tab to open, by its URL value (`matrix`, `questionnaire`, `slides`).
    pub tab: Option<String>,
}

impl Island {
    /// The island's folder in `dist/`, which is also its crate's name: `energy-view`. The
    /// loader derives the rest: the module `energy-view/energy_view.js` (wasm-bindgen's
    /// out-name) and its export `mount_energy(root: Element, start) -> IslandHandle`.
    pub fn dir(&self) -> &'static str {
        match self {
            Island::Ownership(_) => "ownership-view",
            Island::Energy(_) => "energy-view",
            Island::Decision(_) => "decision-view",
        }
    }

    /// What the placeholder says while the module loads.
    pub fn label(&self) -> &'static str {
        match self {
            Island::Ownership(_) => "the ownership visualizer",
            Island::Energy(_) => "the energy chart",
            Island::Decision(_) => "the decision matrix",
        }
    }

    /// The starting state as a JS object, for the island's mount function.
    pub fn start(&self) -> JsValue {
        let value = match self {
            Island::Ownership(s) => serde_wasm_bindgen::to_value(s),
            Island::Energy(s) => serde_wasm_bindgen::to_value(s),
            Island::Decision(s) => serde_wasm_bindgen::to_value(s),
        };
        value.unwrap_or(JsValue::UNDEFINED)
    }
}

/// What an island's `mount_*` export does: reads the starting state the shell sent (`S`, as a
/// JS object), turns it into `C`'s props and renders `C` into `root`. Errors: a `start` that
/// cannot be read, for the loader to show (not a panic).
pub fn mount_with<C, S>(
    root: web_sys::Element,
    start: JsValue,
    props: impl FnOnce(S) -> C::Properties,
) -> Result<IslandHandle, JsValue>
where
    C: BaseComponent,
    S: DeserializeOwned,
{
    Ok(mount::<C>(root, props(read_start(start)?)))
}

/// The starting state the shell sent, or the reason it cannot be read.
fn read_start<S: DeserializeOwned>(start: JsValue) -> Result<S, JsValue> {
    serde_wasm_bindgen::from_value(start).map_err(|e| JsValue::from_str(&e.to_string()))
}

#[yew::component]
fn Nothing() -> yew::Html {
    yew::Html::default()
}

thread_local! {
    static SKIPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Yew delegates events from each app's root element and brands the elements it controls with
/// the app's subtree id, which every wasm module numbers from 1. The shell's app is subtree 1;
/// if an island inside it were subtree 1 as well, the shell would take the island's clicks for
/// its own and run one of its own callbacks (a link, say) instead. So, once per module, an
/// island spends id 1 on an empty app before it mounts its own, and its roots are 2 and up.
fn skip_the_shells_subtree_id(root: &web_sys::Element) {
    if SKIPPED.with(|s| s.replace(true)) {
        return;
    }
    if let Some(scratch) = root
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    {
        Renderer::<Nothing>::with_root(scratch).render().destroy();
    }
}

/// Properties of [`Later`].
#[derive(yew::Properties, PartialEq)]
pub struct LaterProps {
    /// How many tasks after the first render the children appear (1 = the next task).
    pub after: u32,
    pub children: yew::Html,
}

/// Renders its children `after` tasks later, not in the first render: for the parts of an
/// island below its first screen, so that its first render, one long task on a slow phone,
/// holds only what is seen first, and each later part is a short task of its own between
/// which the page answers input. Each task on the way is one `setTimeout`.
#[yew::component]
pub fn Later(props: &LaterProps) -> yew::Html {
    let hops = yew::use_state(|| 0u32);
    {
        let hops = hops.clone();
        yew::use_effect_with((*hops, props.after), move |&(done, after)| {
            if done < after {
                next_task(move || hops.set(done + 1));
            }
        });
    }
    if *hops >= props.after {
        props.children.clone()
    } else {
        // The marker of a part still to come: js/island-loader.js shows an island once none
        // is left in it, and the end-to-end tests wait for the same.
        yew::html! { <span data-later-pending="" hidden=true /> }
    }
}

/// Runs `f` in a task of its own (a `setTimeout` of 0 ms).
fn next_task(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(f.unchecked_ref());
    }
}

/// A mounted island; `destroy` unmounts its app and removes what it rendered.
#[wasm_bindgen]
pub struct IslandHandle {
    destroy: Option<Box<dyn FnOnce()>>,
}

#[wasm_bindgen]
impl IslandHandle {
    /// Unmounts the island. Calling it again does nothing.
    pub fn destroy(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
    }
}

/// Like [`mount_with`], but first runs `warm_up` in a task of its own and renders in the next:
/// for an island whose first render would call a large body of code for the first time (the
/// visualizer's parser and checker). The browser compiles each wasm function when it is first
/// called, so `warm_up` (one analysis of a small program, say) moves that compilation out of
/// the render's long task, and the page can answer input between the two.
pub fn mount_with_warm_up<C, S>(
    root: web_sys::Element,
    start: JsValue,
    props: impl FnOnce(S) -> C::Properties + 'static,
    warm_up: fn(),
) -> Result<IslandHandle, JsValue>
where
    C: BaseComponent,
    S: DeserializeOwned,
{
    /// Where a warmed-up island is.
    enum Slot {
        Waiting,
        Mounted(IslandHandle),
        Destroyed,
    }
    let props = props(read_start(start)?);
    let slot = std::rc::Rc::new(std::cell::RefCell::new(Slot::Waiting));
    let pending = slot.clone();
    next_task(move || {
        if matches!(*pending.borrow(), Slot::Destroyed) {
            return;
        }
        warm_up();
        next_task(move || {
            let mut slot = pending.borrow_mut();
            if matches!(*slot, Slot::Waiting) {
                *slot = Slot::Mounted(mount::<C>(root, props));
            }
        });
    });
    Ok(IslandHandle {
        destroy: Some(Box::new(move || {
            if let Slot::Mounted(mut handle) = slot.replace(Slot::Destroyed) {
                handle.destroy();
            }
        })),
    })
}

/// Renders `C` with `props` into `root` (an element the loader made for it) and returns the
/// handle that unmounts it.
fn mount<C: BaseComponent>(root: web_sys::Element, props: C::Properties) -> IslandHandle {
    skip_the_shells_subtree_id(&root);
    let app = Renderer::<C>::with_root_and_props(root, props).render();
    IslandHandle {
        destroy: Some(Box::new(move || app.destroy())),
    }
}
