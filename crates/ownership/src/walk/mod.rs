//! Pass 1: reads the program with `syn` and walks every function body in
//! evaluation order, assigning program points and recording accesses,
//! loans and their uses ([`crate::ir`]). Errors that do not depend on loan
//! lifetimes are reported directly here: use after move (E0382), use of an
//! uninitialized variable (E0381), assigning twice (E0384), `&mut` of
//! something not mutable (E0596), writes through `&` (E0594), moves out of
//! references and indexes (E0507), returning references to locals (E0515),
//! and unknown names (E0425, or E0423 for a macro, type or crate name used
//! as a value).
//!
//! Anything outside the subset stops the walk with [`Failure::Unsupported`].
//!
//! Submodules: [`program`] checks the items and reads signatures,
//! [`record`] holds the bookkeeping (variables, scopes, points, loans,
//! diagnostics, steps), [`stmt`] walks bodies and statements, [`place`]
//! handles places (borrow, move, assign), [`expr`] evaluates expressions,
//! [`calls`] handles function, constructor and method calls, and [`macros`]
//! handles `println!` and friends including format strings.

mod calls;
mod closures;
mod expr;
mod flow;
mod macros;
mod patterns;
mod place;
mod program;
mod record;
mod span;
mod stmt;

use program::{read_program, Items};

use proc_macro2::TokenStream;
use span::Located;

use crate::ir::{BodyFacts, FieldPath, Point};
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{
    check, guard, snapshot, Analysis, BorrowKind, Diagnostic, Label, Span, Status, Step,
    MAX_SOURCE_CHARS,
};

/// Why the walk stopped without a verdict.
#[derive(Debug)]
pub(crate) enum Failure {
    Unsupported {
        construct: String,
        line: usize,
        message: String,
    },
    Syntax {
        line: usize,
        message: String,
    },
}

/// The walk's result: a value, or why there is no verdict.
pub(crate) type R<T> = Result<T, Failure>;

/// A construct outside the subset at `span`.
pub(crate) fn unsupported(construct: impl Into<String>, span: Span) -> Failure {
    let construct = construct.into();
    let message = format!("{construct} {} not supported yet", verb(&construct));
    Failure::Unsupported {
        construct,
        line: span.line,
        message,
    }
}

/// "are" for plural construct names ("closures", "`for` loops"), "is"
/// for singular ones ("`loop`", "moving out of a box", "field access").
fn verb(construct: &str) -> &'static str {
    let head = construct.split(" (").next().unwrap_or(construct);
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let plural = |w: &&str| w.ends_with('s') && !w.ends_with("ss") && *w != "this";
    let first = words.first();
    if first.is_some_and(|w| w.ends_with("ing") || *w == "this") {
        "is"
    } else if head.contains(" and ")
        || first.is_some_and(plural)
        || words.last().is_some_and(plural)
    {
        "are"
    } else {
        "is"
    }
}

/// Something the engine could analyze but rustc would reject for a reason
/// other than ownership (a type error, an overflowing constant, …): no
/// verdict, but a message saying so.
pub(crate) fn not_ownership(construct: impl Into<String>, span: Span, message: String) -> Failure {
    Failure::Unsupported {
        construct: construct.into(),
        line: span.line,
        message,
    }
}

/// A type mismatch rustc reports as E0308.
pub(crate) fn mismatch(expected: &Ty, found: &Ty, span: Span) -> Failure {
    not_ownership(
        "type mismatch",
        span,
        format!(
            "expected `{expected}`, found `{found}`: rustc rejects this with a type error (E0308); \
             only ownership and borrowing errors are explained here"
        ),
    )
}

/// Converts a `syn`/`proc-macro2` span into a plain [`Span`].
pub(crate) fn span_of(node: &dyn Located) -> Span {
    let (start, end) = (node.first().start(), node.last().end());
    Span {
        line: start.line.max(1),
        column: start.column,
        end_line: end.line.max(1),
        end_column: end.column,
    }
}

