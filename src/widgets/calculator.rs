//! The calculator widget: a keypad over `crates/calculator`, the current value, and a live log
//! of the JavaScript call that each press stands for. On its own page and in an embed, the
//! calls made since the module was created (or last reset) live in the URL
//! (`#/calculator?calls=add:5,multiply:3`), and a link replays them.

use std::rc::Rc;

use calculator::{Calculator, Op};
use yew::prelude::*;

use ui::components::CodeBlock;

/// The module's Rust source, shown beside the keypad.
const SOURCE: &str = include_str!("../../crates/calculator/src/lib.rs");

/// How many log lines are kept; older ones scroll away.
const LOG_LIMIT: usize = 40;

/// Most calls a link replays. Past it, the calls so far fold into one `add` of the value they
/// reached, so that the link still gives the same value.
const MAX_CALLS: usize = 50;

/// The widget's name in the registry and in its URLs.
const SLUG: &str = "calculator";

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
    /// The calls since `new Calculator()` or the last `reset()`, for the link to replay.
    calls: Vec<(Op, i32)>,
    /// A link's query still to be replayed: the first render draws a new calculator, as the
    /// build's pre-rendered page does (hydration must find what it rendered), and the calls
    /// are replayed just after it.
    pending: Option<String>,
}

/// What the link holds: the calls made, or the link's own query while it waits to be
/// replayed (so that the address keeps it meanwhile).
#[derive(Clone, Debug, PartialEq)]
enum Link {
    Calls(Vec<(Op, i32)>),
    Pending(String),
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
            calls: Vec::new(),
            pending: None,
        }
    }
}

/// The URL's query: the calls, `add:5,multiply:-3`.
#[derive(Debug, serde::Serialize)]
struct CalcQuery {
    calls: String,
}

/// The query for `link`; `None` (the bare route) when it holds no calls.
fn to_query(link: &Link) -> Option<CalcQuery> {
    let calls = match link {
        Link::Calls(calls) => calls,
        Link::Pending(query) => {
            return form_urlencoded::parse(query.as_bytes())
                .find(|(k, _)| k == "calls")
                .map(|(_, v)| CalcQuery {
                    calls: v.into_owned(),
                })
        }
    };
    (!calls.is_empty()).then(|| CalcQuery {
        calls: calls
            .iter()
            .map(|(op, x)| format!("{}:{x}", op.method()))
            .collect::<Vec<_>>()
            .join(","),
    })
}

/// The calls in a `calls=` value. Errors: a call that is not `method:i32`, or more than
/// [`MAX_CALLS`], in words.
fn parse_calls(value: &str) -> Result<Vec<(Op, i32)>, String> {
    let items: Vec<&str> = value.split(',').filter(|c| !c.is_empty()).collect();
    if items.len() > MAX_CALLS {
        return Err(format!("it has more than {MAX_CALLS} calls"));
    }
    items
        .into_iter()
        .map(|item| {
            let bad = || format!("“{}” is not a call", ui::components::clip(item));
            let (method, x) = item.split_once(':').ok_or_else(bad)?;
            let op = [Op::Add, Op::Subtract, Op::Multiply, Op::Divide]
                .into_iter()
                .find(|op| op.method() == method)
                .ok_or_else(bad)?;
            Ok((op, x.parse().map_err(|_| bad())?))
        })
        .collect()
}

impl KeypadState {
    /// The keypad after the calls a link's query (`calls=add:5,…`, without the `?`) asks
    /// for; a link it cannot read gives a new calculator and a notice saying why.
    fn from_query(query: &str) -> KeypadState {
        let mut state = KeypadState::default();
        let Some((_, value)) = form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "calls")
        else {
            return state;
        };
        match parse_calls(&value) {
            Ok(calls) => {
                for (op, x) in calls {
                    state.call(op, x);
                }
            }
            Err(why) => {
                state.notice = Some(format!(
                    "This link's calls could not be replayed: {why}. The calculator starts from 0."
                ))
            }
        }
        state
    }

    /// Calls `op` with `x`, as the JavaScript would, and logs it.
    fn call(&mut self, op: Op, x: i32) {
        // As the JavaScript runs it: the call returns nothing (or throws), then the page reads
        // the value.
        let call = format!("calc.{}({x})", op.method());
        let before = self.calc.get_value();
        match self.calc.apply(op, x) {
            Ok(value) => {
                self.push_log(LogEntry::done(call));
                self.push_log(LogEntry::value(value));
            }
            Err(e) => self.push_log(LogEntry {
                call,
                outcome: Err(e.to_string()),
            }),
        }
        if self.calls.len() == MAX_CALLS {
            self.calls = vec![(Op::Add, before)];
        }
        self.calls.push((op, x));
    }
}

