//! The ownership visualizer: an editor, a stepper and a stack/heap diagram over
//! `crates/ownership`. Every keystroke re-runs the analysis; the view only draws its result.
//! On its own page the program and step live in the URL ([`url_state`]), so a link shares
//! them.

mod editor;
mod state;
mod url_state;

use editor::{CodeEditor, Shared};
use ownership::{Analysis, BorrowKind, Status, Step, VarState, VarView};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use state::{OwnershipAction, OwnershipState};
use ui::components::inline_code;
use ui::island::Start;
use ui::url_state::use_url_reducer;

/// A program to start from, shown as a button: each is a file of the engine's
/// rustc-checked corpus (`crates/ownership/tests/corpus/`), so what a preset shows is what
/// rustc says. They are compiled in; the menus' examples ([`MENU`]) are fetched.
struct Preset {
    name: &'static str,
    code: &'static str,
}

/// The menus' examples, `menu | label | file` a line (see the file's header): fetched from
/// `ownership-view/presets/FILE.rs` when chosen, so they cost the island no bytes.
const MENU: &str = include_str!("../presets.txt");

/// The examples of one menu (`construct` or `code`) of [`MENU`], as (label, file), in order.
fn menu(group: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    MENU.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, " | ");
            Some((parts.next()?, parts.next()?, parts.next()?))
        })
        .filter(move |(g, _, _)| *g == group)
        .map(|(_, label, file)| (label, file))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A promise, for `then` with callbacks made by `Closure::once_into_js`.
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, on_ok: &wasm_bindgen::JsValue, on_error: &wasm_bindgen::JsValue);
}

/// Fetches the text at `url` (relative to the page); `done` gets it, or `None` when it
/// cannot be had (offline before the service worker has it, or a server error).
fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let Some(window) = ui::window() else {
        return done(None);
    };
    // Called once, from whichever of the promise's outcomes comes.
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = move |text: Option<String>| {
        if let Some(done) = done.borrow_mut().take() {
            done(text);
        }
    };
    let on_text = {
        let finish = finish.clone();
        Closure::once_into_js(move |text: JsValue| finish(text.as_string()))
    };
    let on_text_error = {
        let finish = finish.clone();
        Closure::once_into_js(move |_: JsValue| finish(None))
    };
    let on_response = {
        let finish = finish.clone();
        Closure::once_into_js(move |response: JsValue| {
            let text = response
                .dyn_into::<web_sys::Response>()
                .ok()
                .filter(web_sys::Response::ok)
                .and_then(|r| r.text().ok());
            match text {
                Some(promise) => promise
                    .unchecked_ref::<Thenable>()
                    .then(&on_text, &on_text_error),
                None => finish(None),
            }
        })
    };
    let on_error = Closure::once_into_js(move |_: JsValue| finish(None));
    let response = window.fetch_with_str(url);
    response
        .unchecked_ref::<Thenable>()
        .then(&on_response, &on_error);
}

macro_rules! corpus {
    ($file:literal) => {
        include_str!(concat!("../../ownership/tests/corpus/", $file, ".rs"))
    };
}

/// The seeds' examples, shown as buttons (the first is the default program).
const PRESETS: &[Preset] = &[
    Preset {
        name: "Move into a function",
        code: corpus!("err_process_data_use_after_move"),
    },
    Preset {
        name: "Many readers, then one writer",
        code: corpus!("ok_many_readers_then_writer"),
    },
    Preset {
        name: "A reader and a writer at once",
        code: corpus!("err_reader_and_writer"),
    },
    Preset {
        name: "Two mutable borrows at once",
        code: corpus!("err_two_mut_borrows"),
    },
    Preset {
        name: "Move while borrowed",
        code: corpus!("err_consume_while_viewed"),
    },
    Preset {
        name: "Clone before you move",
        code: corpus!("ok_clone_before_move"),
    },
    Preset {
        name: "Borrow one field, change another",
        code: corpus!("ok_struct_field_borrow"),
    },
    Preset {
        name: "Threads summing data",
        code: corpus!("ok_thread_sum_move"),
    },
    Preset {
        name: "A struct with methods (the Calculator)",
        code: corpus!("ok_seed_calculator"),
    },
];

