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
    let start: S =
        serde_wasm_bindgen::from_value(start).map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(mount::<C>(root, props(start)))
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

/// False on the first render, true from a later task: for a part of an island below its first
/// screen, so that the first render, one long task on a slow phone, holds only what is seen
/// first and the page answers input sooner.
#[yew::hook]
pub fn use_deferred() -> bool {
    let ready = yew::use_state(|| false);
    {
        let ready = ready.clone();
        yew::use_effect_with((), move |_| {
            let show = Closure::once_into_js(move || ready.set(true));
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(show.unchecked_ref());
            }
        });
    }
    *ready
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

/// Renders `C` with `props` into `root` (an element the loader made for it) and returns the
/// handle that unmounts it.
fn mount<C: BaseComponent>(root: web_sys::Element, props: C::Properties) -> IslandHandle {
    skip_the_shells_subtree_id(&root);
    let app = Renderer::<C>::with_root_and_props(root, props).render();
    IslandHandle {
        destroy: Some(Box::new(move || app.destroy())),
    }
}
