//! Islands: the heavy widgets (ownership, energy, decision) are wasm modules of their own
//! (`crates/<widget>-view`, built into `dist/<widget>-view/`), which the shell loads when the
//! widget's place on the page is about to scroll into view and mounts there
//! (`src/island.rs`, `js/island-loader.js`). Each island is a Yew app of its own, which
//! reads and writes its widget's URL state itself (`crate::url_state`).
//!
//! This module is the contract between the two sides: the start an island is mounted with
//! (`(key, value)` pairs of strings, [`Pairs`], which the shell's widget registry holds and
//! sends as a JS object, and which the island's `mount_<slug>` export reads into its own
//! start type with [`Start::from_js`]), the handle the shell uses to unmount one, and what
//! an island does to mount ([`mount_with`], [`Later`]).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::{BaseComponent, Renderer};

/// An island's start as the shell holds it: `(key, value)` pairs, as the widget registry
/// writes them (`[("metric", "time"), ("scale", "log")]`). The island reads them into its own
/// start type ([`Start`]).
pub type Pairs = Vec<(String, String)>;

/// `pairs` as the JS object of strings an island's `mount_*` export takes.
pub fn pairs_to_js(pairs: &[(String, String)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value.into());
    }
    object.into()
}

/// An island's own start type (`OwnershipStart` in `crates/ownership-view`, say), sent from
/// the shell to the island as a JS object whose values are strings (`{preset: "Calculator",
/// step: "2"}`). Written and read field by field rather
/// than with serde: serde's deserializer would bring core's float printing into the
/// ownership island (its error messages can print a float; about 5 KB gzip).
pub trait Start: Sized + Default {
    /// Sets the field `key` from `value`. Errors: a value the field cannot take, in words.
    /// Unknown keys are ignored.
    fn set(&mut self, key: &str, value: String) -> Result<(), String>;

    /// Reads the JS object the shell sends ([`pairs_to_js`]). Errors: not an object, a value that is not a
    /// string, or one its field cannot take, for the loader to show.
    fn from_js(start: &JsValue) -> Result<Self, String> {
        let object = start
            .dyn_ref::<js_sys::Object>()
            .ok_or("an island's start is an object")?;
        Self::from_pairs(js_sys::Object::entries(object).iter().map(|entry| {
            let pair = js_sys::Array::from(&entry);
            (pair.get(0).as_string(), pair.get(1).as_string())
        }))
    }

    /// Reads pairs as the shell holds them ([`Pairs`]): what the build's pre-render draws an
    /// island's preview from. Errors: a value its field cannot take.
    fn read<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> Result<Self, String> {
        Self::from_pairs(
            pairs
                .iter()
                .map(|(k, v)| (Some(k.as_ref().to_string()), Some(v.as_ref().to_string()))),
        )
    }

    /// Reads `(key, value)` pairs; `None` stands for a key or value that is not a string.
    fn from_pairs(
        pairs: impl IntoIterator<Item = (Option<String>, Option<String>)>,
    ) -> Result<Self, String> {
        let mut start = Self::default();
        for (key, value) in pairs {
            let key = key.ok_or("a key that is not a string")?;
            let value = value.ok_or_else(|| format!("`{key}` is not a string"))?;
            start.set(&key, value)?;
        }
        Ok(start)
    }
}

/// What an island's `mount_*` export does: reads the starting state the shell sent (`S`, as a
/// JS object) and turns it into `C`'s props; then, in a task of its own, compiles Yew's code
/// ([`warm_up_yew`]), and in the next renders `C` into `root`. Errors: a `start` that
/// cannot be read, for the loader to show (not a panic).
pub fn mount_with<C, S>(
    root: web_sys::Element,
    start: JsValue,
    props: impl FnOnce(S) -> C::Properties + 'static,
) -> Result<IslandHandle, JsValue>
where
    C: BaseComponent,
    S: Start,
{
    mount_with_warm_up::<C, S>(root, start, props, &[])
}

/// The starting state the shell sent, or the reason it cannot be read.
fn read_start<S: Start>(start: JsValue) -> Result<S, JsValue> {
    S::from_js(&start).map_err(|e| JsValue::from_str(&e))
}

/// A small tree of the kinds of node the pages and widgets have (elements with attributes and
/// classes, a link, a button with a listener, state and an effect).
#[yew::component]
fn WarmUp() -> yew::Html {
    let on = yew::use_state(|| false);
    {
        let on = on.clone();
        yew::use_effect_with((), move |_| on.set(true));
    }
    let toggle = {
        let on = on.clone();
        yew::Callback::from(move |_: web_sys::MouseEvent| on.set(!*on))
    };
    yew::html! {
        <p class={yew::classes!("warm-up", on.then_some("on"))} aria-hidden="true">
            <a href="#/">{ "a" }</a>
            <button type="button" onclick={toggle} disabled={*on}>{ "b" }</button>
        </p>
    }
}