/// Properties of [`OwnershipWidget`]: where it starts (for presenter slides).
#[derive(Properties, PartialEq, Default)]
pub struct OwnershipProps {
    /// The preset to open, by its button label; the first preset when absent or unknown.
    #[prop_or_default]
    pub preset: Option<AttrValue>,
    /// The step to open at (0-based; clamped to the last step).
    #[prop_or_default]
    pub step: usize,
    /// A query of the visualizer's page (`code=…&step=3`) to open as that page would, where
    /// the visualizer does not own the URL (a slide of a presenter's own deck); it wins over
    /// `preset` and `step`.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The visualizer widget.
#[component]
pub fn OwnershipWidget(props: &OwnershipProps) -> Html {
    // The first example at its first step needs no query: the bare route shows it.
    let (state, owns_url) = use_url_reducer(
        SLUG,
        props.query.clone(),
        {
            let preset = props
                .preset
                .as_deref()
                .and_then(|name| PRESETS.iter().find(|p| p.name == name))
                .unwrap_or(&PRESETS[0]);
            let start = props.step;
            move |query: Option<&str>| match query {
                Some(query) => OwnershipState::from_query(query, preset.code),
                None => OwnershipState::start(preset.code, start),
            }
        },
        |s: &OwnershipState| (s.code.clone(), s.step),
        |(code, step): &(String, usize)| {
            (code != PRESETS[0].code || *step > 0)
                .then(|| url_state::to_query(code, *step))
                .flatten()
        },
    );
    let dispatch = state.dispatcher();
    // A count of the edits and loads, so an example that arrives after the visitor moved on
    // does not replace their code.
    let edits = use_mut_ref(|| 0_u32);
    // The engine (syn and the analysis) is compiled into this island: an analysis is a
    // function call, with nothing to load or convert.
    let analyzed = use_memo(state.code.clone(), |code| ownership::analyze(code));
    let analysis: &Analysis = &analyzed;

    let last = analysis.steps.len().saturating_sub(1);
    let current = state.step.min(last);

    // Moves to a step (clamped). The same callback while the number of steps stays, so the
    // timeline, which takes it, is not redrawn for a new one.
    let go = use_callback(last, {
        let dispatch = dispatch.clone();
        move |to: usize, last: &usize| dispatch.dispatch(OwnershipAction::Step(to.min(*last)))
    });
    let select = {
        let dispatch = dispatch.clone();
        let go = go.clone();
        Callback::from(move |(i, to): (usize, Option<usize>)| {
            dispatch.dispatch(OwnershipAction::Select(i));
            if let Some(to) = to {
                go.emit(to);
            }
        })
    };
    let prev = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(current.saturating_sub(1)))
    };
    let next = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(current + 1))
    };
    // Stepping over a call: the next step no deeper in calls than this one.
    let depth = |i: usize| analysis.steps.get(i).map_or(0, |s| s.callers.len());
    let over_to = (current + 1..analysis.steps.len())
        .find(|&i| depth(i) <= depth(current))
        .unwrap_or(last);
    let over = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(over_to))
    };
    let onkeydown = {
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Arrow keys inside the editor or a form control move the caret, not the stepper.
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"))
                .unwrap_or(false);
            if in_field {
                return;
            }
            match e.key().as_str() {
                "ArrowLeft" => {
                    e.prevent_default();
                    go.emit(current.saturating_sub(1));
                }
                "ArrowRight" => {
                    e.prevent_default();
                    go.emit(if e.shift_key() { over_to } else { current + 1 });
                }
                "Home" => {
                    e.prevent_default();
                    go.emit(0);
                }
                "End" => {
                    e.prevent_default();
                    go.emit(usize::MAX);
                }
                _ => {}
            }
        })
    };
    // Replaces the program (typed, a preset or a fetched example), clearing what was about
    // the old one.
    let oninput = {
        let dispatch = dispatch.clone();
        let edits = edits.clone();
        Callback::from(move |program: String| {
            *edits.borrow_mut() += 1;
            dispatch.dispatch(OwnershipAction::Replace(program));
        })
    };
    // Shows a program from its first step (a preset, or a fetched example).
    let show = {
        let dispatch = dispatch.clone();
        let edits = edits.clone();
        Callback::from(move |program: String| {
            *edits.borrow_mut() += 1;
            dispatch.dispatch(OwnershipAction::Show(program));
        })
    };
    let load = {
        let show = show.clone();
        Callback::from(move |i: usize| {
            if let Some(p) = PRESETS.get(i) {
                show.emit(p.code.to_string());
            }
        })
    };
    let on_example = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let file = select.value();
            select.set_value("");
            let Some((label, _)) = ["construct", "code"]
                .into_iter()
                .flat_map(menu)
                .find(|(_, f)| *f == file)
            else {
                return;
            };
            dispatch.dispatch(OwnershipAction::Fetching(Some(format!(
                "Loading “{label}”…"
            ))));
            let asked = *edits.borrow();
            let (show, dispatch, edits) = (show.clone(), dispatch.clone(), edits.clone());
            fetch_text(&format!("ownership-view/presets/{file}.rs"), move |text| {
                if *edits.borrow() != asked {
                    return;
                }
                match text {
                    Some(program) => show.emit(program),
                    None => dispatch.dispatch(OwnershipAction::Fetching(Some(format!(
                        "“{label}” could not be loaded (are you offline?); your code is unchanged."
                    )))),
                }
            });
        })
    };
    let option = |(label, file): (&str, &str)| html! { <option value={file.to_string()}>{ label.to_string() }</option> };
    let preset_buttons = PRESETS.iter().enumerate().map(|(i, p)| {
        let load = load.clone();
        let onclick = Callback::from(move |_| load.emit(i));
        html! { <button type="button" class="preset" {onclick}>{ p.name }</button> }
    });

    let steps = &analysis.steps;
    let current_step = steps.get(current);
    // The selected diagnostic's secondary labels (the borrow, the later use)
    // are marked in the code, and the variables it names in the diagram.
    let chosen = state.selected.and_then(|i| analysis.diagnostics.get(i));
    let marked_lines: Vec<usize> = chosen
        .map(|d| d.labels.iter().map(|l| l.span.line).collect())
        .unwrap_or_default();
    let involved: Vec<String> = chosen.map(|d| named_in(&d.message)).unwrap_or_default();

    html! {
        <div class="widget ownership-widget" {onkeydown}>
            if let Some(message) = &state.notice {
                <p class="notice" role="status" data-notice="bad-link">{ message }</p>
            }
            <div class="presets" role="group" aria-label="Example programs">
                { for preset_buttons }
                <label class="sr-only" for="ownership-construct">{ "Examples of methods, enums, Option and Result" }</label>
                <select id="ownership-construct" onchange={on_example.clone()}>
                    <option value="" selected=true>{ "Methods, enums, traits…" }</option>
                    { for menu("construct").map(option) }
                </select>
                <label class="sr-only" for="ownership-example">{ "An example for each error code" }</label>
                <select id="ownership-example" onchange={on_example}>
                    <option value="" selected=true>{ "More examples, by error code…" }</option>
                    { for menu("code").map(option) }
                </select>
            </div>
            if let Some(status) = &state.fetching {
                <p class="notice" role="status" data-notice="example">{ status }</p>
            }
            if owns_url && !url_state::fits_link(&state.code) {
                <p class="notice" role="status" data-notice="no-link">
                    { format!("This program is over {} characters, too long for a share link: the address shows the page without it. Your text stays here.", url_state::MAX_LINK_PROGRAM) }
                </p>
            }
            <div class="ownership-layout">
                <div class="editor-pane">
                    <label for="ownership-code" class="pane-title">{ "Your code (edit freely)" }</label>
                    <CodeEditor code={AttrValue::from(state.code.clone())} analysis={Shared(analyzed.clone())}
                        current={current_step.map(|s| s.line)} marked={marked_lines} {oninput} />
                    <div class="stepper" role="group" aria-label="Step through the program">
                        <button type="button" onclick={prev} disabled={current == 0 || steps.is_empty()} aria-label="Previous step">{ "← Previous" }</button>
                        <span class="step-count" aria-live="polite">
                            { if steps.is_empty() { "No steps".to_string() } else { format!("Step {} of {}", current + 1, steps.len()) } }
                            if let Some(label) = current_step.and_then(round_label) {
                                <span class="iteration">{ label }</span>
                            }
                            if let Some(s) = current_step.filter(|s| !s.callers.is_empty()) {
                                <span class="iteration">{ format!(" · in fn {}", s.function) }</span>
                            }
                        </span>
                        <button type="button" onclick={next} disabled={current >= last} aria-label="Next step">{ "Next →" }</button>
                        if over_to > current + 1 {
                            <button type="button" onclick={over} aria-keyshortcuts="Shift+ArrowRight">{ "Step over the call" }</button>
                        }
                    </div>
                    <p class="hint">{ format!("Keys ← → Home End step too (outside the editor); → steps into a call of your own function, Shift+→ over it. Each time round a loop is a step (up to {}) when the checker can tell how many there are; otherwise a loop is shown twice, and the second time round stands for every later one. In the gutter: ✗ an error, → a move, & a borrow.", ownership::MAX_SHOWN_ITERATIONS) }</p>
                    { verdict(analysis, state.selected, &select) }
                </div>
                <div class="trace-pane">
                    // The trace renders a task after the editor, the first time, and its
                    // details a task after that (each part's first render is a short task).
                    <ui::island::Later after={1}>
                        <StepDetails analysis={Shared(analyzed.clone())} {current} {involved}
                            {go} />
                    </ui::island::Later>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StepDetailsProps {
    analysis: Shared,
    /// The step shown, from 0 (already clamped to the last step).
    current: usize,
    /// The variables the selected diagnostic names, marked in the diagram.
    involved: Vec<String>,
    /// Moves to a step (clamped).
    go: Callback<usize>,
}

/// The current step's events, the stack/heap diagram, the permissions table and the
/// timeline. Each part is a component whose properties are compared by value, so an edit
/// that leaves a part as it was (most keystrokes leave the timeline alone) does not redraw it.
#[component]
fn StepDetails(props: &StepDetailsProps) -> Html {
    let steps = &props.analysis.0.steps;
    let step = steps.get(props.current).cloned();
    let lanes = use_memo(props.analysis.clone(), |a| ownership::timeline(&a.0.steps));
    html! {
        <>
            <StepView {step} involved={props.involved.clone()} />
            // Below the diagram: a task later still, the first time.
            <ui::island::Later after={1}>
                <Timeline {lanes} current={props.current} go={props.go.clone()} />
            </ui::island::Later>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StepViewProps {
    step: Option<Step>,
    involved: Vec<String>,
}

/// The step's events, the stack/heap diagram and (a task later, the first time) the
/// permissions table.
#[component]
fn StepView(props: &StepViewProps) -> Html {
    let step = props.step.as_ref();
    html! {
        <>
            { for props.step.as_ref().map(events) }
            // Drawn both ways, wide and narrow: the pane's width picks one (a container query
            // in styles/ownership.css), here as in the build's snapshot, which cannot measure.
            <div class="step-drawings">
                <div class="for-wide">{ diagram(step, &props.involved, &WIDE) }</div>
                <div class="for-narrow">{ diagram(step, &props.involved, &NARROW) }</div>
            </div>
            <ui::island::Later after={1}>
                { for props.step.as_ref().map(permissions_table) }
            </ui::island::Later>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TimelineProps {
    /// One lane per variable, each with one cell per step.
    lanes: std::rc::Rc<Vec<ownership::Lane>>,
    current: usize,
    go: Callback<usize>,
}

#[component]
fn Timeline(props: &TimelineProps) -> Html {
    timeline_view(&props.lanes, props.current, &props.go)
}

/// Where a step inside a loop is: which time round, of how many when known.
fn round_label(step: &Step) -> Option<String> {
    let n = step.iteration?;
    Some(match step.iterations {
        Some(total) if n > total => " · loop: the check that ends it".to_string(),
        Some(total)
            if total > ownership::MAX_SHOWN_ITERATIONS && n == ownership::MAX_SHOWN_ITERATIONS =>
        {
            format!(" · loop, time {n} of {total} (the steps follow the first {n})")
        }
        Some(total) => format!(" · loop, time {n} of {total}"),
        None if n == 1 => " · loop, first time round".to_string(),
        None => " · loop, a later time round (it stands for every later one)".to_string(),
    })
}

/// The verdict and the diagnostics, each pointing at its line and step.
fn verdict(
    analysis: &Analysis,
    selected: Option<usize>,
    select: &Callback<(usize, Option<usize>)>,
) -> Html {
    match &analysis.status {
        Status::Unsupported { line, message, .. } => html! {
            <div class="verdict unsupported" role="status" data-status="unsupported">
                <p><strong>{ "Not supported yet" }</strong>{ format!(" (line {line}): ") }{ inline_code(message) }</p>
                <p class="hint">{ "The checker handles a teaching subset of Rust. It gives no verdict on code it does not understand, rather than guess." }</p>
            </div>
        },
        Status::SyntaxError { line, message } => html! {
            <div class="verdict syntax-error" role="status" data-status="syntax-error">
                <p><strong>{ "Syntax error" }</strong>{ format!(" on line {line}: ") }{ inline_code(message) }</p>
            </div>
        },
        Status::Checked if analysis.diagnostics.is_empty() => html! {
            <div class="verdict compiles" role="status" data-status="compiles">
                <p><strong>{ "✓ No ownership errors found." }</strong>{ " This checker found no move, borrow or lifetime error here." }</p>
            </div>
        },
        Status::Checked => {
            let items = analysis.diagnostics.iter().enumerate().map(|(i, d)| {
                let to = d.step;
                let jump = {
                    let select = select.clone();
                    Callback::from(move |_: MouseEvent| select.emit((i, to)))
                };
                let jump = Some(jump);
                let explanation = ownership::explain(d.code);
                let is_selected = selected == Some(i);
                html! {
                    <li class={classes!("diagnostic", is_selected.then_some("selected"))} data-code={d.code}>
                        <p class="diagnostic-head">
                            <span class="code">{ format!("error[{}]", d.code) }</span>{ ": " }{ inline_code(&d.message) }
                        </p>
                        <p class="diagnostic-where">{ format!("line {}", d.span.line) }
                            if let Some(jump) = jump {
                                { " · " }<button type="button" class="link-button" onclick={jump} aria-pressed={is_selected.to_string()}>
                                    { if to.is_some() { "show where it happens" } else { "mark it in the code" } }
                                </button>
                            }
                        </p>
                        if !d.labels.is_empty() {
                            <ul class="labels">
                                { for d.labels.iter().map(|l| html! { <li>{ format!("line {}: ", l.span.line) }{ inline_code(&l.message) }</li> }) }
                            </ul>
                        }
                        if let Some((what, fix)) = explanation {
                            <p class="explain">{ inline_code(what) }</p>
                            <p class="fix"><strong>{ "Usual fix: " }</strong>{ inline_code(fix) }</p>
                        }
                    </li>
                }
            });
            html! {
                <div class="verdict errors" role="status" data-status="errors">
                    <p><strong>{ format!("{} error{} — rustc would refuse this program.", analysis.diagnostics.len(), if analysis.diagnostics.len() == 1 { "" } else { "s" }) }</strong></p>
                    <ul class="diagnostics">{ for items }</ul>
                </div>
            }
        }
    }
}

fn events(step: &Step) -> Html {
    if step.events.is_empty() {
        return html! {};
    }
    html! {
        <ul class="events" aria-label="What happens at this step">
            { for step.events.iter().map(|e| html! { <li>{ inline_code(&e.text) }</li> }) }
        </ul>
    }
}

/// Geometry of the stack/heap diagram, in SVG user units, which are CSS pixels (whole
/// numbers, which format with less code than floats).
const ROW_H: i32 = 48;
/// Where the diagram's parts go, in SVG user units: the drawing spans `left..left + width`.
struct Geometry {
    left: i32,
    width: i32,
    stack_x: i32,
    stack_w: i32,
    heap_x: i32,
    heap_w: i32,
    /// Each heap box goes under its variable rather than beside it.
    narrow: bool,
}

/// Stack and heap side by side, for a pane at least as wide (in CSS pixels), with room on
/// the left for the borrows' arrows.
const WIDE: Geometry = Geometry {
    left: -40,
    width: 470,
    stack_x: 50,
    stack_w: 180,
    heap_x: 254,
    heap_w: 176,
    narrow: false,
};

/// Each heap box under its variable, for a phone's pane (at least 250 px: a 320 px screen's),
/// with room on the right for the arrow from an `Rc`'s second handle to the first one's box.
const NARROW: Geometry = Geometry {
    left: 0,
    width: 250,
    stack_x: 44,
    stack_w: 190,
    heap_x: 60,
    heap_w: 174,
    narrow: true,
};

/// The extra height of a row whose heap box is under it.
const HEAP_UNDER: i32 = 40;

/// A count as SVG user units (capped, so arithmetic on it cannot overflow).
fn units(n: usize) -> i32 {
    i32::try_from(n.min(100_000)).unwrap_or(0)
}

/// How many characters of the drawing's code font (13 px) fit in `w` units, less a margin.
fn fits(w: i32) -> usize {
    usize::try_from((w - 16) * 10 / 78).unwrap_or(0).max(4)
}

/// The frames on the stack at `step`, `main`'s first: each function with the line of the call
/// it waits on (none for the step's own) and its variables.
fn frames(step: &Step) -> impl Iterator<Item = (&str, Option<usize>, &[VarView])> {
    step.callers
        .iter()
        .map(|f| (f.function.as_str(), Some(f.line), f.vars.as_slice()))
        .chain([(step.function.as_str(), None, step.vars.as_slice())])
}

/// A row of the stack: a frame's title, or one of its variables; with the frame's number.
type Row<'a> = (usize, Result<&'a VarView, String>);

/// The stack and heap at `step`, laid out by `g` ([`WIDE`] or [`NARROW`]). The drawing is as
/// wide as its pane, up to a quarter larger than one unit per CSS pixel of 16 px text
/// (styles/ownership.css), so its text is never smaller than its CSS size.
fn diagram(step: Option<&Step>, involved: &[String], g: &Geometry) -> Html {
    let Some(step) = step.filter(|s| !s.vars.is_empty() || !s.callers.is_empty()) else {
        return html! { <p class="diagram-empty">{ "No variables in scope at this step." }</p> };
    };
    let Geometry {
        left,
        width,
        stack_x,
        stack_w,
        heap_x,
        heap_w,
        narrow,
    } = *g;
    // The arrowheads' ids, one set per drawing (both are on the page).
    let variant = if narrow { "n" } else { "w" };
    let owns_marker = format!("url(#arrow-owns-{variant})");
    // With calls under way, each frame is titled; `main`'s alone needs no title of its own.
    let own = step.callers.len();
    let mut rows: Vec<Row> = Vec::new();
    for (k, (function, line, vars)) in frames(step).enumerate() {
        if own > 0 {
            let waits = line
                .map(|l| format!(", waiting on line {l}"))
                .unwrap_or_default();
            rows.push((k, Err(format!("fn {function}{waits}"))));
        }
        rows.extend(vars.iter().map(|v| (k, Ok(v))));
    }
    // What each row shows of the heap: `Ok(Some(j))`, an arrow to the box of row j (an
    // `Rc`/`Arc` handle points to the box of the first handle of its allocation); `Ok(None)`,
    // a box of its own; `Err`, nothing.
    let heap: Vec<Result<Option<usize>, ()>> = rows
        .iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let v = v.as_ref().map_err(|_| ())?;
            if v.state == VarState::Moved || v.heap.is_none() {
                return Err(());
            }
            Ok(v.alloc.and_then(|a| {
                rows[..i]
                    .iter()
                    .position(|(f, w)| f == k && w.as_ref().is_ok_and(|w| w.alloc == Some(a)))
            }))
        })
        .collect();
    // Each row's top; the drawing's height last.
    let mut tops = vec![30];
    for h in &heap {
        let under = if narrow && *h == Ok(None) {
            HEAP_UNDER
        } else {
            0
        };
        tops.push(tops[tops.len() - 1] + ROW_H + under);
    }
    let height = tops[rows.len()];
    // Where a row's heap box is: its left edge's y middle.
    let heap_y = |j: usize| tops[j] + if narrow { HEAP_UNDER + 18 } else { 18 };
    let index_of = |frame: usize, name: &str| {
        rows.iter()
            .rposition(|(k, v)| *k == frame && v.as_ref().is_ok_and(|v| v.name == name))
    };

    let drawn = rows.iter().enumerate().map(|(i, (k, v))| {
        let y = tops[i];
        let v = match v {
            Ok(v) => v,
            Err(title) => {
                return html! { <text class="frame-title" x={stack_x.to_string()} y={(y + 24).to_string()}>{ title }</text> };
            }
        };
        let moved = v.state == VarState::Moved;
        let state_text = match v.state {
            VarState::Owned => "",
            VarState::Moved => " (moved)",
            VarState::Uninit => " (uninitialized)",
        };
        let stack_text = match (&v.value, &v.borrow) {
            (_, Some(b)) if v.ty.starts_with("MutexGuard") => format!("holds the lock of {}", b.target),
            (_, Some(b)) => format!("→ {}", b.target),
            (Some(value), None) => value.clone(),
            (None, None) => match &v.heap {
                // What the stack part holds: three words for a `String` or `Vec`, one pointer
                // for a box or an `Rc`, a pointer and more for the other collections.
                Some(_) if v.ty == "String" || v.ty.starts_with("Vec<") => "ptr, len, cap".to_string(),
                Some(_) if ["Box<", "Rc<", "Arc<"].iter().any(|p| v.ty.starts_with(p)) => "ptr".to_string(),
                Some(_) => "ptr, …".to_string(),
                None => String::new(),
            },
        };
        let right = stack_x + stack_w;
        let heap_part = match (heap[i], &v.heap) {
            (Ok(Some(j)), _) if narrow => html! {
                <path class="owns" d={format!("M {right} {} C {c} {}, {c} {}, {right} {}", y + 18, y + 18, heap_y(j), heap_y(j), c = right + 14)} marker-end={owns_marker.clone()} />
            },
            (Ok(Some(j)), _) => html! {
                <path class="owns" d={format!("M {right} {} L {heap_x} {}", y + 18, heap_y(j) + 8)} marker-end={owns_marker.clone()} />
            },
            (Ok(None), Some(h)) => {
                let (from_x, from_y, box_y) = if narrow {
                    (stack_x + 8, y + 34, y + 2 + HEAP_UNDER)
                } else {
                    (right, y + 18, y + 2)
                };
                html! {
                    <g class="heap-box">
                        <title>{ h }</title>
                        <path class="owns" d={format!("M {from_x} {from_y} V {} H {heap_x}", box_y + 16)} marker-end={owns_marker.clone()} />
                        <rect x={heap_x.to_string()} y={box_y.to_string()} width={heap_w.to_string()} height="32" rx="4" />
                        <text x={(heap_x + 8).to_string()} y={(box_y + 21).to_string()}>{ truncate(h, fits(heap_w)) }</text>
                    </g>
                }
            }
            _ => html! {},
        };
        let label = format!(
            "{}{}: {}{}{}",
            if v.mutable { "mut " } else { "" },
            v.name,
            v.ty,
            state_text,
            if stack_text.is_empty() { String::new() } else { format!(", {stack_text}") }
        );
        let typed = format!(": {}{}{}", if v.mutable { "mut " } else { "" }, v.ty, state_text);
        html! {
            <g class={classes!("var", moved.then_some("moved"), v.borrow.is_some().then_some("reference"), (*k < own).then_some("caller"), (*k == own && involved.contains(&v.name)).then_some("involved"))} data-var={v.name.clone()}>
                <title>{ label }</title>
                <rect class="slot" x={stack_x.to_string()} y={(y + 2).to_string()} width={stack_w.to_string()} height="32" rx="4" />
                <text x={(stack_x + 8).to_string()} y={(y + 15).to_string()} class="var-type">
                    <tspan class="var-name">{ &v.name }</tspan>
                    { truncate(&typed, fits(stack_w).saturating_sub(v.name.chars().count())) }
                </text>
                <text x={(stack_x + 8).to_string()} y={(y + 30).to_string()} class="var-value">{ truncate(&stack_text, fits(stack_w)) }</text>
                { heap_part }
            </g>
        }
    });

    let arrows = rows.iter().enumerate().filter_map(|(i, (_, v))| {
        let v = v.as_ref().ok()?;
        let b = v.borrow.as_ref()?;
        // `*a`: through `a` (a reborrow, or the `Mutex` inside an `Arc`).
        let j = index_of(b.frame, b.target.trim_start_matches('*'))?;
        let (y1, y2) = (tops[i] + 18, tops[j] + 18);
        // Farther apart, farther out, within the room left of the stack.
        let bend = (30 + 6 * units(i.abs_diff(j))).min(stack_x - left - 4);
        let kind = match b.kind {
            BorrowKind::Shared => "shared",
            BorrowKind::Mutable => "mutable",
        };
        Some(html! {
            <path class={classes!("borrow", kind)}
                d={format!("M {sx} {y1} C {cx} {y1}, {cx} {y2}, {sx} {y2}", sx = stack_x - 2, cx = stack_x - bend)}
                marker-end={format!("url(#arrow-{kind}-{variant})")}>
                <title>{ format!("{} borrows {} ({})", v.name, b.target, kind) }</title>
            </path>
        })
    });

    html! {
        <figure class="diagram">
            <svg viewBox={format!("{left} 0 {width} {height}")} role="img"
                aria-label={diagram_summary(step)}>
                <defs>
                    { for ["owns", "shared", "mutable"].into_iter().map(|k| html! {
                        <marker id={format!("arrow-{k}-{variant}")} class={classes!("marker", k)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    }) }
                </defs>
                <text class="column-title" x={stack_x.to_string()} y="16">{ if own > 0 { "Stack: a frame per call" } else { "Stack: fn main" } }</text>
                if !narrow {
                    <text class="column-title" x={heap_x.to_string()} y="16">{ "Heap" }</text>
                }
                { for drawn }
                { for arrows }
            </svg>
            <figcaption>{ if narrow { "Under a variable, indented: its heap data. Curved arrows: borrows (dashed = shared, thick = mutable). Greyed out: moved away." } else { "Solid lines: an owner and its heap data. Curved arrows: borrows (dashed = shared, thick = mutable). Greyed out: moved away." } }</figcaption>
        </figure>
    }
}

/// A sentence for screen readers describing every frame and variable in the diagram.
fn diagram_summary(step: &Step) -> String {
    let parts: Vec<String> = frames(step)
        .flat_map(|(function, _, vars)| {
            std::iter::once(format!("frame of fn {function}")).chain(vars.iter().map(|v| {
                let state = match (&v.state, &v.borrow) {
                    (VarState::Moved, _) => "moved".to_string(),
                    (VarState::Uninit, _) => "uninitialized".to_string(),
                    (_, Some(b)) => format!(
                        "{} borrow of {}",
                        match b.kind {
                            BorrowKind::Shared => "shared",
                            BorrowKind::Mutable => "mutable",
                        },
                        b.target
                    ),
                    (_, None) => "owner".to_string(),
                };
                format!("{} ({}): {}", v.name, v.ty, state)
            }))
        })
        .collect();
    format!("Variables in scope: {}", parts.join("; "))
}

/// The names a diagnostic's message puts in backticks (`s`, `*r` → `r`).
fn named_in(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|n| n.trim_start_matches('*').to_string())
        .collect()
}

/// What each path may do at this step: read, write, own.
fn permissions_table(step: &Step) -> Html {
    let rows = ownership::permissions(step);
    if rows.is_empty() {
        return html! {};
    }
    let mark = |on: bool, letter: &'static str| {
        html! { <td class={classes!("perm", if on { "yes" } else { "no" })}>{ if on { letter } else { "–" } }</td> }
    };
    html! {
        <table class="data-table permissions">
            <caption>{ "Permissions at this step: R read, W write, O own (move or drop)" }</caption>
            <thead><tr><th scope="col">{ "Path" }</th><th scope="col">{ "R" }</th><th scope="col">{ "W" }</th><th scope="col">{ "O" }</th><th scope="col">{ "Why not" }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|p| html! {
                    <tr data-path={p.path.clone()}>
                        <th scope="row"><code>{ &p.path }</code></th>
                        { mark(p.read, "R") }{ mark(p.write, "W") }{ mark(p.own, "O") }
                        <td class="why">{ p.note.as_deref().map(inline_code).unwrap_or_default() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// One lane per variable, one column per step; the current step is outlined and clicking a
/// column goes to that step. The names are text and the bars drawings stretched to the
/// width, so the timeline reflows to any width and its text keeps its size.
fn timeline_view(lanes: &[ownership::Lane], current: usize, go: &Callback<usize>) -> Html {
    let steps = lanes.first().map_or(0, |l| l.cells.len());
    if steps == 0 {
        return html! {};
    }
    let class = |c: ownership::Cell| match c {
        ownership::Cell::OutOfScope => None,
        ownership::Cell::Uninit => Some("uninit"),
        ownership::Cell::Owned => Some("owned"),
        ownership::Cell::Moved => Some("moved"),
        ownership::Cell::SharedBorrow => Some("shared"),
        ownership::Cell::MutBorrow => Some("mutable"),
    };
    let summary = lanes
        .iter()
        .map(|l| {
            let owned = l
                .cells
                .iter()
                .filter(|c| **c != ownership::Cell::OutOfScope)
                .count();
            format!("{} in scope for {} of {} steps", l.name, owned, steps)
        })
        .collect::<Vec<_>>()
        .join("; ");
    // Each drawing is `steps` units wide and one high, stretched to its box.
    let view_box = format!("0 0 {steps} 1");
    let columns = (0..steps).map(|i| {
        let go = go.clone();
        html! {
            <rect class={classes!("column", (i == current).then_some("current"))} x={i.to_string()} y="0"
                width="1" height="1" onclick={Callback::from(move |_: MouseEvent| go.emit(i))}>
                <title>{ format!("Step {}", i + 1) }</title>
            </rect>
        }
    });
    let rows = lanes.iter().map(|lane| {
        // One bar per run of equal cells: a long program has hundreds of steps.
        let mut runs: Vec<(usize, usize, ownership::Cell)> = Vec::new();
        for (i, c) in lane.cells.iter().enumerate() {
            match runs.last_mut() {
                Some((_, n, last)) if last == c => *n += 1,
                _ => runs.push((i, 1, *c)),
            }
        }
        let cells = runs.into_iter().filter_map(|(i, n, c)| {
            Some(html! {
                <rect class={classes!("cell", class(c)?)} x={i.to_string()} y="0" width={n.to_string()} height="1" />
            })
        });
        html! {
            <div class="lane" data-var={lane.name.clone()}>
                <span class="lane-name">{ &lane.name }</span>
                <svg viewBox={view_box.clone()} preserveAspectRatio="none" aria-hidden="true">{ for cells }</svg>
            </div>
        }
    });
    html! {
        <figure class="timeline">
            <div class="timeline-lanes" role="img" aria-label={format!("Lifetime timeline: {summary}")}>
                // Under the lanes, which let the pointer through to the columns.
                <svg class="columns" viewBox={view_box.clone()} preserveAspectRatio="none" aria-hidden="true">{ for columns }</svg>
                <p class="timeline-head" aria-hidden="true">{ "Steps →" }</p>
                { for rows }
            </div>
            <figcaption>
                <span class="lane-key owned">{ "owns" }</span>{ " " }
                <span class="lane-key shared">{ "shared borrow" }</span>{ " " }
                <span class="lane-key mutable">{ "mutable borrow" }</span>{ " " }
                <span class="lane-key moved">{ "moved out" }</span>{ " " }
                <span class="lane-key uninit">{ "no value yet" }</span>
                { " · one row per variable, one column per step; click a column to go there." }
            </figcaption>
        </figure>
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// The visualizer's name in the shell's widget registry and in its URLs (`#/ownership`).
pub const SLUG: &str = "ownership";

/// The visualizer's start (see [`ui::island::Start`]): the keys `preset`, `step` and `query`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OwnershipStart {
    /// The name of a preset program to open, instead of the first (or the URL's program).
    pub preset: Option<String>,
    /// The step to open at, from 0.
    pub step: usize,
    /// A query of the visualizer's page to open as it would (`code=…&step=3`): what a
    /// presenter's own deck keeps of it.
    pub query: Option<String>,
}

impl Start for OwnershipStart {
    fn set(&mut self, key: &str, value: String) -> Result<(), String> {
        match key {
            "preset" => self.preset = Some(value),
            "query" => self.query = Some(value),
            "step" => {
                self.step = value
                    .parse()
                    .map_err(|_| format!("step `{value}` is not a step number"))?
            }
            _ => {}
        }
        Ok(())
    }
}

/// The island's root: the visualizer at its start.
#[derive(Properties, PartialEq)]
struct IslandRoot {
    start: OwnershipStart,
}

#[component]
fn Island(props: &IslandRoot) -> Html {
    let preset = props.start.preset.clone().map(AttrValue::from);
    let query = props.start.query.clone().map(AttrValue::from);
    html! {
        <>
            <OwnershipWidget {preset} step={props.start.step} {query} />
        </>
    }
}

/// The island as it first renders from `start` (an [`OwnershipStart`]'s pairs): what the
/// build's native pre-render draws in an embed's snapshot (see `ui::island::Previews`).
/// Errors: a start that cannot be read.
pub fn preview(start: &[(String, String)]) -> Result<Html, String> {
    let start = OwnershipStart::read(start)?;
    Ok(html! { <Island {start} /> })
}

/// Mounts the visualizer in `root` with `start` (an [`OwnershipStart`] as a JS object).
/// Errors: a `start` that cannot be read.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_ownership(
    root: web_sys::Element,
    start: wasm_bindgen::JsValue,
) -> Result<ui::island::IslandHandle, wasm_bindgen::JsValue> {
    // The parser and checker are most of the code the first render calls. Each warm-up has
    // the browser compile a part of them, in a task of its own, rather than all of them inside
    // the render's task: the smallest program parsed (the lexer and the items), then the
    // first example (its statements and expressions); the smallest program analyzed, then
    // the first example.
    const SMALLEST: &str = "fn main() {}";
    const WARM_UPS: &[fn()] = &[
        || drop(ownership::check_syntax(SMALLEST)),
        || drop(ownership::check_syntax(PRESETS[0].code)),
        || drop(ownership::analyze(SMALLEST)),
        || drop(ownership::analyze(PRESETS[0].code)),
    ];
    ui::island::mount_with_warm_up::<Island, _>(root, start, |start| IslandRoot { start }, WARM_UPS)
}

#[cfg(test)]
mod tests {
    use super::{menu, round_label, OwnershipStart, MENU, PRESETS};
    use ui::island::Start;

    #[test]
    fn the_island_reads_its_start_from_the_shell_s_pairs() {
        let start = OwnershipStart {
            preset: Some("Moves & borrows".into()),
            step: 3,
            query: Some("code=abc&step=2".into()),
        };
        let read = OwnershipStart::read::<&str, &str>;
        assert_eq!(
            read(&[
                ("preset", "Moves & borrows"),
                ("step", "3"),
                ("query", "code=abc&step=2")
            ]),
            Ok(start)
        );
        assert_eq!(read(&[]), Ok(OwnershipStart::default()));
        assert!(read(&[("step", "three")]).is_err());
    }

    /// A loop of known length says which time round of how many; one the checker cannot
    /// follow says that its second time round stands for the rest.
    #[test]
    fn loop_steps_say_which_time_round() {
        let labels = |program: &str, line: usize| -> Vec<String> {
            ownership::analyze(program)
                .steps
                .iter()
                .filter(|s| s.line == line)
                .filter_map(round_label)
                .collect()
        };
        let known = "fn main() {\n    let mut t = 0;\n    for i in 0..3 {\n        t += i;\n    }\n    println!(\"{t}\");\n}\n";
        assert_eq!(
            labels(known, 4),
            [
                " · loop, time 1 of 3",
                " · loop, time 2 of 3",
                " · loop, time 3 of 3"
            ]
        );
        let long = known.replace("0..3", "0..50");
        let last = labels(&long, 4).pop().unwrap_or_default();
        assert!(last.contains("of 50 (the steps follow the first"), "{last}");
        let unknown = known.replace("0..3", "0..\"3\".parse::<i32>().unwrap()");
        assert_eq!(
            labels(&unknown, 4),
            [
                " · loop, first time round",
                " · loop, a later time round (it stands for every later one)"
            ]
        );
        let counted =
            "fn main() {\n    let mut n = 0;\n    while n < 2 {\n        n += 1;\n    }\n}\n";
        assert_eq!(
            labels(counted, 3).last().map(String::as_str),
            Some(" · loop: the check that ends it")
        );
    }

    /// An example named after an error code shows that error (the corpus test checks that
    /// the engine agrees with rustc on the same files), the others check clean; the seeds'
    /// first example is E0382; every line of the menus' list names a corpus file.
    #[test]
    fn examples_named_for_a_code_show_that_code() {
        let corpus = |file: &str| {
            let path = format!(
                "{}/../ownership/tests/corpus/{file}.rs",
                env!("CARGO_MANIFEST_DIR")
            );
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        };
        let menus: Vec<(&str, String)> = ["construct", "code"]
            .into_iter()
            .flat_map(menu)
            .map(|(label, file)| (label, corpus(file)))
            .collect();
        let listed = MENU.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(
            menus.len(),
            listed,
            "a line of presets.txt is not `menu | label | file`"
        );
        let all = PRESETS
            .iter()
            .map(|p| (p.name, p.code.to_string()))
            .chain(menus);
        let mut count = 0;
        for (name, code) in all {
            count += 1;
            let analysis = ownership::analyze(&code);
            let codes: Vec<&str> = analysis.diagnostics.iter().map(|d| d.code).collect();
            if let Some(code) = name.split(' ').next().filter(|c| c.starts_with("E0")) {
                assert!(codes.contains(&code), "{name}: {codes:?}");
            } else {
                assert_eq!(analysis.status, ownership::Status::Checked, "{name}");
            }
        }
        assert!(count >= 21, "{count} examples");
        assert!(menu("code").all(|(label, _)| label.starts_with("E0")));
        assert!(ownership::analyze(PRESETS[0].code)
            .diagnostics
            .iter()
            .any(|d| d.code == "E0382"));
    }
}
