//! Control flow: `if`/`else`, `while`, `loop`, `for`, `break`, `continue`
//! and `return`.
//!
//! Branches fork the walk's variable states and join them afterwards: a
//! variable moved in one arm is maybe-moved after the `if` (using it is
//! E0382, as in rustc), one initialized in only one arm is maybe-uninit.
//! The points of the two arms are recorded as exclusive ([`Flow::arms`]), so
//! a borrow made in one arm is never live in the other.
//!
//! A loop body is walked twice. The second walk stands for every later
//! iteration: a move in the first walk makes a use in the second a use after
//! move, and a borrow kept from the first walk conflicts with the second
//! (E0499 "in previous iteration of loop"). The loop's exit joins the states
//! after zero, one and two walks (for `while` and `for`) and at every
//! `break`.

use super::{mismatch, span_of, unsupported, Dest, State, Val, Var, Walker, R};
use crate::ir::{Point, Region};
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{EventKind, Span, MAX_SHOWN_ITERATIONS};

/// How control left the code being walked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Exit {
    /// `break` out of the loop at this depth in [`Walker::loops`].
    Break(usize),
    /// `continue` of the loop at this depth.
    Continue(usize),
    /// `return` from the function.
    Return,
}

/// A loop being walked.
#[derive(Debug, Default)]
pub(crate) struct LoopCtx {
    /// Variable states at each `break`.
    breaks: Vec<Vec<Var>>,
    /// The values of `break value` (a `loop`'s value).
    values: Vec<Val>,
    /// Variable states at each `continue` of the current walk of the body.
    continues: Vec<Vec<Var>>,
    /// Diverging regions (indices into `Flow::diverging`) whose target is
    /// the loop's end, set when the loop is done.
    break_regions: Vec<usize>,
    /// Same, whose target is the end of the current walk of the body.
    continue_regions: Vec<usize>,
}

/// The loop a `for` walks over, once evaluated.
enum Source {
    /// `a..b` or `a..=b`: the item is a copy of an integer.
    Range { ty: Ty, start: Option<i128> },
    /// `&v`, `&mut v`, `v.iter()`: the items borrow the vector.
    Borrowed { item: Ty, loans: Vec<usize> },
    /// `v`, `v.into_iter()`: the vector moved into the loop; items are owned.
    Owned { item: Ty },
}

/// Whether a loop's body runs a given time round, as far as the walk can tell.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Runs {
    Yes,
    No,
    Unknown,
}

/// The state of one variable after two paths join.
fn join_var(a: &Var, b: &Var) -> Var {
    let mut out = a.clone();
    out.state = match (a.state, b.state) {
        (State::Moved(m), _) | (_, State::Moved(m)) => State::Moved(m),
        (State::Uninit, _) | (_, State::Uninit) => State::Uninit,
        _ => State::Init,
    };
    for l in &b.holds {
        if !out.holds.contains(l) {
            out.holds.push(*l);
        }
    }
    if a.known != b.known {
        out.known = Known::Unknown;
    }
    out.constant = a.constant && b.constant;
    if a.points_to != b.points_to {
        out.points_to = None;
    }
    out.first_assign = a.first_assign.or(b.first_assign);
    for m in &b.moved_fields {
        if !out.moved_fields.iter().any(|(f, _)| *f == m.0) {
            out.moved_fields.push(*m);
        }
    }
    out.uninit_reported = a.uninit_reported || b.uninit_reported;
    if a.ty.as_ref().is_none_or(Ty::has_infer) && b.ty.is_some() {
        out.ty.clone_from(&b.ty);
    }
    out
}

