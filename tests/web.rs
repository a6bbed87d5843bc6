//! Browser tests: each widget renders in a real browser (headless Chromium) and responds to
//! one interaction. Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown -p why-rust` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use decision_view::DecisionWidget;
use energy_view::EnergyWidget;
use gloo::timers::future::sleep;
use ownership_view::OwnershipWidget;
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
    for _ in 0..100 {
        if root
            .query_selector("[data-later-pending]")
            .unwrap()
            .is_none()
        {
            break;
        }
        settle().await;
    }
    root
}

/// Lets Yew render what an event changed (its scheduler runs in a microtask), and nothing
/// that waits for a later task.
async fn microtasks() {
    let done = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
}

/// Lets Yew's scheduler run.
async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// The decision widget's verdict (`data-verdict`).
fn verdict(root: &Element) -> Option<String> {
    find(root, "[data-verdict]").get_attribute("data-verdict")
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
    settle().await;
    click(&root, "[data-op=add]");
    settle().await;
    assert_eq!(text(&root, ".calc-value .value"), "2");
    assert!(text(&root, ".call-log li").contains("calc.add(2)"));
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
    settle().await;
    assert!(root.query_selector("[data-code]").unwrap().is_none());
    assert!(root
        .query_selector(".verdict[data-status=compiles]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn energy_chart_switches_to_memory() {
    let root = mount::<EnergyWidget>().await;
    assert_eq!(root.query_selector_all(".bar").unwrap().length(), 27);
    let memory = root
        .query_selector_all("input[name=energy-metric]")
        .unwrap()
        .item(2)
        .unwrap()
        .unchecked_into::<HtmlInputElement>();
    memory.click();
    settle().await;
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
    assert_eq!(verdict(&root).as_deref(), Some("good-fit"));
    let select = find(&root, "#decision-profile").unchecked_into::<web_sys::HtmlSelectElement>();
    select.set_value("throwaway");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(verdict(&root).as_deref(), Some("probably-not"));
}

/// The weights and the result render a task after the rest in the module's first render;
/// once that is over, a tab opened and closed again redraws the matrix whole, at once, so
/// nothing flickers in.
#[wasm_bindgen_test]
async fn decision_matrix_reopens_whole_without_waiting_a_task() {
    let root = mount::<DecisionWidget>().await;
    assert!(root
        .query_selector(".weights input[type=range]")
        .unwrap()
        .is_some());
    click(&root, "#decision-tab-questionnaire");
    microtasks().await;
    assert!(
        root.query_selector(".weights").unwrap().is_none(),
        "the questionnaire is open"
    );
    click(&root, "#decision-tab-matrix");
    microtasks().await;
    assert!(root
        .query_selector("[data-later-pending]")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector(".weights input[type=range]")
        .unwrap()
        .is_some());
    assert_eq!(verdict(&root).as_deref(), Some("good-fit"));
}

#[wasm_bindgen_test]
async fn an_island_mounts_from_its_start_props_unmounts_and_refuses_bad_props() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    // What the shell sends: a DecisionStart as a JS object.
    let start = serde_wasm_bindgen::to_value(&ui::island::DecisionStart {
        profile: Some("throwaway".into()),
        tab: None,
    })
    .unwrap();
    let mut handle = decision_view::mount_decision(root.clone(), start).unwrap();
    settle().await;
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
    let start = serde_wasm_bindgen::to_value(&ui::island::DecisionStart::default()).unwrap();
    let mut early = decision_view::mount_decision(root.clone(), start).unwrap();
    early.destroy();
    settle().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "an island destroyed before its first render never draws"
    );
    // A tampered start is an error for the loader to show, not a panic.
    let bad = js_sys::JSON::parse(r#"{"profile": 7}"#).unwrap();
    assert!(decision_view::mount_decision(root.clone(), bad).is_err());
}
