//! Expressions: evaluation dispatch, literals, references, operators,
//! assignments and casts. Evaluating an expression yields a [`Val`]: its
//! type, the loans it holds and its value when known.

use super::place::{PlaceExpr, Root};
use super::{mismatch, not_ownership, span_of, strip_parens, unsupported, Dest, Val, Walker, R};
use crate::ir::AccessKind;
use crate::known::{self, ArithError, Known};
use crate::ty::{self, Ty};
use crate::{BorrowKind, Span};

impl Walker<'_> {
    /// `Name { field: value, .. }`: every field once, each value moved (or
    /// copied) into the new struct, in the order written; with `..base`, the
    /// fields not written are moved (or copied) out of `base`.
    fn struct_literal(&mut self, st: &syn::ExprStruct, span: Span, dest: &Dest) -> R<Val> {
        if st.rest.is_none() && st.dot2_token.is_some() {
            return Err(unsupported("`..` without a base", span));
        }
        if st.qself.is_some() {
            return Err(unsupported("this struct path", span));
        }
        let segments = super::plain_path(&st.path).unwrap_or_default();
        let (mut name, variant) = match segments.as_slice() {
            [name] => (name.clone(), None),
            [name, variant] => (name.clone(), Some(variant)),
            _ => return Err(unsupported("this struct path", span)),
        };
        if name == "Self" {
            name = self.self_ty.clone().unwrap_or(name);
        }
        let Some(mut def) = ty::struct_def(&name) else {
            return Err(not_ownership(
                "unknown structs",
                span,
                format!("there is no struct `{name}` (rustc: E0422)"),
            ));
        };
        // `Enum::Variant { .. }`: the variant's fields.
        if let Some(variant) = variant {
            let fields = def
                .variant(variant)
                .filter(|(_, v)| v.named)
                .map(|(_, v)| v.fields.clone());
            match fields {
                Some(fields) => def.fields = fields,
                None => {
                    return Err(not_ownership(
                        "unknown variants",
                        span,
                        format!("`{name}` has no struct-like variant `{variant}` (rustc: E0071)"),
                    ))
                }
            }
        } else if def.variants.is_some() {
            return Err(not_ownership(
                "enums written like structs",
                span,
                format!("`{name}` is an enum: name a variant (rustc: E0574)"),
            ));
        }
        let mut seen = Vec::new();
        let mut values = Vec::new();
        let mut loans = Vec::new();
        let mut temp_borrow = false;
        let mut temp_span = None;
        let mut subst = Vec::new();
        let _ = dest;
        for fv in &st.fields {
            let syn::Member::Named(member) = &fv.member else {
                return Err(unsupported("tuple fields", span_of(fv)));
            };
            let member = member.to_string();
            let Some((_, fty)) = def.fields.iter().find(|(n, _)| *n == member) else {
                return Err(not_ownership(
                    "unknown fields",
                    span_of(fv),
                    format!("`{name}` has no field `{member}` (rustc: E0560)"),
                ));
            };
            if seen.contains(&member) {
                return Err(not_ownership(
                    "repeated fields",
                    span_of(fv),
                    format!("the field `{member}` is given twice (rustc: E0062)"),
                ));
            }
            let v = self.value_for(&fv.expr, Some(fty), &Dest::Container("struct"))?;
            if v.ty.has_infer() && !fty.mentions(&def.params) {
                self.refine_arg(&fv.expr, fty);
            }
            ty::bind(fty, &v.ty, &def.params, &mut subst);
            let fty = &fty.subst(&subst);
            if !ty::coerces(&v.ty, fty) {
                return Err(mismatch(fty, &v.ty, span_of(&fv.expr)));
            }
            self.check_literal_fits(&v, fty, span_of(&fv.expr))?;
            self.settle(&v, fty)?;
            if v.temp_borrow && temp_span.is_none() {
                temp_span = Some(v.temp_span.unwrap_or(span_of(&fv.expr)));
            }
            values.push((member.clone(), self.deref_known(&v)));
            loans.extend(v.loans);
            temp_borrow |= v.temp_borrow;
            seen.push(member);
        }
        if let Some(base) = &st.rest {
            if variant.is_some() || !def.params.is_empty() {
                return Err(unsupported("struct update syntax (`..base`) here", span));
            }
            let v = self.update_base(base, &name, &def.fields, &seen)?;
            loans.extend(v.loans);
            temp_borrow |= v.temp_borrow;
        } else if let Some((missing, _)) = def.fields.iter().find(|(n, _)| !seen.contains(n)) {
            return Err(not_ownership(
                "missing fields",
                span,
                format!("the field `{missing}` of `{name}` is not given (rustc: E0063)"),
            ));
        }
        // The value, its fields in the order of the definition (as `{:?}` shows them); a
        // `..base` literal's other fields are not followed.
        let known = match &st.rest {
            None => Known::Record(Box::new((
                variant.cloned().unwrap_or_else(|| name.clone()),
                def.fields
                    .iter()
                    .filter_map(|(f, _)| values.iter().find(|(m, _)| m == f).cloned())
                    .collect(),
            )))
            .capped(),
            Some(_) => Known::Unknown,
        };
        Ok(Val {
            loans,
            temp_borrow,
            temp_span,
            ..Val::new(ty::instance(&name, &def.params, &subst), known)
        })
    }
}

impl Walker<'_> {
    /// The `..base` of a `name { .. }` literal: the fields not `written` move (or are copied)
    /// out of a place, one by one (a partial move); a temporary base is consumed whole. The
    /// result carries the loans of what was taken.
    fn update_base(
        &mut self,
        base: &syn::Expr,
        name: &str,
        fields: &[(String, Ty)],
        written: &[String],
    ) -> R<Val> {
        let ty = Ty::Struct(name.to_string(), Vec::new());
        let span = span_of(base);
        let dest = Dest::Container("struct");
        let Some(place) = self.place(base)? else {
            let v = self.value_for(base, Some(&ty), &dest)?;
            if !ty::coerces(&v.ty, &ty) {
                return Err(mismatch(&ty, &v.ty, span));
            }
            self.consume(&v, span, true);
            return Ok(v);
        };
        if place.ty != ty {
            return Err(mismatch(&ty, &place.ty, span));
        }
        if place.index.is_some() || !place.field.is_whole() {
            return Err(unsupported(
                "struct update syntax from a field or element",
                span,
            ));
        }
        let mut taken = Val::new(ty, Known::Unknown);
        for (i, (field, fty)) in fields.iter().enumerate() {
            if written.contains(field) {
                continue;
            }
            let Some(path) = u16::try_from(i).ok().and_then(|i| place.field.child(i)) else {
                return Err(unsupported("structs with this many fields", span));
            };
            let part = PlaceExpr {
                field: path,
                ty: fty.clone(),
                name: format!("{}.{field}", place.name.trim_start_matches('*')),
                span,
                ..place.clone()
            };
            let v = self.read_place(&part, &dest)?;
            taken.loans.extend(v.loans);
            taken.temp_borrow |= v.temp_borrow;
        }
        Ok(taken)
    }
}