impl Walker<'_> {
    /// Puts the variables that existed in `saved` back as they were; the
    /// ones declared since keep their (dead) state. Types learned since are
    /// kept: inference is not flow-sensitive.
    pub(super) fn restore(&mut self, saved: &[Var]) {
        for (var, old) in self.vars.iter_mut().zip(saved) {
            let ty = var.ty.take();
            let reported = var.uninit_reported;
            *var = old.clone();
            if ty.is_some() {
                var.ty = ty;
            }
            var.uninit_reported |= reported;
        }
    }

    /// Sets the variables to the join of `states` (each a snapshot of
    /// [`Walker::vars`] at the end of one path). No states: unchanged.
    pub(super) fn join(&mut self, states: &[Vec<Var>]) {
        let Some((first, rest)) = states.split_first() else {
            return;
        };
        for (i, var) in self.vars.iter_mut().enumerate() {
            let Some(mut joined) = first.get(i).cloned() else {
                continue;
            };
            for other in rest {
                if let Some(o) = other.get(i) {
                    joined = join_var(&joined, o);
                }
            }
            if joined.ty.as_ref().is_none_or(Ty::has_infer) {
                joined.ty.clone_from(&var.ty);
            }
            *var = joined;
        }
    }

    /// Records that the code in `region` left by `exit`; the target is filled
    /// in when the loop (or the walk of its body) ends.
    pub(super) fn record_exit(&mut self, region: Region, exit: Exit) {
        let index = self.facts.flow.diverging.len();
        self.facts.flow.diverging.push((region, Point::MAX));
        match exit {
            Exit::Return => {}
            Exit::Break(depth) => {
                if let Some(l) = self.loops.get_mut(depth) {
                    l.break_regions.push(index);
                }
            }
            Exit::Continue(depth) => {
                if let Some(l) = self.loops.get_mut(depth) {
                    l.continue_regions.push(index);
                }
            }
        }
    }

    /// The nearer of two ways out (the one whose target comes first).
    pub(super) fn nearer(a: Exit, b: Exit) -> Exit {
        match (a, b) {
            (Exit::Continue(x), Exit::Continue(y)) => Exit::Continue(x.max(y)),
            (Exit::Continue(x), _) | (_, Exit::Continue(x)) => Exit::Continue(x),
            (Exit::Break(x), Exit::Break(y)) => Exit::Break(x.max(y)),
            (Exit::Break(x), _) | (_, Exit::Break(x)) => Exit::Break(x),
            _ => Exit::Return,
        }
    }

    /// A condition: a `bool` value, used up; its value, when known.
    pub(super) fn condition(&mut self, cond: &syn::Expr) -> R<Known> {
        let span = span_of(cond);
        if let syn::Expr::Let(_) = cond {
            return Err(unsupported("`let` inside a condition", span));
        }
        let v = self.value(cond, &Dest::Operator)?;
        if !matches!(v.ty, Ty::Bool | Ty::Error) {
            return Err(mismatch(&Ty::Bool, &v.ty, span));
        }
        self.consume(&v, span, false);
        Ok(v.known)
    }

    /// Walks `f` as one arm: returns its value, the region of its points and
    /// how it left, if it did.
    pub(super) fn arm(
        &mut self,
        f: impl FnOnce(&mut Self) -> R<Val>,
    ) -> R<(Val, Region, Option<Exit>)> {
        let outer = self.diverged.take();
        let start = self.point + 1;
        self.branches += 1;
        let v = f(self);
        self.branches -= 1;
        let v = v?;
        let region = Region {
            start,
            end: self.point + 1,
        };
        let exit = std::mem::replace(&mut self.diverged, outer);
        Ok((v, region, exit))
    }

    /// `if cond { .. } else { .. }`, as a statement (`step`: each part is its
    /// own step) or as a value.
    pub(super) fn if_expr(&mut self, e: &syn::ExprIf, step: bool) -> R<Val> {
        if let syn::Expr::Let(l) = &*e.cond {
            return self.if_let(e, l, step);
        }
        let span = span_of(e);
        self.enter(span)?;
        let opened = step && self.begin_step(span_of(&e.cond));
        self.condition(&e.cond)?;
        self.end_step(opened);
        let before = self.vars.clone();
        let (then_val, then_region, then_exit) = self.arm(|w| w.block(&e.then_branch))?;
        let after_then = self.vars.clone();
        self.restore(&before);
        let (else_val, else_region, else_exit) = self.arm(|w| match &e.else_branch {
            None => Ok(Val::unit()),
            Some((_, other)) => match &**other {
                syn::Expr::Block(b) if b.label.is_none() => w.block(&b.block),
                syn::Expr::If(i) => w.if_expr(i, step),
                other => Err(unsupported("this `else` branch", span_of(other))),
            },
        })?;
        let flow = &mut self.facts.flow;
        flow.arms.push((then_region, else_region));
        flow.optional.push(then_region);
        flow.optional.push(else_region);
        if let Some(exit) = then_exit {
            self.record_exit(then_region, exit);
        }
        if let Some(exit) = else_exit {
            self.record_exit(else_region, exit);
        }
        let value = match (then_exit, else_exit) {
            (None, None) => {
                let after_else = self.vars.clone();
                self.join(&[after_then, after_else]);
                if e.else_branch.is_none() && then_val.ty != Ty::Unit && then_val.ty != Ty::Error {
                    return Err(mismatch(&Ty::Unit, &then_val.ty, span_of(&e.then_branch)));
                }
                join_values(then_val, else_val, span)?
            }
            // Only the `else` path goes on: its state stands.
            (Some(_), None) => else_val,
            (None, Some(_)) => {
                self.restore(&after_then);
                then_val
            }
            (Some(a), Some(b)) => {
                self.diverged = Some(Self::nearer(a, b));
                then_val
            }
        };
        self.leave();
        Ok(value)
    }

    /// `break` and `continue` (no labels, no values).
    pub(super) fn jump(&mut self, e: &syn::Expr) -> R<Val> {
        let span = span_of(e);
        let is_break = matches!(e, syn::Expr::Break(_));
        self.exits_met += usize::from(is_break);
        let mut value = None;
        match e {
            syn::Expr::Break(b) if b.label.is_some() => {
                return Err(unsupported("`break` with a label", span))
            }
            syn::Expr::Break(b) => {
                if let Some(v) = &b.expr {
                    if self.loops.is_empty() {
                        return Err(unsupported("`break` outside a loop", span));
                    }
                    value = Some(self.value(v, &Dest::Discard)?);
                }
            }
            syn::Expr::Continue(c) if c.label.is_some() => {
                return Err(unsupported("`continue` with a label", span))
            }
            _ => {}
        }
        let Some(depth) = self.loops.len().checked_sub(1) else {
            return Err(unsupported("`break` and `continue` outside a loop", span));
        };
        let state = self.vars.clone();
        if let Some(l) = self.loops.last_mut() {
            if is_break {
                l.breaks.push(state);
                l.values.extend(value);
            } else {
                l.continues.push(state);
            }
        }
        let exit = if is_break {
            Exit::Break(depth)
        } else {
            Exit::Continue(depth)
        };
        self.diverged = Some(self.diverged.map_or(exit, |d| Self::nearer(d, exit)));
        Ok(Val::unit())
    }

    /// `return` (with or without a value) before the end of the function.
    pub(super) fn early_return(&mut self, r: &syn::ExprReturn) -> R<Val> {
        let span = span_of(r);
        self.exits_met += 1;
        let ret = self.ret.clone();
        match &r.expr {
            Some(e) => {
                let v = self.value_for(e, Some(&ret), &Dest::Return)?;
                self.finish_return(e, v, &ret)?;
            }
            None => {
                if ret != Ty::Unit {
                    return Err(mismatch(&ret, &Ty::Unit, span));
                }
            }
        }
        self.diverged = Some(Exit::Return);
        Ok(Val::unit())
    }

    /// Walks a loop body twice (see the module docs), and more times for the
    /// steps while the walk can tell that the program goes round again. `count`
    /// is how many times the body runs when known beforehand (a `for` over a
    /// known range); `head` runs before each walk (the condition, the next
    /// item) and says whether the body runs then; `body` is the walk itself.
    /// A walk the program never takes (the second of a loop that runs once)
    /// is still walked for the checker, but records no steps.
    /// Returns the states at which the loop can be left after a head.
    pub(super) fn unrolled(
        &mut self,
        count: Option<usize>,
        mut head: impl FnMut(&mut Self, usize) -> R<Runs>,
        mut body: impl FnMut(&mut Self, usize) -> R<()>,
        skippable: bool,
    ) -> R<(Vec<Vec<Var>>, Vec<Val>)> {
        // Values that change in a loop are not compile-time constants.
        for var in &mut self.vars {
            var.constant = false;
        }
        self.loops.push(LoopCtx::default());
        let outer_iteration = self.iteration;
        let outer_hidden = self.hidden;
        let first_step = self.facts.steps.len();
        let depth = self.loops.len();
        let mut exits = Vec::new();
        let mut body_start = None;
        // Whether every head so far said the body runs, and so whether the
        // steps may go round again; and how many times it ran, once a head
        // says the loop ends.
        let mut followed = true;
        let mut ran = count;
        // The state in which the program leaves the loop, when followed.
        let mut left = None;
        let mut walk = 0;
        loop {
            walk += 1;
            let runs = count.map(|n| if walk <= n { Runs::Yes } else { Runs::No });
            if walk > 2 && !(followed && walk <= MAX_SHOWN_ITERATIONS && runs != Some(Runs::No)) {
                if followed && runs == Some(Runs::No) {
                    left = Some(self.vars.clone());
                }
                break;
            }
            self.iteration = Some(walk);
            // A `for` past its last item: the program does not take even its head.
            if runs == Some(Runs::No) {
                self.hidden = true;
            }
            let said = head(self, walk)?;
            if skippable {
                exits.push(self.vars.clone());
            }
            match runs.unwrap_or(said) {
                Runs::Yes => {}
                Runs::No => {
                    if followed && left.is_none() {
                        ran = Some(walk - 1);
                        left = Some(self.vars.clone());
                    }
                    if walk > 2 {
                        break;
                    }
                    self.hidden = true;
                }
                Runs::Unknown => followed = false,
            }
            body_start.get_or_insert(self.point + 1);
            let exits_before = self.exits_met;
            let (_, region, exit) = self.arm(|w| {
                body(w, walk)?;
                Ok(Val::unit())
            })?;
            if self.exits_met > exits_before {
                followed = false;
            }
            let continues = self
                .loops
                .last_mut()
                .map(|l| std::mem::take(&mut l.continues))
                .unwrap_or_default();
            let regions = self
                .loops
                .last_mut()
                .map(|l| std::mem::take(&mut l.continue_regions))
                .unwrap_or_default();
            let end = self.point + 1;
            for r in regions {
                if let Some((_, target)) = self.facts.flow.diverging.get_mut(r) {
                    *target = end;
                }
            }
            match exit {
                // The body ran to its end (or continued): both go round again.
                None | Some(Exit::Continue(_)) => {
                    let mut states = continues;
                    if exit.is_none() {
                        states.push(self.vars.clone());
                    }
                    self.join(&states);
                }
                Some(other) => {
                    self.record_exit(region, other);
                    if !continues.is_empty() {
                        self.join(&continues);
                    } else if walk == 1 {
                        // Every path leaves in the first walk: no second one.
                        self.diverged = Some(other);
                        break;
                    }
                    // A `break` or `return` that the walk cannot tell is taken or not.
                    followed = false;
                }
            }
        }
        self.iteration = outer_iteration;
        self.hidden = outer_hidden;
        if let Some(n) = ran.filter(|_| followed) {
            for step in self.facts.steps.iter_mut().skip(first_step) {
                if step.depth == depth {
                    step.iterations = Some(n);
                }
            }
            // The values shown after the loop are those it is left with, not the
            // join of every way out the checker considers.
            if let Some(left) = &left {
                for exit in &mut exits {
                    for (var, known) in exit.iter_mut().zip(left) {
                        var.known.clone_from(&known.known);
                    }
                }
            }
        }
        if skippable && self.diverged.is_none() {
            exits.push(self.vars.clone());
        }
        let ctx = self.loops.pop().unwrap_or_default();
        let end = self.point + 1;
        for r in ctx.break_regions {
            if let Some((_, target)) = self.facts.flow.diverging.get_mut(r) {
                *target = end;
            }
        }
        let region = Region {
            start: body_start.unwrap_or(end),
            end,
        };
        if skippable {
            self.facts.flow.optional.push(region);
        }
        exits.extend(ctx.breaks);
        Ok((exits, ctx.values))
    }

    /// `while cond { .. }`.
    pub(super) fn while_loop(&mut self, w: &syn::ExprWhile) -> R<Val> {
        let span = span_of(w);
        if w.label.is_some() {
            return Err(unsupported("loop labels", span));
        }
        if let syn::Expr::Let(l) = &*w.cond {
            return self.while_let(w, l);
        }
        self.enter(span)?;
        let (exits, _) = self.unrolled(
            None,
            |me, _| {
                let opened = me.begin_step(span_of(&w.cond));
                let known = me.condition(&w.cond)?;
                me.end_step(opened);
                Ok(match known {
                    Known::Bool(true) => Runs::Yes,
                    Known::Bool(false) => Runs::No,
                    _ => Runs::Unknown,
                })
            },
            |me, _| unit_block(me, &w.body),
            true,
        )?;
        self.finish_loop(&exits);
        self.leave();
        Ok(Val::unit())
    }

    /// `loop { .. }`, which must `break` somewhere.
    pub(super) fn plain_loop(&mut self, l: &syn::ExprLoop) -> R<Val> {
        let span = span_of(l);
        if l.label.is_some() {
            return Err(unsupported("loop labels", span));
        }
        self.enter(span)?;
        let (exits, values) = self.unrolled(
            None,
            |_, _| Ok(Runs::Unknown),
            |me, _| unit_block(me, &l.body),
            false,
        )?;
        if exits.is_empty() {
            return Err(unsupported("`loop` without `break`", span));
        }
        self.finish_loop(&exits);
        self.leave();
        // `break value`: the loop's value (every `break` must give one).
        let mut values = values.into_iter();
        let Some(first) = values.next() else {
            return Ok(Val::unit());
        };
        if values.len() + 1 != exits.len() {
            return Err(mismatch(&first.ty, &Ty::Unit, span));
        }
        values.try_fold(first, |a, b| join_values(a, b, span))
    }

    /// After a loop: the join of the ways out, and the code after it runs.
    pub(super) fn finish_loop(&mut self, exits: &[Vec<Var>]) {
        if matches!(self.diverged, Some(Exit::Break(d) | Exit::Continue(d)) if d >= self.loops.len())
        {
            self.diverged = None;
        }
        self.join(exits);
    }

    /// `for x in source { .. }`.
    pub(super) fn for_loop(&mut self, f: &syn::ExprForLoop) -> R<Val> {
        let span = span_of(f);
        if f.label.is_some() {
            return Err(unsupported("loop labels", span));
        }
        // `for _ in ..` binds nothing: each item is dropped at once.
        let (name, decl, mutable) = match &*f.pat {
            syn::Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => (
                Some(ident.ident.to_string()),
                span_of(&ident.ident),
                ident.mutability.is_some(),
            ),
            syn::Pat::Wild(w) => (None, span_of(w), false),
            // A destructuring pattern (`(i, x)`): bound by the pattern code.
            other => (None, span_of(other), false),
        };
        let pattern = !matches!(&*f.pat, syn::Pat::Ident(_) | syn::Pat::Wild(_));
        self.enter(span)?;
        let head_span = Span {
            end_line: span_of(&f.expr).end_line,
            end_column: span_of(&f.expr).end_column,
            ..span
        };
        let opened = self.begin_step(head_span);
        let (source, count) = self.loop_source(&f.expr)?;
        self.end_step(opened);
        let loans = match &source {
            Source::Borrowed { loans, .. } => loans.clone(),
            _ => Vec::new(),
        };
        let (exits, _) = self.unrolled(
            count,
            |me, walk| {
                let opened = me.begin_step(head_span);
                // Asking the iterator for the next item uses its borrows.
                let point = me.tick();
                me.use_loans(&loans, point, head_span, false);
                me.scopes.push(Vec::new());
                let (ty, known, holds) = match &source {
                    Source::Range { ty, start } => {
                        let known = start
                            .and_then(|s| s.checked_add(i128::try_from(walk).ok()? - 1))
                            .map_or(Known::Unknown, Known::Int);
                        (ty.clone(), known, Vec::new())
                    }
                    Source::Borrowed { item, loans } => {
                        (item.clone(), Known::Unknown, loans.clone())
                    }
                    Source::Owned { item } => (item.clone(), Known::Unknown, Vec::new()),
                };
                if pattern {
                    let item = Val {
                        loans: holds,
                        ..Val::new(ty, Known::Unknown)
                    };
                    me.bind_item(&f.pat, item, decl)?;
                } else if let Some(name) = &name {
                    let id = me.declare(name, mutable, Some(ty.clone()), decl, false);
                    if let Some(var) = me.vars.get_mut(id) {
                        var.state = State::Init;
                        var.first_assign = Some(decl);
                        var.holds = holds;
                        var.known = known.clone();
                    }
                    let which = if walk == 1 { "the first" } else { "a later" };
                    let text = match &known {
                        Known::Int(n) => format!("`{name}` = {n}: {which} item"),
                        _ => format!("`{name}` is {which} item, of type `{ty}`"),
                    };
                    me.event(EventKind::Declare, name, text);
                }
                me.end_step(opened);
                Ok(Runs::Unknown)
            },
            |me, _| {
                let r = unit_block(me, &f.body);
                let close = super::from_pm(f.body.brace_token.span.close());
                me.pop_scope(close);
                r
            },
            true,
        )?;
        // The last call to `next` (which returns `None`) uses the borrows too.
        let point = self.tick();
        self.use_loans(&loans, point, head_span, false);
        self.finish_loop(&exits);
        self.leave();
        Ok(Val::unit())
    }

    /// `a..b` or `a..=b` of integers or `char`s: the item type, the start
    /// when it is known, and the number of items when both ends are.
    pub(super) fn range_bounds(
        &mut self,
        r: &syn::ExprRange,
        span: Span,
    ) -> R<(Ty, Option<i128>, Option<usize>)> {
        let (Some(start), Some(end)) = (&r.start, &r.end) else {
            return Err(unsupported("open-ended ranges", span));
        };
        let a = self.value(start, &Dest::Operator)?;
        let b = self.value(end, &Dest::Operator)?;
        self.consume(&a, span, false);
        self.consume(&b, span, false);
        let ty = match (&a.ty, &b.ty) {
            (Ty::IntLit, t) | (t, Ty::IntLit) if matches!(t, Ty::Int(_) | Ty::IntLit) => t.clone(),
            (x, y) if x == y && matches!(x, Ty::Int(_) | Ty::Char) => x.clone(),
            (Ty::Error, _) | (_, Ty::Error) => Ty::Error,
            (x, y) => return Err(mismatch(x, y, span)),
        };
        self.settle(&a, &ty)?;
        self.settle(&b, &ty)?;
        let inclusive = i128::from(matches!(r.limits, syn::RangeLimits::Closed(_)));
        let count = match (a.known.as_int(), b.known.as_int()) {
            (Some(x), Some(y)) => y
                .checked_sub(x)
                .and_then(|d| d.checked_add(inclusive))
                .map(|n| usize::try_from(n.max(0)).unwrap_or(usize::MAX)),
            _ => None,
        };
        Ok((ty, a.known.as_int(), count))
    }

    /// Evaluates what a `for` loop walks over, and how many items it gives
    /// when that is known (a range of known ends, a vector of known length).
    fn loop_source(&mut self, e: &syn::Expr) -> R<(Source, Option<usize>)> {
        let span = span_of(e);
        if let syn::Expr::Range(r) = super::strip_parens(e) {
            let (ty, start, count) = self.range_bounds(r, span)?;
            return Ok((Source::Range { ty, start }, count));
        }
        let v = self.value(e, &Dest::Container("`for` loop"))?;
        // A vector, or a reference to one, whose elements the walk followed.
        let container = match &v.ty {
            Ty::Ref(_, inner) => &**inner,
            other => other,
        };
        let count = match (container, self.deref_known(&v)) {
            (Ty::Vec(_), Known::List(items)) => Some(items.len()),
            _ => None,
        };
        let source = match v.ty {
            Ty::Ref(m, inner) => match *inner {
                Ty::Vec(item) | Ty::Slice(item) | Ty::Array(item, _) | Ty::Deque(item) => {
                    Source::Borrowed {
                        item: Ty::Ref(m, item),
                        loans: v.loans,
                    }
                }
                Ty::Set { elem, .. } if !m => Source::Borrowed {
                    item: Ty::shared(*elem),
                    loans: v.loans,
                },
                Ty::Map { key, value, .. } => Source::Borrowed {
                    item: Ty::Tuple(vec![Ty::shared(*key), Ty::Ref(m, value)]),
                    loans: v.loans,
                },
                other => return Err(unsupported(format!("`for` over `&{other}`"), span)),
            },
            Ty::Iter(item) => Source::Borrowed {
                item: Ty::shared(*item),
                loans: v.loans,
            },
            Ty::Map { key, value, .. } => {
                let item = Ty::Tuple(vec![*key, *value]);
                if item.has_refs() {
                    Source::Borrowed {
                        item,
                        loans: v.loans,
                    }
                } else {
                    Source::Owned { item }
                }
            }
            Ty::Set { elem: item, .. } | Ty::Deque(item) => {
                if item.has_refs() {
                    Source::Borrowed {
                        item: *item,
                        loans: v.loans,
                    }
                } else {
                    Source::Owned { item: *item }
                }
            }
            Ty::Vec(item) | Ty::IntoIter(item) | Ty::Array(item, _) if item.has_refs() => {
                Source::Borrowed {
                    item: *item,
                    loans: v.loans,
                }
            }
            Ty::Vec(item) | Ty::IntoIter(item) | Ty::Array(item, _) => {
                Source::Owned { item: *item }
            }
            // `for msg in rx`: each message, until every sender is gone.
            Ty::Channel {
                sender: false,
                elem,
                ..
            } => Source::Owned { item: *elem },
            Ty::Error => Source::Owned { item: Ty::Error },
            other => return Err(unsupported(format!("`for` over `{other}`"), span)),
        };
        Ok((source, count))
    }
}

