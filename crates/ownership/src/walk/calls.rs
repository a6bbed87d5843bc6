//! Calls: user functions (argument passing by parameter type, lifetime
//! elision for returned references), the constructors of the subset
//! (`String::from`, `Vec::new`, `Box::new`, …), `drop`, and built-in
//! methods with auto-referencing and auto-dereferencing of the receiver.

use super::place::{Borrowed, PlaceExpr, Root};
use super::program::FnSig;
use super::{mismatch, not_ownership, span_of, unsupported, Dest, Val, Walker, R};
use crate::known::Known;
use crate::methods::{self, ArgKind, Method, SelfMode};
use crate::ty::{self, Ty};
use crate::{BorrowKind, EventKind, Span};

/// The arguments of a call.
pub(super) type Args = syn::punctuated::Punctuated<syn::Expr, syn::Token![,]>;

/// A wrong number of arguments (rustc: E0061), which is not about ownership.
fn arity(what: &str, expected: usize, found: usize, span: Span) -> super::Failure {
    not_ownership(
        "wrong number of arguments",
        span,
        format!(
            "{what} takes {expected} argument{} but {found} {} given (rustc: E0061)",
            if expected == 1 { "" } else { "s" },
            if found == 1 { "was" } else { "were" }
        ),
    )
}