/// Converts a `proc-macro2` span (1-based lines, 0-based char columns).
pub(crate) fn from_pm(span: proc_macro2::Span) -> Span {
    let (start, end) = (span.start(), span.end());
    Span {
        line: start.line.max(1),
        column: start.column,
        end_line: end.line.max(1),
        end_column: end.column,
    }
}

/// Runs the whole analysis; see [`crate::analyze`].
pub(crate) fn analyze_source(source: &str) -> Analysis {
    let (status, diagnostics, steps) = match run(source) {
        Ok((diagnostics, steps)) => (Status::Checked, diagnostics, steps),
        Err(failure) => (status_of(failure), Vec::new(), Vec::new()),
    };
    Analysis {
        status,
        diagnostics,
        steps,
    }
}

/// Only the first step of the analysis; see [`crate::check_syntax`].
pub(crate) fn syntax_status(source: &str) -> Option<Status> {
    parse(source).err().map(status_of)
}

/// What the page is told when the analysis stops early.
fn status_of(failure: Failure) -> Status {
    match failure {
        Failure::Unsupported {
            construct,
            line,
            message,
        } => Status::Unsupported {
            construct,
            line,
            message,
        },
        Failure::Syntax { line, message } => Status::SyntaxError { line, message },
    }
}

/// Limits, tokens, parse, then every function: pass 1 (walk), pass 2
/// (check) and, for `main`, the steps. Diagnostics sorted by line, each
/// `(code, line)` once.
fn run(source: &str) -> R<(Vec<Diagnostic>, Vec<Step>)> {
    let file = parse(source)?;
    let program::Program {
        functions,
        consts,
        traits,
        inherited,
    } = read_program(&file)?;
    let mut items = Items {
        fns: functions
            .iter()
            .map(|(_, sig)| sig)
            .chain(&inherited)
            .cloned()
            .collect(),
        traits,
        consts: consts
            .iter()
            .map(|c| (c.name.clone(), Val::new(c.ty.clone(), Known::Unknown)))
            .collect(),
    };
    // Constants in order; one may use any other (those defined later with
    // an unknown value).
    for c in &consts {
        let value = Walker::new(&items, false).const_value(c)?;
        if let Some(entry) = items.consts.iter_mut().find(|(n, _)| *n == c.name) {
            entry.1 = value;
        }
    }
    // Each body's diagnostics (their `step` its own step index) and steps.
    let mut found = Vec::new();
    let mut bodies = Vec::new();
    for (item, sig) in &functions {
        let mut walker = Walker::new(&items, true);
        walker.self_ty = sig.owner.clone();
        let facts = ty::with_scope(sig.self_ty.clone(), &sig.generics, || {
            walker.body(item, sig)
        })?;
        if facts.frontend_errors.is_empty() {
            let mut d = facts.diagnostics.clone();
            d.extend(check::check(&facts));
            found.push(d);
        } else {
            // rustc does not borrow-check a body with resolution errors.
            found.push(facts.frontend_errors.clone());
        }
        bodies.push(snapshot::build(&sig.name, &facts));
    }
    let main = bodies
        .iter()
        .position(|b| b.function == "main")
        .unwrap_or(0);
    let (steps, first) = snapshot::splice(&bodies, main);
    let mut diagnostics = Vec::new();
    for (mut found, first) in found.into_iter().zip(first) {
        for d in &mut found {
            d.step = d.step.and_then(|s| first.get(s).copied().flatten());
        }
        diagnostics.append(&mut found);
    }
    diagnostics.sort_by_key(|d| (d.span.line, d.span.column, d.code));
    let mut seen = Vec::new();
    diagnostics.retain(|d| {
        let first = !seen.contains(&(d.code, d.span.line));
        seen.push((d.code, d.span.line));
        first
    });
    Ok((diagnostics, steps))
}

