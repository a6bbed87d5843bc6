//! Ownership and borrow analysis of a small teaching subset of Rust, in pure
//! Rust, fast enough to run on every keystroke in the browser.
//!
//! [`analyze`] parses a program with `syn`, walks every function in
//! evaluation order recording ownership events (moves, copies, borrows,
//! assignments, drops) and reports the borrow-check errors rustc would report,
//! with rustc's error code, primary line and a rustc-like message. For
//! `fn main` it also produces [`Step`]s with a snapshot of the variables, for
//! a step-by-step visualizer; a call of one of the program's functions shows
//! that function's steps in a frame above its caller's.
//!
//! The engine only gives a verdict on programs it fully understands. Anything
//! outside its subset (traits, generics, unknown methods, …) yields
//! [`Status::Unsupported`] and no diagnostics: a wrong "this compiles" would
//! teach the wrong lesson.
//!
//! How it works, in three passes (modules `walk`, `check`, `snapshot`;
//! `ir` holds what they share, `ty`, `methods` and `known` the type rules,
//! built-in methods and followed values, `guard` the limits):
//! 1. The walk assigns increasing *program points* while walking the code in
//!    evaluation order, records each access to a variable (read, borrow,
//!    move, assignment, end of scope) and each *loan* (a borrow, with the
//!    points at which whatever holds it is used), and tracks moved and
//!    initialized state to report use-after-move and mutability errors.
//! 2. The check applies non-lexical lifetimes: a loan lives from its
//!    creation to its last use, and any access that conflicts with a live
//!    loan is an error (E0499, E0502, E0503, E0505, E0506, E0597).
//! 3. The snapshot pass turns the recorded per-statement state into
//!    [`Step`]s, now that it is known when each borrow ends, and puts each
//!    call's steps before the caller's step that makes it.
//!
//! Branches and loops are recorded as regions of program points (exclusive
//! arms, optional regions, early exits), so "later in the program" is a
//! larger program point that the earlier one reaches, which is what keeps
//! this small enough to run in the browser.
//!
//! The function never panics on any input: the code avoids `unwrap`,
//! `expect` and indexing (enforced by the lints below) and uses checked
//! arithmetic on values from the program; input is capped at
//! [`MAX_SOURCE_CHARS`] characters, and nesting at [`MAX_NESTING`] levels
//! before and during the walk, so deep input cannot overflow the stack.

#![deny(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]
#![cfg_attr(
    test,
    allow(
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic
    )
)]

mod check;
mod guard;
mod ir;
mod known;
mod methods;
mod snapshot;
mod ty;
mod views;
mod walk;

pub use views::{explain, permissions, timeline, Cell, Lane, Permissions};

use serde::{Deserialize, Deserializer, Serialize};

/// Longest accepted program, in characters (Unicode scalar values). Longer
/// input is reported as unsupported without being parsed, so the page stays
/// responsive whatever is pasted into it.
pub const MAX_SOURCE_CHARS: usize = 20_000;

/// Most variable snapshots recorded across all [`Step`]s (the number of
/// steps times the variables in scope). Past it no more steps are recorded,
/// which keeps the result small for absurdly long `main` functions; the
/// diagnostics are unaffected.
pub const MAX_STEP_VARS: usize = 20_000;

/// The most times round a loop the steps follow, when the engine can tell how many times it
/// runs: past it, the steps go on after the loop (whose [`Step::iterations`] says how many
/// more there would be).
pub const MAX_SHOWN_ITERATIONS: usize = 8;

/// The most calls under way that the steps follow (`main` calling `f` calling `g` is two): a
/// call deeper than that, or of a function already under way (recursion, whose end the steps
/// could not tell without the arguments' values), is one step of its caller.
pub const MAX_CALL_DEPTH: usize = 8;

/// Deepest nesting accepted, both of brackets and operators (checked on the
/// tokens before parsing, since the parser is recursive too) and of blocks
/// and expressions during the walk. Deeper input is reported as unsupported
/// instead of risking a stack overflow.
pub const MAX_NESTING: usize = 64;

/// Analyzes a whole program (a file with `fn main`).
///
/// Never panics. The result's [`Status`] says whether the program was
/// understood; only then are `diagnostics` and `steps` filled in.
pub fn analyze(source: &str) -> Analysis {
    let analysis = walk::analyze_source(source);
    // proc-macro2 keeps the text of every parsed file in a thread-local
    // source map so spans can report lines. All spans have been converted to
    // plain [`Span`]s by now and the syntax tree is gone, so free that memory:
    // the browser re-analyzes on every edit.
    proc_macro2::extra::invalidate_current_thread_spans();
    analysis
}