impl Walker<'_> {
    /// `f(..)`, `Type::f(..)` or `drop(..)`.
    pub(super) fn call(&mut self, c: &syn::ExprCall, span: Span) -> R<Val> {
        let syn::Expr::Path(path) = &*c.func else {
            return Err(unsupported("calling this kind of expression", span));
        };
        if path.qself.is_some() || path.path.leading_colon.is_some() {
            return Err(unsupported("qualified and global (`::`) paths", span));
        }
        let segments: Vec<&syn::PathSegment> = path.path.segments.iter().collect();
        match segments.as_slice() {
            [f] if f.arguments.is_none() => {
                let name = f.ident.to_string();
                // Local variables shadow functions.
                if let Some(var) = self.lookup(&name) {
                    return self.call_closure(var, &c.args, span);
                }
                if let Some(sig) = self.items.function(None, &name) {
                    let sig = sig.clone();
                    return self.call_user(&sig, &c.args, span);
                }
                if name == "drop" {
                    return self.drop_call(&c.args, span);
                }
                // `Cons(1, rest)`, imported with `use List::{Cons, Nil};`.
                if let Some(owner) = ty::variant_owner(&name) {
                    return self.associated_call(&owner, &name, &c.args, span);
                }
                if matches!(name.as_str(), "Some" | "Ok" | "Err") {
                    return self.wrap(&name, &c.args, None, span);
                }
                if let Some(def) = ty::struct_def(&name).filter(|d| d.tuple) {
                    return self.construct(&name, None, &def.fields, &def.params, &c.args, span);
                }
                for arg in &c.args {
                    self.value(arg, &Dest::Call(name.clone()))?;
                }
                Ok(self.unresolved("function", &name, span_of(&f.ident)))
            }
            [t, f] if t.ident == "thread" && f.ident == "spawn" => self.spawn(&c.args, span),
            [t, f] if t.ident == "thread" && f.ident == "scope" => self.thread_scope(&c.args, span),
            // `mpsc::channel()`: both ends, their message type to be found.
            [.., f]
                if f.ident == "channel"
                    && ty::mpsc_path(
                        &segments
                            .iter()
                            .take(segments.len() - 1)
                            .map(|s| s.ident.to_string())
                            .collect::<Vec<_>>(),
                    ) =>
            {
                if !c.args.is_empty() {
                    return Err(arity("`mpsc::channel`", 0, c.args.len(), span));
                }
                let elem = ty::generic_arg(&f.arguments)
                    .map_err(|what| unsupported(what, span))?
                    .unwrap_or(Ty::Infer);
                self.channels += 1;
                let end = |sender| Ty::Channel {
                    sender,
                    elem: Box::new(elem.clone()),
                    pair: self.channels,
                };
                Ok(Val::new(
                    Ty::Tuple(vec![end(true), end(false)]),
                    Known::Unknown,
                ))
            }
            [s, t, f] if s.ident == "std" && t.ident == "thread" && f.ident == "spawn" => {
                self.spawn(&c.args, span)
            }
            [ty_seg, f]
                if f.arguments.is_none()
                    && ty_seg.arguments.is_none()
                    && ty::Smart::NAMED.iter().any(|(n, _)| ty_seg.ident == n) =>
            {
                self.smart_call(
                    &ty_seg.ident.to_string(),
                    &f.ident.to_string(),
                    &c.args,
                    span,
                )
            }
            [t, f] if t.ident == "thread" && f.ident == "sleep" => self.sleep(&c.args, span),
            [s, t, f] if s.ident == "std" && t.ident == "thread" && f.ident == "sleep" => {
                self.sleep(&c.args, span)
            }
            [module @ .., f]
                if matches!(
                    ty::opaque_path(
                        &module
                            .iter()
                            .map(|s| s.ident.to_string())
                            .collect::<Vec<_>>()
                    ),
                    Some("Duration" | "Instant")
                ) && module.iter().chain([f]).all(|s| s.arguments.is_none()) =>
            {
                let owner = if module.last().is_some_and(|s| s.ident == "Duration") {
                    "Duration"
                } else {
                    "Instant"
                };
                self.time_call(owner, &f.ident.to_string(), &c.args, span)
            }
            [ty_seg, f] if ty_seg.ident == "File" && ty::imported("File") => {
                self.io_call("File", &f.ident.to_string(), &c.args, span)
            }
            [module @ .., f]
                if ty::std_path(
                    &module
                        .iter()
                        .map(|s| s.ident.to_string())
                        .collect::<Vec<_>>(),
                    "fs",
                ) =>
            {
                self.io_call("fs", &f.ident.to_string(), &c.args, span)
            }
            [ty_seg, f]
                if f.arguments.is_none()
                    && ty::COLLECTIONS.contains(&ty_seg.ident.to_string().as_str()) =>
            {
                self.new_collection(ty_seg, &f.ident.to_string(), &c.args, span)
            }
            [ty_seg, f] if f.arguments.is_none() => {
                let mut ty_name = ty_seg.ident.to_string();
                if ty_name == "Self" && ty_seg.arguments.is_none() {
                    ty_name = self.self_ty.clone().ok_or_else(|| {
                        not_ownership(
                            "`Self` outside an `impl` block",
                            span,
                            "`Self` is only allowed in `impl` blocks (rustc: E0411)".into(),
                        )
                    })?;
                }
                let fname = f.ident.to_string();
                // `T::default()` of a type parameter bounded by `Default`.
                if let (Some(t), true) = (ty::param_named(&ty_name), ty_seg.arguments.is_none()) {
                    if fname != "default" || !c.args.is_empty() || !t.implements("Default") {
                        return Err(unsupported(format!("`{ty_name}::{fname}`"), span));
                    }
                    return Ok(Val::new(t, Known::Unknown));
                }
                if ty::struct_def(&ty_name).is_some() {
                    return self.associated_call(&ty_name, &fname, &c.args, span);
                }
                let elem =
                    ty::generic_arg(&ty_seg.arguments).map_err(|what| unsupported(what, span))?;
                self.constructor(
                    &ty_seg.ident.to_string(),
                    elem,
                    &f.ident.to_string(),
                    &c.args,
                    span,
                )
            }
            _ => Err(unsupported("this function path", span)),
        }
    }

    /// The tuple struct `owner`, or its tuple `variant`, built from `args`,
    /// one for each of `fields`; `owner`'s type parameters `params` are what
    /// the values say.
    fn construct(
        &mut self,
        owner: &str,
        variant: Option<&str>,
        fields: &[(String, Ty)],
        params: &[ty::Param],
        args: &Args,
        span: Span,
    ) -> R<Val> {
        let (what, container) = match variant {
            Some(v) => (format!("`{owner}::{v}`"), "enum value"),
            None => (format!("`{owner}`"), "struct"),
        };
        if args.len() != fields.len() {
            return Err(arity(&what, fields.len(), args.len(), span));
        }
        let mut loans = Vec::new();
        let mut temp_borrow = false;
        let mut temp_span = None;
        let mut subst = Vec::new();
        let mut values = Vec::new();
        for (arg, (_, fty)) in args.iter().zip(fields) {
            let v = self.value_for(arg, Some(fty), &Dest::Container(container))?;
            values.push(self.deref_known(&v));
            ty::bind(fty, &v.ty, params, &mut subst);
            let fty = &fty.subst(&subst);
            if !ty::coerces(&v.ty, fty) {
                return Err(mismatch(fty, &v.ty, span_of(arg)));
            }
            self.check_literal_fits(&v, fty, span_of(arg))?;
            self.settle(&v, fty)?;
            if v.temp_borrow && temp_span.is_none() {
                temp_span = Some(v.temp_span.unwrap_or(span_of(arg)));
            }
            temp_borrow |= v.temp_borrow;
            loans.extend(v.loans);
        }
        // `Shape::Circle` shows as `{:?}` does: `Circle(1.5)`.
        let known = Known::variant(variant.unwrap_or(owner), values);
        Ok(Val {
            loans,
            temp_borrow,
            temp_span,
            ..Val::new(ty::instance(owner, params, &subst), known)
        })
    }

    /// `Type::f(..)` for a struct of the program: an associated function of
    /// its `impl` block, or a derived `Type::default()`.
    fn associated_call(&mut self, owner: &str, f: &str, args: &Args, span: Span) -> R<Val> {
        let def = ty::struct_def(owner);
        let variant = def
            .as_ref()
            .and_then(|d| d.variant(f).map(|(_, v)| v.clone()));
        let params = def.as_ref().map(|d| d.params.clone()).unwrap_or_default();
        if let Some(variant) = variant {
            if !variant.tuple {
                return Err(not_ownership(
                    "calling a variant that is not a tuple variant",
                    span,
                    format!("`{owner}::{f}` is not a tuple variant (rustc: E0618/E0533)"),
                ));
            }
            return self.construct(owner, Some(f), &variant.fields, &params, args, span);
        }
        if let Some(sig) = self.items.function(Some(owner), f) {
            if sig.receiver.is_some() {
                return Err(unsupported(
                    "calling a method as a function (`Type::method(value)`)",
                    span,
                ));
            }
            let sig = sig.clone();
            return self.call_user(&sig, args, span);
        }
        if let Some(def) = def.filter(|d| f == "default" && d.derives("Default")) {
            if !args.is_empty() {
                return Err(arity(&format!("`{owner}::default`"), 0, args.len(), span));
            }
            return Ok(Val::new(
                ty::instance(owner, &def.params, &[]),
                Known::Unknown,
            ));
        }
        Err(not_ownership(
            "unknown associated functions",
            span,
            format!("`{owner}` has no associated function `{f}` (rustc: E0599)"),
        ))
    }

    /// The method `name` of the program's `impl` blocks on a receiver of
    /// exactly type `recv`, as a [`Method`] the call can use.
    fn user_method(&self, recv: &Ty, name: &str) -> Option<Method> {
        let sig = match recv {
            // A bound's trait has it: the trait's signature for this type.
            Ty::Param(p) => {
                let (t, sig) = self
                    .items
                    .traits
                    .iter()
                    .filter(|(t, _)| p.has(t))
                    .find_map(|(t, sigs)| {
                        let (sig, _) = sigs.iter().find(|(s, _)| s.method_name() == name)?;
                        Some((t, sig))
                    })?;
                sig.subst(&[(ty::Param::trait_self(t), recv.clone())])
            }
            // `impl<T> Stack<T>`: `T` is what the receiver's type says.
            Ty::Struct(owner, _) => {
                let sig = self.items.function(Some(owner), name)?;
                let mut subst = Vec::new();
                if let Some(self_ty) = &sig.self_ty {
                    ty::bind(self_ty, recv, &sig.generics, &mut subst);
                    // `impl Point<f32>` has nothing for a `Point<i32>`.
                    ty::unify(&self_ty.subst(&subst), recv)?;
                }
                sig.subst(&subst)
            }
            other => self.items.function(Some(&other.to_string()), name)?.clone(),
        };
        // Through a trait bound, which `impl` runs is not known: its steps are not shown.
        let function = (!matches!(recv, Ty::Param(_))).then(|| sig.name.clone());
        let receiver = sig.receiver.as_ref()?;
        let from_args = match &sig.ret_from {
            Some(from) => from.clone(),
            None => (0..sig.params.len())
                .filter(|i| sig.params.get(*i).is_some_and(|p| p.ty.has_refs()))
                .collect(),
        };
        let args = sig
            .params
            .iter()
            .map(|p| ArgKind::Of(p.ty.clone()))
            .collect();
        let mut method = Method::new(receiver.mode, args, sig.ret.clone());
        method.borrows_self = receiver.returned;
        method.borrows_inner = receiver.returned_inner;
        method.stores_args = receiver.stores;
        method.ret_from_args = Some(from_args);
        method.function = function;
        Some(method)
    }

    /// A closure passed where `p: Fn(A) -> R` (or `FnMut`, `FnOnce`) is
    /// expected: it must be callable that way and give an `R`.
    fn check_fn_bound(
        &self,
        v: &Val,
        p: &ty::Param,
        subst: &[(ty::Param, Ty)],
        span: Span,
    ) -> R<()> {
        let Ty::Closure { id, .. } = v.ty else {
            return Ok(());
        };
        let (Some(info), Some(kind), Some(call)) = (self.closures.get(id), p.fn_kind(), &p.call)
        else {
            return Ok(());
        };
        let closure_kind = info.kind();
        let fits = match kind {
            "Fn" => closure_kind == "Fn",
            "FnMut" => closure_kind != "FnOnce",
            _ => true,
        };
        if !fits {
            return Err(not_ownership(
                "closures of the wrong kind",
                span,
                format!("this closure is `{closure_kind}` but `{kind}` is expected (rustc: E0525)"),
            ));
        }
        let want = call.1.subst(subst);
        if info.params.len() != call.0.len() || !ty::coerces(&info.ret_ty(), &want) {
            return Err(mismatch(&want, &info.ret_ty(), span));
        }
        Ok(())
    }

    /// `x.into()` where the context expects `target`: `Into` as std
    /// implements it for what a learner converts (`&str` or `char` to
    /// `String`, integers to wider ones, a type to itself). `x` is moved in.
    pub(super) fn convert_into(&mut self, m: &syn::ExprMethodCall, target: &Ty) -> R<Val> {
        let span = span_of(m);
        let v = self.value(&m.receiver, &Dest::Method("into".into()))?;
        let widens = match (v.ty.int_range(), target.int_range()) {
            (Some((a, b)), Some((c, d))) => v.ty != Ty::IntLit && c <= a && b <= d,
            _ => false,
        };
        let to_string =
            *target == Ty::String && (ty::coerces(&v.ty, &Ty::shared(Ty::Str)) || v.ty == Ty::Char);
        if !(widens || to_string || ty::unify(&v.ty, target).is_some()) {
            return Err(not_ownership(
                "conversions",
                span,
                format!(
                    "`{}` does not convert into `{target}` with `.into()` here (rustc: E0277)",
                    v.ty
                ),
            ));
        }
        let known = match (to_string, self.deref_known(&v)) {
            (true, k @ Known::Str(_)) => k,
            _ => Known::Unknown,
        };
        let point = self.consume(&v, span, true);
        self.use_loans(&v.loans, point, span, true);
        if to_string {
            return Ok(Val::new(Ty::String, known));
        }
        Ok(Val {
            ty: target.clone(),
            ..v
        })
    }

    /// What calling the program's method `name` with arguments of types
    /// `args` says of a receiver type still being inferred (`stack.push(1)`
    /// makes a `Stack<_>` a `Stack<i32>`).
    fn refined_self(&self, recv: &Ty, name: &str, args: &[Ty]) -> Option<Ty> {
        let Ty::Struct(owner, _) = recv else {
            return None;
        };
        let sig = self.items.function(Some(owner), name)?;
        let self_ty = sig.self_ty.as_ref().filter(|_| recv.has_infer())?;
        let mut subst = Vec::new();
        ty::bind(self_ty, recv, &sig.generics, &mut subst);
        for (p, a) in sig.params.iter().zip(args) {
            ty::bind(&p.ty, a, &sig.generics, &mut subst);
        }
        Some(self_ty.subst(&subst)).filter(|t| t != recv)
    }

    /// `opt.map(|x| ..)` and the like: the receiver is taken by value, the
    /// closure is typed by the method (its parameter is the value inside) and
    /// called during the call; a result that holds references holds the
    /// receiver's loans and the closure's.
    fn call_with_closure(
        &mut self,
        receiver: Val,
        shape: &ClosureMethod,
        args: &Args,
        name: &str,
        span: Span,
    ) -> R<Val> {
        let expected = usize::from(shape.default.is_some()) + 1;
        if args.len() != expected {
            return Err(arity(&format!("`.{name}()`"), expected, args.len(), span));
        }
        let dest = Dest::Method(name.to_string());
        let mut args = args.iter();
        let default = match (&shape.default, args.next()) {
            (Some(_), Some(arg)) => Some(self.value(arg, &dest)?),
            (None, Some(arg)) => {
                return self.apply_closure(receiver, shape, None, arg, span);
            }
            _ => None,
        };
        let Some(arg) = args.next() else {
            return Err(arity(&format!("`.{name}()`"), expected, 0, span));
        };
        self.apply_closure(receiver, shape, default, arg, span)
    }

    fn apply_closure(
        &mut self,
        receiver: Val,
        shape: &ClosureMethod,
        default: Option<Val>,
        arg: &syn::Expr,
        span: Span,
    ) -> R<Val> {
        let (closure, ret) = self.closure_arg(arg, &shape.params)?;
        if let Some(want) = &shape.returns {
            if !ty::coerces(&ret, want) {
                return Err(mismatch(want, &ret, span_of(arg)));
            }
        }
        if let Some(d) = &default {
            if ty::unify(&d.ty, &ret).is_none() {
                return Err(mismatch(&ret, &d.ty, span_of(arg)));
            }
        }
        let (t, e) = match &receiver.ty {
            Ty::Option(t) => ((**t).clone(), Ty::Unit),
            Ty::Result(t, e) => ((**t).clone(), (**e).clone()),
            _ => (Ty::Error, Ty::Error),
        };
        let result = (shape.result)(&t, &e, &ret);
        if result == Ty::Error {
            return Err(mismatch(&receiver.ty, &ret, span_of(arg)));
        }
        let point = self.tick();
        self.use_loans(&receiver.loans, point, span, true);
        self.use_loans(&closure.loans, point, span, true);
        let mut loans = Vec::new();
        if result.has_refs() {
            loans.extend(receiver.loans.iter().copied());
            loans.extend(closure.loans.iter().copied());
            if let Some(d) = &default {
                loans.extend(d.loans.iter().copied());
            }
        } else if let Some(d) = &default {
            self.consume(d, span, true);
        }
        Ok(Val {
            loans,
            ..Val::new(result, Known::Unknown)
        })
    }

    /// A closure written for a method that gives its parameters `params`:
    /// the closure value and the type its body returns.
    fn typed_closure(&mut self, c: &syn::ExprClosure, params: &[Ty], span: Span) -> R<(Val, Ty)> {
        let hint = self.closure_hint.replace(params.to_vec());
        let closure = self.closure(c, span);
        self.closure_hint = hint;
        let closure = closure?;
        let ret = match &closure.ty {
            Ty::Closure { id, .. } => self.closures.get(*id).map_or(Ty::Error, |i| i.ret_ty()),
            _ => Ty::Error,
        };
        Ok((closure, ret))
    }

    /// The closure argument of an iterator method, typed with `params`.
    fn closure_arg(&mut self, arg: &syn::Expr, params: &[Ty]) -> R<(Val, Ty)> {
        if let syn::Expr::Path(p) = super::strip_parens(arg) {
            let ret = self.function_item(p, params, span_of(arg))?;
            return Ok((Val::new(Ty::Unit, Known::Unknown), ret));
        }
        let syn::Expr::Closure(c) = super::strip_parens(arg) else {
            return Err(unsupported(
                "passing this expression as a closure",
                span_of(arg),
            ));
        };
        if c.inputs.len() != params.len() {
            return Err(not_ownership(
                "closures with the wrong number of parameters",
                span_of(arg),
                format!(
                    "this closure must take {} parameter(s) (rustc: E0593)",
                    params.len()
                ),
            ));
        }
        self.typed_closure(c, params, span_of(arg))
    }

    /// A function passed by name where a closure taking `params` is expected (`.map(parse)`,
    /// `.map(String::from)`, `.or_insert_with(Vec::new)`): what it returns. A function item
    /// captures nothing, so it holds no loans. Errors: parameters of other types (no
    /// coercion happens here: rustc E0631), or a function the engine does not know.
    fn function_item(&mut self, p: &syn::ExprPath, params: &[Ty], span: Span) -> R<Ty> {
        let Some(names) = super::plain_path(&p.path).filter(|_| p.qself.is_none()) else {
            return Err(unsupported("this function path", span));
        };
        let wrong = |what: &str| {
            not_ownership(
                "type mismatch",
                span,
                format!("{what} cannot take the arguments given here (rustc: E0631/E0593)"),
            )
        };
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        match names.as_slice() {
            [name] if self.lookup(name).is_some() => Err(unsupported(
                "passing a closure variable where a closure is written",
                span,
            )),
            [name] => {
                let Some(sig) = self.items.function(None, name).cloned() else {
                    return match *name {
                        "Some" => match params {
                            [t] => Ok(Ty::Option(Box::new(t.clone()))),
                            _ => Err(wrong("`Some`")),
                        },
                        _ => Err(unsupported("passing this function by name", span)),
                    };
                };
                if !sig.generics.is_empty() || sig.ret.has_refs() {
                    return Err(unsupported(
                        "passing a generic function or one returning a reference by name",
                        span,
                    ));
                }
                let fits = sig.params.len() == params.len()
                    && sig
                        .params
                        .iter()
                        .zip(params)
                        .all(|(p, t)| ty::unify(&p.ty, t).is_some());
                if !fits {
                    return Err(wrong(&format!("`{name}`")));
                }
                Ok(sig.ret)
            }
            ["String", "from"] => match params {
                [t] if matches!(t, Ty::String | Ty::Char)
                    || matches!(t, Ty::Ref(false, s) if matches!(**s, Ty::Str | Ty::String)) =>
                {
                    Ok(Ty::String)
                }
                _ => Err(wrong("`String::from`")),
            },
            ["ToString" | "String", "to_string"] | ["str", "to_string" | "to_owned"] => {
                match params {
                    [Ty::Ref(false, t)] if t.is_display() => Ok(Ty::String),
                    _ => Err(wrong("`to_string`")),
                }
            }
            // `.map(Command::Add)`: a tuple variant (or a tuple struct) is a function.
            [owner, variant] if ty::struct_def(owner).is_some_and(|d| d.params.is_empty()) => {
                let def = ty::struct_def(owner).ok_or_else(|| unsupported("this path", span))?;
                let fields: Vec<Ty> = match def.variant(variant) {
                    Some((_, v)) if v.tuple => v.fields.iter().map(|(_, t)| t.clone()).collect(),
                    _ => return Err(unsupported("passing this function by name", span)),
                };
                let fits = fields.len() == params.len()
                    && fields
                        .iter()
                        .zip(params)
                        .all(|(f, t)| ty::unify(f, t).is_some());
                if !fits {
                    return Err(wrong(&format!("`{owner}::{variant}`")));
                }
                Ok(Ty::Struct(owner.to_string(), Vec::new()))
            }
            // `char::is_uppercase` (by value) and `char::is_ascii_digit` (by reference).
            ["char", m] if m.starts_with("is_") => {
                let by_ref = m.starts_with("is_ascii");
                let known = matches!(
                    *m,
                    "is_alphabetic"
                        | "is_numeric"
                        | "is_alphanumeric"
                        | "is_whitespace"
                        | "is_uppercase"
                        | "is_lowercase"
                        | "is_control"
                        | "is_ascii_digit"
                        | "is_ascii_alphabetic"
                        | "is_ascii_alphanumeric"
                        | "is_ascii_punctuation"
                        | "is_ascii_whitespace"
                        | "is_ascii_uppercase"
                        | "is_ascii_lowercase"
                );
                let param = if by_ref {
                    Ty::shared(Ty::Char)
                } else {
                    Ty::Char
                };
                match params {
                    _ if !known => Err(unsupported("passing this function by name", span)),
                    [t] if *t == param => Ok(Ty::Bool),
                    _ => Err(wrong(&format!("`char::{m}`"))),
                }
            }
            ["String", "new"] if params.is_empty() => Ok(Ty::String),
            ["Vec", "new"] if params.is_empty() => Ok(Ty::Vec(Box::new(Ty::Infer))),
            [t, "new"] if params.is_empty() && ty::COLLECTIONS.contains(t) => {
                ty::collection_type(t, &syn::PathArguments::None)
                    .ok()
                    .flatten()
                    .ok_or_else(|| unsupported(format!("`{t}::new` without its import"), span))
            }
            _ => Err(unsupported("passing this function by name", span)),
        }
    }

    /// What a value gives when iterated (`IntoIterator`): its item type,
    /// for `zip` and `chain` arguments.
    fn into_items(ty: &Ty) -> Option<Ty> {
        match ty {
            Ty::Iter(t) => Some(Ty::shared((**t).clone())),
            Ty::IntoIter(t) | Ty::Vec(t) | Ty::Array(t, _) => Some((**t).clone()),
            Ty::Ref(m, inner) => match &**inner {
                Ty::Vec(t) | Ty::Slice(t) | Ty::Array(t, _) => Some(Ty::Ref(*m, t.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The adapters and consumers of iterators (`iter()`, `into_iter()` and
    /// what they lead to): `map`, `filter`, `enumerate`, `zip`, `rev`,
    /// `take`, `skip`, `chain`, `collect`, `sum`, `count`, `max`, `min`,
    /// `find`, `position`, `any`, `all`, `fold`, `for_each`, `next`, `last`.
    /// Adapters are lazy: the iterator they make holds the source's loans
    /// and the closure's, until it is used up.
    fn iterator_call(
        &mut self,
        m: &syn::ExprMethodCall,
        recv_place: Option<PlaceExpr>,
        recv_temp: Option<Val>,
        item: Ty,
        span: Span,
    ) -> R<Val> {
        let name = m.method.to_string();
        let dest = Dest::Method(name.clone());
        let by_ref = matches!(
            name.as_str(),
            "next" | "any" | "all" | "find" | "position" | "nth"
        );
        // `next`, `find`, … take `&mut self`: that borrow ends with the call
        // (their items do not borrow the iterator, only what it borrows).
        let mut fresh = None;
        let receiver = match (recv_place, recv_temp) {
            (Some(mut p), _) => {
                p.span = span_of(&m.receiver);
                if by_ref {
                    let b = self.borrow_place(&p, BorrowKind::Mutable, &dest, false)?;
                    fresh = b.loan;
                    b.val
                } else {
                    self.read_place(&p, &dest)?
                }
            }
            (None, Some(v)) => v,
            (None, None) => Val::error(),
        };
        let args: Vec<&syn::Expr> = m.args.iter().collect();
        let want = |n: usize| {
            if args.len() == n {
                Ok(())
            } else {
                Err(arity(&format!("`.{name}()`"), n, args.len(), span))
            }
        };
        let iter = |t: Ty| Ty::IntoIter(Box::new(t));
        let nth = |i: usize| {
            args.get(i)
                .copied()
                .ok_or_else(|| arity(&format!("`.{name}()`"), i + 1, args.len(), span))
        };
        let mut loans = receiver.loans.clone();
        let result = match name.as_str() {
            "enumerate" => {
                want(0)?;
                iter(Ty::Tuple(vec![Ty::usize(), item]))
            }
            "rev" => {
                want(0)?;
                iter(item)
            }
            // `&T` items as `T` values: copied (`Copy`) or cloned.
            "copied" | "cloned" => {
                want(0)?;
                let owned = match &item {
                    Ty::Ref(_, t) => (**t).clone(),
                    other => {
                        return Err(unknown_method(
                            &name,
                            &Ty::Iter(Box::new(other.clone())),
                            span,
                        ))
                    }
                };
                let ok = match name.as_str() {
                    "copied" => owned.is_copy(),
                    _ => owned.implements("Clone"),
                };
                if !ok {
                    return Err(not_ownership(
                        "type mismatch",
                        span,
                        format!(
                            "`.{name}()` needs items that are `{}` (rustc: E0277)",
                            if name == "copied" { "Copy" } else { "Clone" }
                        ),
                    ));
                }
                iter(owned)
            }
            "skip" | "take" | "step_by" => {
                want(1)?;
                let n = self.value_for(nth(0)?, Some(&Ty::usize()), &dest)?;
                if !ty::coerces(&n.ty, &Ty::usize()) {
                    return Err(mismatch(&Ty::usize(), &n.ty, span_of(nth(0)?)));
                }
                self.check_literal_fits(&n, &Ty::usize(), span_of(nth(0)?))?;
                iter(item)
            }
            "zip" | "chain" => {
                want(1)?;
                let other = self.value(nth(0)?, &dest)?;
                let Some(other_item) = Self::into_items(&other.ty) else {
                    return Err(unsupported(
                        format!("`.{name}()` with this argument"),
                        span_of(nth(0)?),
                    ));
                };
                loans.extend(other.loans.iter().copied());
                if name == "zip" {
                    iter(Ty::Tuple(vec![item, other_item]))
                } else {
                    let t = ty::unify(&item, &other_item)
                        .ok_or_else(|| mismatch(&item, &other_item, span))?;
                    iter(t)
                }
            }
            "map" | "filter" | "for_each" | "any" | "all" | "find" | "position" | "filter_map"
            | "max_by_key" | "min_by_key" | "take_while" | "skip_while" | "flat_map" => {
                want(1)?;
                let param = match name.as_str() {
                    "filter" | "find" | "max_by_key" | "min_by_key" | "take_while"
                    | "skip_while" => Ty::shared(item.clone()),
                    _ => item.clone(),
                };
                let (closure, ret) = self.closure_arg(nth(0)?, &[param])?;
                // A lazy adapter holds its closure's loans until it is used
                // up; `map`-like items hold them only when the closure's
                // result borrows through a capture. A consumer's closure
                // runs (and its borrows end) in the call.
                let point = self.tick();
                self.use_loans(&closure.loans, point, span, true);
                let lazy = matches!(
                    name.as_str(),
                    "map" | "filter" | "filter_map" | "flat_map" | "take_while" | "skip_while"
                );
                if lazy {
                    let items = match name.as_str() {
                        "map" | "flat_map" | "filter_map" => self.result_loans(&closure),
                        _ => Vec::new(),
                    };
                    let only_adapter = closure.loans.iter().filter(|l| !items.contains(l));
                    self.adapter_loans.extend(only_adapter);
                    loans.extend(closure.loans.iter().copied());
                }
                let wants_bool = matches!(
                    name.as_str(),
                    "filter" | "any" | "all" | "find" | "position" | "take_while" | "skip_while"
                );
                if wants_bool && !ty::coerces(&ret, &Ty::Bool) {
                    return Err(mismatch(&Ty::Bool, &ret, span_of(nth(0)?)));
                }
                if name.ends_with("_by_key") && !ret.is_ord() {
                    return Err(not_ownership(
                        "keys without an order",
                        span,
                        format!("`{ret}` is not `Ord` (rustc: E0277)"),
                    ));
                }
                match name.as_str() {
                    "map" => iter(ret),
                    "flat_map" => match Self::into_items(&ret) {
                        Some(t) => iter(t),
                        None => return Err(unsupported("`.flat_map()` with this closure", span)),
                    },
                    "filter_map" => match ret {
                        Ty::Option(t) => iter(*t),
                        other => {
                            return Err(mismatch(
                                &Ty::Option(Box::new(Ty::Infer)),
                                &other,
                                span_of(nth(0)?),
                            ))
                        }
                    },
                    "filter" | "take_while" | "skip_while" => iter(item),
                    "max_by_key" | "min_by_key" => Ty::Option(Box::new(item)),
                    "for_each" => Ty::Unit,
                    "any" | "all" => Ty::Bool,
                    "find" => Ty::Option(Box::new(item)),
                    _ => Ty::Option(Box::new(Ty::usize())),
                }
            }
            "fold" => {
                want(2)?;
                let init = self.value(nth(0)?, &dest)?;
                let acc = init.ty.clone();
                let (closure, ret) = self.closure_arg(nth(1)?, &[acc.clone(), item])?;
                loans.extend(closure.loans.iter().copied());
                loans.extend(init.loans.iter().copied());
                ty::unify(&acc, &ret).ok_or_else(|| mismatch(&acc, &ret, span))?
            }
            "collect" | "sum" | "product" => {
                want(0)?;
                let target = turbofish_type(m, span)?;
                let pending = if name == "collect" {
                    Ty::Collected(Box::new(item))
                } else {
                    if !item.is_numeric() && !matches!(&item, Ty::Ref(false, t) if t.is_numeric()) {
                        return Err(not_ownership(
                            "sums of values that are not numbers",
                            span,
                            format!("`{item}` cannot be summed (rustc: E0277)"),
                        ));
                    }
                    Ty::Summed(Box::new(item))
                };
                match target {
                    None => pending,
                    Some(t) => {
                        ty::unify(&pending, &t).ok_or_else(|| mismatch(&t, &pending, span))?
                    }
                }
            }
            "count" => {
                want(0)?;
                Ty::usize()
            }
            "nth" => {
                want(1)?;
                let n = self.value_for(nth(0)?, Some(&Ty::usize()), &dest)?;
                if !ty::coerces(&n.ty, &Ty::usize()) {
                    return Err(mismatch(&Ty::usize(), &n.ty, span_of(nth(0)?)));
                }
                Ty::Option(Box::new(item))
            }
            "max" | "min" | "last" | "next" => {
                want(0)?;
                if matches!(name.as_str(), "max" | "min") && !item.is_ord() {
                    return Err(not_ownership(
                        "`max` and `min` of values without an order",
                        span,
                        format!("`{item}` is not `Ord` (rustc: E0277)"),
                    ));
                }
                Ty::Option(Box::new(item))
            }
            _ => return Err(unknown_method(&name, &receiver.ty, span_of(&m.method))),
        };
        let point = self.tick();
        self.use_loans(&loans, point, span, true);
        let keeps = result.has_refs() || matches!(result, Ty::IntoIter(_));
        loans.retain(|l| Some(*l) != fresh);
        if !matches!(result, Ty::IntoIter(_)) {
            loans.retain(|l| !self.adapter_loans.contains(l));
        }
        Ok(Val {
            loans: if keeps { loans } else { Vec::new() },
            temp_borrow: receiver.temp_borrow && keeps,
            ..Val::new(result, Known::Unknown)
        })
    }

    /// `Some(x)`, `Ok(x)` or `Err(e)`: the value moves in; the other type
    /// of a `Result` is left for the context to tell.
    /// `expected` is the payload type the context wants, if known: the value
    /// coerces to it there (`Err(Box::new(e))` as a `Box<dyn Error>`).
    pub(super) fn wrap(
        &mut self,
        name: &str,
        args: &Args,
        expected: Option<&Ty>,
        span: Span,
    ) -> R<Val> {
        let Some(arg) = args.first().filter(|_| args.len() == 1) else {
            return Err(arity(&format!("`{name}`"), 1, args.len(), span));
        };
        let dest = Dest::Container(if name == "Some" { "option" } else { "result" });
        let v = self.value_for(arg, expected, &dest)?;
        if v.ty == Ty::IntLit {
            self.check_literal_fits(&v, &Ty::IntLit, span_of(arg))?;
        }
        let inner = Box::new(match expected {
            Some(t) if !t.has_infer() && ty::coerces(&v.ty, t) => t.clone(),
            _ => v.ty.clone(),
        });
        let ty = match name {
            "Some" => Ty::Option(inner),
            "Ok" => Ty::Result(inner, Box::new(Ty::Infer)),
            _ => Ty::Result(Box::new(Ty::Infer), inner),
        };
        let known = Known::variant(name, vec![self.deref_known(&v)]);
        Ok(Val {
            loans: v.loans.clone(),
            temp_borrow: v.temp_borrow,
            temp_span: v.temp_borrow.then(|| v.temp_span.unwrap_or(span_of(arg))),
            ..Val::new(ty, known)
        })
    }

    /// `Rc::new(x)`, `Arc::clone(&a)`, `Rc::strong_count(&a)`, `RefCell::new(x)`,
    /// `Cell::new(x)`, `Mutex::new(x)`: the value moves in.
    fn smart_call(&mut self, name: &str, f: &str, args: &Args, span: Span) -> R<Val> {
        let Some(kind) = ty::Smart::NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| *k)
        else {
            return Err(unsupported(format!("`{name}::{f}`"), span));
        };
        if !ty::imported(name) {
            return Err(not_ownership(
                "types that are not imported",
                span,
                format!("`{name}` needs a `use std::..::{name};` (rustc: E0433)"),
            ));
        }
        let Some(arg) = args.first().filter(|_| args.len() == 1) else {
            return Err(arity(&format!("`{name}::{f}`"), 1, args.len(), span));
        };
        let shared = matches!(kind, ty::Smart::Rc | ty::Smart::Arc);
        match f {
            "new" => {
                let v = self.value(arg, &Dest::Container("new value"))?;
                if v.ty == Ty::IntLit {
                    self.check_literal_fits(&v, &Ty::IntLit, span_of(arg))?;
                }
                if v.temp_borrow {
                    return Err(unsupported(
                        "borrows of temporaries in a smart pointer",
                        span,
                    ));
                }
                self.consume(&v, span, true);
                let known = match v.ty {
                    _ if !shared => Known::Unknown,
                    // What a `RefCell`, `Cell` or `Mutex` holds can change through any handle.
                    Ty::Smart(..) => self.handle_made(None, Known::Unknown),
                    _ => self.handle_made(None, v.known.clone()),
                };
                Ok(Val {
                    loans: v.loans.clone(),
                    ..Val::new(Ty::Smart(kind, Box::new(v.ty)), known)
                })
            }
            "clone" | "strong_count" if shared => {
                let v = self.value(arg, &Dest::Call(format!("{name}::{f}")))?;
                let Ty::Ref(false, inner) = &v.ty else {
                    return Err(mismatch(
                        &Ty::shared(Ty::Smart(kind, Box::new(Ty::Infer))),
                        &v.ty,
                        span_of(arg),
                    ));
                };
                if !matches!(&**inner, Ty::Smart(k, _) if *k == kind) {
                    return Err(mismatch(
                        &Ty::shared(Ty::Smart(kind, Box::new(Ty::Infer))),
                        &v.ty,
                        span_of(arg),
                    ));
                }
                if inner.has_refs() {
                    return Err(unsupported(format!("`{name}` of borrowed data"), span));
                }
                self.consume(&v, span, true);
                let handle = self.deref_known(&v).shared();
                Ok(match (f, handle) {
                    ("clone", Some(id)) => {
                        let known = self.handle_made(Some(id), Known::Unknown);
                        Val::new((**inner).clone(), known)
                    }
                    ("clone", None) => Val::new((**inner).clone(), Known::Unknown),
                    _ => {
                        let count = handle.and_then(|id| self.strong_count(id));
                        Val::new(
                            Ty::usize(),
                            count.map_or(Known::Unknown, |n| Known::Int(n as i128)),
                        )
                    }
                })
            }
            _ => Err(unsupported(format!("`{name}::{f}`"), span)),
        }
    }

    /// `File::open(path)`, `File::create(path)`, `fs::read_to_string(path)`
    /// and `fs::write(path, contents)`: an `io::Result`; the path and the
    /// contents are text (moved when it is a `String`).
    fn io_call(&mut self, owner: &str, f: &str, args: &Args, span: Span) -> R<Val> {
        let (wanted, ok) = match (owner, f) {
            ("File", "open" | "create") => (1, Ty::Opaque("File")),
            ("fs", "read_to_string") => (1, Ty::String),
            ("fs", "write") => (2, Ty::Unit),
            _ => return Err(unsupported(format!("`{owner}::{f}`"), span)),
        };
        let full = format!("`{owner}::{f}`");
        if args.len() != wanted {
            return Err(arity(&full, wanted, args.len(), span));
        }
        for arg in args {
            let v = self.value(arg, &Dest::Call(full.clone()))?;
            if !ty::coerces(&v.ty, &Ty::shared(Ty::Str)) && v.ty != Ty::String {
                return Err(mismatch(&Ty::shared(Ty::Str), &v.ty, span_of(arg)));
            }
            self.consume(&v, span, true);
        }
        let result = Ty::Result(Box::new(ok), Box::new(Ty::Opaque("io::Error")));
        Ok(Val::new(result, Known::Unknown))
    }

    /// `Duration::from_millis(n)` and its kin, `Instant::now()`: values with no borrows.
    fn time_call(&mut self, owner: &'static str, f: &str, args: &Args, span: Span) -> R<Val> {
        let param = match (owner, f) {
            ("Duration", "from_secs" | "from_millis" | "from_micros" | "from_nanos") => {
                Some(Ty::Int("u64"))
            }
            ("Duration", "from_secs_f64") => Some(Ty::Float("f64")),
            ("Duration", "from_secs_f32") => Some(Ty::Float("f32")),
            ("Instant", "now") => None,
            _ => return Err(unsupported(format!("`{owner}::{f}`"), span)),
        };
        let full = format!("`{owner}::{f}`");
        if args.len() != usize::from(param.is_some()) {
            return Err(arity(&full, usize::from(param.is_some()), args.len(), span));
        }
        if let (Some(param), Some(arg)) = (param, args.first()) {
            self.typed_arg(arg, &param, &full)?;
        }
        Ok(Val::new(Ty::Opaque(owner), Known::Unknown))
    }

    /// `thread::sleep(duration)`.
    fn sleep(&mut self, args: &Args, span: Span) -> R<Val> {
        let [arg] = args.iter().collect::<Vec<_>>()[..] else {
            return Err(arity("`thread::sleep`", 1, args.len(), span));
        };
        self.typed_arg(arg, &Ty::Opaque("Duration"), "`thread::sleep`")?;
        Ok(Val::new(Ty::Unit, Known::Unknown))
    }

    /// Evaluates `arg`, passed where a `want` is expected, and consumes it. Errors: a value
    /// of another type (rustc: E0308).
    fn typed_arg(&mut self, arg: &syn::Expr, want: &Ty, call: &str) -> R<()> {
        let v = self.value_for(arg, Some(want), &Dest::Call(call.to_string()))?;
        if !ty::coerces(&v.ty, want) {
            return Err(mismatch(want, &v.ty, span_of(arg)));
        }
        self.settle(&v, want)?;
        self.consume(&v, span_of(arg), true);
        Ok(())
    }

    /// `HashMap::new()`, `HashSet::with_capacity(n)`, … of an imported
    /// collection; what it holds is inferred from what is put in.
    fn new_collection(
        &mut self,
        ty_seg: &syn::PathSegment,
        f: &str,
        args: &Args,
        span: Span,
    ) -> R<Val> {
        let name = ty_seg.ident.to_string();
        let Some(ty) = ty::collection_type(&name, &ty_seg.arguments)
            .map_err(|what| unsupported(what, span))?
        else {
            return Err(not_ownership(
                "collections that are not imported",
                span,
                format!("`{name}` needs `use std::collections::{name};` (rustc: E0433)"),
            ));
        };
        let wanted = match f {
            "new" => 0,
            "with_capacity" => 1,
            _ => return Err(unsupported(format!("`{name}::{f}`"), span)),
        };
        if args.len() != wanted {
            return Err(arity(&format!("`{name}::{f}`"), wanted, args.len(), span));
        }
        if let Some(arg) = args.first() {
            let n = self.value_for(arg, Some(&Ty::usize()), &Dest::Operator)?;
            if !ty::coerces(&n.ty, &Ty::usize()) {
                return Err(mismatch(&Ty::usize(), &n.ty, span_of(arg)));
            }
            self.consume(&n, span, true);
        }
        // A `HashMap`'s entries are followed (a `BTreeMap`'s order is not).
        let known = match &ty {
            Ty::Map { sorted: false, .. } => Known::Map(Vec::new()),
            _ => Known::Unknown,
        };
        Ok(Val::new(ty, known))
    }

    /// `String::new()`, `String::from(..)`, `Vec::new()`, `Box::new(..)`, ….
    fn constructor(
        &mut self,
        ty_name: &str,
        elem: Option<Ty>,
        f: &str,
        args: &Args,
        span: Span,
    ) -> R<Val> {
        let full = format!("{ty_name}::{f}");
        let expect_args = |n: usize| {
            if args.len() == n {
                Ok(())
            } else {
                Err(arity(&format!("`{full}`"), n, args.len(), span))
            }
        };
        // The single argument, once the count has been checked.
        let single = || {
            expect_args(1)?;
            args.first()
                .ok_or_else(|| arity(&format!("`{full}`"), 1, 0, span))
        };
        match (ty_name, f) {
            ("String", "new") => {
                expect_args(0)?;
                Ok(Val::new(Ty::String, Known::Str(String::new())))
            }
            ("String" | "Vec", "with_capacity") => {
                let n = single()?;
                let v = self.value(n, &Dest::Call(full.clone()))?;
                if !ty::coerces(&v.ty, &Ty::usize()) {
                    return Err(mismatch(&Ty::usize(), &v.ty, span_of(n)));
                }
                self.consume(&v, span, true);
                Ok(if ty_name == "String" {
                    Val::new(Ty::String, Known::Str(String::new()))
                } else {
                    Val::new(
                        Ty::Vec(Box::new(elem.unwrap_or(Ty::Infer))),
                        Known::List(Vec::new()),
                    )
                })
            }
            ("String", "from") => {
                let arg = single()?;
                let v = self.value(arg, &Dest::Call(full.clone()))?;
                // `From` is generic: no deref coercion, only these impls.
                let ok = matches!(&v.ty, Ty::Char | Ty::String | Ty::Error)
                    || matches!(&v.ty, Ty::Ref(_, t) if matches!(**t, Ty::Str | Ty::String));
                if !ok {
                    return Err(mismatch(&Ty::shared(Ty::Str), &v.ty, span_of(arg)));
                }
                let known = match self.deref_known(&v) {
                    Known::Char(c) => Known::Str(c.to_string()),
                    k @ Known::Str(_) => k,
                    _ => Known::Unknown,
                };
                self.consume(&v, span, true);
                Ok(Val::new(Ty::String, known))
            }
            ("Vec", "new") => {
                expect_args(0)?;
                Ok(Val::new(
                    Ty::Vec(Box::new(elem.unwrap_or(Ty::Infer))),
                    Known::List(Vec::new()),
                ))
            }
            ("Box", "new") => {
                let arg = single()?;
                let v = self.value(arg, &Dest::Container("box"))?;
                if v.ty == Ty::IntLit {
                    self.check_literal_fits(&v, &Ty::IntLit, span_of(arg))?;
                }
                if let Some(e) = &elem {
                    if !ty::coerces(&v.ty, e) {
                        return Err(mismatch(e, &v.ty, span_of(arg)));
                    }
                }
                self.consume(&v, span, true);
                let ty = Ty::Box(Box::new(elem.unwrap_or_else(|| v.ty.clone())));
                Ok(Val {
                    loans: v.loans.clone(),
                    temp_borrow: v.temp_borrow,
                    ..Val::new(ty, v.known)
                })
            }
            _ => Err(unsupported(format!("`{full}`"), span)),
        }
    }

    /// `drop(x)`: moves `x` into the call, which frees it.
    fn drop_call(&mut self, args: &Args, span: Span) -> R<Val> {
        let Some(arg) = args.first().filter(|_| args.len() == 1) else {
            return Err(arity("`drop`", 1, args.len(), span));
        };
        let v = self.value(arg, &Dest::Call("drop".into()))?;
        self.consume(&v, span, true);
        self.handle_dropped(&v.known);
        let after = v.known.shared().and_then(|id| self.strong_count(id));
        if let syn::Expr::Path(p) = super::strip_parens(arg) {
            if let Some(name) = p.path.get_ident().map(ToString::to_string) {
                if v.ty.is_shared() {
                    self.event(
                        EventKind::Drop,
                        &name,
                        super::record::dropped_handle(&name, after),
                    );
                } else if v.ty.owns_heap() {
                    self.event(
                        EventKind::Drop,
                        &name,
                        format!("`{name}`'s value is dropped: its heap memory is freed"),
                    );
                }
            }
        }
        Ok(Val::unit())
    }

    /// A call to a function of the program. Arguments are passed by their
    /// parameter's type; a returned reference holds the loans of the one
    /// reference argument (lifetime elision).
    fn call_user(&mut self, sig: &FnSig, args: &Args, span: Span) -> R<Val> {
        if args.len() != sig.params.len() {
            return Err(arity(
                &format!("`{}`", sig.name),
                sig.params.len(),
                args.len(),
                span,
            ));
        }
        let dest = Dest::Call(sig.name.clone());
        let mut vals = Vec::new();
        // A generic function's type parameters, as this call's arguments
        // choose them.
        let mut subst: Vec<(ty::Param, Ty)> = Vec::new();
        let mut params = Vec::new();
        for (arg, param) in args.iter().zip(&sig.params) {
            let bound = match &param.ty {
                Ty::Param(p) if p.call.is_some() => Some(p),
                _ => None,
            };
            let v = match (bound, super::strip_parens(arg)) {
                // `apply(|x| x + 1)` where `F: Fn(i32) -> i32`: the bound
                // types the closure.
                (Some(p), syn::Expr::Closure(c)) => {
                    let params: Vec<Ty> = p
                        .call
                        .iter()
                        .flat_map(|c| &c.0)
                        .map(|t| t.subst(&subst))
                        .collect();
                    self.typed_closure(c, &params, span_of(arg))?.0
                }
                _ => self.value_for(arg, Some(&param.ty), &dest)?,
            };
            if let Some(p) = bound {
                self.check_fn_bound(&v, p, &subst, span_of(arg))?;
            }
            ty::bind(&param.ty, &v.ty, &sig.generics, &mut subst);
            let pty = param.ty.subst(&subst);
            if !ty::coerces(&v.ty, &pty) {
                return Err(mismatch(&pty, &v.ty, span_of(arg)));
            }
            self.check_literal_fits(&v, &pty, span_of(arg))?;
            self.settle(&v, &pty)?;
            self.refine_arg(arg, &pty);
            vals.push(v);
            params.push(pty);
        }
        for g in &sig.generics {
            let Some((_, t)) = subst.iter().find(|(n, _)| n == g) else {
                // `Stack::new()`: later use says what `T` is, as for
                // `Vec::new()`; a bare `T` result would need a turbofish.
                if matches!(&sig.ret, Ty::Param(p) if **p == *g) {
                    return Err(unsupported(
                        "type parameters that the arguments do not determine",
                        span,
                    ));
                }
                subst.push((g.clone(), Ty::Infer));
                continue;
            };
            let closure_trait = |b: &&String| matches!(b.as_str(), "Fn" | "FnMut" | "FnOnce");
            if let Some(b) = g
                .bounds
                .iter()
                .filter(|b| !closure_trait(b))
                .find(|b| !t.implements(b))
            {
                return Err(not_ownership(
                    "unsatisfied trait bounds",
                    span,
                    format!(
                        "`{t}` does not implement `{b}`, which `{}` needs (rustc: E0277)",
                        sig.name
                    ),
                ));
            }
        }
        let ret = sig.ret.subst(&subst);
        let point = self.tick();
        let args = vals.iter().map(|v| v.loans.clone()).collect();
        self.record_call(&sig.name, span, point, args);
        let mut result_loans = Vec::new();
        let mut temp_borrow = false;
        for (i, (v, pty)) in vals.iter().zip(&params).enumerate() {
            self.use_loans(&v.loans, point, span, true);
            let flows = match &sig.ret_from {
                Some(from) => from.contains(&i),
                None => pty.has_refs(),
            };
            if flows {
                result_loans.extend(v.loans.iter().copied());
                temp_borrow |= v.temp_borrow;
            }
        }
        self.forget_mut_targets(&vals);
        let has_refs = ret.has_refs();
        Ok(Val {
            loans: if has_refs { result_loans } else { Vec::new() },
            temp_borrow: has_refs && temp_borrow,
            ..Val::new(ret, Known::Unknown)
        })
    }

    /// The callee may change anything it gets a `&mut` to: its value is no
    /// longer followed.
    fn forget_mut_targets(&mut self, args: &[Val]) {
        for v in args.iter().filter(|v| matches!(v.ty, Ty::Ref(true, _))) {
            if let Some(target) = v.points_to.and_then(|t| self.vars.get_mut(t)) {
                target.known = Known::Unknown;
            }
        }
    }

    /// Passing `v`, `&v` or `&mut v` where `v: Vec<_>` to a typed parameter
    /// (or a struct's field) tells what the vector holds.
    pub(super) fn refine_arg(&mut self, arg: &syn::Expr, param: &Ty) {
        let (inner, expected) = match (super::strip_parens(arg), param) {
            (syn::Expr::Reference(r), Ty::Ref(_, t)) => (&*r.expr, &**t),
            (e, t) => (e, t),
        };
        if let syn::Expr::Path(p) = inner {
            if let Some(id) = p.path.get_ident().and_then(|i| self.lookup(&i.to_string())) {
                self.refine_var(id, expected);
            }
        }
    }

    /// Fills in the `_` of a variable's `Vec<_>` type, and of the variable
    /// a reference to it points to; a channel end's, and its other end's.
    fn refine_var(&mut self, id: usize, ty: &Ty) {
        let pair = match self.vars.get(id).and_then(|v| v.ty.as_ref()) {
            Some(Ty::Channel { pair, .. }) if *pair != 0 => *pair,
            _ => 0,
        };
        if let (Ty::Channel { elem, .. }, true) = (ty, pair != 0) {
            for var in self.vars.iter_mut() {
                if let Some(Ty::Channel {
                    sender,
                    elem: e,
                    pair: p,
                }) = &var.ty
                {
                    if *p == pair && e.has_infer() {
                        let refined = ty::unify(e, elem).unwrap_or_else(|| (**elem).clone());
                        var.ty = Some(Ty::Channel {
                            sender: *sender,
                            elem: Box::new(refined),
                            pair: *p,
                        });
                    }
                }
            }
        }
        let (mut id, mut ty) = (id, ty.clone());
        // Each step follows one reference; chains are short.
        for _ in 0..4 {
            let Some(var) = self.vars.get_mut(id) else {
                return;
            };
            let Some(refined) = var
                .ty
                .as_ref()
                .filter(|t| t.has_infer())
                .and_then(|t| ty::unify(t, &ty))
            else {
                return;
            };
            var.ty = Some(refined.clone());
            match (refined, var.points_to) {
                (Ty::Ref(_, inner), Some(target)) => {
                    id = target;
                    ty = *inner;
                }
                _ => return,
            }
        }
    }

    /// `receiver.method(args)` for the built-in methods.
    pub(super) fn method_call(&mut self, m: &syn::ExprMethodCall, span: Span) -> R<Val> {
        let takes_turbofish = matches!(
            m.method.to_string().as_str(),
            "collect" | "sum" | "product" | "parse"
        );
        if m.turbofish.is_some() && !takes_turbofish {
            return Err(unsupported("turbofish (`::<>`) on methods", span));
        }
        let name = m.method.to_string();
        let dest = Dest::Method(name.clone());
        let recv_place = self.place(&m.receiver)?;
        let recv_temp = match &recv_place {
            Some(_) => None,
            None => Some(self.value(&m.receiver, &dest)?),
        };
        let recv_ty = match (&recv_place, &recv_temp) {
            (Some(p), _) => p.ty.clone(),
            (None, Some(v)) => v.ty.clone(),
            (None, None) => Ty::Error,
        };
        if recv_ty == Ty::Opaque("Scope") && name == "spawn" {
            return self.scoped_spawn(&m.args, span);
        }
        let item = match &recv_ty {
            Ty::Iter(t) => Some(Ty::shared((**t).clone())),
            Ty::IntoIter(t) => Some((**t).clone()),
            _ => None,
        };
        if let Some(item) = item {
            return self.iterator_call(m, recv_place, recv_temp, item, span);
        }
        // `s.parse::<T>()`: the only other method that takes a turbofish.
        let parse_target = match name.as_str() {
            "parse" => turbofish_type(m, span)?,
            _ => None,
        };
        if m.turbofish.is_some() && parse_target.is_none() {
            return Err(unsupported("turbofish (`::<>`) on methods", span));
        }
        if let Some(shape) = closure_method(&recv_ty, &name) {
            let receiver = match (&recv_place, recv_temp) {
                (Some(p), _) => {
                    let mut p = p.clone();
                    p.span = span_of(&m.receiver);
                    self.read_place(&p, &dest)?
                }
                (None, Some(v)) => v,
                (None, None) => Val::error(),
            };
            return self.call_with_closure(receiver, &shape, &m.args, &name, span);
        }
        // Auto-deref: find the method on the receiver type or what it
        // points to.
        let mut level = 0;
        let mut current = recv_ty.clone();
        let method: Method = loop {
            if current == Ty::Error {
                for arg in &m.args {
                    self.value(arg, &dest)?;
                }
                return Ok(Val::error());
            }
            if let Some(found) = self
                .user_method(&current, &name)
                .or_else(|| methods::lookup(&current, &name))
            {
                break found;
            }
            match current.deref_target() {
                // A box's contents are where the box is: borrowing them
                // borrows the box (`shapes[0].area()`, `&mut Box<dyn T>`).
                Some(t) if matches!(current, Ty::Box(_)) => current = t.clone(),
                Some(t) if level == 0 => {
                    current = t.clone();
                    level += 1;
                }
                // Further only through shared references (`&&String`).
                Some(t) if level < 4 && matches!(current, Ty::Ref(false, _)) => {
                    current = t.clone();
                    level += 1;
                }
                _ => return Err(unknown_method(&name, &recv_ty, span_of(&m.method))),
            }
        };
        if m.args.len() != method.args.len() {
            return Err(arity(
                &format!("`.{name}()`"),
                method.args.len(),
                m.args.len(),
                span,
            ));
        }
        // Through more than one shared reference: copy the reference one
        // level short of the method, and call it on that value.
        let (recv_place, recv_temp, level) = if level >= 2 {
            let v = match (recv_place, recv_temp) {
                (Some(p), _) => self.read_place(&p, &dest)?,
                (None, Some(v)) => v,
                (None, None) => Val::error(),
            };
            let ty = Ty::shared(current.clone());
            (None, Some(Val { ty, ..v }), 1)
        } else {
            (recv_place, recv_temp, level)
        };
        // The receiver, adjusted to the level where the method was found.
        let (place, recv_temp) = match recv_place {
            // `refs[0].len()`, `self.part.trim()`: copy the `&T` out of the
            // vector or field, then call.
            Some(p) if level == 1 && (p.index.is_some() || p.deref) && p.ty.is_copy() => {
                (None, Some(self.read_place(&p, &dest)?))
            }
            Some(p) if level == 1 => {
                if p.deref || p.index.is_some() {
                    return Err(unsupported(
                        "methods through a reference stored in a place",
                        span,
                    ));
                }
                let place = PlaceExpr {
                    deref: true,
                    ty: current.clone(),
                    name: format!("*{}", p.name),
                    ..p
                };
                (Some(place), recv_temp)
            }
            other => (other, recv_temp),
        };
        let recv_span = span_of(&m.receiver);
        let mut reserved: Option<Borrowed> = None;
        // The loan the call makes of the receiver (not what it already held).
        let mut fresh: Option<usize> = None;
        let receiver: Val = match (&place, recv_temp, method.self_mode) {
            (Some(p), _, SelfMode::Shared) => {
                let mut p = p.clone();
                p.span = recv_span;
                let b = self.borrow_place(&p, BorrowKind::Shared, &dest, false)?;
                fresh = b.loan;
                b.val
            }
            (Some(p), _, SelfMode::Mut) => {
                let mut p = p.clone();
                p.span = recv_span;
                // `v[0].push(..)` borrows `v` through `IndexMut` right away;
                // only a plain receiver gets a two-phase borrow.
                let two_phase = p.index.is_none();
                let b = self.borrow_place(&p, BorrowKind::Mutable, &dest, two_phase)?;
                fresh = b.loan;
                let v = b.val.clone();
                if two_phase {
                    reserved = Some(b);
                }
                v
            }
            (Some(p), _, SelfMode::Value) => self.read_place(p, &dest)?,
            (None, Some(v), mode) => {
                if mode == SelfMode::Mut && matches!(v.ty, Ty::Ref(false, _)) {
                    return Err(not_ownership(
                        "mutable borrow through `&`",
                        span,
                        format!("`.{name}()` needs `&mut` access, but this is a `&` reference (rustc: E0596)"),
                    ));
                }
                // A temporary that owns what the method borrows (itself, or through a
                // box, `Rc` or guard) dies at the end of the statement.
                let owned_temp = !v.ty.is_copy() && (level == 0 || v.ty.owns_target());
                Val {
                    temp_borrow: v.temp_borrow || (owned_temp && method.borrows_self),
                    ..v
                }
            }
            (None, None, _) => Val::error(),
        };
        let recv_known = match &place {
            Some(p) => self.known_at(p),
            None => self.deref_known(&receiver),
        };
        // Arguments, evaluated before the call activates a `&mut self`
        // borrow (two-phase borrows: `v.push(v.len())` is fine).
        let mut arg_vals = Vec::new();
        for (arg, kind) in m.args.iter().zip(&method.args) {
            let expected = match kind {
                ArgKind::Of(t) => Some(t),
                ArgKind::Pattern
                | ArgKind::Key(_)
                | ArgKind::Closure(..)
                | ArgKind::Range
                | ArgKind::Items(_) => None,
            };
            let v = match (kind, super::strip_parens(arg)) {
                // `s.trim_matches(|c| !c.is_alphanumeric())`: a `char` test.
                (ArgKind::Pattern, syn::Expr::Closure(c)) => {
                    let (v, ret) = self.typed_closure(c, &[Ty::Char], span_of(arg))?;
                    if !matches!(ret, Ty::Bool | Ty::Error) {
                        return Err(mismatch(&Ty::Bool, &ret, span_of(arg)));
                    }
                    v
                }
                // `w.starts_with(char::is_uppercase)`: a `char` test by name.
                (ArgKind::Pattern, syn::Expr::Path(p)) if p.path.segments.len() > 1 => {
                    let ret = self.function_item(p, &[Ty::Char], span_of(arg))?;
                    if ret != Ty::Bool {
                        return Err(mismatch(&Ty::Bool, &ret, span_of(arg)));
                    }
                    Val::new(Ty::Char, Known::Unknown)
                }
                // `v.drain(1..)`: the bounds are indices.
                (ArgKind::Range, syn::Expr::Range(r)) => {
                    for bound in r.start.iter().chain(&r.end) {
                        self.typed_arg(bound, &Ty::usize(), &format!("`.{name}()`"))?;
                    }
                    Val::new(Ty::Unit, Known::Unknown)
                }
                (ArgKind::Items(elem), _) => {
                    let v = self.value(arg, &dest)?;
                    let items = Self::into_items(&v.ty).or_else(|| match &v.ty {
                        Ty::Option(t) => Some((**t).clone()),
                        _ => None,
                    });
                    let fits = match &items {
                        Some(Ty::Ref(false, t)) if t.is_copy() => ty::unify(t, elem).is_some(),
                        Some(t) => ty::unify(t, elem).is_some(),
                        None => v.ty == Ty::Error,
                    };
                    if !fits {
                        return Err(mismatch(
                            &Ty::Vec(Box::new(elem.clone())),
                            &v.ty,
                            span_of(arg),
                        ));
                    }
                    v
                }
                (ArgKind::Range, _) => {
                    return Err(unsupported(
                        format!("`.{name}()` of a range not written there"),
                        span_of(arg),
                    ))
                }
                // `v.retain(|x| ..)`, `v.sort_by_key(|x| ..)`.
                (ArgKind::Closure(params, want), _) => {
                    let (v, ret) = self.closure_arg(arg, params)?;
                    let ok = match want {
                        Ty::Infer => ret.is_ord(),
                        want => ty::coerces(&ret, want),
                    };
                    if !ok {
                        return Err(not_ownership(
                            "type mismatch",
                            span_of(arg),
                            format!("this closure returns `{ret}`, which `.{name}()` cannot use (rustc: E0308/E0277)"),
                        ));
                    }
                    v
                }
                _ => self.value_for(arg, expected, &dest)?,
            };
            let ok = match kind {
                ArgKind::Of(t) => ty::coerces(&v.ty, t),
                ArgKind::Pattern => is_pattern(&v.ty),
                ArgKind::Key(k) => methods::is_key(&v.ty, k),
                ArgKind::Closure(..) | ArgKind::Range | ArgKind::Items(_) => true,
            };
            if !ok {
                let expected = match kind {
                    ArgKind::Key(k) => Ty::shared(k.clone()),
                    _ => expected.cloned().unwrap_or(Ty::shared(Ty::Str)),
                };
                return Err(mismatch(&expected, &v.ty, span_of(arg)));
            }
            if let ArgKind::Of(t) = kind {
                self.check_literal_fits(&v, t, span_of(arg))?;
                self.settle(&v, t)?;
                if method.stores_args && t.has_infer() && matches!(current, Ty::Vec(_)) {
                    if let Some(Root::Var(id)) = place.as_ref().map(|p| &p.root) {
                        let elem = if level == 0 {
                            Ty::Vec(Box::new(v.ty.clone()))
                        } else {
                            Ty::Ref(true, Box::new(Ty::Vec(Box::new(v.ty.clone()))))
                        };
                        self.refine_var(*id, &elem);
                    }
                }
            }
            arg_vals.push(v);
        }
        // `map.insert(k, v)` says what a `HashMap::new()` holds.
        let arg_tys: Vec<Ty> = arg_vals.iter().map(|v| v.ty.clone()).collect();
        let refined = methods::refined(&current, &name, &arg_tys)
            .or_else(|| self.refined_self(&current, &name, &arg_tys));
        if let (Some(t), Some(Root::Var(id))) = (&refined, place.as_ref().map(|p| &p.root)) {
            let t = if level == 0 {
                t.clone()
            } else {
                Ty::Ref(true, Box::new(t.clone()))
            };
            self.refine_var(*id, &t);
        }
        // `map.entry(k).or_insert(v)` says what the map holds.
        if let (Ty::Entry(_, value), Some(map), Some(arg)) =
            (&current, receiver.points_to, arg_tys.first())
        {
            if let Some(Ty::Map { sorted, key, .. }) = self.vars.get(map).and_then(|v| v.ty.clone())
            {
                if value.has_infer() && name == "or_insert" {
                    let value = Box::new(arg.clone());
                    self.refine_var(map, &Ty::Map { sorted, key, value });
                }
            }
        }
        let checked = refined.unwrap_or_else(|| current.clone());
        let key_ok = match &checked {
            Ty::Map { sorted, key, .. } | Ty::Set { sorted, elem: key } => {
                methods::valid_key(key, *sorted)
            }
            _ => true,
        };
        if !key_ok {
            return Err(not_ownership(
                "keys without `Hash` and `Eq`",
                span,
                format!("`{checked}` needs keys that are `Hash` and `Eq` (or `Ord`) (rustc: E0277/E0599)"),
            ));
        }
        let point = self.tick();
        if let Some(f) = &method.function {
            let args = std::iter::once(&receiver)
                .chain(&arg_vals)
                .map(|v| v.loans.clone())
                .collect();
            self.record_call(f, span, point, args);
        }
        self.use_loans(&receiver.loans, point, span, true);
        for v in &arg_vals {
            self.use_loans(&v.loans, point, span, true);
        }
        if let Some(b) = &reserved {
            self.activate(b, point, span);
        }
        // Effects on what the receiver holds.
        let arg_known: Vec<Known> = arg_vals.iter().map(|v| self.deref_known(v)).collect();
        let mut effect = match &method.ret_from_args {
            None => methods::effect(&name, method.self_mode, &recv_known, &arg_known),
            // A method of the program: what it does is not followed.
            Some(_) => {
                self.forget_mut_targets(&arg_vals);
                methods::Effect {
                    receiver: (method.self_mode == SelfMode::Mut).then_some(Known::Unknown),
                    result: Known::Unknown,
                }
            }
        };
        if let Some(p) = &place {
            if let Root::Var(id) = p.root {
                if method.stores_args {
                    for v in &arg_vals {
                        self.store(id, p.deref, v, span)?;
                    }
                }
                if let Some(new) = effect.receiver {
                    let target = self.mutation_target(id, p);
                    if let Some(var) = target.and_then(|t| self.vars.get_mut(t)) {
                        var.known = match (&p.index, new) {
                            (None, new) if p.field.is_whole() => new,
                            _ => Known::Unknown,
                        };
                    }
                }
            }
        }
        if let (Some(id), "clone") = (effect.result.shared(), name.as_str()) {
            effect.result = self.handle_made(Some(id), Known::Unknown);
        }
        let ret = match (&method.ret, arg_vals.first(), parse_target) {
            (_, _, Some(target)) => ty::parse_result(target),
            (Ty::Result(ok, _), Some(e), _) if method.result_err_from_arg => {
                Ty::Result(ok.clone(), Box::new(e.ty.clone()))
            }
            (Ty::Ref(true, v), Some(a), _) if name == "or_insert" && v.has_infer() => {
                Ty::Ref(true, Box::new(a.ty.clone()))
            }
            (other, ..) => other.clone(),
        };
        // An entry refers to its map, which `or_insert` may refine.
        let points_to = match place.as_ref().map(|p| &p.root) {
            Some(Root::Var(id)) if name == "entry" && level == 0 => Some(*id),
            _ => None,
        };
        let from_receiver =
            method.borrows_self || (method.ret_from_args.is_none() && method.ret.has_refs());
        let mut loans = if from_receiver {
            receiver.loans.clone()
        } else if method.borrows_inner {
            receiver
                .loans
                .iter()
                .copied()
                .filter(|l| Some(*l) != fresh)
                .collect()
        } else {
            Vec::new()
        };
        let mut temp_borrow = receiver.temp_borrow && from_receiver && method.ret.has_refs();
        if let Some(from) = method
            .ret_from_args
            .as_ref()
            .filter(|_| method.ret.has_refs())
        {
            for v in from.iter().filter_map(|i| arg_vals.get(*i)) {
                loans.extend(v.loans.iter().copied());
                temp_borrow |= v.temp_borrow;
            }
        }
        Ok(Val {
            loans,
            temp_borrow,
            points_to,
            ..Val::new(ret, effect.result)
        })
    }
}

/// The one type a method's turbofish names (`collect::<Vec<_>>()`,
/// `parse::<u32>()`), if it has one.
fn turbofish_type(m: &syn::ExprMethodCall, span: Span) -> R<Option<Ty>> {
    let Some(t) = &m.turbofish else {
        return Ok(None);
    };
    match (t.args.first(), t.args.len()) {
        (Some(syn::GenericArgument::Type(arg)), 1) => ty::from_syn(arg)
            .map(Some)
            .map_err(|what| unsupported(what, span)),
        _ => Err(unsupported("this turbofish", span)),
    }
}

/// A method of `Option` or `Result` that takes a closure, by what its
/// arguments are given and what it returns.
pub(super) struct ClosureMethod {
    /// Before the closure: a plain value of this type (`map_or`'s default).
    default: Option<Ty>,
    /// The closure's parameter types.
    params: Vec<Ty>,
    /// What the closure must return: `None` for anything (`map`).
    returns: Option<Ty>,
    /// The method's result, from the closure's return type.
    result: fn(&Ty, &Ty, &Ty) -> Ty,
}

/// `recv.name(..)` when it is a closure-taking method of `Option`/`Result`.
/// `result` gets the receiver's two inner types (`T`, and `E` or `()`) and
/// the closure's return type.
fn closure_method(recv: &Ty, name: &str) -> Option<ClosureMethod> {
    let (t, e, option) = match recv {
        Ty::Option(t) => ((**t).clone(), Ty::Unit, true),
        Ty::Result(t, e) => ((**t).clone(), (**e).clone(), false),
        _ => return None,
    };
    let wrap: fn(&Ty, &Ty, &Ty) -> Ty = if option {
        |_, _, u| Ty::Option(Box::new(u.clone()))
    } else {
        |_, e, u| Ty::Result(Box::new(u.clone()), Box::new(e.clone()))
    };
    let m = |default, params, returns, result| {
        Some(ClosureMethod {
            default,
            params,
            returns,
            result,
        })
    };
    match (name, option) {
        ("map", _) => m(None, vec![t], None, wrap),
        ("and_then", true) => m(None, vec![t], None, |_, _, u| match u {
            Ty::Option(_) => u.clone(),
            _ => Ty::Error,
        }),
        ("and_then", false) => m(None, vec![t], None, |_, _, u| match u {
            Ty::Result(..) => u.clone(),
            _ => Ty::Error,
        }),
        ("unwrap_or_else", true) => m(None, vec![], Some(t), |t, _, _| t.clone()),
        ("unwrap_or_else", false) => m(None, vec![e], Some(t), |t, _, _| t.clone()),
        ("map_or", _) => m(Some(Ty::Infer), vec![t], None, |_, _, u| u.clone()),
        ("is_some_and", true) | ("is_ok_and", false) => {
            m(None, vec![t], Some(Ty::Bool), |_, _, _| Ty::Bool)
        }
        ("filter", true) => m(None, vec![Ty::shared(t)], Some(Ty::Bool), |t, _, _| {
            Ty::Option(Box::new(t.clone()))
        }),
        ("ok_or_else", true) => m(None, vec![], None, |t, _, u| {
            Ty::Result(Box::new(t.clone()), Box::new(u.clone()))
        }),
        ("map_err", false) => m(None, vec![e], None, |t, _, u| {
            Ty::Result(Box::new(t.clone()), Box::new(u.clone()))
        }),
        _ => None,
    }
}

/// Types implementing `Pattern` (string searches are generic, so there is
/// no deref coercion): `char`, `&str`, `&String`, `&&str`.
fn is_pattern(ty: &Ty) -> bool {
    match ty {
        Ty::Char | Ty::Error | Ty::Closure { .. } => true,
        Ty::Ref(false, t) => match &**t {
            Ty::Str | Ty::String => true,
            Ty::Ref(false, u) => **u == Ty::Str,
            _ => false,
        },
        _ => false,
    }
}

/// A method missing from the built-in table.
fn unknown_method(name: &str, recv: &Ty, span: Span) -> super::Failure {
    super::Failure::Unsupported {
        construct: format!("the method `{name}`"),
        line: span.line,
        message: format!("the method `.{name}()` on `{recv}` is not supported yet"),
    }
}
