//! Browser tests: each widget renders in a real browser (headless Chromium) and responds to
//! one interaction. Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown -p why-rust` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use decision_view::DecisionWidget;
use energy_view::EnergyWidget;
use gloo::timers::future::sleep;
use ownership_view::OwnershipWidget;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use why_rust::widgets::calculator::CalculatorWidget;
use yew::{BaseComponent, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `C` on a fresh element and waits for the first render.
async fn mount<C>() -> Element
where
    C: BaseComponent,
    C::Properties: Default,
{
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    Renderer::<C>::with_root(root.clone()).render();
    settle().await;
    // The parts drawn a task or more after the first render (`ui::island::Later`).
    until(|| {
        root.query_selector(&format!("[{}]", ui::dom::LATER_PENDING))
            .unwrap()
            .is_none()
    })
    .await;
    root
}

/// Lets Yew's scheduler run.
async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

/// Waits, a task at a time (at most 100), until `done()` holds; false if it never did.
async fn until(done: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        settle().await;
    }
    done()
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// The decision widget's verdict (`data-verdict`), once it shows one.
fn verdict(root: &Element) -> Option<String> {
    root.query_selector("[data-verdict]")
        .ok()
        .flatten()?
        .get_attribute("data-verdict")
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn calculator_adds_what_the_keypad_typed() {
    let root = mount::<CalculatorWidget>().await;
    assert_eq!(text(&root, ".calc-value .value"), "0");
    let digits = root.query_selector_all(".key.digit").unwrap();
    // The keypad lays digits out 7 8 9 / 4 5 6 / 1 2 3 / 0: the 8th is "2".
    let two = digits.item(7).unwrap().unchecked_into::<HtmlElement>();
    assert_eq!(two.text_content().unwrap(), "2");
    two.click();
    assert!(until(|| text(&root, ".calc-entry .entry") == "2").await);
    click(&root, "[data-op=add]");
    // Newest first: the call (which returns nothing), then the value read after it.
    assert!(until(|| text(&root, ".call-log li:nth-child(2)") == "calc.add(2)").await);
    assert!(text(&root, ".call-log li").starts_with("calc.get_value()"));
    assert_eq!(text(&root, ".calc-value .value"), "2");
}

#[wasm_bindgen_test]
async fn ownership_reports_e0382_then_accepts_the_fixed_program() {
    let root = mount::<OwnershipWidget>().await;
    assert!(root.query_selector("[data-code=E0382]").unwrap().is_some());
    let editor = find(&root, "#ownership-code").unchecked_into::<HtmlTextAreaElement>();
    editor.set_value(
        "fn main() {\n    let s = String::from(\"hi\");\n    let t = s.clone();\n    println!(\"{} {}\", s, t);\n}\n",
    );
    editor
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    assert!(
        until(|| root
            .query_selector(".verdict[data-status=compiles]")
            .unwrap()
            .is_some())
        .await
    );
    assert!(root.query_selector("[data-code]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn energy_chart_switches_to_memory() {
    let root = mount::<EnergyWidget>().await;
    // The chart is drawn once its box is measured (a render after the first); on a cold,
    // busy browser that can take longer than `mount`'s settling.
    let bars = |root: &Element| root.query_selector_all(".bar").unwrap().length();
    assert!(until(|| bars(&root) == 27).await, "{} bars", bars(&root));
    let memory = root
        .query_selector_all("input[name=energy-metric]")
        .unwrap()
        .item(2)
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    memory.click();
    until(|| text(&root, ".bar-chart title").starts_with("Peak memory")).await;
    let title = text(&root, ".bar-chart title");
    assert!(
        title.starts_with("Peak memory") && title.contains("relative to C"),
        "{title}"
    );
    // Pascal has the smallest peak memory in Table 4, so sorted by value it comes first.
    let first = find(&root, ".bar").get_attribute("data-language");
    assert_eq!(first.as_deref(), Some("Pascal"));
}

#[wasm_bindgen_test]
async fn decision_verdict_follows_the_profile() {
    let root = mount::<DecisionWidget>().await;
    // The default profile, a command-line tool: Rust first, Go one level of one weight behind.
    assert_eq!(verdict(&root).as_deref(), Some("it-depends"));
    let select = find(&root, "#decision-profile").unchecked_into::<web_sys::HtmlSelectElement>();
    select.set_value("throwaway");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until(|| verdict(&root).as_deref() == Some("probably-not")).await;
    assert_eq!(verdict(&root).as_deref(), Some("probably-not"));
}

/// How many of the elements that `records` (`MutationRecord`s) added are, or hold, a marker of
/// a part still to come (`ui::island::Later`'s `[data-later-pending]`).
fn pending_markers_added(records: &js_sys::Array) -> u32 {
    let mut n = 0;
    for record in records.iter() {
        let added = record
            .unchecked_into::<web_sys::MutationRecord>()
            .added_nodes();
        for node in (0..added.length()).filter_map(|i| added.item(i)) {
            if let Ok(el) = node.dyn_into::<Element>() {
                let marker = format!("[{}]", ui::dom::LATER_PENDING);
                let marker = marker.as_str();
                if el.matches(marker).unwrap_or(false)
                    || el.query_selector(marker).ok().flatten().is_some()
                {
                    n += 1;
                }
            }
        }
    }
    n
}

/// Watches `root` for the markers of parts still to come; call the returned function to stop
/// and get how many were added meanwhile (each one a frame in which part of the widget is
/// missing).
fn watch_pending_markers(root: &Element) -> impl FnOnce() -> u32 {
    let seen = Rc::new(Cell::new(0));
    let count = seen.clone();
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        count.set(count.get() + pending_markers_added(&records));
    });
    let observer = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    observer.observe_with_options(root, &options).unwrap();
    move || {
        // Records not yet delivered to the callback, then stop.
        let pending = pending_markers_added(&observer.take_records());
        observer.disconnect();
        drop(on_change);
        seen.get() + pending
    }
}

/// The weights and the result render a task after the rest in the module's first render;
/// once that is over, a tab opened and closed again redraws the matrix whole, at once, so
/// nothing flickers in: no marker of a part still to come is ever added.
#[wasm_bindgen_test]
async fn decision_matrix_reopens_whole_without_waiting_a_task() {
    let root = mount::<DecisionWidget>().await;
    assert!(root
        .query_selector(".weights input[type=range]")
        .unwrap()
        .is_some());
    let stop_watching = watch_pending_markers(&root);
    click(&root, "#decision-tab-questionnaire");
    assert!(
        until(|| root.query_selector(".weights").unwrap().is_none()).await,
        "the questionnaire is open"
    );
    click(&root, "#decision-tab-matrix");
    assert!(
        until(|| root
            .query_selector(".weights input[type=range]")
            .unwrap()
            .is_some())
        .await,
        "the matrix is back"
    );
    assert_eq!(stop_watching(), 0, "part of the matrix waited a task");
    assert_eq!(verdict(&root).as_deref(), Some("it-depends"));
}

#[wasm_bindgen_test]
async fn an_island_mounts_from_its_start_props_unmounts_and_refuses_bad_props() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    // What the shell sends: a start's pairs as a JS object.
    let start = ui::island::pairs_to_js(&[("profile".into(), "throwaway".into())]);
    let mut handle = decision_view::mount_decision(root.clone(), start).unwrap();
    until(|| verdict(&root).is_some()).await;
    assert_eq!(verdict(&root).as_deref(), Some("probably-not"));
    handle.destroy();
    settle().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "destroy removes what it drew"
    );
    // The island renders a few tasks after mount (Yew readied, the model warmed up): one
    // destroyed before then draws nothing, as when the visitor navigates away at once.
    let start = ui::island::pairs_to_js(&[]);
    let mut early = decision_view::mount_decision(root.clone(), start).unwrap();
    early.destroy();
    // Longer than its staged render takes.
    sleep(Duration::from_millis(300)).await;
    assert_eq!(
        root.child_element_count(),
        0,
        "an island destroyed before its first render never draws"
    );
    // A tampered start is an error for the loader to show, not a panic.
    let bad = js_sys::JSON::parse(r#"{"profile": 7}"#).unwrap();
    assert!(decision_view::mount_decision(root.clone(), bad).is_err());
    let bad = js_sys::JSON::parse(r#"{"metric": "energy", "scale": "cubic"}"#).unwrap();
    assert!(energy_view::mount_energy(root.clone(), bad).is_err());
}

/// A counter that writes its value into the URL as the widgets write their state.
#[yew::component]
fn SyncedCounter() -> yew::Html {
    let owned = ui::url_state::use_owned_url("calculator");
    let n = yew::use_state(|| 0u32);
    ui::url_state::use_query_sync(&owned, *n, |n| Some([("n", *n)]));
    let onclick = {
        let n = n.clone();
        yew::Callback::from(move |_: yew::MouseEvent| n.set(*n + 1))
    };
    yew::html! { <button {onclick}>{ *n }</button> }
}

/// Lets the microtasks run (Yew renders in one), but no task: no timer fires.
async fn microtasks() {
    for _ in 0..8 {
        let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(resolved)
            .await
            .unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_url_write_still_due_when_its_widget_goes_never_calls_into_it() {
    let window = gloo::utils::window();
    let errors = Rc::new(Cell::new(0u32));
    let on_error = {
        let errors = errors.clone();
        Closure::<dyn Fn()>::new(move || errors.set(errors.get() + 1))
    };
    window
        .add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    window.location().set_hash("/calculator").unwrap();
    settle().await;
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = Renderer::<SyncedCounter>::with_root(root.clone()).render();
    settle().await;
    let button: HtmlElement = find(&root, "button").dyn_into().unwrap();
    button.click(); // written at once
    microtasks().await;
    button.click(); // under 250 ms later: waits for a timer
    microtasks().await;
    // The page is busy past the timer's time, so the timer is due but has not run when the
    // next change is written at once.
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < 300.0 {}
    button.click();
    microtasks().await;
    assert!(
        window.location().hash().unwrap().ends_with("n=3"),
        "the newest value is in the URL"
    );
    // The visitor leaves the page before the due timer has run.
    app.destroy();
    microtasks().await;
    sleep(Duration::from_millis(400)).await;
    window
        .remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref())
        .unwrap();
    window.location().set_hash("").unwrap();
    assert_eq!(errors.get(), 0, "a timer called into the unmounted widget");
}

/// Reads the property `key` of `target` as a number.
fn number_property(target: &wasm_bindgen::JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(target, &key.into()).ok()?.as_f64()
}

/// Every wasm module that links Yew (the shell and each island) has its own copy of Yew; an
/// island's app is mounted inside the shell's. The patched Yew (vendor/README.md) counts the
/// apps' subtree ids on `globalThis`, so an app mounted next gets the next id, whichever
/// module mounts it; with a counter per module, an island would get the shell's id and the
/// shell would take the island's clicks for its own.
#[wasm_bindgen_test]
async fn apps_take_their_subtree_ids_from_one_counter_per_page() {
    let global = js_sys::global();
    let root = mount::<CalculatorWidget>().await;
    let next = number_property(&global, "__yew_next_subtree_id")
        .expect("Yew counts subtree ids on globalThis");
    // What another module's Yew does when it mounts an app: it takes the next id.
    js_sys::Reflect::set(
        &global,
        &"__yew_next_subtree_id".into(),
        &(next + 5.0).into(),
    )
    .unwrap();
    let nested = gloo::utils::document().create_element("div").unwrap();
    root.append_child(&nested).unwrap();
    Renderer::<CalculatorWidget>::with_root(nested.clone()).render();
    settle().await;
    let outer = number_property(&root, "__yew_subtree_id").unwrap();
    let inner = number_property(&nested, "__yew_subtree_id").unwrap();
    assert!(outer < next, "the first app's id was taken before");
    assert_eq!(
        inner,
        next + 5.0,
        "the nested app took the shared counter's id"
    );
}