/// Reads `source` only as far as its syntax tree (the length limit, the tokens, the nesting
/// limit, the parse), without analyzing it: `None` if all of that succeeds, otherwise the
/// [`Status`] that [`analyze`] would report. Never panics.
///
/// The first step of [`analyze`] on its own: the visualizer calls it once, a task before its
/// first analysis, so that the browser compiles the parser (it compiles each wasm function
/// when first called) in a task of its own.
pub fn check_syntax(source: &str) -> Option<Status> {
    let status = walk::syntax_status(source);
    proc_macro2::extra::invalidate_current_thread_spans(); // as in `analyze`
    status
}

/// The outcome of [`analyze`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Whether the program was understood; diagnostics and steps are empty
    /// unless this is [`Status::Checked`].
    pub status: Status,
    /// Errors rustc would report, ordered by line, each `(code, line)` once.
    pub diagnostics: Vec<Diagnostic>,
    /// Steps of `fn main` for the visualizer, in execution order, with the steps of the
    /// calls it makes of the program's functions (up to [`MAX_CALL_DEPTH`] deep, and
    /// [`MAX_STEP_VARS`] variable snapshots in total).
    pub steps: Vec<Step>,
}

impl Analysis {
    /// `true` when the program was fully checked and has no errors, i.e.
    /// rustc would accept it (as far as ownership and borrowing go).
    pub fn compiles(&self) -> bool {
        self.status == Status::Checked && self.diagnostics.is_empty()
    }
}

/// Whether the engine could give a verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Status {
    /// The whole program is inside the supported subset and was checked.
    Checked,
    /// The program uses something outside the subset. No verdict is given.
    Unsupported {
        /// Short name of the construct, e.g. "`if` expressions".
        construct: String,
        /// 1-based line where it appears.
        line: usize,
        /// A sentence for the reader, e.g. "`if` expressions are not
        /// supported yet".
        message: String,
    },
    /// The program does not parse as Rust.
    SyntaxError {
        /// 1-based line of the first parse error.
        line: usize,
        /// The parser's message.
        message: String,
    },
}

/// A region of the source. Lines are 1-based, columns are 0-based and count
/// characters (not bytes); the end is exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// 1-based line of the first character.
    pub line: usize,
    /// 0-based character column of the first character.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 0-based character column just past the last character.
    pub end_column: usize,
}

/// One error, as rustc would report it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// rustc's error code, e.g. `"E0382"`: one of [`CODES`].
    pub code: &'static str,
    /// rustc-like message, e.g. "borrow of moved value: `s`".
    pub message: String,
    /// The primary span: the line rustc reports the error at.
    pub span: Span,
    /// Secondary labels, e.g. "value moved here".
    pub labels: Vec<Label>,
    /// Index into [`Analysis::steps`] of the step during which the error
    /// happens (the conflicting access), when the steps show it (in `fn main`, or
    /// the first time the steps enter the function it is in).
    pub step: Option<usize>,
}

/// A secondary span of a [`Diagnostic`] with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What happens there, e.g. "value moved here".
    pub message: String,
}

/// One executed statement of `fn main` (or the closing `}` of a block,
/// where variables are dropped), with the variables afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// 1-based line where the statement starts.
    pub line: usize,
    /// Inside a loop: which time round its body this is, from 1. When the
    /// engine can follow the loop ([`Step::iterations`] is known), every time
    /// round is a step of its own, up to [`MAX_SHOWN_ITERATIONS`]; otherwise
    /// there are two, and the second stands for every later one (which is all
    /// a borrow checker needs to see).
    pub iteration: Option<usize>,
    /// Inside a loop: how many times its body runs, when the engine can tell
    /// (a range or a collection of known length, a condition on known values).
    pub iterations: Option<usize>,
    /// The statement (or the closing brace of a scope).
    pub span: Span,
    /// What happened, in order.
    pub events: Vec<Event>,
    /// The function the step is in: `"main"`, or a function of the program that a call
    /// leads to, as callers name it (`"take"`, `"Rect::area"`).
    pub function: String,
    /// The frames of the calls under way, `main`'s first and the caller of
    /// [`Step::function`] last: empty for a step of `main`.
    pub callers: Vec<Frame>,
    /// Variables of [`Step::function`] in scope after the step, in declaration order.
    pub vars: Vec<VarView>,
}