/// A `&T` operand of arithmetic is read through (`&i32 + i32` works).
fn through_shared_ref(ty: &Ty) -> &Ty {
    match ty {
        Ty::Ref(false, inner) => inner,
        other => other,
    }
}

impl Walker<'_> {
    /// Evaluates `e` as a value: places are copied or moved out of.
    pub(super) fn value(&mut self, e: &syn::Expr, dest: &Dest) -> R<Val> {
        let span = span_of(e);
        self.enter(span)?;
        let result = self.value_inner(e, span, dest);
        self.leave();
        result
    }

    /// Dispatch on the kind of expression (after the nesting check).
    fn value_inner(&mut self, e: &syn::Expr, span: Span, dest: &Dest) -> R<Val> {
        use syn::Expr as E;
        match e {
            E::Lit(lit) => self.literal(&lit.lit, span),
            E::Path(_) | E::Index(_) | E::Paren(_) | E::Group(_) | E::Field(_) => {
                if let Some(place) = self.place(e)? {
                    return self.read_place(&place, dest);
                }
                match e {
                    E::Paren(p) => self.value(&p.expr, dest),
                    E::Group(g) => self.value(&g.expr, dest),
                    E::Path(p) => self.unresolved_path(p, span),
                    _ => Err(unsupported("this expression", span)),
                }
            }
            E::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => match self.place(e)? {
                Some(place) => self.read_place(&place, dest),
                None => Err(unsupported("this dereference", span)),
            },
            E::Reference(r) => self.reference(r, span, dest),
            E::Unary(u) => self.unary(u, span),
            E::Binary(b) => self.binary(b, span),
            E::Assign(a) => self.assign(a, span),
            E::Call(c) => self.call(c, span),
            E::MethodCall(m) => self.method_call(m, span),
            E::Macro(m) => self.macro_call(&m.mac, span),
            E::Block(b) if b.label.is_none() => self.block(&b.block),
            E::Cast(c) => self.cast(c, span),
            E::Struct(st) => self.struct_literal(st, span, dest),
            E::Closure(c) => self.closure(c, span),
            E::If(i) => self.if_expr(i, false),
            E::Match(m) => self.match_expr(m, false),
            E::Try(t) => self.try_operator(t, span),
            E::Tuple(t) => self.tuple(t),
            E::Array(a) => self.array(a, span),
            E::Repeat(r) => self.repeat(r, span),
            E::While(w) => self.while_loop(w),
            E::Loop(l) => self.plain_loop(l),
            E::ForLoop(f) => self.for_loop(f),
            E::Break(_) | E::Continue(_) => self.jump(e),
            E::Return(r) => self.early_return(r),
            // A range as a value is an iterator of its items.
            E::Range(r) => {
                let (ty, ..) = self.range_bounds(r, span)?;
                Ok(Val::new(Ty::IntoIter(Box::new(ty)), Known::Unknown))
            }
            other => Err(unsupported(construct_name(other), span)),
        }
    }

    /// Like [`Walker::value`], but where a reference type is expected a
    /// `&mut` variable is reborrowed (`&mut *r` or `&*r`) instead of moved,
    /// as rustc does at coercion sites (arguments, annotated `let`).
    pub(super) fn value_for(
        &mut self,
        e: &syn::Expr,
        expected: Option<&Ty>,
        dest: &Dest,
    ) -> R<Val> {
        // A closure written where `impl Fn(i32) -> i32` or `Box<dyn Fn(..)>`
        // is expected takes its parameter types from there.
        if let Some(call) = expected
            .and_then(Ty::fn_bound)
            .and_then(|p| p.call.as_deref())
        {
            self.closure_hint = Some(call.0.clone());
            let v = self.value(e, dest);
            self.closure_hint = None;
            return v;
        }
        if let (Some(target), syn::Expr::MethodCall(m)) = (expected, strip_parens(e)) {
            if m.method == "into" && m.args.is_empty() && m.turbofish.is_none() {
                return self.convert_into(m, target);
            }
        }
        // `Some(x)`, `Ok(x)`, `Err(x)`: the payload is a coercion site.
        if let (Some(expected), syn::Expr::Call(c)) = (expected, strip_parens(e)) {
            let name = match &*c.func {
                syn::Expr::Path(p) => single_ident(&p.path),
                _ => None,
            };
            let payload = match (name.as_deref(), expected) {
                (Some("Some"), Ty::Option(t)) | (Some("Ok"), Ty::Result(t, _)) => Some(t),
                (Some("Err"), Ty::Result(_, t)) => Some(t),
                _ => None,
            };
            if let (Some(name), Some(payload)) = (name.as_deref(), payload) {
                if self.lookup(name).is_none() {
                    return self.wrap(name, &c.args, Some(payload), span_of(e));
                }
            }
        }
        if let (Some(Ty::Vec(t)), syn::Expr::Macro(_)) = (expected, strip_parens(e)) {
            self.vec_hint = Some((**t).clone());
        }
        if let Some(v) = expected.and_then(|t| empty_array(e, t)) {
            return Ok(v);
        }
        // `Default::default()` takes its type from where it goes.
        if let (Some(t), syn::Expr::Call(c)) = (expected, strip_parens(e)) {
            let default = match &*c.func {
                syn::Expr::Path(p) if p.qself.is_none() => {
                    super::plain_path(&p.path).is_some_and(|n| n == ["Default", "default"])
                }
                _ => false,
            };
            if default && c.args.is_empty() && !t.has_infer() {
                if !t.implements("Default") {
                    return Err(not_ownership(
                        "types that are not `Default`",
                        span_of(e),
                        format!("`{t}` is not `Default` (rustc: E0277)"),
                    ));
                }
                return Ok(Val::new(t.clone(), Known::Unknown));
            }
        }
        if let (Some(Ty::Ref(mutable, _)), syn::Expr::Path(_)) = (expected, strip_parens(e)) {
            if let Some(p) = self.place(e)? {
                if let Ty::Ref(true, inner) = &p.ty {
                    let target = PlaceExpr {
                        deref: true,
                        ty: (**inner).clone(),
                        name: format!("*{}", p.name),
                        ..p
                    };
                    let kind = if *mutable {
                        BorrowKind::Mutable
                    } else {
                        BorrowKind::Shared
                    };
                    return Ok(self.borrow_place(&target, kind, dest, false)?.val);
                }
                return self.read_place(&p, dest);
            }
        }
        self.value(e, dest)
    }

    /// A literal: its type (unsuffixed numbers stay open until used) and
    /// value; out-of-range literals are refused like rustc does.
    fn literal(&mut self, lit: &syn::Lit, span: Span) -> R<Val> {
        match lit {
            syn::Lit::Int(i) => {
                let suffix = i.suffix();
                if let Some(f) = ty::float_named(suffix) {
                    let known = i.base10_parse::<f64>().map_or(Known::Unknown, Known::Float);
                    return Ok(Val {
                        constant: true,
                        ..Val::new(Ty::Float(f), known)
                    });
                }
                let ty = if suffix.is_empty() {
                    Ty::IntLit
                } else {
                    ty::int_named(suffix)
                        .map(Ty::Int)
                        .ok_or_else(|| unsupported("this literal suffix", span))?
                };
                let Ok(n) = i.base10_parse::<i128>() else {
                    return Err(unsupported("integer literals this large", span));
                };
                // Unsuffixed literals beyond 64 bits would need `i128`
                // inference to be right; refuse rather than guess.
                if ty == Ty::IntLit && i64::try_from(n).is_err() {
                    return Err(unsupported("integer literals this large", span));
                }
                let known = Known::Int(n);
                let v = Val {
                    constant: true,
                    ..Val::new(ty.clone(), known)
                };
                if ty != Ty::IntLit {
                    self.check_literal_fits(
                        &Val {
                            ty: Ty::IntLit,
                            ..v.clone()
                        },
                        &ty,
                        span,
                    )?;
                }
                Ok(v)
            }
            syn::Lit::Float(f) => {
                let ty = match f.suffix() {
                    "" => Ty::FloatLit,
                    s => ty::float_named(s)
                        .map(Ty::Float)
                        .ok_or_else(|| unsupported("this literal suffix", span))?,
                };
                let known = f.base10_parse::<f64>().map_or(Known::Unknown, Known::Float);
                Ok(Val {
                    constant: true,
                    ..Val::new(ty, known)
                })
            }
            syn::Lit::Bool(b) => Ok(Val {
                constant: true,
                ..Val::new(Ty::Bool, Known::Bool(b.value))
            }),
            syn::Lit::Char(c) => {
                no_suffix(c.suffix(), span)?;
                Ok(Val {
                    constant: true,
                    ..Val::new(Ty::Char, Known::Char(c.value()))
                })
            }
            syn::Lit::Str(s) => {
                no_suffix(s.suffix(), span)?;
                Ok(Val::new(Ty::shared(Ty::Str), Known::Str(s.value())))
            }
            syn::Lit::Byte(b) => {
                no_suffix(b.suffix(), span)?;
                Ok(Val {
                    constant: true,
                    ..Val::new(Ty::Int("u8"), Known::Int(b.value().into()))
                })
            }
            // `b"RUST"`: a `&'static [u8; 4]`.
            syn::Lit::ByteStr(b) => {
                no_suffix(b.suffix(), span)?;
                let array = Ty::Array(Box::new(Ty::Int("u8")), b.value().len());
                Ok(Val::new(Ty::shared(array), Known::Unknown))
            }
            _ => Err(unsupported("C string literals", span)),
        }
    }

    /// A path that is not a variable in scope.
    fn unresolved_path(&mut self, p: &syn::ExprPath, span: Span) -> R<Val> {
        if let Some(v) = self.unit_variant(p, span)? {
            return Ok(v);
        }
        if let Some(v) = number_constant(&p.path).filter(|_| p.qself.is_none()) {
            return Ok(v);
        }
        let Some(name) = single_ident(&p.path).filter(|_| p.qself.is_none()) else {
            return Err(unsupported("this path", span));
        };
        if let Some(value) = self.items.constant(&name) {
            return Ok(Val {
                constant: true,
                ..value.clone()
            });
        }
        if self.items.function(None, &name).is_some() || name == "drop" {
            return Err(unsupported("functions used as values", span));
        }
        if name == "None" {
            return Ok(Val::new(
                Ty::Option(Box::new(Ty::Infer)),
                Known::variant(name, Vec::new()),
            ));
        }
        if let Some(def) = ty::struct_def(&name).filter(|d| d.unit) {
            return Ok(Val::new(
                ty::instance(&name, &def.params, &[]),
                Known::variant(name.clone(), Vec::new()),
            ));
        }
        if matches!(name.as_str(), "Some" | "Ok" | "Err") {
            return Err(unsupported(
                "`Some`, `Ok` and `Err` used as functions",
                span,
            ));
        }
        Ok(self.unresolved("value", &name, span))
    }

    /// `Enum::Variant` (or `Self::Variant`) for a unit variant of the
    /// program's enums: a new value. `None` when the path is something else.
    fn unit_variant(&mut self, p: &syn::ExprPath, span: Span) -> R<Option<Val>> {
        let segments: Vec<&syn::PathSegment> = p.path.segments.iter().collect();
        // `Nil`, imported with `use List::{Cons, Nil};`.
        if let ([variant], None) = (segments.as_slice(), &p.qself) {
            let name = variant.ident.to_string();
            let owner = ty::variant_owner(&name).filter(|_| self.lookup(&name).is_none());
            if let (Some(owner), true) = (owner, variant.arguments.is_none()) {
                let def = ty::struct_def(&owner);
                return match def.as_ref().and_then(|d| d.variant(&name)) {
                    Some((_, v)) if !v.named && !v.tuple => Ok(def.map(|d| {
                        Val::new(
                            ty::instance(&owner, &d.params, &[]),
                            Known::variant(name.clone(), Vec::new()),
                        )
                    })),
                    _ => Err(unsupported("variant constructors used as values", span)),
                };
            }
        }
        let [owner, variant] = segments.as_slice() else {
            return Ok(None);
        };
        if p.qself.is_some() || !owner.arguments.is_none() || !variant.arguments.is_none() {
            return Ok(None);
        }
        let mut owner = owner.ident.to_string();
        if owner == "Self" {
            owner = self.self_ty.clone().unwrap_or(owner);
        }
        let Some(def) = ty::struct_def(&owner) else {
            return Ok(None);
        };
        match def.variant(&variant.ident.to_string()) {
            Some((_, v)) if !v.named && !v.tuple => Ok(Some(Val::new(
                ty::instance(&owner, &def.params, &[]),
                Known::variant(variant.ident.to_string(), Vec::new()),
            ))),
            Some(_) => Err(unsupported("variant constructors used as values", span)),
            None => Err(not_ownership(
                "unknown variants",
                span,
                format!(
                    "`{owner}` has no variant `{}` (rustc: E0599)",
                    variant.ident
                ),
            )),
        }
    }

    /// Whether `&e` would borrow a temporary rather than a place or a
    /// promoted constant.
    pub(super) fn is_temporary(&self, e: &syn::Expr) -> bool {
        match strip_parens(e) {
            syn::Expr::Lit(_) | syn::Expr::Index(_) => false,
            // A constant's reference is promoted to `'static`.
            syn::Expr::Path(p) if number_constant(&p.path).is_some() => false,
            syn::Expr::Path(p) => single_ident(&p.path)
                .is_none_or(|n| self.lookup(&n).is_none() && self.items.constant(&n).is_none()),
            syn::Expr::Unary(u) => !matches!(u.op, syn::UnOp::Deref(_)),
            // A field of a place is a place; a field of a temporary is not.
            syn::Expr::Field(f) => self.is_temporary(&f.base),
            _ => true,
        }
    }

    /// `&e` / `&mut e`: borrows a place, or a temporary for other
    /// expressions (which must not outlive the statement).
    fn reference(&mut self, r: &syn::ExprReference, span: Span, dest: &Dest) -> R<Val> {
        let kind = if r.mutability.is_some() {
            BorrowKind::Mutable
        } else {
            BorrowKind::Shared
        };
        if let Some(mut p) = self.place(&r.expr)? {
            p.span = span;
            return Ok(self.borrow_place(&p, kind, dest, false)?.val);
        }
        let v = self.value(&r.expr, &Dest::Operator)?;
        let temp_borrow = v.temp_borrow || (!v.ty.is_copy() && self.is_temporary(&r.expr));
        Ok(Val {
            loans: v.loans,
            points_to: None,
            temp_borrow,
            ..Val::new(
                Ty::Ref(kind == BorrowKind::Mutable, Box::new(v.ty)),
                v.known,
            )
        })
    }

    /// `[a, b, c]`: each element moved (or copied) in; one type for all.
    fn array(&mut self, a: &syn::ExprArray, span: Span) -> R<Val> {
        let mut elem = Ty::Infer;
        let mut loans = Vec::new();
        let mut temp_borrow = false;
        let mut temp_span = None;
        for e in &a.elems {
            let v = self.value(e, &Dest::Container("array"))?;
            elem = ty::unify(&elem, &v.ty).ok_or_else(|| mismatch(&elem, &v.ty, span_of(e)))?;
            if v.ty == Ty::IntLit {
                self.check_literal_fits(&v, &Ty::IntLit, span_of(e))?;
            }
            if v.temp_borrow && temp_span.is_none() {
                temp_span = Some(v.temp_span.unwrap_or(span_of(e)));
            }
            loans.extend(v.loans);
            temp_borrow |= v.temp_borrow;
        }
        if a.elems.is_empty() {
            return Err(unsupported("empty arrays", span));
        }
        Ok(Val {
            loans,
            temp_borrow,
            temp_span,
            ..Val::new(Ty::Array(Box::new(elem), a.elems.len()), Known::Unknown)
        })
    }

    /// `[x; n]`: `x` copied `n` times (it must be `Copy`).
    fn repeat(&mut self, r: &syn::ExprRepeat, span: Span) -> R<Val> {
        let Some(n) = ty::array_length(strip_parens(&r.len)) else {
            return Err(unsupported(
                "array lengths other than a number",
                span_of(&r.len),
            ));
        };
        let v = self.value(&r.expr, &Dest::Container("array"))?;
        if !v.ty.is_copy() {
            return Err(not_ownership(
                "`[x; n]` of a value that is not `Copy`",
                span,
                format!(
                    "`{}` is not `Copy`, so `[x; n]` cannot repeat it (rustc: E0277)",
                    v.ty
                ),
            ));
        }
        if v.ty == Ty::IntLit {
            self.check_literal_fits(&v, &Ty::IntLit, span_of(&r.expr))?;
        }
        Ok(Val {
            loans: v.loans,
            ..Val::new(Ty::Array(Box::new(v.ty), n), Known::Unknown)
        })
    }

    /// `(a, b, ..)`: each element moved (or copied) in, in order.
    fn tuple(&mut self, t: &syn::ExprTuple) -> R<Val> {
        if t.elems.is_empty() {
            return Ok(Val::unit());
        }
        let mut tys = Vec::new();
        let mut values = Vec::new();
        let mut loans = Vec::new();
        let mut temp_borrow = false;
        let mut temp_span = None;
        for e in &t.elems {
            let v = self.value(e, &Dest::Container("tuple"))?;
            if v.ty == Ty::IntLit {
                self.check_literal_fits(&v, &Ty::IntLit, span_of(e))?;
            }
            tys.push(v.ty.clone());
            values.push(self.deref_known(&v));
            if v.temp_borrow && temp_span.is_none() {
                temp_span = Some(v.temp_span.unwrap_or(span_of(e)));
            }
            loans.extend(v.loans);
            temp_borrow |= v.temp_borrow;
        }
        Ok(Val {
            loans,
            temp_borrow,
            temp_span,
            ..Val::new(Ty::Tuple(tys), Known::Tuple(values).capped())
        })
    }

    /// `e?`: the value inside an `Option` or `Ok`, in a function that
    /// returns the same kind of value (the other case returns early).
    fn try_operator(&mut self, t: &syn::ExprTry, span: Span) -> R<Val> {
        self.exits_met += 1;
        let v = self.value(&t.expr, &Dest::Return)?;
        let inner = match (&v.ty, &self.ret) {
            (Ty::Option(inner), Ty::Option(_)) => (**inner).clone(),
            (Ty::Result(ok, err), Ty::Result(_, ret_err)) => {
                // `?` converts with `From`: an error, a `String` or a string
                // literal into `Box<dyn Error>`.
                let literal = **err == Ty::shared(Ty::Str) && v.loans.is_empty();
                let boxed = matches!(&**ret_err, Ty::Box(t) if matches!(&**t, Ty::Param(p) if p.has("Error")))
                    && (err.implements("Error") || **err == Ty::String || literal);
                if err.has_refs() && !boxed {
                    return Err(unsupported("`?` on errors that hold references", span));
                }
                if !boxed && ty::unify(err, ret_err).is_none() {
                    return Err(unsupported(
                        format!("`?` converting the error `{err}` into `{ret_err}`"),
                        span,
                    ));
                }
                (**ok).clone()
            }
            (Ty::Error, _) => Ty::Error,
            (Ty::Option(_) | Ty::Result(..), _) => {
                return Err(not_ownership(
                    "`?` in a function that returns something else",
                    span,
                    format!(
                        "`?` needs the function to return `Option` or `Result` (it returns `{}`) \
                         (rustc: E0277)",
                        self.ret
                    ),
                ))
            }
            (other, _) => {
                return Err(not_ownership(
                    "`?` on other values",
                    span,
                    format!("`?` works on `Option` and `Result`, not `{other}` (rustc: E0277)"),
                ))
            }
        };
        let loans = if inner.has_refs() {
            v.loans.clone()
        } else {
            Vec::new()
        };
        self.consume(&v, span, false);
        Ok(Val {
            loans,
            temp_borrow: v.temp_borrow && inner.has_refs(),
            ..Val::new(inner, Known::Unknown)
        })
    }

    /// `-x` and `!x` on copied values.
    fn unary(&mut self, u: &syn::ExprUnary, span: Span) -> R<Val> {
        let v = self.value(&u.expr, &Dest::Operator)?;
        let known = self.deref_known(&v);
        let ty = through_shared_ref(&v.ty).clone();
        self.consume(&v, span, false);
        match u.op {
            syn::UnOp::Neg(_) => {
                let unsigned = matches!(&ty, Ty::Int(n) if n.starts_with('u'));
                if !ty.is_numeric() || unsigned {
                    return Err(not_ownership(
                        "negation",
                        span,
                        format!("`-` cannot be applied to `{ty}` (rustc: E0600)"),
                    ));
                }
                let known = match known {
                    Known::Int(n) => n.checked_neg().map_or(Known::Unknown, Known::Int),
                    Known::Float(x) => Known::Float(-x),
                    _ => Known::Unknown,
                };
                Ok(Val {
                    constant: v.constant,
                    ..Val::new(ty, known)
                })
            }
            syn::UnOp::Not(_) => match (&ty, known) {
                (Ty::Bool, Known::Bool(b)) => Ok(Val {
                    constant: v.constant,
                    ..Val::new(ty, Known::Bool(!b))
                }),
                (t, _) if *t == Ty::Bool || t.is_integer() => Ok(Val::new(ty, Known::Unknown)),
                _ => Err(not_ownership(
                    "negation",
                    span,
                    format!("`!` cannot be applied to `{ty}` (rustc: E0600)"),
                )),
            },
            _ => Err(unsupported("this operator", span)),
        }
    }

    /// Binary operators: compound assignment, comparison, logic, arithmetic.
    fn binary(&mut self, b: &syn::ExprBinary, span: Span) -> R<Val> {
        use syn::BinOp as B;
        match b.op {
            B::AddAssign(_)
            | B::SubAssign(_)
            | B::MulAssign(_)
            | B::DivAssign(_)
            | B::RemAssign(_)
            | B::BitXorAssign(_)
            | B::BitAndAssign(_)
            | B::BitOrAssign(_)
            | B::ShlAssign(_)
            | B::ShrAssign(_) => self.compound_assign(b, span),
            B::Eq(_) | B::Ne(_) | B::Lt(_) | B::Le(_) | B::Gt(_) | B::Ge(_) => {
                self.compare(b, span)
            }
            B::And(_) | B::Or(_) => {
                let l = self.value(&b.left, &Dest::Operator)?;
                let r = self.value(&b.right, &Dest::Operator)?;
                for v in [&l, &r] {
                    if !matches!(v.ty, Ty::Bool | Ty::Error) {
                        return Err(mismatch(&Ty::Bool, &v.ty, span));
                    }
                }
                self.consume(&l, span, false);
                self.consume(&r, span, false);
                let known = match (&b.op, &l.known, &r.known) {
                    (B::And(_), Known::Bool(x), Known::Bool(y)) => Known::Bool(*x && *y),
                    (B::Or(_), Known::Bool(x), Known::Bool(y)) => Known::Bool(*x || *y),
                    _ => Known::Unknown,
                };
                Ok(Val::new(Ty::Bool, known))
            }
            _ => self.arithmetic(b, span),
        }
    }

    /// Arithmetic on numbers (operands are copied), or `String + &str`.
    fn arithmetic(&mut self, b: &syn::ExprBinary, span: Span) -> R<Val> {
        let l = self.value(&b.left, &Dest::Operator)?;
        if l.ty == Ty::String {
            // `s1 + &s2`: `s1` is moved in, its buffer reused for the result.
            if !matches!(b.op, syn::BinOp::Add(_)) {
                return Err(not_ownership(
                    "string operators",
                    span,
                    "only `+` works on `String` (rustc: E0369)".into(),
                ));
            }
            let r = self.value(&b.right, &Dest::Operator)?;
            if !ty::coerces(&r.ty, &Ty::shared(Ty::Str)) {
                return Err(mismatch(&Ty::shared(Ty::Str), &r.ty, span_of(&b.right)));
            }
            let known = match (l.known.as_str(), self.deref_known(&r).as_str()) {
                (Some(x), Some(y)) => Known::Str(format!("{x}{y}")),
                _ => Known::Unknown,
            };
            let point = self.consume(&l, span, false);
            self.use_loans(&r.loans, point, span, false);
            return Ok(Val::new(Ty::String, known));
        }
        let r = self.value(&b.right, &Dest::Operator)?;
        let (lt, rt) = (
            through_shared_ref(&l.ty).clone(),
            through_shared_ref(&r.ty).clone(),
        );
        let is_shift = matches!(b.op, syn::BinOp::Shl(_) | syn::BinOp::Shr(_));
        let is_bits = matches!(
            b.op,
            syn::BinOp::BitAnd(_) | syn::BinOp::BitOr(_) | syn::BinOp::BitXor(_)
        );
        let ty = if is_shift && lt.is_integer() && rt.is_integer() {
            lt.clone()
        } else if is_bits && lt == Ty::Bool && rt == Ty::Bool {
            Ty::Bool
        } else {
            match ty::unify(&lt, &rt) {
                Some(t) if t.is_numeric() => t,
                _ => {
                    return Err(not_ownership(
                        "type mismatch",
                        span,
                        format!(
                            "`{}` cannot be applied to `{lt}` and `{rt}`: rustc rejects this \
                             with a type error (E0369/E0277)",
                            bin_op(&b.op)
                        ),
                    ))
                }
            }
        };
        if !is_shift {
            for v in [&l, &r] {
                self.check_literal_fits(v, &ty, span)?;
                self.settle(v, &ty)?;
            }
        }
        let (lk, rk) = (self.deref_known(&l), self.deref_known(&r));
        let point = self.consume(&l, span, false);
        self.use_loans(&r.loans, point, span, false);
        let constant = l.constant && r.constant;
        let known = checked_arith(&b.op, &lk, &rk, &ty, constant, span)?;
        Ok(Val {
            constant,
            ..Val::new(ty, known)
        })
    }

    /// Comparisons borrow non-`Copy` operands (`PartialEq::eq(&a, &b)`).
    fn compare(&mut self, b: &syn::ExprBinary, span: Span) -> R<Val> {
        let (l, lt, lk) = self.operand(&b.left)?;
        let (r, rt, rk) = self.operand(&b.right)?;
        // Only equality is implemented across `String` and `&str`.
        let equality = matches!(b.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_));
        let ok = if equality {
            comparable(&lt, &rt) && lt.implements("PartialEq")
        } else {
            ty::unify(&lt, &rt).is_some() && lt.implements("PartialOrd")
        };
        if ok {
            self.check_literal_fits(&l, &rt, span)?;
            self.check_literal_fits(&r, &lt, span)?;
            self.settle(&l, &rt)?;
            self.settle(&r, &lt)?;
        } else {
            return Err(not_ownership(
                "type mismatch",
                span,
                format!("`{lt}` cannot be compared with `{rt}` (rustc: E0308/E0277)"),
            ));
        }
        let point = self.consume(&l, span, false);
        self.use_loans(&r.loans, point, span, false);
        Ok(Val::new(Ty::Bool, known::compare(&b.op, &lk, &rk)))
    }

    /// A comparison operand: the value, the type compared and its value.
    fn operand(&mut self, e: &syn::Expr) -> R<(Val, Ty, Known)> {
        if let Some(p) = self.place(e)? {
            let known = self.known_at(&p);
            if p.ty.is_copy() {
                let v = self.read_place(&p, &Dest::Operator)?;
                let ty = v.ty.clone();
                return Ok((v, ty, known));
            }
            let b = self.borrow_place(&p, BorrowKind::Shared, &Dest::Operator, false)?;
            return Ok((b.val, p.ty, known));
        }
        let v = self.value(e, &Dest::Operator)?;
        let known = self.deref_known(&v);
        let ty = v.ty.clone();
        Ok((v, ty, known))
    }

    /// `x op= v`: for numbers a read and a write of `x` (one site, so at
    /// most one conflict is reported); for `String += &str` a two-phase
    /// mutable borrow, like a method call.
    fn compound_assign(&mut self, b: &syn::ExprBinary, span: Span) -> R<Val> {
        let Some(p) = self.place(&b.left)? else {
            if let syn::Expr::Path(path) = strip_parens(&b.left) {
                self.unresolved_path(path, span)?;
                self.value(&b.right, &Dest::Operator)?;
                return Ok(Val::unit());
            }
            return Err(unsupported("assigning to this expression", span));
        };
        if p.ty == Ty::String && matches!(b.op, syn::BinOp::AddAssign(_)) {
            let borrowed = self.borrow_place(&p, BorrowKind::Mutable, &Dest::Operator, true)?;
            let r = self.value(&b.right, &Dest::Operator)?;
            if !ty::coerces(&r.ty, &Ty::shared(Ty::Str)) {
                return Err(mismatch(&Ty::shared(Ty::Str), &r.ty, span_of(&b.right)));
            }
            let appended = self.deref_known(&r);
            let point = self.consume(&borrowed.val, span, true);
            self.use_loans(&r.loans, point, span, true);
            self.activate(&borrowed, point, span);
            let old = self.known_at(&p);
            if let Root::Var(id) = p.root {
                let target = self.mutation_target(id, &p);
                let new = match (old.as_str(), appended.as_str()) {
                    (Some(x), Some(y)) => Known::Str(format!("{x}{y}")),
                    _ => Known::Unknown,
                };
                if let Some(var) = target.and_then(|t| self.vars.get_mut(t)) {
                    var.known = new.capped();
                }
            }
            return Ok(Val::unit());
        }
        let r = self.value(&b.right, &Dest::Operator)?;
        let rt = through_shared_ref(&r.ty).clone();
        let ty = match ty::unify(&p.ty, &rt) {
            Some(t) if t.is_numeric() || (t == Ty::Bool && is_bit_assign(&b.op)) => t,
            _ => {
                return Err(not_ownership(
                    "type mismatch",
                    span,
                    format!(
                        "`{}` cannot be updated with `{rt}` (rustc: E0368/E0277)",
                        p.ty
                    ),
                ))
            }
        };
        self.check_literal_fits(&r, &ty, span)?;
        self.settle(&r, &ty)?;
        let old = self.known_at(&p);
        let rk = self.deref_known(&r);
        let constant = r.constant
            && p.index.is_none()
            && !p.deref
            && matches!(p.root, Root::Var(id) if self.vars.get(id).is_some_and(|v| v.constant));
        let known = checked_arith(&b.op, &old, &rk, &ty, constant, span)?;
        self.consume(&r, span, false);
        // `x += &y` is `AddAssign::add_assign(&mut x, &y)`: a mutable
        // borrow of `x` (E0502/E0499 while borrowed), not a plain write.
        if matches!(r.ty, Ty::Ref(..)) {
            let b = self.borrow_place(&p, BorrowKind::Mutable, &Dest::Operator, false)?;
            self.consume(&b.val, span, false);
            if let Root::Var(id) = p.root {
                let target = self.mutation_target(id, &p);
                if let Some(var) = target.and_then(|t| self.vars.get_mut(t)) {
                    var.known = known;
                }
            }
            return Ok(Val::unit());
        }
        let site = self.new_site();
        if p.index.is_none() {
            if let Root::Var(id) = p.root {
                self.check_place_init(id, &p, false);
                let place = self.place_of(id, &p);
                let point = self.access(place, AccessKind::Read, span, None, site);
                self.use_var(id, point, span);
            }
        }
        let value = Val {
            constant,
            ..Val::new(p.ty.clone(), known)
        };
        self.assign_place(&p, value, span, site)?;
        Ok(Val::unit())
    }

    /// `place = value`: the value is evaluated first, then written.
    fn assign(&mut self, a: &syn::ExprAssign, span: Span) -> R<Val> {
        let target_name = match strip_parens(&a.left) {
            syn::Expr::Path(p) => single_ident(&p.path),
            _ => None,
        };
        let expected = target_name
            .as_deref()
            .and_then(|n| self.lookup(n))
            .and_then(|id| self.vars.get(id))
            .and_then(|v| v.ty.clone());
        let dest = target_name.clone().map_or(Dest::Discard, Dest::Var);
        let borrows_temporary = matches!(strip_parens(&a.right),
            syn::Expr::Reference(r) if self.is_temporary(&r.expr));
        let mut v = self.value_for(&a.right, expected.as_ref(), &dest)?;
        if borrows_temporary && !v.temp_borrow {
            // `x = &5` is promoted to a static, `x = &(a + b)` is not: not
            // modelled yet.
            return Err(not_ownership(
                "borrowing a temporary",
                span,
                "this stores a borrow of a temporary value that is dropped at the end of the \
                 statement; rustc rejects that if the borrow is used later (E0716)"
                    .into(),
            ));
        }
        self.keep_temporary_borrow(&mut v, span_of(&a.right));
        let Some(p) = self.place(&a.left)? else {
            if let syn::Expr::Path(path) = strip_parens(&a.left) {
                self.unresolved_path(path, span)?;
                return Ok(Val::unit());
            }
            return Err(unsupported(
                "assigning to this expression",
                span_of(&a.left),
            ));
        };
        let site = self.new_site();
        self.assign_place(&p, v, span, site)?;
        Ok(Val::unit())
    }

    /// `x as T` between number types (and from `bool`/`char`).
    fn cast(&mut self, c: &syn::ExprCast, span: Span) -> R<Val> {
        let v = self.value(&c.expr, &Dest::Operator)?;
        let target = ty::from_syn(&c.ty).map_err(|what| unsupported(what, span_of(&c.ty)))?;
        let source = through_shared_ref(&v.ty).clone();
        let castable = |t: &Ty| t.is_numeric() || matches!(t, Ty::Bool | Ty::Char);
        if !castable(&source) || !target.is_numeric() || matches!(target, Ty::IntLit | Ty::FloatLit)
        {
            return Err(not_ownership(
                "casts",
                span,
                format!("`{source}` cannot be cast to `{target}` with `as` here"),
            ));
        }
        self.consume(&v, span, false);
        let known = match (self.deref_known(&v), target.int_range()) {
            (Known::Int(n), Some((lo, hi))) if n >= lo && n <= hi => Known::Int(n),
            (Known::Int(n), None) => Known::Float(n as f64),
            _ => Known::Unknown,
        };
        Ok(Val {
            constant: v.constant,
            ..Val::new(target, known)
        })
    }
}