/// A loop body: a block whose value must be `()`.
fn unit_block(me: &mut Walker<'_>, body: &syn::Block) -> R<()> {
    let v = me.block(body)?;
    if v.ty != Ty::Unit && v.ty != Ty::Error && me.diverged.is_none() {
        return Err(mismatch(&Ty::Unit, &v.ty, span_of(body)));
    }
    me.consume(&v, span_of(body), false);
    Ok(())
}

/// The value of an `if` whose arms both finish: they must have one type; the
/// result holds the loans of both.
pub(super) fn join_values(a: Val, b: Val, span: Span) -> R<Val> {
    let ty = if ty::coerces(&b.ty, &a.ty) || b.ty == Ty::Error {
        a.ty.clone()
    } else if ty::coerces(&a.ty, &b.ty) || a.ty == Ty::Error {
        b.ty.clone()
    } else {
        return Err(mismatch(&a.ty, &b.ty, span));
    };
    let mut loans = a.loans.clone();
    for l in b.loans {
        if !loans.contains(&l) {
            loans.push(l);
        }
    }
    let known = if a.known == b.known {
        a.known.clone()
    } else {
        Known::Unknown
    };
    Ok(Val {
        ty,
        loans,
        known,
        points_to: if a.points_to == b.points_to {
            a.points_to
        } else {
            None
        },
        temp_borrow: a.temp_borrow || b.temp_borrow,
        temp_span: a.temp_span.or(b.temp_span),
        constant: a.constant && b.constant,
        origin: None,
    })
}
