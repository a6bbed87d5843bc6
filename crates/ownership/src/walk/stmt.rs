//! Function bodies, statements and blocks. Each statement of `fn main` is a
//! visualizer step; a block is a scope whose variables are dropped, in
//! reverse declaration order, at its closing brace.

use super::place::PlaceExpr;
use super::program::{Body, ConstItem, FnSig};
use super::{
    from_pm, label, mismatch, not_ownership, span_of, strip_parens, unsupported, Dest, State, Val,
    Walker, R,
};
use crate::ir::BodyFacts;
use crate::methods::SelfMode;
use crate::ty::{self, Ty};
use crate::{BorrowKind, EventKind, Span};

/// The name of the hidden variable standing for an extended temporary; it
/// cannot clash with an identifier.
pub(super) const TEMPORARY: &str = "(temporary)";

impl Walker<'_> {
    /// Walks one function: parameters, statements, the returned value and
    /// the drops at the closing brace.
    pub(super) fn body(mut self, item: &Body<'_>, sig: &FnSig) -> R<BodyFacts> {
        self.ret = sig.ret.clone();
        self.scopes.push(Vec::new());
        if let (Some(r), Some(me)) = (&sig.receiver, sig.self_ty.clone()) {
            let ty = match r.mode {
                SelfMode::Shared => Ty::Ref(false, Box::new(me)),
                SelfMode::Mut => Ty::Ref(true, Box::new(me)),
                SelfMode::Value => me,
            };
            self.declare_param("self", r.mutable, ty, r.span);
        }
        for p in &sig.params {
            self.declare_param(&p.name, p.mutable, p.ty.clone(), p.span);
        }
        if sig.name != "main" {
            // The call: the frame opens with the parameters bound.
            let opened = self.begin_step(from_pm(item.sig.ident.span()));
            self.end_step(opened);
        }
        let stmts = &item.block.stmts;
        let (body, tail) = split_tail(stmts, true);
        for stmt in body {
            self.stmt(stmt)?;
        }
        let ret = match tail {
            Some(Tail::Expr(e)) => {
                let span = span_of(e);
                let opened = !has_own_steps(e) && self.begin_step(span);
                let v = self.tail_value(e, &Dest::Return)?;
                self.finish_return(e, v, &sig.ret)?;
                self.end_step(opened);
                Some(span)
            }
            Some(Tail::Macro(m)) => {
                let span = span_of(m);
                let opened = self.begin_step(span);
                let v = self.macro_call(m, span)?;
                self.check_return_type(&v, &sig.ret, span)?;
                self.consume(&v, span, false);
                self.end_step(opened);
                Some(span)
            }
            Some(Tail::Unit(span)) => {
                let opened = self.begin_step(span);
                self.check_return_type(&Val::unit(), &sig.ret, span)?;
                self.end_step(opened);
                Some(span)
            }
            None => None,
        };
        if ret.is_none() && sig.ret != Ty::Unit {
            return Err(mismatch(&sig.ret, &Ty::Unit, span_of(&item.sig.output)));
        }
        let close = from_pm(item.block.brace_token.span.close());
        let opened = self.begin_step(close);
        self.pop_scope(close);
        self.end_step(opened);
        self.finish_types()?;
        Ok(self.facts)
    }

    /// The value of a constant or static: its expression evaluated like a
    /// `let` initializer of its type, with only literals and other
    /// constants to use.
    pub(super) fn const_value(mut self, c: &ConstItem<'_>) -> R<Val> {
        self.scopes.push(Vec::new());
        let span = span_of(c.expr);
        let v = self.value_for(c.expr, Some(&c.ty), &Dest::Discard)?;
        if !ty::coerces(&v.ty, &c.ty) {
            return Err(mismatch(&c.ty, &v.ty, span));
        }
        self.check_literal_fits(&v, &c.ty, span)?;
        let plain = self.facts.frontend_errors.is_empty()
            && self.facts.diagnostics.is_empty()
            && self.vars.is_empty()
            && v.loans.is_empty();
        if !plain {
            return Err(unsupported("constants computed this way", c.span));
        }
        Ok(Val {
            constant: true,
            ..Val::new(c.ty.clone(), v.known)
        })
    }

    /// Checks and consumes the value a function returns; references to its
    /// own locals cannot leave it (E0515).
    pub(super) fn finish_return(&mut self, e: &syn::Expr, v: Val, ret: &Ty) -> R<()> {
        let span = span_of(e);
        self.check_return_type(&v, ret, span)?;
        if let syn::Expr::Reference(r) = strip_parens(e) {
            if self.is_temporary(&r.expr) {
                return Err(not_ownership(
                    "returning a reference to a temporary",
                    span,
                    "returning a reference to a temporary value is an error in rustc (E0515); \
                     this case is not explained yet"
                        .into(),
                ));
            }
        }
        if v.temp_borrow {
            return Err(unsupported("returning borrows of temporary values", span));
        }
        let escaping = v.loans.iter().copied().find_map(|l| {
            let loan = self.facts.loans.get(l).filter(|l| !l.mutability_error)?;
            let var = self.vars.get(loan.place.var)?;
            let owns = !loan.place.deref || matches!(var.ty, Some(Ty::Box(_)));
            owns.then(|| (loan.span, var.name.clone(), var.is_param))
        });
        // A returned closure (or boxed one) that borrows a local: rustc
        // says it may outlive the function (E0373), at the closure.
        let closure = match &v.ty {
            Ty::Closure { id, .. } => Some(*id),
            Ty::Box(t) => match **t {
                Ty::Closure { id, .. } => Some(id),
                _ => None,
            },
            _ => None,
        };
        if let (Some(info), Some((_, name, _))) =
            (closure.and_then(|id| self.closures.get(id)), &escaping)
        {
            let at = info.span;
            self.report(
                "E0373",
                format!(
                    "closure may outlive the current function, but it borrows `{name}`, which is \
                     owned by the current function"
                ),
                at,
                vec![label(at, format!("may outlive borrowed value `{name}`"))],
            );
            return Ok(());
        }
        if let Some((borrow_span, name, is_param)) = escaping {
            // rustc points at the branch's value that holds the borrow.
            let e = returned_part(e, borrow_span);
            let span = span_of(e);
            let what = if is_param {
                "function parameter"
            } else {
                "local variable"
            };
            let direct = matches!(strip_parens(e), syn::Expr::Reference(_));
            let diagnostic = if direct {
                self.diagnostic(
                    "E0515",
                    format!("cannot return reference to {what} `{name}`"),
                    span,
                    vec![label(
                        span,
                        "returns a reference to data owned by the current function",
                    )],
                )
            } else {
                self.diagnostic(
                    "E0515",
                    format!("cannot return value referencing {what} `{name}`"),
                    span,
                    vec![
                        label(borrow_span, format!("`{name}` is borrowed here")),
                        label(
                            span,
                            "returns a value referencing data owned by the current function",
                        ),
                    ],
                )
            };
            self.facts.diagnostics.push(diagnostic);
            return Ok(());
        }
        self.consume(&v, span, false);
        Ok(())
    }

    fn check_return_type(&mut self, v: &Val, ret: &Ty, span: Span) -> R<()> {
        if ty::coerces(&v.ty, ret) {
            self.settle(v, ret)?;
            self.check_literal_fits(v, ret, span)
        } else {
            Err(mismatch(ret, &v.ty, span))
        }
    }

    /// rustc needs every variable's type; one it could not infer is an
    /// error (E0282) the engine does not explain. (An unknown type is fine
    /// after an unresolved name, which is what gets reported then.)
    fn finish_types(&mut self) -> R<()> {
        let unresolved_names = !self.facts.frontend_errors.is_empty();
        for (var, facts) in self.vars.iter().zip(self.facts.vars.iter_mut()) {
            let inferred = match &var.ty {
                Some(Ty::Error) => unresolved_names,
                Some(t) => !t.has_infer(),
                None => false,
            };
            if !inferred {
                return Err(not_ownership(
                    "type inference",
                    var.decl,
                    format!(
                        "the type of `{}` cannot be inferred here; rustc asks for a type \
                         annotation (E0282), e.g. `let {}: Vec<i32> = ...`",
                        var.name, var.name
                    ),
                ));
            }
            if let Some(t) = &var.ty {
                facts.ty = t.to_string();
            }
        }
        Ok(())
    }

    /// One statement. In `fn main` each statement is a visualizer step.
    pub(super) fn stmt(&mut self, stmt: &syn::Stmt) -> R<()> {
        let span = span_of(stmt);
        let mark = self.stmt_temps.len();
        self.stmt_inner(stmt, span)?;
        self.end_statement(mark, span);
        Ok(())
    }

    fn stmt_inner(&mut self, stmt: &syn::Stmt, span: Span) -> R<()> {
        match stmt {
            syn::Stmt::Local(local) => {
                let opened = self.begin_step(span);
                self.local(local, span)?;
                self.end_step(opened);
            }
            syn::Stmt::Item(item) => {
                return Err(unsupported("items inside functions", span_of(item)))
            }
            syn::Stmt::Expr(e @ syn::Expr::Block(b), _) if is_plain_block(e) => {
                // A nested scope: its statements are steps of their own.
                let v = self.block(&b.block)?;
                if v.ty != Ty::Unit && v.ty != Ty::Error {
                    return Err(mismatch(&Ty::Unit, &v.ty, span));
                }
                self.consume(&v, span, false);
            }
            // Branches and loops are not one step: their parts are.
            syn::Stmt::Expr(
                e @ (syn::Expr::If(_)
                | syn::Expr::Match(_)
                | syn::Expr::While(_)
                | syn::Expr::Loop(_)
                | syn::Expr::ForLoop(_)),
                semi,
            ) if !self.step_open => {
                let v = match e {
                    syn::Expr::If(i) => self.if_expr(i, true)?,
                    syn::Expr::Match(m) => self.match_expr(m, true)?,
                    syn::Expr::While(w) => self.while_loop(w)?,
                    syn::Expr::Loop(l) => self.plain_loop(l)?,
                    syn::Expr::ForLoop(f) => self.for_loop(f)?,
                    _ => Val::unit(),
                };
                if semi.is_none() && v.ty != Ty::Unit && v.ty != Ty::Error {
                    return Err(mismatch(&Ty::Unit, &v.ty, span));
                }
                self.consume(&v, span, false);
            }
            syn::Stmt::Expr(e, semi) => {
                let opened = self.begin_step(span);
                let v = self.value(e, &Dest::Discard)?;
                if semi.is_none() && v.ty != Ty::Unit && v.ty != Ty::Error {
                    return Err(mismatch(&Ty::Unit, &v.ty, span));
                }
                self.consume(&v, span, false);
                self.end_step(opened);
            }
            syn::Stmt::Macro(m) => {
                let opened = self.begin_step(span);
                let v = self.macro_call(&m.mac, span)?;
                self.consume(&v, span, false);
                self.end_step(opened);
            }
        }
        Ok(())
    }

    /// `let` with a single identifier, an optional type and initializer.
    fn local(&mut self, local: &syn::Local, span: Span) -> R<()> {
        let (pat, annotation) = match &local.pat {
            syn::Pat::Type(t) => {
                let ty = ty::from_syn(&t.ty).map_err(|what| unsupported(what, span_of(&t.ty)))?;
                (&*t.pat, Some(ty))
            }
            other => (other, None),
        };
        let syn::Pat::Ident(ident) = pat else {
            let what = match pat {
                syn::Pat::Wild(_) => "`let _` (which does not bind or move)",
                _ if annotation.is_some() => "patterns with a type annotation in `let`",
                _ => return self.let_pattern(local, span),
            };
            return Err(unsupported(what, span_of(pat)));
        };
        if ident.by_ref.is_some() || ident.subpat.is_some() {
            return Err(unsupported("`ref` bindings", span_of(ident)));
        }
        let name = ident.ident.to_string();
        let decl = span_of(&ident.ident);
        let mutable = ident.mutability.is_some();
        let Some(init) = &local.init else {
            let id = self.declare(&name, mutable, annotation, decl, false);
            self.event(
                EventKind::Declare,
                &name,
                format!("`{name}` is declared without a value yet"),
            );
            if let Some(var) = self.vars.get_mut(id) {
                var.state = State::Uninit;
            }
            return Ok(());
        };
        if init.diverge.is_some() {
            return self.let_pattern(local, span);
        }
        let dest = Dest::Var(name.clone());
        let v = match strip_parens(&init.expr) {
            // `&mut 5` is not promoted to a static like `&5`.
            syn::Expr::Reference(r)
                if self.is_temporary(&r.expr)
                    || (r.mutability.is_some()
                        && matches!(strip_parens(&r.expr), syn::Expr::Lit(_))) =>
            {
                self.extended_temporary(r, &dest)?
            }
            init => self.value_for(init, annotation.as_ref(), &dest)?,
        };
        let ty = match &annotation {
            Some(t) => {
                if !ty::coerces(&v.ty, t) {
                    return Err(mismatch(t, &v.ty, span_of(&init.expr)));
                }
                self.check_literal_fits(&v, t, span_of(&init.expr))?;
                self.settle(&v, t)?;
                // `let names: Vec<_> = ...` takes the rest from the value.
                match t.has_infer() {
                    true => ty::unify(t, &v.ty).unwrap_or_else(|| t.clone()),
                    false => t.clone(),
                }
            }
            None => {
                self.check_literal_fits(&v, &v.ty, span_of(&init.expr))?;
                v.ty.clone()
            }
        };
        if ty == Ty::Unit && annotation.is_none() {
            return Err(unsupported("variables of type `()`", span));
        }
        let mut v = v;
        self.keep_temporary_borrow(&mut v, span_of(&init.expr));
        self.bind_value(&name, mutable, ty, v, decl);
        Ok(())
    }

    /// Declares `name` (of type `ty`) holding `v`: what a `let` or a pattern
    /// binding does once its value is computed.
    pub(super) fn bind_value(&mut self, name: &str, mutable: bool, ty: Ty, v: Val, decl: Span) {
        let bind_point = self.tick();
        self.use_loans(&v.loans, bind_point, decl, false);
        let id = self.declare(name, mutable, Some(ty.clone()), decl, false);
        for &l in &v.loans {
            if let Some(loan) = self.facts.loans.get_mut(l) {
                loan.holder.get_or_insert_with(|| name.to_string());
            }
        }
        if let Some(var) = self.vars.get_mut(id) {
            var.state = State::Init;
            var.first_assign = Some(decl);
            var.holds = v.loans.clone();
            var.known = v.known.clone();
            var.constant = v.constant;
            var.points_to = v.points_to;
        }
        let text = self.declare_text(name, &ty, &v);
        self.event(EventKind::Declare, name, text);
    }

    /// `let r = &temporary;` keeps the temporary alive until the end of the
    /// enclosing block (temporary lifetime extension). It is modelled as a
    /// hidden variable of that block, so a borrow of it that outlives the
    /// block is E0716. Borrows of constants (`&5`) are promoted to statics.
    fn extended_temporary(&mut self, r: &syn::ExprReference, dest: &Dest) -> R<Val> {
        let kind = if r.mutability.is_some() {
            BorrowKind::Mutable
        } else {
            BorrowKind::Shared
        };
        let v = self.value(&r.expr, &Dest::Operator)?;
        if kind == BorrowKind::Shared && v.constant {
            return Ok(Val {
                loans: v.loans,
                ..Val::new(Ty::shared(v.ty), v.known)
            });
        }
        let span = span_of(r);
        let id = self.declare(TEMPORARY, true, Some(v.ty.clone()), span, false);
        if let Some(var) = self.vars.get_mut(id) {
            var.state = State::Init;
            var.first_assign = Some(span);
            var.holds.clone_from(&v.loans);
            var.known = v.known;
        }
        if let Some(facts) = self.facts.vars.get_mut(id) {
            facts.temporary = true;
        }
        let place = PlaceExpr::var(id, v.ty, TEMPORARY, span);
        Ok(self.borrow_place(&place, kind, dest, false)?.val)
    }

    fn declare_text(&self, name: &str, ty: &Ty, v: &Val) -> String {
        if let (Ty::Ref(..), Some(target)) = (ty, v.points_to.and_then(|t| self.vars.get(t))) {
            format!("`{name}` is a reference to `{}`", target.name)
        } else if ty.is_shared() {
            match v.known.shared().and_then(|id| self.strong_count(id)) {
                Some(n) => format!("`{name}` holds a strong handle of a shared value: strong count {n}"),
                None => format!(
                    "`{name}` holds a strong handle of a shared value (its strong count is not followed here)"
                ),
            }
        } else if ty.owns_heap() {
            let kind = match ty {
                Ty::Vec(_) => "Vec",
                Ty::Box(_) => "Box",
                _ => "String",
            };
            format!(
                "`{name}` owns a `{kind}` with {} on the heap",
                v.known.show()
            )
        } else if ty.is_copy() && v.known.is_known() && !matches!(ty, Ty::Ref(..)) {
            format!("`{name}` = {}", v.known.show())
        } else {
            format!("`{name}` is declared as `{ty}`")
        }
    }

    /// Evaluates a block in its own scope. Its value is consumed by the
    /// caller after the block's variables are dropped, which is how
    /// `let r = { let x = 5; &x };` becomes E0597.
    pub(super) fn block(&mut self, block: &syn::Block) -> R<Val> {
        let span = span_of(block);
        self.enter(span)?;
        self.scopes.push(Vec::new());
        let (body, tail) = split_tail(&block.stmts, false);
        for stmt in body {
            self.stmt(stmt)?;
        }
        let result = match tail {
            Some(Tail::Expr(e)) => {
                let opened = !has_own_steps(e) && self.begin_step(span_of(e));
                let v = self.tail_value(e, &Dest::Discard)?;
                self.end_step(opened);
                v
            }
            Some(Tail::Macro(m)) => {
                let span = span_of(m);
                let opened = self.begin_step(span);
                let v = self.macro_call(m, span)?;
                self.end_step(opened);
                v
            }
            Some(Tail::Unit(span)) => return Err(unsupported("early `return`", span)),
            None => Val::unit(),
        };
        let close = from_pm(block.brace_token.span.close());
        let opened = self.begin_step(close);
        self.pop_scope(close);
        self.end_step(opened);
        self.leave();
        Ok(result)
    }

    /// The value of a block's final expression. A final `{ .. }` block is
    /// walked like a statement block, so its statements are steps of their
    /// own (callers do not open a step for it).
    fn tail_value(&mut self, e: &syn::Expr, dest: &Dest) -> R<Val> {
        match e {
            syn::Expr::Block(b) if is_plain_block(e) => self.block(&b.block),
            // `-> impl Fn(i32) -> i32 { move |x| x + n }`: typed by the result.
            _ if self.ret.fn_bound().is_some() => {
                let ret = self.ret.clone();
                self.value_for(e, Some(&ret), dest)
            }
            _ => self.value(e, dest),
        }
    }
}