/// String and char literals cannot have suffixes (`"a"x`); rustc rejects
/// them while parsing.
pub(super) fn no_suffix(suffix: &str, span: Span) -> R<()> {
    if suffix.is_empty() {
        Ok(())
    } else {
        Err(super::Failure::Syntax {
            line: span.line,
            message: format!("suffixes on string and char literals are invalid: `{suffix}`"),
        })
    }
}

/// `&=`, `|=`, `^=`, which also work on `bool`.
fn is_bit_assign(op: &syn::BinOp) -> bool {
    matches!(
        op,
        syn::BinOp::BitAndAssign(_) | syn::BinOp::BitOrAssign(_) | syn::BinOp::BitXorAssign(_)
    )
}

/// Arithmetic on known values. Overflow and division by zero are refused
/// only for constants: rustc's compile-time check sees those, while other
/// values (e.g. from `len()`) would only panic at run time.
fn checked_arith(
    op: &syn::BinOp,
    a: &Known,
    b: &Known,
    ty: &Ty,
    constant: bool,
    span: Span,
) -> R<Known> {
    match known::arith(op, a, b, ty) {
        Ok(k) => Ok(k),
        Err(e) if constant => Err(arith_failure(&e, span)),
        Err(_) => Ok(Known::Unknown),
    }
}