/// The length limit, the tokens, the nesting limit and the parse.
fn parse(source: &str) -> R<syn::File> {
    if guard::too_long(source, MAX_SOURCE_CHARS) {
        return Err(not_ownership(
            "long programs",
            Span {
                line: 1,
                column: 0,
                end_line: 1,
                end_column: 0,
            },
            format!(
                "the program is longer than {MAX_SOURCE_CHARS} characters; \
                 this checker is meant for short teaching examples"
            ),
        ));
    }
    let tokens: TokenStream =
        source
            .parse()
            .map_err(|e: proc_macro2::LexError| Failure::Syntax {
                line: e.span().start().line.max(1),
                message:
                    "the code cannot be split into tokens: is a string, character, comment or \
                  bracket left open?"
                        .into(),
            })?;
    if let Some(line) = guard::too_deep(tokens.clone()) {
        return Err(Failure::Unsupported {
            construct: "deep nesting".into(),
            line,
            message: format!(
                "the program nests brackets and operators more than {} levels deep",
                crate::MAX_NESTING
            ),
        });
    }
    syn::parse2(tokens).map_err(|e| syntax(&e))
}

/// A `syn` parse error as a syntax error at its line.
pub(crate) fn syntax(e: &syn::Error) -> Failure {
    Failure::Syntax {
        line: e.span().start().line.max(1),
        message: e.to_string(),
    }
}

/// Ownership state of a variable during the walk.
#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Init,
    /// Moved out; the index is the move in [`Walker::moves`].
    Moved(usize),
    Uninit,
}

/// A variable during the walk.
#[derive(Clone, Debug)]
struct Var {
    name: String,
    mutable: bool,
    /// `None` for `let x;` until the first assignment decides.
    ty: Option<Ty>,
    decl: Span,
    state: State,
    /// Where it first got a value (E0384's "first assignment").
    first_assign: Option<Span>,
    is_param: bool,
    /// Loans the current value holds (a reference, or a vector of them).
    holds: Vec<usize>,
    known: Known,
    /// The value is a compile-time constant (see [`Val::constant`]).
    constant: bool,
    /// The variable a reference value points to, when known.
    points_to: Option<usize>,
    uninit_reported: bool,
    /// Fields moved out of this struct variable: (field, move record).
    moved_fields: Vec<(FieldPath, usize)>,
}

/// A move, so each use after it is reported once.
struct MoveRecord {
    span: Span,
    reported: bool,
}

/// The result of evaluating an expression.
#[derive(Clone, Debug)]
pub(crate) struct Val {
    pub ty: Ty,
    /// Loans this value holds: using the value keeps them alive.
    pub loans: Vec<usize>,
    /// The value as far as it is known; for a reference without
    /// `points_to`, the value it points to.
    pub known: Known,
    /// For references: the variable pointed to, when known.
    pub points_to: Option<usize>,
    /// Borrows a temporary that is dropped at the end of the statement;
    /// storing it in a variable would be rustc's E0716.
    pub temp_borrow: bool,
    /// Where that temporary is, when it is inside a larger value (a field
    /// of a struct literal): rustc reports E0716 there.
    pub temp_span: Option<Span>,
    /// Computed only from literals (through variables), so rustc's
    /// compile-time checks see its value too: overflow is an error.
    pub constant: bool,
    /// The variable this value was copied from, so using it as a specific
    /// integer type can fix the type of an unsuffixed `let x = 5;`.
    pub origin: Option<usize>,
}

impl Val {
    pub(crate) fn new(ty: Ty, known: Known) -> Val {
        Val {
            ty,
            loans: Vec::new(),
            known: known.capped(),
            points_to: None,
            temp_borrow: false,
            temp_span: None,
            constant: false,
            origin: None,
        }
    }

    pub(crate) fn unit() -> Val {
        Val::new(Ty::Unit, Known::Unit)
    }

    pub(crate) fn error() -> Val {
        Val::new(Ty::Error, Known::Unknown)
    }
}