enum Action {
    /// Replays the link's calls (see [`KeypadState::pending`]).
    Replay,
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
                    s.call(op, x);
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
            Action::Replay => {
                if let Some(query) = s.pending.take() {
                    return Rc::new(KeypadState::from_query(&query));
                }
            }
            Action::Reset => {
                s.calc.reset();
                s.calls.clear();
                s.entry.clear();
                s.push_log(LogEntry::done("calc.reset()"));
                let value = s.calc.get_value();
                s.push_log(LogEntry::value(value));
            }
        }
        Rc::new(s)
    }
}

/// Properties of [`CalculatorWidget`].
#[derive(Properties, PartialEq, Default)]
pub struct CalculatorProps {
    /// A query of the calculator's page (`calls=add:5`) to replay where the calculator does
    /// not own the URL (a slide of a presenter's own deck).
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The calculator widget.
#[component]
pub fn CalculatorWidget(props: &CalculatorProps) -> Html {
    let (state, _) = ui::url_state::use_url_reducer(
        SLUG,
        props.query.clone(),
        |query: Option<&str>| KeypadState {
            pending: query.map(String::from),
            ..KeypadState::default()
        },
        |s: &KeypadState| match &s.pending {
            Some(query) => Link::Pending(query.clone()),
            None => Link::Calls(s.calls.clone()),
        },
        to_query,
    );
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if state.pending.is_some() {
                state.dispatch(Action::Replay);
            }
        });
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<Action>) -> Rc<KeypadState> {
        actions
            .into_iter()
            .fold(Rc::new(KeypadState::default()), |s, a| s.reduce(a))
    }

    #[test]
    fn a_link_replays_the_calls_to_the_same_value_and_log() {
        let typed = after(vec![
            Action::Digit(5),
            Action::Apply(Op::Add),
            Action::Digit(3),
            Action::ToggleSign,
            Action::Apply(Op::Multiply),
            Action::Digit(0),
            Action::Apply(Op::Divide),
        ]);
        assert_eq!(typed.calc.get_value(), -15);
        let query =
            serde_urlencoded::to_string(to_query(&Link::Calls(typed.calls.clone())).unwrap())
                .unwrap();
        let replayed = KeypadState::from_query(&query);
        assert_eq!(replayed.calc.get_value(), -15);
        assert_eq!(replayed.log, typed.log, "the division by zero throws again");
        assert_eq!(replayed.notice, None);
        // Opened from the link, the widget first draws a new calculator (what the build
        // pre-rendered), keeps the link in the address meanwhile, then replays it.
        let opened = KeypadState {
            pending: Some(query.clone()),
            ..KeypadState::default()
        };
        assert_eq!(opened.calc.get_value(), 0);
        let kept = to_query(&Link::Pending(query.clone())).unwrap();
        assert_eq!(serde_urlencoded::to_string(kept).unwrap(), query);
        assert_eq!(Rc::new(opened).reduce(Action::Replay).log, typed.log);
        // A reset starts the link over.
        let reset = typed.reduce(Action::Reset);
        assert!(to_query(&Link::Calls(reset.calls.clone())).is_none());
    }

    #[test]
    fn a_bad_link_starts_from_zero_and_says_why() {
        for query in [
            "calls=add:x",
            "calls=pow:2",
            "calls=add5",
            "calls=add:99999999999",
        ] {
            let state = KeypadState::from_query(query);
            assert_eq!(state.calc.get_value(), 0, "{query}");
            assert!(state
                .notice
                .as_deref()
                .unwrap()
                .contains("could not be replayed"));
        }
        let long = format!("calls={}", vec!["add:1"; MAX_CALLS + 1].join(","));
        assert!(KeypadState::from_query(&long)
            .notice
            .unwrap()
            .contains("more than"));
        assert_eq!(KeypadState::from_query("theme=dark").notice, None);
    }

    #[test]
    fn past_the_limit_the_calls_fold_into_one_add_of_the_value() {
        let mut state = KeypadState::default();
        for _ in 0..MAX_CALLS + 7 {
            state.call(Op::Add, 2);
        }
        assert!(state.calls.len() <= MAX_CALLS);
        assert_eq!(state.calls[0].0, Op::Add);
        let query =
            serde_urlencoded::to_string(to_query(&Link::Calls(state.calls.clone())).unwrap())
                .unwrap();
        assert_eq!(
            KeypadState::from_query(&query).calc.get_value(),
            state.calc.get_value()
        );
    }
}
