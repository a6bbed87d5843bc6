//! The walk's bookkeeping: nesting depth, variables and scopes, program
//! points, accesses and loans, pass-1 diagnostics and visualizer steps.

use super::place::PlaceExpr;
use super::stmt::TEMPORARY;
use super::{label, not_ownership, Failure, State, Val, Var, Walker, R};
use crate::ir::{
    Access, AccessKind, FieldPath, Loan, Place, Point, RawCall, RawStep, RawVar, Use, VarFacts,
};
use crate::known::Known;
use crate::ty::{Smart, Ty};
use crate::{
    BorrowKind, Diagnostic, Event, EventKind, Label, Span, VarState, VarView, MAX_NESTING,
    MAX_STEP_VARS,
};

/// Macros of the standard library: used without `!` they are E0423, like
/// crates and types used as values.
const STD_MACROS: [&str; 35] = [
    "assert",
    "assert_eq",
    "assert_ne",
    "cfg",
    "column",
    "compile_error",
    "concat",
    "dbg",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "env",
    "eprint",
    "eprintln",
    "file",
    "format",
    "format_args",
    "include",
    "include_bytes",
    "include_str",
    "line",
    "matches",
    "module_path",
    "option_env",
    "panic",
    "print",
    "println",
    "stringify",
    "thread_local",
    "todo",
    "unimplemented",
    "unreachable",
    "vec",
    "write",
    "writeln",
];

/// Built-in attributes, which also cannot be used as values (E0423).
const BUILTIN_ATTRIBUTES: [&str; 12] = [
    "allow",
    "warn",
    "deny",
    "forbid",
    "expect",
    "test",
    "inline",
    "must_use",
    "deprecated",
    "doc",
    "repr",
    "cfg_attr",
];

/// What dropping the handle `name` does, when the strong count is `after` once it is gone.
pub(super) fn dropped_handle(name: &str, after: Option<usize>) -> String {
    match after {
        Some(0) => format!("`{name}` is dropped: it was the last strong handle, so the value is freed"),
        Some(n) => format!("`{name}` is dropped: the strong count falls to {n}; the value stays"),
        None => format!(
            "`{name}` is dropped: the strong count falls by one (the value is freed when it reaches 0)"
        ),
    }
}