/// A constant computation rustc refuses at compile time.
fn arith_failure(e: &ArithError, span: Span) -> super::Failure {
    let what = match e {
        ArithError::Overflow => "this arithmetic overflows",
        ArithError::DivideByZero => "this divides by zero",
    };
    not_ownership(
        "constant overflow",
        span,
        format!("{what}; rustc detects it at compile time and refuses the program"),
    )
}

/// Whether `==`, `<` etc. accept these operand types.
fn comparable(a: &Ty, b: &Ty) -> bool {
    if ty::unify(a, b).is_some() {
        return true;
    }
    match (a, b) {
        (Ty::String, Ty::Ref(_, t)) | (Ty::Ref(_, t), Ty::String) => **t == Ty::Str,
        (Ty::String, Ty::Str) | (Ty::Str, Ty::String) => true,
        (Ty::Ref(_, x), Ty::Ref(_, y)) => comparable(x, y),
        _ => comparable_sequences(a, b),
    }
}

/// `Vec`, arrays and slices compare element by element across kinds, as std's `PartialEq`
/// impls allow: `v == [1, 2]`, `&s[..4] == b"RUST"`, `v == &a`; not `[T; N] == Vec<T>`.
fn comparable_sequences(a: &Ty, b: &Ty) -> bool {
    /// The kind of sequence (`V`ec, `A`rray, `S`lice) and the element type.
    fn seq(t: &Ty) -> Option<(char, &Ty)> {
        match t {
            Ty::Vec(e) => Some(('V', e)),
            Ty::Array(e, _) => Some(('A', e)),
            Ty::Slice(e) => Some(('S', e)),
            _ => None,
        }
    }
    fn strip(t: &Ty) -> (bool, Option<(char, &Ty)>) {
        match t {
            Ty::Ref(_, inner) => (true, seq(inner)),
            t => (false, seq(t)),
        }
    }
    let (ra, sa) = strip(a);
    let (rb, sb) = strip(b);
    let (Some((p, x)), Some((q, y))) = (sa, sb) else {
        return false;
    };
    let kinds_ok = match (ra, rb) {
        (false, false) => (p, q) != ('A', 'V'),
        (false, true) => matches!((p, q), ('V', 'A') | ('V', 'S') | ('A', 'S')),
        (true, false) => p == 'S' && matches!(q, 'V' | 'A'),
        (true, true) => false,
    };
    kinds_ok && comparable(x, y)
}

