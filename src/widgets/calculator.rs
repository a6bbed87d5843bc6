//! The calculator widget: a keypad over `crates/calculator`, the current value, and a live log
//! of the JavaScript call that each press stands for.

use std::rc::Rc;

use calculator::{Calculator, Op};
use yew::prelude::*;

use ui::components::CodeBlock;

/// The module's Rust source, shown beside the keypad.
const SOURCE: &str = include_str!("../../crates/calculator/src/lib.rs");

/// How many log lines are kept; older ones scroll away.
const LOG_LIMIT: usize = 40;

/// One call the widget made, as JavaScript would write it.
#[derive(Debug, Clone, PartialEq)]
struct LogEntry {
    /// `calc.add(5)`
    call: String,
    /// What the call returns (`None`: nothing, as `add` returns `undefined`), or the message of
    /// the `Error` it throws.
    outcome: Result<Option<i32>, String>,
}

impl LogEntry {
    /// A call that returns nothing.
    fn done(call: impl Into<String>) -> LogEntry {
        LogEntry {
            call: call.into(),
            outcome: Ok(None),
        }
    }

    /// `calc.get_value()`, which returns `value`.
    fn value(value: i32) -> LogEntry {
        LogEntry {
            call: "calc.get_value()".into(),
            outcome: Ok(Some(value)),
        }
    }
}

/// The keypad's state: the calculator, the operand being typed, and the log.
#[derive(Debug, Clone, PartialEq)]
struct KeypadState {
    calc: Calculator,
    /// The operand typed so far, as digits with an optional leading '-'.
    entry: String,
    /// A note about the last key (e.g. the operand is too long), if any.
    notice: Option<String>,
    log: Vec<LogEntry>,
}

impl Default for KeypadState {
    fn default() -> Self {
        KeypadState {
            calc: Calculator::new(),
            entry: String::new(),
            notice: None,
            log: vec![
                LogEntry::done("const calc = new Calculator()"),
                LogEntry::value(0),
            ],
        }
    }
}

enum Action {
    Digit(u8),
    Backspace,
    ToggleSign,
    ClearEntry,
    Apply(Op),
    Reset,
}

impl KeypadState {
    fn push_log(&mut self, entry: LogEntry) {
        self.log.push(entry);
        if self.log.len() > LOG_LIMIT {
            let extra = self.log.len() - LOG_LIMIT;
            self.log.drain(..extra);
        }
    }
}

impl Reducible for KeypadState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.notice = None;
        match action {
            Action::Digit(d) => {
                let candidate = format!("{}{}", s.entry, d);
                if candidate.parse::<i32>().is_ok() {
                    s.entry = if candidate.trim_start_matches('-').starts_with('0')
                        && candidate.trim_start_matches('-').len() > 1
                    {
                        // "07" → "7": leading zeros add nothing.
                        candidate.replacen('0', "", 1)
                    } else {
                        candidate
                    };
                } else {
                    s.notice = Some(format!(
                        "The operand is an i32: between {} and {}.",
                        i32::MIN,
                        i32::MAX
                    ));
                }
            }
            Action::Backspace => {
                s.entry.pop();
                if s.entry == "-" {
                    s.entry.clear();
                }
            }
            Action::ToggleSign => {
                if let Some(rest) = s.entry.strip_prefix('-') {
                    s.entry = rest.to_string();
                } else if !s.entry.is_empty() {
                    let negated = format!("-{}", s.entry);
                    if negated.parse::<i32>().is_ok() {
                        s.entry = negated;
                    }
                }
            }
            Action::ClearEntry => s.entry.clear(),
            Action::Apply(op) => match s.entry.parse::<i32>() {
                Ok(x) => {
                    // As the JavaScript runs it: the call returns nothing (or throws), then
                    // the page reads the value.
                    let call = format!("calc.{}({x})", op.method());
                    match s.calc.apply(op, x) {
                        Ok(value) => {
                            s.push_log(LogEntry::done(call));
                            s.push_log(LogEntry::value(value));
                        }
                        Err(e) => s.push_log(LogEntry {
                            call,
                            outcome: Err(e.to_string()),
                        }),
                    }
                    s.entry.clear();
                }
                Err(_) => {
                    s.notice = Some(format!(
                        "Type a number first, then press {} to call calc.{}(number).",
                        op.symbol(),
                        op.method()
                    ));
                }
            },
            Action::Reset => {
                s.calc.reset();
                s.entry.clear();
                s.push_log(LogEntry::done("calc.reset()"));
                let value = s.calc.get_value();
                s.push_log(LogEntry::value(value));
            }
        }
        Rc::new(s)
    }
}