impl Walker<'_> {
    /// Counts one level of nesting; deeper than [`MAX_NESTING`] is refused
    /// so the recursive walk cannot overflow the stack.
    pub(super) fn enter(&mut self, span: Span) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Failure::Unsupported {
                construct: "deep nesting".into(),
                line: span.line,
                message: format!("the program is nested more than {MAX_NESTING} levels deep"),
            });
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// A parameter (of a function or closure): declared with its value.
    pub(super) fn declare_param(&mut self, name: &str, mutable: bool, ty: Ty, decl: Span) -> usize {
        let id = self.declare(name, mutable, Some(ty), decl, true);
        if let Some(var) = self.vars.get_mut(id) {
            var.state = State::Init;
            var.first_assign = Some(decl);
        }
        id
    }

    pub(super) fn declare(
        &mut self,
        name: &str,
        mutable: bool,
        ty: Option<Ty>,
        decl: Span,
        is_param: bool,
    ) -> usize {
        let id = self.vars.len();
        let owns_target = ty.as_ref().is_some_and(Ty::owns_target);
        self.vars.push(Var {
            name: name.to_string(),
            mutable,
            ty,
            decl,
            state: State::Uninit,
            first_assign: None,
            is_param,
            holds: Vec::new(),
            known: Known::Unknown,
            constant: false,
            points_to: None,
            uninit_reported: false,
            moved_fields: Vec::new(),
        });
        self.facts.vars.push(VarFacts {
            name: name.to_string(),
            decl,
            owns_target,
            temporary: false,
            fields: Vec::new(),
            ty: String::new(),
        });
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(id);
        }
        id
    }

    /// The innermost variable named `name` in scope.
    pub(super) fn lookup(&self, name: &str) -> Option<usize> {
        self.scopes
            .iter()
            .rev()
            .flat_map(|scope| scope.iter().rev())
            .copied()
            .find(|&id| self.vars.get(id).is_some_and(|v| v.name == name))
    }

    pub(super) fn var_name(&self, id: usize) -> String {
        self.vars
            .get(id)
            .map_or_else(String::new, |v| v.name.clone())
    }

    pub(super) fn var_ty(&self, id: usize) -> Ty {
        self.vars
            .get(id)
            .and_then(|v| v.ty.clone())
            .unwrap_or(Ty::Error)
    }

    /// A value that borrows a temporary (`String::from("a").as_str()`) is
    /// being kept beyond its statement: the temporary becomes a hidden
    /// variable, borrowed by the value, that dies when the statement ends.
    /// A later use of the value then conflicts with that death: E0716.
    pub(super) fn keep_temporary_borrow(&mut self, v: &mut Val, span: Span) {
        if !v.temp_borrow {
            return;
        }
        let span = v.temp_span.unwrap_or(span);
        let id = self.declare(TEMPORARY, false, Some(Ty::String), span, false);
        // Not in a block's scope: it dies with the statement, not the block.
        if let Some(scope) = self.scopes.last_mut() {
            scope.retain(|&x| x != id);
        }
        if let Some(var) = self.vars.get_mut(id) {
            var.state = State::Init;
        }
        if let Some(facts) = self.facts.vars.get_mut(id) {
            facts.temporary = true;
        }
        let place = Place {
            var: id,
            deref: false,
            field: FieldPath::WHOLE,
        };
        let site = self.new_site();
        let point = self.tick();
        let loan = self.new_loan(place, BorrowKind::Shared, span, point);
        self.access_at(
            point,
            place,
            AccessKind::Borrow(BorrowKind::Shared),
            span,
            Some(loan),
            site,
        );
        v.loans.push(loan);
        v.temp_borrow = false;
        self.stmt_temps.push(id);
    }

    /// The end of a statement: the temporaries kept since `mark` die.
    pub(super) fn end_statement(&mut self, mark: usize, span: Span) {
        let dead: Vec<usize> = self
            .stmt_temps
            .drain(mark.min(self.stmt_temps.len())..)
            .collect();
        let end = Span {
            line: span.end_line,
            column: span.end_column,
            ..span
        };
        for id in dead {
            self.storage_dead(id, end);
        }
    }

    /// Variable `id`'s storage ends at `span`: any loan of it still live there is an error.
    fn storage_dead(&mut self, id: usize, span: Span) {
        let site = self.new_site();
        self.access(
            Place {
                var: id,
                deref: false,
                field: FieldPath::WHOLE,
            },
            AccessKind::StorageDead,
            span,
            None,
            site,
        );
    }

    /// Ends a scope: its variables die in reverse declaration order (each leaves the scope
    /// as it dies, so a strong count after it counts those still to go).
    pub(super) fn pop_scope(&mut self, close: Span) {
        let Some(scope) = self.scopes.last().cloned() else {
            return;
        };
        for &id in scope.iter().rev() {
            if let Some(s) = self.scopes.last_mut() {
                s.pop();
            }
            // A guard (`MutexGuard`, `Ref`, `RefMut`) has a `Drop` impl that releases what it
            // borrows: its borrow lasts until here, not its last use.
            let guard = self.vars.get(id).is_some_and(|v| {
                v.state == State::Init
                    && matches!(
                        v.ty,
                        Some(Ty::Smart(Smart::Guard | Smart::Ref | Smart::RefMut, _))
                    )
            });
            if guard {
                let point = self.tick();
                self.use_var(id, point, close);
            }
            self.storage_dead(id, close);
            let Some(var) = self.vars.get(id) else {
                continue;
            };
            let name = var.name.clone();
            let text = match (var.state, &var.ty) {
                (State::Init, Some(t)) if t.is_shared() => {
                    let known = var.known.clone();
                    self.handle_dropped(&known);
                    dropped_handle(&name, known.shared().and_then(|id| self.strong_count(id)))
                }
                (State::Init, Some(t)) if t.owns_heap() => {
                    format!("`{name}` is dropped: its heap memory is freed")
                }
                (State::Init, Some(Ty::Ref(..))) => {
                    format!("`{name}` goes out of scope (a reference: nothing to free)")
                }
                (State::Moved(_), Some(t)) if t.owns_heap() => {
                    format!("`{name}` goes out of scope; it was moved, so nothing is freed here")
                }
                _ => format!("`{name}` goes out of scope"),
            };
            self.event(EventKind::Drop, &name, text);
        }
        self.scopes.pop();
    }

    /// A strong handle of allocation `id` is made (`None`: of a new allocation holding
    /// `value`, by `Rc::new`); returns the handle.
    pub(super) fn handle_made(&mut self, id: Option<usize>, value: Known) -> Known {
        let id = id.unwrap_or(self.allocs.len());
        if id == self.allocs.len() {
            self.allocs.push(super::Alloc {
                value,
                made: 0,
                dropped: 0,
                broken: false,
            });
        }
        let unsure = self.branches > 0 || !self.loops.is_empty();
        if let Some(a) = self.allocs.get_mut(id) {
            a.made += 1;
            a.broken |= unsure;
        }
        Known::Shared(id)
    }

    /// A value that may be a strong handle goes: its allocation has one handle fewer.
    pub(super) fn handle_dropped(&mut self, known: &Known) {
        let unsure = self.branches > 0 || !self.loops.is_empty();
        if let Some(a) = known.shared().and_then(|id| self.allocs.get_mut(id)) {
            a.dropped += 1;
            a.broken |= unsure;
        }
    }

    /// The strong count of allocation `id`: the handles made less those dropped, when every
    /// one of them is a variable in scope that the walk follows (a handle passed to a
    /// function, stored in a struct or a collection, or made or dropped in code that may not
    /// run exactly once, leaves it unknown).
    pub(super) fn strong_count(&self, id: usize) -> Option<usize> {
        let a = self.allocs.get(id).filter(|a| !a.broken)?;
        let live = a.made.checked_sub(a.dropped)?;
        let seen = self
            .scopes
            .iter()
            .flatten()
            .filter_map(|&v| self.vars.get(v))
            .filter(|v| {
                v.state == State::Init
                    && v.known.shared() == Some(id)
                    && v.ty.as_ref().is_some_and(Ty::is_shared)
            })
            .count();
        (seen == live).then_some(live)
    }

    pub(super) fn tick(&mut self) -> Point {
        self.point += 1;
        self.point
    }

    pub(super) fn new_site(&mut self) -> usize {
        self.sites += 1;
        self.sites
    }

    /// Records an access at a new point and returns the point.
    pub(super) fn access(
        &mut self,
        place: Place,
        kind: AccessKind,
        span: Span,
        creates: Option<usize>,
        site: usize,
    ) -> Point {
        let point = self.tick();
        self.access_at(point, place, kind, span, creates, site);
        point
    }

    pub(super) fn access_at(
        &mut self,
        point: Point,
        place: Place,
        kind: AccessKind,
        span: Span,
        creates: Option<usize>,
        site: usize,
    ) {
        self.facts.accesses.push(Access {
            point,
            place,
            kind,
            span,
            creates,
            site,
        });
    }

    pub(super) fn new_loan(
        &mut self,
        place: Place,
        kind: BorrowKind,
        span: Span,
        created: Point,
    ) -> usize {
        self.facts.loans.push(Loan {
            place,
            kind,
            created,
            activation: None,
            span,
            uses: Vec::new(),
            holder: None,
            mutability_error: false,
        });
        self.facts.loans.len() - 1
    }

    pub(super) fn use_loans(&mut self, loans: &[usize], point: Point, span: Span, by_call: bool) {
        for &l in loans {
            if let Some(loan) = self.facts.loans.get_mut(l) {
                loan.uses.push(Use {
                    point,
                    span,
                    by_call,
                });
            }
        }
    }

    /// Using a variable uses every loan its value holds.
    pub(super) fn use_var(&mut self, var: usize, point: Point, span: Span) {
        let holds = self
            .vars
            .get(var)
            .map(|v| v.holds.clone())
            .unwrap_or_default();
        self.use_loans(&holds, point, span, false);
    }

    /// A value is used up (passed to a call, printed, bound): its loans are
    /// used at a new point.
    pub(super) fn consume(&mut self, v: &Val, span: Span, by_call: bool) -> Point {
        let point = self.tick();
        self.use_loans(&v.loans, point, span, by_call);
        point
    }

    pub(super) fn diagnostic(
        &self,
        code: &'static str,
        message: String,
        span: Span,
        labels: Vec<Label>,
    ) -> Diagnostic {
        Diagnostic {
            code,
            message,
            span,
            labels,
            step: self.current_step(),
        }
    }

    pub(super) fn report(
        &mut self,
        code: &'static str,
        message: String,
        span: Span,
        labels: Vec<Label>,
    ) {
        let d = self.diagnostic(code, message, span, labels);
        self.facts.diagnostics.push(d);
    }

    /// A name that does not resolve (E0425).
    pub(super) fn unresolved(&mut self, what: &str, name: &str, span: Span) -> Val {
        let kind = if STD_MACROS.contains(&name) {
            Some("macro")
        } else if BUILTIN_ATTRIBUTES.contains(&name) {
            Some("built-in attribute")
        } else if ["std", "core", "alloc"].contains(&name) {
            Some("crate")
        } else if ["String", "Vec", "Box"].contains(&name) {
            Some("struct")
        } else if name == "Option" {
            Some("enum")
        } else if ["bool", "char", "str"].contains(&name)
            || crate::ty::int_named(name).is_some()
            || crate::ty::float_named(name).is_some()
        {
            Some("builtin type")
        } else {
            None
        };
        let d = if let Some(kind) = kind {
            // `println("..")`: the name exists, but is not a value (E0423).
            self.diagnostic(
                "E0423",
                format!("expected {what}, found {kind} `{name}`"),
                span,
                vec![label(span, format!("not a {what}"))],
            )
        } else {
            self.diagnostic(
                "E0425",
                format!("cannot find {what} `{name}` in this scope"),
                span,
                vec![label(span, "not found in this scope")],
            )
        };
        self.facts.frontend_errors.push(d);
        Val::error()
    }

    /// [`Self::check_init`] for a place: a field also checks its own move,
    /// a whole struct any partial move.
    pub(super) fn check_place_init(&mut self, id: usize, p: &PlaceExpr, borrow: bool) {
        let f = p.field;
        if f.is_whole() {
            self.check_init(id, p.span, borrow);
            return;
        }
        let Some(var) = self.vars.get(id) else {
            return;
        };
        if var.state != State::Init {
            self.check_init(id, p.span, borrow);
            return;
        }
        let moved = var.moved_fields.iter().find(|(g, _)| g.overlaps(f));
        if let Some(&(_, record)) = moved {
            self.report_moved(
                id,
                record,
                &p.name,
                &p.ty.to_string(),
                p.span,
                borrow,
                false,
            );
        }
    }

    /// E0382 for a use of `shown` (a variable or field) after the move
    /// `record`, once per move.
    #[allow(clippy::too_many_arguments)]
    fn report_moved(
        &mut self,
        id: usize,
        record: usize,
        shown: &str,
        ty: &str,
        span: Span,
        borrow: bool,
        partial: bool,
    ) {
        let Some(decl) = self.vars.get(id).map(|v| v.decl) else {
            return;
        };
        let Some(r) = self.moves.get_mut(record) else {
            return;
        };
        if r.reported {
            return;
        }
        r.reported = true;
        let moved_at = r.span;
        let verb = if borrow { "borrow" } else { "use" };
        let what = if partial {
            "partially moved value"
        } else {
            "moved value"
        };
        let used = if borrow {
            "value borrowed here after move"
        } else {
            "value used here after move"
        };
        self.report(
            "E0382",
            format!("{verb} of {what}: `{shown}`"),
            span,
            vec![
                label(
                    decl,
                    format!(
                        "move occurs because `{shown}` has type `{ty}`, which does not \
                         implement the `Copy` trait"
                    ),
                ),
                label(moved_at, "value moved here"),
                label(span, used),
            ],
        );
    }

    /// Reports use of a moved (E0382) or never-initialized (E0381)
    /// variable, once per move; a struct with a moved-out field counts as
    /// (partially) moved.
    pub(super) fn check_init(&mut self, id: usize, span: Span, borrow: bool) {
        let Some(var) = self.vars.get(id) else {
            return;
        };
        let name = var.name.clone();
        let decl = var.decl;
        match var.state {
            State::Init => {
                if let Some(&(_, record)) = var.moved_fields.first() {
                    let ty = self.var_ty(id).to_string();
                    self.report_moved(id, record, &name, &ty, span, borrow, true);
                }
            }
            State::Moved(m) => {
                let ty = self.var_ty(id).to_string();
                self.report_moved(id, m, &name, &ty, span, borrow, false);
            }
            State::Uninit => {
                if var.uninit_reported {
                    return;
                }
                if let Some(v) = self.vars.get_mut(id) {
                    v.uninit_reported = true;
                }
                self.report(
                    "E0381",
                    format!("used binding `{name}` isn't initialized"),
                    span,
                    vec![
                        label(decl, "binding declared here but left uninitialized"),
                        label(span, format!("`{name}` used here but it isn't initialized")),
                    ],
                );
            }
        }
    }

    /// Using an unsuffixed number variable as a specific type fixes its
    /// type, as rustc's inference does: after `let x = 5; let y: u64 = x;`
    /// `x` is a `u64` (and using it as an `i32` later is a type error).
    pub(super) fn settle(&mut self, v: &Val, target: &Ty) -> R<()> {
        let Some(id) = v.origin else {
            return Ok(());
        };
        let Some(var) = self.vars.get_mut(id) else {
            return Ok(());
        };
        let settles = matches!(
            (&var.ty, target),
            (Some(Ty::IntLit), Ty::Int(_)) | (Some(Ty::FloatLit), Ty::Float(_))
        );
        if !settles {
            return Ok(());
        }
        var.ty = Some(target.clone());
        let (decl, known) = (var.decl, var.known.clone());
        self.check_literal_fits(&Val::new(Ty::IntLit, known), target, decl)
    }

    /// Rejects literals that do not fit the type they end up with (rustc's
    /// `overflowing_literals` lint is an error).
    pub(super) fn check_literal_fits(&self, v: &Val, target: &Ty, span: Span) -> R<()> {
        let (Some(n), Some((lo, hi))) = (v.known.as_int(), target.int_range()) else {
            return Ok(());
        };
        if v.ty == Ty::IntLit && (n < lo || n > hi) {
            return Err(not_ownership(
                "out-of-range literals",
                span,
                format!("the literal `{n}` does not fit in `{target}`; rustc rejects it"),
            ));
        }
        Ok(())
    }

    /// Opens a visualizer step unless one is open (statements nested in an
    /// expression belong to the enclosing step).
    pub(super) fn begin_step(&mut self, span: Span) -> bool {
        if !self.record || self.step_open || self.hidden {
            return false;
        }
        if self.snapshots >= MAX_STEP_VARS {
            self.record = false;
            return false;
        }
        self.step_open = true;
        self.facts.steps.push(RawStep {
            span,
            iteration: self.iteration,
            iterations: None,
            depth: self.loops.len(),
            start: self.point + 1,
            end: self.point + 1,
            events: Vec::new(),
            vars: Vec::new(),
            calls: Vec::new(),
        });
        true
    }

    /// A call of the program's function `function` at `point`, with the loans each parameter's
    /// argument holds (`self` first): the caller's variables are recorded with it, so the
    /// steps can show the callee's frame above the caller's.
    pub(super) fn record_call(
        &mut self,
        function: &str,
        span: Span,
        point: Point,
        args: Vec<Vec<usize>>,
    ) {
        if !(self.record && self.step_open) {
            return;
        }
        let vars = self.snapshot_vars();
        self.snapshots += vars.len().max(1);
        if let Some(step) = self.facts.steps.last_mut() {
            step.calls.push(RawCall {
                function: function.to_string(),
                line: span.line,
                point,
                vars,
                args,
            });
        }
    }

    pub(super) fn end_step(&mut self, opened: bool) {
        if !opened {
            return;
        }
        let vars = self.snapshot_vars();
        self.snapshots += vars.len().max(1);
        let end = self.point + 1;
        if let Some(step) = self.facts.steps.last_mut() {
            step.end = end;
            step.vars = vars;
        }
        self.step_open = false;
    }

    fn current_step(&self) -> Option<usize> {
        if self.record && self.step_open {
            self.facts.steps.len().checked_sub(1)
        } else {
            None
        }
    }

    pub(super) fn event(&mut self, kind: EventKind, var: &str, text: String) {
        if var == TEMPORARY {
            return;
        }
        if !(self.record && self.step_open) {
            return;
        }
        if let Some(step) = self.facts.steps.last_mut() {
            step.events.push(Event {
                kind,
                var: var.to_string(),
                text,
            });
        }
    }

    /// The variables in scope, in declaration order, as the visualizer
    /// shows them (borrow information is added once loan lifetimes are
    /// known).
    fn snapshot_vars(&self) -> Vec<RawVar> {
        let mut out = Vec::new();
        for &id in self.scopes.iter().flatten() {
            let Some(var) = self.vars.get(id).filter(|v| v.name != TEMPORARY) else {
                continue;
            };
            let ty = var.ty.clone().unwrap_or(Ty::Infer);
            let state = match var.state {
                State::Init => VarState::Owned,
                State::Moved(_) => VarState::Moved,
                State::Uninit => VarState::Uninit,
            };
            let owned = state == VarState::Owned;
            let is_ref = matches!(ty, Ty::Ref(..));
            let guard = matches!(ty, Ty::Smart(Smart::Guard | Smart::Ref | Smart::RefMut, _));
            let value = match (&ty, &var.known) {
                (_, Known::Unknown) => None,
                (Ty::Ref(_, inner), Known::Str(_))
                    if **inner == Ty::Str && var.points_to.is_none() =>
                {
                    Some(var.known.show())
                }
                _ if owned && ty.is_copy() && !is_ref => Some(var.known.show()),
                // A struct, enum or tuple: what it holds, unless a part was moved out.
                (_, k)
                    if k.is_compound()
                        && owned
                        && !is_ref
                        && !ty.owns_heap()
                        && var.moved_fields.is_empty() =>
                {
                    Some(k.show())
                }
                _ => None,
            };
            let alloc = var.known.shared().filter(|_| ty.is_shared());
            let heap = match alloc.and_then(|id| self.allocs.get(id)) {
                // An `Rc`/`Arc`: the box it shares, with its strong count when known.
                Some(a) if owned => Some(match alloc.and_then(|id| self.strong_count(id)) {
                    Some(n) => format!("strong count {n} · {}", a.value.show()),
                    None => a.value.show(),
                }),
                _ => (owned && ty.owns_heap()).then(|| var.known.show()),
            };
            out.push(RawVar {
                var: id,
                view: VarView {
                    name: var.name.clone(),
                    mutable: var.mutable,
                    ty: ty.to_string(),
                    state,
                    value: if owned { value } else { None },
                    heap,
                    borrow: None,
                    alloc: alloc.filter(|_| owned),
                },
                holds: var.holds.clone(),
                is_ref,
                guard,
            });
        }
        out
    }
}