/// Where a value goes, for the visualizer's event texts.
#[derive(Clone, Debug)]
pub(crate) enum Dest {
    Var(String),
    Call(String),
    Method(String),
    Macro(String),
    Container(&'static str),
    Return,
    Operator,
    Discard,
}

impl Dest {
    /// Event text for moving `name` here.
    fn moved(&self, name: &str) -> String {
        match self {
            Dest::Var(to) => format!("`{name}` moves into `{to}`; `{name}` can no longer be used"),
            Dest::Call(f) => format!("`{name}` moves into `{f}`; `{name}` can no longer be used"),
            Dest::Method(m) => format!("`{name}` is consumed by `.{m}()`"),
            Dest::Macro(m) => format!("`{name}` moves into `{m}!`"),
            Dest::Container(c) => format!("`{name}` moves into the {c}"),
            Dest::Return => format!("`{name}` moves out to the caller"),
            Dest::Operator => format!("`{name}` moves into the operation"),
            Dest::Discard => format!("`{name}` is moved out and dropped"),
        }
    }

    /// Event text for copying `name` here.
    fn copied(&self, name: &str) -> String {
        match self {
            Dest::Var(to) => format!("`{name}` is copied into `{to}`"),
            Dest::Call(f) => format!("`{name}` is copied into `{f}`"),
            _ => format!("`{name}` is copied"),
        }
    }

    /// Event text for borrowing `name` for this destination.
    fn borrowed(&self, name: &str, kind: BorrowKind) -> String {
        let how = match kind {
            BorrowKind::Shared => "borrowed (shared, read-only)",
            BorrowKind::Mutable => "borrowed mutably (exclusive)",
        };
        match self {
            Dest::Var(by) => format!("`{name}` is {how} by `{by}`"),
            Dest::Call(f) => format!("`{name}` is {how} for the call to `{f}`"),
            Dest::Method(m) => format!("`{name}` is {how} for `.{m}()`"),
            Dest::Macro(m) => format!("`{name}` is {how} by `{m}!`"),
            _ => format!("`{name}` is {how}"),
        }
    }
}

/// Pass-1 state for one function body.
pub(crate) struct Walker<'p> {
    items: &'p Items,
    /// The struct of the `impl` block whose function is being walked (what
    /// `Self` names).
    self_ty: Option<String>,
    facts: BodyFacts,
    vars: Vec<Var>,
    scopes: Vec<Vec<usize>>,
    point: Point,
    sites: usize,
    depth: usize,
    /// Record steps (for `fn main`), until [`crate::MAX_STEP_VARS`] snapshots.
    record: bool,
    /// Variable snapshots recorded so far.
    snapshots: usize,
    step_open: bool,
    moves: Vec<MoveRecord>,
    /// `(variable, diagnostic)`: the E0596 (an index into the body's
    /// diagnostics) of each variable not declared `mut`, so later borrows
    /// are merged into it. (Vectors, not maps, here and in the items: the
    /// lists are short, and each map type costs the island kilobytes.)
    mut_errors: Vec<(usize, usize)>,
    /// The `mpsc::channel()` calls so far (each pair of ends is numbered).
    channels: usize,
    /// For each `thread::scope` being walked, innermost last: the first
    /// variable declared in it, and the borrows of the threads spawned in
    /// it, which last until it ends.
    scoped_threads: Vec<(usize, Vec<usize>)>,
    /// The function's return type, for `return` inside the body.
    ret: Ty,
    /// Control left the current code (`break`, `continue`, `return`): how.
    diverged: Option<flow::Exit>,
    /// The loops around the code being walked, innermost last.
    loops: Vec<flow::LoopCtx>,
    /// Which walk of the innermost loop body this is (from 1), for steps.
    iteration: Option<usize>,
    /// The walk is past the end of a loop that the program leaves earlier (a
    /// second walk the checker needs of a loop that runs once, say): its steps
    /// are not recorded, since the program never takes them.
    hidden: bool,
    /// How many `break`s, `return`s and `?`s the walk has met: a loop body
    /// that has one may leave early, so its steps go round at most twice.
    exits_met: usize,
    /// Hidden variables for temporaries that die at the end of the
    /// statement being walked (innermost statement's last).
    stmt_temps: Vec<usize>,
    /// The closures written in this body, by `Ty::Closure` id.
    closures: Vec<closures::ClosureInfo>,
    /// Parameter types for the next closure written without them, given by
    /// the method it is passed to.
    closure_hint: Option<Vec<Ty>>,
    /// Capture loans of the closures in lazy iterator adapters (`map`,
    /// `filter`) that the items do not hold: the iterator keeps them alive,
    /// what consuming it gives does not.
    adapter_loans: Vec<usize>,
    /// The element type the context expects of the next `vec![..]`
    /// (`let v: Vec<Box<dyn Shape>> = vec![..]`): elements coerce to it.
    vec_hint: Option<Ty>,
    /// The `Rc`/`Arc` allocations made so far ([`Known::Shared`] numbers them).
    allocs: Vec<Alloc>,
    /// How many arms, loop bodies and closure bodies enclose the code being walked: code
    /// that may run other than once.
    branches: usize,
}

