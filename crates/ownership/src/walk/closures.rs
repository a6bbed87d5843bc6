//! Closures and threads: `|x| ..`, `move || ..`, calling a closure
//! variable, and `std::thread::spawn(closure).join()`.
//!
//! A closure's body is walked once where the closure is written, to learn
//! what it captures and how: a variable the body moves is captured by value,
//! one it changes by `&mut`, one it only reads by `&` (with `move`, every
//! captured variable is moved or copied in). The body's own accesses are then
//! taken back and replaced by the captures, made at the closure: that is
//! where rustc borrows or moves them. The closure value holds the capture
//! loans, so each call keeps them alive, which is what makes
//! `let mut tick = || count += 1; tick(); println!("{count}"); tick();` an
//! E0502. A closure passed to `thread::spawn` must not borrow anything
//! (E0373, "may outlive the current function").

use super::place::PlaceExpr;
use super::{label, not_ownership, span_of, unsupported, Dest, Val, Walker, R};
use crate::ir::AccessKind;
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{BorrowKind, Span};

/// How a closure captures a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Capture {
    Shared,
    Mut,
    Value,
}

/// What the walk learned about a closure.
#[derive(Clone, Debug)]
pub(crate) struct ClosureInfo {
    /// Parameter types (`{unknown}` when not annotated: anything goes).
    pub(super) params: Vec<Ty>,
    /// The body's type.
    ret: Ty,
    /// Captures something by `&mut`: calling it needs `let mut`.
    mutates: bool,
    /// Moves a captured value out: it can be called once.
    consumes: bool,
    /// Variables captured by reference, with the kind (for E0373).
    borrowed: Vec<(usize, BorrowKind)>,
    /// The types of everything it captures (a thread needs them `Send`).
    captured: Vec<Ty>,
    /// The loans of what the body returns when they are older than the
    /// closure (`|_| article`, a copy of a captured reference); `None` when
    /// it returns a borrow through a capture (`|i| &words[i]`), which then
    /// holds the capture loans.
    ret_loans: Option<Vec<usize>>,
    /// Where the closure is written.
    pub(super) span: Span,
}

impl ClosureInfo {
    /// The type its body returns.
    pub(crate) fn ret_ty(&self) -> Ty {
        self.ret.clone()
    }

    /// The closure trait rustc infers for it from its body.
    pub(super) fn kind(&self) -> &'static str {
        if self.consumes {
            "FnOnce"
        } else if self.mutates {
            "FnMut"
        } else {
            "Fn"
        }
    }
}