/// The calculator widget.
#[component]
pub fn CalculatorWidget() -> Html {
    let state = use_reducer(KeypadState::default);

    let act = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let digit = |d: u8| {
        let state = state.clone();
        html! {
            <button type="button" class="key digit" onclick={Callback::from(move |_| state.dispatch(Action::Digit(d)))}>
                { d }
            </button>
        }
    };
    let op_key = |op: Op| {
        let state = state.clone();
        html! {
            <button type="button" class="key op" data-op={op.method()}
                aria-label={format!("{} (calc.{})", op.method(), op.method())}
                onclick={Callback::from(move |_| state.dispatch(Action::Apply(op)))}>
                { op.symbol() }
            </button>
        }
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                k if k.len() == 1 && k.as_bytes()[0].is_ascii_digit() => {
                    Some(Action::Digit(k.as_bytes()[0] - b'0'))
                }
                "+" => Some(Action::Apply(Op::Add)),
                "-" => Some(Action::Apply(Op::Subtract)),
                "*" | "x" => Some(Action::Apply(Op::Multiply)),
                "/" => Some(Action::Apply(Op::Divide)),
                "Backspace" => Some(Action::Backspace),
                "Escape" => Some(Action::ClearEntry),
                _ => None,
            };
            if let Some(action) = action {
                e.prevent_default();
                state.dispatch(action);
            }
        })
    };

    let entry_text = if state.entry.is_empty() {
        "type a number".to_string()
    } else {
        state.entry.clone()
    };
    let log = state.log.iter().rev().map(|entry| match &entry.outcome {
        Ok(None) => html! { <li class="ok"><code>{ &entry.call }</code></li> },
        Ok(Some(v)) => html! {
            <li class="ok"><code>{ &entry.call }</code><span class="arrow" aria-hidden="true">{ " → " }</span>
                <span class="sr-only">{ " gives " }</span><output>{ v }</output></li>
        },
        Err(message) => html! {
            <li class="err"><code>{ &entry.call }</code><span class="arrow" aria-hidden="true">{ " → " }</span>
                <span class="thrown">{ format!("throws Error: {message}") }</span></li>
        },
    });

    html! {
        <div class="widget calculator-widget">
            <div class="calc-panel">
                <div class="calc-display">
                    <div class="calc-value">
                        <span class="label">{ "calc.get_value()" }</span>
                        <output class="value" aria-live="polite" aria-label="Current value">{ state.calc.get_value() }</output>
                    </div>
                    <div class="calc-entry">
                        <span class="label">{ "operand" }</span>
                        <span class={classes!("entry", state.entry.is_empty().then_some("empty"))}>{ entry_text }</span>
                    </div>
                </div>
                <div class="keypad" role="group" aria-label="Keypad: digits build the operand, an operation calls the module" {onkeydown}>
                    { for [7, 8, 9].into_iter().map(digit) }
                    { op_key(Op::Divide) }
                    { for [4, 5, 6].into_iter().map(digit) }
                    { op_key(Op::Multiply) }
                    { for [1, 2, 3].into_iter().map(digit) }
                    { op_key(Op::Subtract) }
                    <button type="button" class="key" aria-label="Change the operand's sign" onclick={act(|| Action::ToggleSign)}>{ "±" }</button>
                    { digit(0) }
                    <button type="button" class="key" aria-label="Clear the operand" onclick={act(|| Action::ClearEntry)}>{ "C" }</button>
                    { op_key(Op::Add) }
                    <button type="button" class="key wide reset" onclick={act(|| Action::Reset)}>{ "reset()" }</button>
                </div>
                if let Some(notice) = &state.notice {
                    <p class="notice" role="status">{ notice }</p>
                }
                <h3 class="log-title" id="calc-log-title">{ "JavaScript calls, newest first" }</h3>
                <ol class="call-log" aria-labelledby="calc-log-title">{ for log }</ol>
            </div>
            <div class="calc-source">
                <h3>{ "The Rust behind it" }</h3>
                <p class="hint">{ "wasm-bindgen turns this struct into a JavaScript class. The same module is published on its own as " }
                    <a href="calculator/demo.html">{ "calculator.js" }</a>{ ", used from a plain HTML page." }</p>
                <CodeBlock code={SOURCE} label="Rust source of the Calculator module" />
            </div>
        </div>
    }
}