/// The identifier of a one-segment path without generics.
pub(super) fn single_ident(path: &syn::Path) -> Option<String> {
    path.get_ident().map(ToString::to_string)
}

/// A readable name for an unsupported expression kind.
fn construct_name(e: &syn::Expr) -> &'static str {
    use syn::Expr as E;
    match e {
        E::If(_) => "`if` expressions",
        E::Match(_) => "`match` expressions",
        E::While(_) => "`while` loops",
        E::ForLoop(_) => "`for` loops",
        E::Loop(_) => "`loop`",
        E::Closure(_) => "closures",
        E::Struct(_) => "struct literals",
        E::Tuple(_) => "tuples",
        E::Array(_) => "arrays",
        E::Repeat(_) => "arrays",
        E::Field(_) => "field access",
        E::Try(_) => "the `?` operator",
        E::Async(_) => "`async` blocks",
        E::Await(_) => "`.await`",
        E::Unsafe(_) => "`unsafe` blocks",
        E::Break(_) | E::Continue(_) => "`break` and `continue`",
        E::Return(_) => "early `return`",
        E::Let(_) => "`let` conditions",
        E::Block(_) => "labeled blocks",
        E::Const(_) => "`const` blocks",
        E::Yield(_) => "`yield`",
        E::TryBlock(_) => "`try` blocks",
        _ => "this expression",
    }
}