impl Walker<'_> {
    /// A closure expression: see the module docs.
    pub(super) fn closure(&mut self, c: &syn::ExprClosure, span: Span) -> R<Val> {
        if c.asyncness.is_some() || c.constness.is_some() || c.lifetimes.is_some() {
            return Err(unsupported("`async`, `const` and `for<..>` closures", span));
        }
        let is_move = c.capture.is_some();
        let outer = self.vars.len();
        let saved = self.vars.clone();
        let accesses = self.facts.accesses.len();
        let loans = self.facts.loans.len();
        let steps = self.facts.steps.len();
        let flow = (
            self.facts.flow.arms.len(),
            self.facts.flow.diverging.len(),
            self.facts.flow.optional.len(),
        );
        let record = std::mem::replace(&mut self.record, false);
        let ret_ty = std::mem::replace(&mut self.ret, Ty::Error);
        let loops = std::mem::take(&mut self.loops);
        let diverged = self.diverged.take();
        self.branches += 1;

        // Walk the body with the parameters in scope.
        self.scopes.push(Vec::new());
        let mut params = Vec::new();
        // Parameter types a method gives the closure it takes (`opt.map(|x| ..)`).
        let hint = self.closure_hint.take().unwrap_or_default();
        for (i, input) in c.inputs.iter().enumerate() {
            let (pat, ty) = match input {
                syn::Pat::Type(t) => (
                    &*t.pat,
                    ty::from_syn(&t.ty).map_err(|what| unsupported(what, span_of(&t.ty)))?,
                ),
                other => (other, hint.get(i).cloned().unwrap_or(Ty::Error)),
            };
            let syn::Pat::Ident(ident) = pat else {
                // `|(name, count)|`: the pattern's bindings are the parameters.
                let item = Val::new(ty.clone(), Known::Unknown);
                self.bind_item(pat, item, span_of(pat))?;
                params.push(ty);
                continue;
            };
            self.declare_param(
                &ident.ident.to_string(),
                ident.mutability.is_some(),
                ty.clone(),
                span_of(&ident.ident),
            );
            params.push(ty);
        }
        let body = self.value(&c.body, &Dest::Return);
        let close = span_of(&c.body);
        self.pop_scope(close);
        self.branches -= 1;
        self.record = record;
        self.ret = ret_ty;
        self.loops = loops;
        self.diverged = diverged;
        let body = body?;
        let ret_loans = (!body.loans.iter().any(|&l| l >= loans)).then(|| body.loans.clone());

        // How each outer variable was used by the body.
        let mut captures: Vec<(usize, Capture)> = Vec::new();
        for a in self.facts.accesses.get(accesses..).unwrap_or(&[]) {
            if a.place.var >= outer {
                continue;
            }
            let how = match a.kind {
                AccessKind::Move => Capture::Value,
                AccessKind::Assign
                | AccessKind::Borrow(BorrowKind::Mutable)
                | AccessKind::Reserve => Capture::Mut,
                AccessKind::Read | AccessKind::Borrow(BorrowKind::Shared) => Capture::Shared,
                AccessKind::StorageDead => continue,
            };
            match captures.iter_mut().find(|(v, _)| *v == a.place.var) {
                Some((_, c)) => *c = (*c).max(how),
                None => captures.push((a.place.var, how)),
            }
        }
        // Take the body's accesses back: the captures stand for them.
        self.facts.accesses.truncate(accesses);
        self.facts.loans.truncate(loans);
        self.facts.steps.truncate(steps);
        self.facts.flow.arms.truncate(flow.0);
        self.facts.flow.diverging.truncate(flow.1);
        self.facts.flow.optional.truncate(flow.2);
        self.restore(&saved);

        // Make the captures at the closure.
        let consumes = captures
            .iter()
            .any(|(v, c)| *c == Capture::Value && !self.var_ty(*v).is_copy());
        let mut mutates = false;
        let mut held = Vec::new();
        let mut borrowed = Vec::new();
        let mut captured = Vec::new();
        let dest = Dest::Container("closure");
        for (id, how) in captures {
            let place = PlaceExpr::var(id, self.var_ty(id), self.var_name(id), span);
            let how = if is_move { Capture::Value } else { how };
            captured.push(match how {
                Capture::Value => self.var_ty(id),
                Capture::Mut => Ty::Ref(true, Box::new(self.var_ty(id))),
                Capture::Shared => Ty::shared(self.var_ty(id)),
            });
            let v = match how {
                Capture::Value => self.read_place(&place, &dest)?,
                Capture::Mut => {
                    let mutable = self.vars.get(id).is_some_and(|v| v.mutable)
                        || matches!(self.var_ty(id), Ty::Ref(true, _));
                    let kind = if mutable {
                        mutates = true;
                        BorrowKind::Mutable
                    } else {
                        // The body's write was reported already (E0594/E0596).
                        BorrowKind::Shared
                    };
                    borrowed.push((id, kind));
                    self.borrow_place(&place, kind, &dest, false)?.val
                }
                Capture::Shared => {
                    borrowed.push((id, BorrowKind::Shared));
                    self.borrow_place(&place, BorrowKind::Shared, &dest, false)?
                        .val
                }
            };
            held.extend(v.loans);
        }
        // Copy when it holds only shared borrows and copies.
        let copy = !mutates && !consumes;
        let id = self.closures.len();
        self.closures.push(ClosureInfo {
            params,
            ret: body.ty.clone(),
            mutates,
            consumes,
            borrowed,
            captured,
            ret_loans,
            span,
        });
        Ok(Val {
            loans: held,
            ..Val::new(Ty::Closure { id, copy }, Known::Unknown)
        })
    }

    /// The loans of what a call of `closure` returns: its capture loans
    /// when the result may borrow through them.
    pub(super) fn result_loans(&self, closure: &Val) -> Vec<usize> {
        let info = match closure.ty {
            Ty::Closure { id, .. } => self.closures.get(id),
            _ => None,
        };
        match info.and_then(|i| i.ret_loans.as_ref()) {
            Some(loans) => loans.clone(),
            None => closure.loans.clone(),
        }
    }

    /// `f(args)` where `f` is a closure variable, or a variable known only
    /// by its `Fn`, `FnMut` or `FnOnce` bound (`f: F`, `impl Fn`, `&dyn Fn`,
    /// `Box<dyn Fn>`).
    pub(super) fn call_closure(
        &mut self,
        var: usize,
        args: &super::calls::Args,
        span: Span,
    ) -> R<Val> {
        let var_ty = self.var_ty(var);
        let (params, ret, kind) = if let Some(p) = var_ty.fn_bound() {
            let Some(call) = p.call.as_deref() else {
                return Err(unsupported("calling a variable", span));
            };
            let kind = p.fn_kind().unwrap_or("Fn");
            // Only a plain `F` or a box can be called by value, and an
            // `FnMut` needs `&mut` to it.
            match (kind, &var_ty) {
                ("FnOnce", Ty::Param(_) | Ty::Box(_)) | ("FnMut", Ty::Ref(true, _)) => {}
                ("FnOnce" | "FnMut", Ty::Ref(..)) => {
                    return Err(not_ownership(
                        "calling a closure through a reference",
                        span,
                        format!(
                        "an `{kind}` behind this reference cannot be called (rustc: E0507/E0596)"
                    ),
                    ))
                }
                _ => {}
            }
            if call.1.has_refs() {
                return Err(unsupported(
                    "calling a closure parameter that returns a reference",
                    span,
                ));
            }
            // Through `&mut`, a call reborrows: the reference is only used.
            let kind = if matches!(var_ty, Ty::Ref(..)) {
                "Fn"
            } else {
                kind
            };
            (call.0.clone(), call.1.clone(), kind)
        } else {
            let Ty::Closure { id, .. } = var_ty else {
                return Err(unsupported("calling a variable", span));
            };
            let Some(info) = self.closures.get(id) else {
                return Err(unsupported("calling this closure", span));
            };
            (info.params.clone(), info.ret.clone(), info.kind())
        };
        if args.len() != params.len() {
            return Err(not_ownership(
                "wrong number of arguments",
                span,
                format!(
                    "this closure takes {} argument(s) but {} were given (rustc: E0057)",
                    params.len(),
                    args.len()
                ),
            ));
        }
        let name = self.var_name(var);
        let dest = Dest::Call(name.clone());
        let mut vals = Vec::new();
        for (arg, ty) in args.iter().zip(&params) {
            let expected = (*ty != Ty::Error).then_some(ty);
            let v = self.value_for(arg, expected, &dest)?;
            if let Some(t) = expected {
                if !ty::coerces(&v.ty, t) {
                    return Err(super::mismatch(t, &v.ty, span_of(arg)));
                }
            }
            vals.push(v);
        }
        // Calling an `FnOnce` moves it, an `FnMut` borrows it mutably.
        let place = PlaceExpr::var(var, var_ty, name, span);
        let callee = match kind {
            "FnOnce" => self.read_place(&place, &dest)?,
            "FnMut" => {
                self.borrow_place(&place, BorrowKind::Mutable, &dest, false)?
                    .val
            }
            _ => {
                self.borrow_place(&place, BorrowKind::Shared, &dest, false)?
                    .val
            }
        };
        for v in &vals {
            self.consume(v, span, true);
        }
        self.consume(&callee, span, true);
        let loans = if ret.has_refs() {
            callee.loans
        } else {
            Vec::new()
        };
        Ok(Val {
            loans,
            ..Val::new(ret, Known::Unknown)
        })
    }

    /// `thread::scope(|s| { .. })`: the closure runs once, at once, so its
    /// body is walked here, with `s` the scope; the threads spawned with
    /// `s.spawn(..)` may borrow, and their borrows last until the scope ends.
    pub(super) fn thread_scope(&mut self, args: &super::calls::Args, span: Span) -> R<Val> {
        let closure = match args.first() {
            Some(syn::Expr::Closure(c)) if args.len() == 1 && c.inputs.len() == 1 => c,
            _ => return Err(unsupported("this use of `thread::scope`", span)),
        };
        let Some(syn::Pat::Ident(s)) = closure.inputs.first() else {
            return Err(unsupported("this use of `thread::scope`", span));
        };
        if closure.capture.is_some() || s.by_ref.is_some() || s.subpat.is_some() {
            return Err(unsupported("this use of `thread::scope`", span));
        }
        self.enter(span)?;
        self.scopes.push(Vec::new());
        let decl = span_of(s);
        let id = self.declare_param(&s.ident.to_string(), false, Ty::Opaque("Scope"), decl);
        self.scoped_threads.push((id, Vec::new()));
        let v = self.value(&closure.body, &Dest::Discard);
        let (_, threads) = self.scoped_threads.pop().unwrap_or_default();
        let v = v?;
        // Every spawned thread is joined here.
        let point = self.tick();
        self.use_loans(&threads, point, span, true);
        self.pop_scope(span);
        self.leave();
        Ok(v)
    }

    /// `s.spawn(closure)` in a `thread::scope`: like `thread::spawn`, but
    /// the closure may borrow; its borrows are the scope's until it ends.
    pub(super) fn scoped_spawn(&mut self, args: &super::calls::Args, span: Span) -> R<Val> {
        let Some(arg) = args.first().filter(|_| args.len() == 1) else {
            return Err(unsupported("this use of `spawn`", span));
        };
        let (v, info) = self.thread_closure(arg, "spawn", span)?;
        let Some((first, threads)) = self.scoped_threads.last_mut() else {
            return Err(unsupported("`spawn` outside its `thread::scope`", span));
        };
        // A thread borrowing what the scope itself declares (a loop
        // variable): rustc's report there is not the engine's yet.
        if info.borrowed.iter().any(|(var, _)| *var > *first) {
            return Err(unsupported(
                "scoped threads that borrow a variable of the scope",
                span,
            ));
        }
        threads.extend(v.loans.iter().copied());
        Ok(Val::new(Ty::JoinHandle(Box::new(info.ret)), Known::Unknown))
    }

    /// The closure a thread runs (the argument of `what`): everything it
    /// captures must be `Send`.
    fn thread_closure(&mut self, arg: &syn::Expr, what: &str, span: Span) -> R<(Val, ClosureInfo)> {
        let v = self.value(arg, &Dest::Call(what.into()))?;
        let info = match v.ty {
            Ty::Closure { id, .. } => self.closures.get(id).cloned(),
            _ => None,
        };
        let Some(info) = info else {
            return Err(unsupported(
                format!("`{what}` of something other than a closure"),
                span,
            ));
        };
        if let Some(t) = info.captured.iter().find(|t| !t.is_send()) {
            return Err(not_ownership(
                "sending values that are not `Send` to a thread",
                span,
                format!("`{t}` cannot be sent between threads safely (rustc: E0277); use `Arc` and `Mutex`"),
            ));
        }
        Ok((v, info))
    }

    /// `std::thread::spawn(closure)`: the closure must own what it uses.
    pub(super) fn spawn(&mut self, args: &super::calls::Args, span: Span) -> R<Val> {
        let Some(arg) = args.first().filter(|_| args.len() == 1) else {
            return Err(not_ownership(
                "wrong number of arguments",
                span,
                "`thread::spawn` takes one closure (rustc: E0061)".into(),
            ));
        };
        let (v, info) = self.thread_closure(arg, "thread::spawn", span)?;
        if let Some(&(var, _)) = info.borrowed.first() {
            let name = self.var_name(var);
            self.report(
                "E0373",
                format!(
                    "closure may outlive the current function, but it borrows `{name}`, which is \
                     owned by the current function"
                ),
                info.span,
                vec![
                    label(info.span, format!("may outlive borrowed value `{name}`")),
                    label(span, "function requires argument type to outlive `'static`"),
                ],
            );
        } else if !v.loans.is_empty() {
            return Err(unsupported(
                "sending references to a thread (rustc: borrowed value must live for `'static`)",
                span,
            ));
        }
        Ok(Val::new(Ty::JoinHandle(Box::new(info.ret)), Known::Unknown))
    }
}
