//! "Run it yourself": spectral-norm in Rust (wasm) and in plain JavaScript, run in a Web
//! Worker (`bench-worker.js`) on the visitor's own machine, with a progress bar, a cancel
//! button, both times, their ratio and the browser's name, beside the paper's figures.
//! The run's state is `evidence::bench::BenchRun`; this file only wires the worker to it.

use std::rc::Rc;

use evidence::bench::{
    browser_name, paper_times, BenchRun, Event as BenchEvent, Kernel, Phase, Timing, ROUNDS,
    ROUNDS_TIME_CAP_MS, SIZES,
};
use evidence::{energy_table, format_ratio};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use ui::components::{HBar, HBarChart};

/// Actions on the run: a new run of size `n`, or a message from the worker.
enum Action {
    Start(u32),
    Worker(BenchEvent),
}

#[derive(Clone, PartialEq, Default)]
struct RunState(BenchRun);

impl Reducible for RunState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(RunState(match action {
            Action::Start(n) => BenchRun::start(n),
            Action::Worker(event) => self.0.apply(event),
        }))
    }
}

/// The worker and the closure that receives its messages (kept alive together).
struct Live {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Live {
    /// Unhooks the closures before they are dropped (a message already queued would call a
    /// dropped closure), then stops the worker.
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

fn get_str(obj: &JsValue, key: &str) -> Option<String> {
    Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_string()
}

fn get_f64(obj: &JsValue, key: &str) -> Option<f64> {
    Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_f64()
}

/// One worker message as a [`BenchEvent`]; `None` for anything this page did not ask for.
fn decode(data: &JsValue) -> Option<BenchEvent> {
    let kernel = || get_str(data, "which").and_then(|w| Kernel::from_protocol(&w));
    match get_str(data, "type")?.as_str() {
        "progress" => Some(BenchEvent::Progress {
            kernel: kernel()?,
            fraction: get_f64(data, "fraction")?,
        }),
        "done" => Some(BenchEvent::Done {
            kernel: kernel()?,
            timing: Timing {
                ms: get_f64(data, "ms")?,
                checksum: get_str(data, "checksum")?,
            },
        }),
        "cancelled" => Some(BenchEvent::Cancelled),
        "error" => Some(BenchEvent::Failed(
            get_str(data, "message").unwrap_or_else(|| "the benchmark worker failed".into()),
        )),
        _ => None,
    }
}

fn start_worker(dispatch: UseReducerDispatcher<RunState>) -> Result<Live, String> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options("bench-worker.js", &options)
        .map_err(|e| format!("the benchmark worker could not start: {e:?}"))?;
    let on_message = {
        let dispatch = dispatch.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(event) = decode(&e.data()) {
                dispatch.dispatch(Action::Worker(event));
            }
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        dispatch.dispatch(Action::Worker(BenchEvent::Failed(
            "the benchmark worker stopped with an error (is bench-worker.js served?)".into(),
        )));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Live {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn post(worker: &Worker, fields: &[(&str, JsValue)]) {
    let message = js_sys::Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(k), v);
    }
    let _ = worker.post_message(&message);
}

/// The benchmark panel.
#[component]
pub fn RunItYourself() -> Html {
    let run = use_reducer(RunState::default);
    let size = use_state(|| SIZES[0]);
    let live = use_mut_ref(|| None::<Live>);
    let browser = use_memo((), |_| {
        ui::window()
            .and_then(|w| w.navigator().user_agent().ok())
            .map(|ua| browser_name(&ua))
            .unwrap_or_else(|| "an unknown browser".into())
    });
    let paper = use_memo((), |_| {
        energy_table().ok().and_then(|rows| paper_times(&rows))
    });

    let on_run = {
        let (run, size, live) = (run.clone(), size.clone(), live.clone());
        Callback::from(move |_: MouseEvent| {
            let n = *size;
            let mut slot = live.borrow_mut();
            if slot.is_none() {
                match start_worker(run.dispatcher()) {
                    Ok(l) => *slot = Some(l),
                    Err(message) => {
                        run.dispatch(Action::Start(n));
                        run.dispatch(Action::Worker(BenchEvent::Failed(message)));
                        return;
                    }
                }
            }
            if let Some(l) = slot.as_ref() {
                run.dispatch(Action::Start(n));
                post(
                    &l.worker,
                    &[
                        ("type", "run".into()),
                        ("n", n.into()),
                        ("which", "both".into()),
                    ],
                );
            }
        })
    };
    // Each finished round but the last asks the worker for the next one.
    {
        let (run, live) = (run.clone(), live.clone());
        use_effect_with(run.0.rounds.len(), move |done| {
            if *done > 0 && run.0.is_running() {
                if let Some(l) = live.borrow().as_ref() {
                    post(
                        &l.worker,
                        &[
                            ("type", "run".into()),
                            ("n", run.0.n.into()),
                            ("which", "both".into()),
                        ],
                    );
                }
            }
        });
    }
    let on_cancel = {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(l) = live.borrow().as_ref() {
                post(&l.worker, &[("type", "cancel".into())]);
            }
        })
    };
    let on_size = {
        let size = size.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(n) = v.parse::<u32>() {
                if SIZES.contains(&n) {
                    size.set(n);
                }
            }
        })
    };

    let r = &run.0;
    let running = r.is_running();
    let status = match &r.phase {
        Phase::Idle => "Ready. Nothing runs until you press Run.".to_string(),
        Phase::Running { kernel } => format!(
            "Round {} of up to {ROUNDS}: running the {} kernel…",
            r.rounds.len() + 1,
            kernel.label()
        ),
        Phase::Done => match (r.checksums_agree(), r.reference_output(), r.checksum(Kernel::Rust)) {
            (Some(true), Some(reference), Some(sum)) if sum == reference => {
                format!("Done: both kernels printed {reference}, the Benchmarks Game's published output for this size.")
            }
            (Some(true), Some(reference), _) => format!(
                "Done: the kernels agree, but not with the Benchmarks Game's {reference}: this is a bug; please report it."
            ),
            (Some(true), None, _) => "Done: both kernels printed the same result.".to_string(),
            _ => "Done, but the two kernels disagree: this is a bug; please report it.".to_string(),
        },
        Phase::Cancelled => "Cancelled.".to_string(),
        Phase::Failed(message) => format!("The benchmark failed: {message}"),
    };
    let percent = (r.progress() * 100.0).round();
    let result_row = |kernel: Kernel| {
        let spread = r.spread(kernel);
        html! {
            <tr data-kernel={if kernel == Kernel::Rust { "rust" } else { "js" }}>
                <th scope="row">{ kernel.label() }</th>
                <td class="ms">{ spread.map(|s| format!("{:.1} ms", s.median)).unwrap_or_else(|| "—".into()) }</td>
                <td class="spread">{ spread.map(|s| format!("{:.1}–{:.1} ms ({} runs)", s.min, s.max, s.count)).unwrap_or_else(|| "—".into()) }</td>
                <td class="checksum"><code>{ r.checksum(kernel).unwrap_or("—") }</code></td>
            </tr>
        }
    };
    let bars: Vec<HBar> = [Kernel::Rust, Kernel::JavaScript]
        .into_iter()
        .filter_map(|k| {
            let t = r.spread(k)?;
            Some(HBar {
                label: k.label().into(),
                value: t.median,
                value_text: format!("{:.0} ms", t.median),
                class: if k == Kernel::Rust {
                    "compiled"
                } else {
                    "interpreted"
                },
                group: None,
                description: format!("{}: median {:.1} ms in {}", k.label(), t.median, browser),
            })
        })
        .collect();

    html! {
        <section class="widget evidence-chart run-it" aria-labelledby="run-it-heading">
            <h3 id="run-it-heading">{ "Run it yourself: spectral-norm on your machine" }</h3>
            <p>{ format!("The Benchmarks Game's spectral-norm, written once in Rust and compiled to WebAssembly, and once line for line in plain JavaScript. Both run here, in a background worker, so the page stays responsive, {ROUNDS} times over (fewer if the rounds pass {:.0} seconds), and the table gives each one's median and its fastest and slowest round. The sizes to choose from are {}; the work grows with the square of the size.", ROUNDS_TIME_CAP_MS / 1000.0, SIZES.map(|n| format!("{n} × {n}")).join(", ")) }</p>
            <div class="run-controls">
                <label for="run-it-size">{ "Matrix size" }</label>
                <select id="run-it-size" onchange={on_size} disabled={running}>
                    { for SIZES.iter().map(|n| html! {
                        <option value={n.to_string()} selected={*n == *size}>{ format!("{n} × {n}") }</option>
                    }) }
                </select>
                <button type="button" class="primary" onclick={on_run} disabled={running}>{ "Run" }</button>
                <button type="button" onclick={on_cancel} disabled={!running}>{ "Cancel" }</button>
            </div>
            <div class="run-progress">
                <progress max="100" value={percent.to_string()} aria-label="Benchmark progress"></progress>
                <span aria-hidden="true">{ format!("{percent:.0}%") }</span>
            </div>
            <p class="run-status" role="status" data-phase={match r.phase {
                Phase::Idle => "idle", Phase::Running { .. } => "running", Phase::Done => "done",
                Phase::Cancelled => "cancelled", Phase::Failed(_) => "failed" }}>{ status }</p>
            <div class="run-results">
                <div class="table-scroll" tabindex="0" role="region" aria-label="Benchmark results">
                <table class="data-table run-table">
                    <caption>{ format!("n = {} in {}", r.n, browser) }</caption>
                    <thead><tr><th scope="col">{ "Kernel" }</th><th scope="col">{ "Compute time (median)" }</th><th scope="col">{ "Fastest–slowest" }</th><th scope="col">{ "Result (9 decimals)" }</th></tr></thead>
                    <tbody>
                        { result_row(Kernel::Rust) }
                        { result_row(Kernel::JavaScript) }
                    </tbody>
                </table>
                </div>
                <dl class="ratios">
                    <dt>{ "Here: JavaScript's median time ÷ Rust's" }</dt>
                    <dd class="ratio-here">{ r.ratio().map(|x| format!("{}×", format_ratio(x))).unwrap_or_else(|| "—".into()) }</dd>
                    if let Some((js, rust)) = *paper {
                        <dt>{ format!("In the paper (Table 4, 2017, native Rust and Node): JavaScript's normalized time {} ÷ Rust's {}, each the mean over its ten benchmark problems, not one spectral-norm run", format_ratio(js), format_ratio(rust)) }</dt>
                        <dd class="ratio-paper">{ format!("{}×", format_ratio(js / rust)) }</dd>
                    }
                </dl>
            </div>
            if bars.len() == 2 {
                <HBarChart id="run-it-chart" title={format!("Spectral-norm, n = {}, median compute time in {}", r.n, browser)}
                    desc="Two bars, shorter is faster." bars={bars} />
            }
            <p class="honest">{ "What this shows: how fast your browser runs one numeric loop compiled to WebAssembly versus the same loop in JavaScript, after its JIT has optimised it. What it does not show: Rust against Python, or against native code. Modern JITs are very good at tight floating-point loops like this one, so expect a far smaller gap here than the paper's, which compared native Rust with Node on many programs. On a busy laptop one round can differ from the next by tens of percent: the fastest and slowest rounds show how much it did here." }</p>
            <p class="source">
                { "Kernel: " }
                <a href="https://benchmarksgame-team.pages.debian.net/benchmarksgame/description/spectralnorm.html">{ "the Computer Language Benchmarks Game's spectral-norm" }</a>
                { " (10 power iterations). Its published output is 1.274224153 for 5500 × 5500, a size you can pick here (and 1.274219991 for 100 × 100); at the other sizes the two kernels are checked against each other. Rust source: crates/kernels; JavaScript: bench-worker.js." }
            </p>
        </section>
    }
}