/// An `Rc`/`Arc` allocation: its strong handles made and dropped. Its strong count is known
/// while every live handle is a variable the walk follows (see [`Walker::strong_count`]).
#[derive(Clone, Debug)]
struct Alloc {
    /// What it holds, when that cannot change (nothing inside is a `RefCell`, `Cell` or
    /// `Mutex`, whose contents the walk does not follow anyway).
    value: Known,
    made: usize,
    dropped: usize,
    /// A handle was made or dropped in code that may not run exactly once.
    broken: bool,
}

impl<'p> Walker<'p> {
    fn new(items: &'p Items, record: bool) -> Walker<'p> {
        Walker {
            items,
            self_ty: None,
            facts: BodyFacts::default(),
            vars: Vec::new(),
            scopes: Vec::new(),
            point: 0,
            sites: 0,
            depth: 0,
            record,
            snapshots: 0,
            step_open: false,
            moves: Vec::new(),
            mut_errors: Vec::new(),
            channels: 0,
            scoped_threads: Vec::new(),
            ret: Ty::Unit,
            diverged: None,
            loops: Vec::new(),
            iteration: None,
            hidden: false,
            exits_met: 0,
            stmt_temps: Vec::new(),
            closures: Vec::new(),
            closure_hint: None,
            adapter_loans: Vec::new(),
            vec_hint: None,
            allocs: Vec::new(),
            branches: 0,
        }
    }
}

/// A secondary label of a diagnostic.
pub(crate) fn label(span: Span, message: impl Into<String>) -> Label {
    Label {
        span,
        message: message.into(),
    }
}

/// `e` without surrounding parentheses.
pub(crate) fn strip_parens(e: &syn::Expr) -> &syn::Expr {
    let mut e = e;
    // Bounded: parentheses nesting was limited before parsing.
    while let syn::Expr::Paren(p) = e {
        e = &p.expr;
    }
    e
}

/// The segment names of a plain path (`Default::default`, `std::f64::consts::PI`): `None`
/// when a segment has generic arguments or the path starts with `::`.
pub(super) fn plain_path(path: &syn::Path) -> Option<Vec<String>> {
    if path.leading_colon.is_some() {
        return None;
    }
    path.segments
        .iter()
        .map(|s| s.arguments.is_none().then(|| s.ident.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::verb;

    #[test]
    fn singular_and_plural_constructs() {
        for plural in [
            "closures",
            "`for` loops",
            "`break` and `continue`",
            "struct literals",
            "paths like `a::b::c`",
            "methods (`self` parameters)",
        ] {
            assert_eq!(verb(plural), "are", "{plural}");
        }
        for singular in [
            "`loop`",
            "field access",
            "moving out of a box with `*`",
            "this expression",
            "the `?` operator",
            "early `return`",
            "turbofish (`::<>`) on methods",
            "indexing through this element",
        ] {
            assert_eq!(verb(singular), "is", "{singular}");
        }
    }
}