/// Renders a small tree ([`WarmUp`]) into an element off the page and drops it a task later.
/// The browser compiles each wasm function when it is first called, on the main thread: this
/// way most of Yew's own code is compiled in a task of its own, ahead of a first render or a
/// hydration that would otherwise be one long task. (Its app takes a subtree id like any
/// other; ids are counted once per page, so that costs nothing.)
pub fn warm_up_yew() {
    thread_local! {
        static WARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if WARMED.with(|w| w.replace(true)) {
        return; // once per module
    }
    let Some(scratch) = crate::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    let app = Renderer::<WarmUp>::with_root(scratch).render();
    next_task(move || app.destroy());
}

/// Properties of [`Later`].
#[derive(yew::Properties, PartialEq)]
pub struct LaterProps {
    /// How many tasks after the first render the children appear (1 = the next task).
    pub after: u32,
    pub children: yew::Html,
}

thread_local! {
    /// Whether this module's first render is still going on: true until every [`Later`] that
    /// was waiting has drawn its children. A `Later` mounted after that draws them at once.
    static COLD: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    /// How many [`Later`]s are waiting, or have drawn but not yet run their effect.
    static WAITING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Renders its children `after` tasks later, not in the first render: for the parts of a page
/// or an island below its first screen, so that its first render, one long task on a slow
/// phone, holds only what is seen first, and each later part is a short task of its own
/// between which the page answers input. Each task on the way is one `setTimeout`.
///
/// This holds for the module's first render only (the browser compiles the code it calls
/// then). A `Later` mounted once that is over, by a tab that opens, say, draws its children
/// at once, so that nothing flickers in.
#[yew::component]
pub fn Later(props: &LaterProps) -> yew::Html {
    // Whether this Later is still counted in WAITING: from its mount in the module's first
    // render until its children have drawn.
    let counted = yew::use_mut_ref(|| {
        let cold = COLD.with(|c| c.get());
        if cold {
            WAITING.with(|w| w.set(w.get() + 1));
        }
        cold
    });
    // Whether it was mounted in the first render, and so waits `after` tasks.
    let waits = *yew::use_state(|| *counted.borrow());
    let hops = yew::use_state(|| 0u32);
    // Pre-rendered natively (no tasks, no effects), it draws its children at once: the
    // snapshot shows the whole page.
    let done = !cfg!(target_arch = "wasm32") || !waits || *hops >= props.after;
    {
        let hops = hops.clone();
        let counted = counted.clone();
        yew::use_effect_with((*hops, props.after), move |&(done, after)| {
            if waits && done < after {
                next_task(move || hops.set(done + 1));
            } else if counted.replace(false) {
                // The children have drawn (a Later among them counts from its own mount).
                stop_waiting();
            }
        });
    }
    // Dropped before its children drew (its island destroyed, say): it waits no more.
    yew::use_effect_with((), move |_| {
        move || {
            if counted.replace(false) {
                stop_waiting();
            }
        }
    });
    if done {
        props.children.clone()
    } else {
        // The marker of a part still to come, named `dom::LATER_PENDING` (written out here:
        // building the tag from the constant costs the ownership island 1.9 KB):
        // js/island-loader.js shows an island once none is left in it, and the tests wait
        // for the same.
        yew::html! { <span data-later-pending="" hidden=true /> }
    }
}

/// One [`Later`] fewer waits.
fn stop_waiting() {
    WAITING.with(|w| w.set(w.get().saturating_sub(1)));
    end_first_render_if_idle();
}

/// Once no [`Later`] waits, the module's first render is over.
fn end_first_render_if_idle() {
    if WAITING.with(|w| w.get()) == 0 {
        COLD.with(|c| c.set(false));
    }
}

/// Runs `f` in a task of its own (a `setTimeout` of 0 ms).
fn next_task(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(window) = crate::window() {
        let _ = window.set_timeout_with_callback(f.unchecked_ref());
    }
}

/// What the build's native pre-render draws inside an island's place: the island itself, as
/// HTML, as it first renders from its start, so that an embed's pre-rendered page shows the
/// widget rather than only its loading line. Called with the island's module (its registry
/// `dir`) and its start; the empty string for none. A context that `crates/prerender` (which
/// links the islands' view crates and renders them first) provides; in the browser there is
/// none.
#[derive(Clone)]
pub struct Previews(pub std::rc::Rc<DrawPreview>);

/// How [`Previews`] draws: `(dir, start) -> HTML`.
pub type DrawPreview = dyn Fn(&str, &[(String, String)]) -> String;

impl PartialEq for Previews {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
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

/// Like [`mount_with`], with a widget's own warm-ups: for an island whose first render calls
/// a large body of code for the first time (the visualizer's parser and checker, say).
///
/// The browser compiles each wasm function when it is first called, on the page's main
/// thread, so an island's first render would be one long task: Yew's own code, the widget's
/// model and its view, all compiled on the way. This spreads it over tasks, between which the
/// page answers input: the first task after this call compiles Yew's code ([`warm_up_yew`],
/// once per module), each of `warm_ups` runs in a task of its own (parsing a program, say,
/// then analyzing it), and the task after them renders `C`. Nothing runs once
/// the handle has been destroyed.
pub fn mount_with_warm_up<C, S>(
    root: web_sys::Element,
    start: JsValue,
    props: impl FnOnce(S) -> C::Properties + 'static,
    warm_ups: &'static [fn()],
) -> Result<IslandHandle, JsValue>
where
    C: BaseComponent,
    S: Start,
{
    /// Where a warmed-up island is.
    enum Slot {
        Waiting,
        Mounted(IslandHandle),
        Destroyed,
    }
    let props = props(read_start(start)?);
    let slot = Rc::new(RefCell::new(Slot::Waiting));
    let mut stages: VecDeque<Box<dyn FnOnce()>> = VecDeque::new();
    stages.push_back(Box::new(warm_up_yew));
    stages.extend(warm_ups.iter().map(|&f| Box::new(f) as Box<dyn FnOnce()>));
    let pending = slot.clone();
    stages.push_back(Box::new(move || {
        *pending.borrow_mut() = Slot::Mounted(mount::<C>(root, props));
    }));
    let waiting = slot.clone();
    in_tasks(
        stages,
        Rc::new(move || matches!(*waiting.borrow(), Slot::Waiting)),
    );
    Ok(IslandHandle {
        destroy: Some(Box::new(move || {
            if let Slot::Mounted(mut handle) = slot.replace(Slot::Destroyed) {
                handle.destroy();
            }
        })),
    })
}

/// Runs each of `stages` in a task of its own, in order, while `go()` holds.
fn in_tasks(mut stages: VecDeque<Box<dyn FnOnce()>>, go: Rc<dyn Fn() -> bool>) {
    next_task(move || {
        if !go() {
            return;
        }
        if let Some(stage) = stages.pop_front() {
            stage();
        }
        if !stages.is_empty() {
            in_tasks(stages, go);
        }
    });
}

/// Renders `C` with `props` into `root` (an element the loader made for it) and returns the
/// handle that unmounts it.
fn mount<C: BaseComponent>(root: web_sys::Element, props: C::Properties) -> IslandHandle {
    let app = Renderer::<C>::with_root_and_props(root, props).render();
    // A first render with no `Later` in it (a tab with none, say) ends the module's first
    // render as well.
    next_task(end_first_render_if_idle);
    IslandHandle {
        destroy: Some(Box::new(move || app.destroy())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A start with a text field and a number, as the islands' are.
    #[derive(Debug, Default, PartialEq)]
    struct Example {
        name: Option<String>,
        step: usize,
    }

    impl Start for Example {
        fn set(&mut self, key: &str, value: String) -> Result<(), String> {
            match key {
                "name" => self.name = Some(value),
                "step" => self.step = value.parse().map_err(|_| format!("`{value}`"))?,
                _ => {}
            }
            Ok(())
        }
    }

    fn read(pairs: &[(&str, &str)]) -> Result<Example, String> {
        Example::read(pairs)
    }

    #[test]
    fn a_start_reads_its_fields_and_ignores_unknown_keys() {
        let start = Example {
            name: Some("Moves & borrows".into()),
            step: 3,
        };
        assert_eq!(
            read(&[("name", "Moves & borrows"), ("step", "3")]),
            Ok(start)
        );
        assert_eq!(read(&[("colour", "red")]), Ok(Example::default()));
    }

    #[test]
    fn a_tampered_start_is_an_error_not_a_default() {
        assert!(read(&[("step", "three")]).is_err());
        assert!(Example::from_pairs([(Some("name".into()), None)]).is_err());
        assert!(Example::from_pairs([(None, Some("x".into()))]).is_err());
    }
}