/// A frame on the stack below the step's own: a function waiting for the call it made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// The function, as [`Step::function`] names it.
    pub function: String,
    /// The 1-based line of its call that is under way.
    pub line: usize,
    /// Its variables at that call (the arguments already moved in).
    pub vars: Vec<VarView>,
}

/// An ownership event during a [`Step`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What kind of event.
    pub kind: EventKind,
    /// The variable it is about.
    pub var: String,
    /// A sentence for the reader, e.g. "`message` moves into `process_data`".
    pub text: String,
}

/// Kinds of [`Event`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    /// A variable is declared (and possibly initialized).
    Declare,
    /// Ownership moves out of the variable.
    Move,
    /// The variable's `Copy` value is duplicated.
    Copy,
    /// The variable is borrowed immutably.
    SharedBorrow,
    /// The variable is borrowed mutably.
    MutBorrow,
    /// A borrow held by the variable ends (its last use, per non-lexical
    /// lifetimes).
    BorrowEnd,
    /// The variable gets a new value.
    Assign,
    /// The variable goes out of scope (its heap memory, if any, is freed).
    Drop,
    /// A function of the program is called (its frame opens) or returns (its frame goes).
    Call,
}

/// A variable as shown after a [`Step`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VarView {
    /// Its name.
    pub name: String,
    /// Declared `mut`.
    pub mutable: bool,
    /// Its type as Rust spells it, e.g. `"String"`, `"&String"`, `"i32"`,
    /// `"Vec<i32>"`; `"_"` while not yet known (`let x;`).
    pub ty: String,
    /// Whether it currently owns a value.
    pub state: VarState,
    /// The stack value of a `Copy` variable when known, e.g. `"5"`.
    pub value: Option<String>,
    /// Heap contents of a `String`/`Vec`/`Box` variable that owns its value,
    /// e.g. `"\"hello\""` or `"[1, 2, 3]"`; `"…"` when not known.
    pub heap: Option<String>,
    /// For a reference variable whose loan is still live: what it borrows.
    pub borrow: Option<BorrowView>,
    /// For an `Rc`/`Arc` that owns a handle: the allocation it points to, numbered in its
    /// function (handles with one number share one heap box).
    pub alloc: Option<usize>,
}

/// Ownership state of a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VarState {
    /// It holds a value.
    Owned,
    /// Its value was moved out; it can no longer be used.
    Moved,
    /// Declared without a value (`let x;`).
    Uninit,
}

/// What a reference variable borrows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BorrowView {
    /// Name of the borrowed variable (e.g. `"s"`, or `"*r"` for a reborrow
    /// through `r`).
    pub target: String,
    /// Shared (`&`) or mutable (`&mut`).
    pub kind: BorrowKind,
    /// The frame of the borrowed variable: 0 for `main`'s, counting up the calls under way
    /// ([`Step::callers`] then the step's own).
    pub frame: usize,
}

/// Shared or mutable borrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BorrowKind {
    /// `&`: any number at a time, no mutation.
    Shared,
    /// `&mut`: exclusive.
    Mutable,
}

/// Every code a [`Diagnostic`] can carry.
pub const CODES: [&str; 17] = [
    "E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0384", "E0596", "E0597",
    "E0515", "E0716", "E0373", "E0381", "E0594", "E0425", "E0423",
];

/// A [`Diagnostic`] as it is read back (its code as text).
#[derive(Deserialize)]
struct DiagnosticData {
    code: String,
    message: String,
    span: Span,
    labels: Vec<Label>,
    step: Option<usize>,
}

/// Reads a diagnostic back with its code as one of [`CODES`] (`"E????"` for anything else), so
/// an [`Analysis`] made by the engine in another wasm module can be read by the page.
impl<'de> Deserialize<'de> for Diagnostic {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let data = DiagnosticData::deserialize(d)?;
        Ok(Diagnostic {
            code: CODES
                .iter()
                .find(|c| **c == data.code)
                .copied()
                .unwrap_or("E????"),
            message: data.message,
            span: data.span,
            labels: data.labels,
            step: data.step,
        })
    }
}