/// The value-producing end of a block.
enum Tail<'a> {
    Expr(&'a syn::Expr),
    Macro(&'a syn::Macro),
    /// `return;`
    Unit(Span),
}

/// Splits off the block's final expression (or final `return`).
/// A final `return` is the function's tail only in the function's own
/// block; in a nested block it is an early return (unsupported).
fn split_tail(stmts: &[syn::Stmt], fn_body: bool) -> (&[syn::Stmt], Option<Tail<'_>>) {
    let Some((last, rest)) = stmts.split_last() else {
        return (stmts, None);
    };
    match last {
        syn::Stmt::Expr(syn::Expr::Return(_), _) if !fn_body => (stmts, None),
        syn::Stmt::Expr(syn::Expr::Return(r), _) => match &r.expr {
            Some(e) => (rest, Some(Tail::Expr(e))),
            None => (rest, Some(Tail::Unit(span_of(r)))),
        },
        syn::Stmt::Expr(e, None) => (rest, Some(Tail::Expr(e))),
        syn::Stmt::Macro(m) if m.semi_token.is_none() => (rest, Some(Tail::Macro(&m.mac))),
        _ => (stmts, None),
    }
}

/// A `{ .. }` block without a label.
fn is_plain_block(e: &syn::Expr) -> bool {
    matches!(e, syn::Expr::Block(b) if b.label.is_none())
}

/// A block's last expression whose parts are steps of their own, as they are of a statement:
/// a nested scope, or a loop (a `for` that ends `main`, say).
fn has_own_steps(e: &syn::Expr) -> bool {
    is_plain_block(e)
        || matches!(
            e,
            syn::Expr::While(_) | syn::Expr::Loop(_) | syn::Expr::ForLoop(_)
        )
}

/// The innermost part of a returned expression that gives the value and
/// holds the borrow made at `borrow`: the tail of a block, or the branch
/// of an `if` or `match` it is written in.
fn returned_part(e: &syn::Expr, borrow: Span) -> &syn::Expr {
    let within = |e: &syn::Expr| {
        let s = span_of(e);
        (s.line, s.column) <= (borrow.line, borrow.column)
            && (borrow.end_line, borrow.end_column) <= (s.end_line, s.end_column)
    };
    let next = match strip_parens(e) {
        syn::Expr::Block(b) => block_tail(&b.block),
        syn::Expr::If(i) => block_tail(&i.then_branch)
            .filter(|t| within(t))
            .or_else(|| i.else_branch.as_ref().map(|(_, e)| &**e)),
        syn::Expr::Match(m) => m.arms.iter().map(|a| &*a.body).find(|b| within(b)),
        _ => None,
    };
    match next {
        Some(n) if within(n) => returned_part(n, borrow),
        _ => e,
    }
}

/// The expression a block ends with, if it gives a value.
fn block_tail(b: &syn::Block) -> Option<&syn::Expr> {
    match b.stmts.last() {
        Some(syn::Stmt::Expr(t, None)) => Some(t),
        _ => None,
    }
}