/// An operator as it is written (`+`, `<=`, `&&`).
fn bin_op(op: &syn::BinOp) -> &'static str {
    use syn::BinOp as B;
    match op {
        B::Add(_) => "+",
        B::Sub(_) => "-",
        B::Mul(_) => "*",
        B::Div(_) => "/",
        B::Rem(_) => "%",
        B::And(_) => "&&",
        B::Or(_) => "||",
        B::BitXor(_) => "^",
        B::BitAnd(_) => "&",
        B::BitOr(_) => "|",
        B::Shl(_) => "<<",
        B::Shr(_) => ">>",
        B::Eq(_) => "==",
        B::Lt(_) => "<",
        B::Le(_) => "<=",
        B::Ne(_) => "!=",
        B::Ge(_) => ">=",
        B::Gt(_) => ">",
        B::AddAssign(_) => "+=",
        B::SubAssign(_) => "-=",
        B::MulAssign(_) => "*=",
        B::DivAssign(_) => "/=",
        B::RemAssign(_) => "%=",
        B::BitXorAssign(_) => "^=",
        B::BitAndAssign(_) => "&=",
        B::BitOrAssign(_) => "|=",
        B::ShlAssign(_) => "<<=",
        B::ShrAssign(_) => ">>=",
        _ => "this operator",
    }
}

/// `[]` where a `[T; 0]` is expected, `&[]` where a `&[T]` is: the element type comes
/// from there (elsewhere rustc could not infer it). `&[]` is a promoted constant.
fn empty_array(e: &syn::Expr, expected: &Ty) -> Option<Val> {
    let is_empty =
        |e: &syn::Expr| matches!(strip_parens(e), syn::Expr::Array(a) if a.elems.is_empty());
    let ty = match (strip_parens(e), expected) {
        (e, Ty::Array(_, 0)) if is_empty(e) => expected.clone(),
        (syn::Expr::Reference(r), Ty::Ref(m, t))
            if is_empty(&r.expr) && (r.mutability.is_some() || !*m) =>
        {
            let elem = match &**t {
                Ty::Slice(t) | Ty::Array(t, 0) => t.clone(),
                _ => return None,
            };
            Ty::Ref(r.mutability.is_some(), Box::new(Ty::Array(elem, 0)))
        }
        _ => return None,
    };
    Some(Val {
        constant: true,
        ..Val::new(ty, Known::Unknown)
    })
}

/// `i32::MAX`, `u8::MIN`, `f64::EPSILON`, `std::f64::consts::PI`: the numeric constants of
/// std a learner uses, with their values (an `f32`'s is left unknown: it would print with
/// `f64` digits).
fn number_constant(path: &syn::Path) -> Option<Val> {
    let names = super::plain_path(path)?;
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let names = names.strip_prefix(&["std"]).unwrap_or(&names);
    let (ty, known) = match names {
        [t, c] if ty::int_named(t).is_some() => {
            let ty = Ty::Int(ty::int_named(t)?);
            let (lo, hi) = ty.int_range()?;
            let n = match *c {
                "MAX" => hi,
                "MIN" => lo,
                _ => return None,
            };
            // `u128::MAX` is past what the range holds.
            let known = if *t == "u128" {
                Known::Unknown
            } else {
                Known::Int(n)
            };
            (ty, known)
        }
        [t, c] | [t, "consts", c] => {
            let f = ty::float_named(t)?;
            let x = match (names.len(), *c) {
                (2, "MAX") => f64::MAX,
                (2, "MIN") => f64::MIN,
                (2, "MIN_POSITIVE") => f64::MIN_POSITIVE,
                (2, "EPSILON") => f64::EPSILON,
                (2, "INFINITY") => f64::INFINITY,
                (2, "NEG_INFINITY") => f64::NEG_INFINITY,
                (2, "NAN") => f64::NAN,
                (3, "PI") => std::f64::consts::PI,
                (3, "TAU") => std::f64::consts::TAU,
                (3, "E") => std::f64::consts::E,
                (3, "SQRT_2") => std::f64::consts::SQRT_2,
                _ => return None,
            };
            let known = if f == "f64" {
                Known::Float(x)
            } else {
                Known::Unknown
            };
            (Ty::Float(f), known)
        }
        _ => return None,
    };
    Some(Val {
        constant: true,
        ..Val::new(ty, known)
    })
}

#[cfg(test)]
mod tests {
    use super::comparable;
    use crate::ty::Ty;

    #[test]
    fn string_comparisons() {
        assert!(comparable(&Ty::String, &Ty::shared(Ty::Str)));
        assert!(comparable(&Ty::shared(Ty::String), &Ty::shared(Ty::Str)));
        assert!(!comparable(&Ty::String, &Ty::shared(Ty::String)));
        assert!(comparable(&Ty::IntLit, &Ty::Int("u8")));
    }
}
