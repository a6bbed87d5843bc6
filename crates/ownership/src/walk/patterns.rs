//! Patterns: `match` (guards, `|`, `_`, literals, ranges, `x @ ..`), `if let`,
//! `while let`, `let … else` and destructuring `let`, over the program's
//! structs and enums.
//!
//! A pattern is read against the type of what it matches ([`Reader`]), with
//! rustc's default binding modes: a non-reference pattern matched through a
//! `&` or `&mut` binds by reference. Each binding knows where in the matched
//! place its value is ([`Proj`]): the place itself, one field of a struct
//! place (so borrowing `p.x` leaves `p.y` free), or somewhere inside it (a
//! variant's field), which is tracked as the whole place: moving out of a
//! variant moves the matched value, and the by-reference bindings of one arm
//! share one borrow of it. rustc is that precise as well, since nothing but
//! the arm's own bindings can reach a variant's fields.
//!
//! Every `match` must be exhaustive ([`covers`], the usefulness algorithm
//! over constructors); a non-exhaustive one is rustc's E0004, reported as
//! not about ownership.

use std::cell::RefCell;

use super::place::{PlaceExpr, Root};
use super::{
    label, mismatch, not_ownership, span_of, strip_parens, unsupported, Dest, Val, Walker, R,
};
use crate::ir::{AccessKind, FieldPath, Region};
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{BorrowKind, Span};

/// How a binding without `ref` binds (default binding modes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Mode {
    Move,
    Ref(BorrowKind),
}

/// Where a binding's value is in the matched place.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Proj {
    /// The place itself (`x` in `match v { x => .. }`).
    Whole,
    /// A field of the struct at the place (`Point { x, .. }`): its index and name.
    Field(u16, String),
    /// Inside the place (a variant's field, or deeper): the whole place.
    Inner,
    /// Inside what the place points to (the pattern went through its reference).
    InnerDeref,
}

/// A variable a pattern binds.
#[derive(Clone, Debug)]
pub(super) struct Binding {
    pub name: String,
    pub mutable: bool,
    /// By reference (`ref`, `ref mut`, or the default mode through a reference).
    pub by_ref: Option<BorrowKind>,
    /// The type of the matched value at the binding (the variable's type,
    /// unless it binds by reference).
    pub value_ty: Ty,
    pub proj: Proj,
    pub span: Span,
}

impl Binding {
    /// The variable's type.
    fn ty(&self) -> Ty {
        match self.by_ref {
            Some(kind) => Ty::Ref(kind == BorrowKind::Mutable, Box::new(self.value_ty.clone())),
            None => self.value_ty.clone(),
        }
    }
}

/// A constructor: what a value of a type with finitely many shapes is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Ctor {
    /// The variant of an enum, by index.
    Variant(usize),
    /// A struct (its only shape).
    Single,
    Bool(bool),
}

impl Ctor {
    fn index(self) -> usize {
        match self {
            Ctor::Variant(i) => i,
            Ctor::Single | Ctor::Bool(false) => 0,
            Ctor::Bool(true) => 1,
        }
    }
}

/// A pattern, read against its type.
#[derive(Clone, Debug)]
pub(super) enum Pat {
    Wild,
    /// A binding (index into the arm's bindings), with its `@` subpattern.
    Bind(usize, Option<Box<Pat>>),
    Ctor(Ctor, Vec<Pat>),
    /// A literal or range of an integer, `char` or string type: no
    /// constructor to count, so only a wildcard covers the type.
    Value,
    Or(Vec<Pat>),
}

static WILD: Pat = Pat::Wild;

/// Reads the patterns of one arm (or `let`), collecting its bindings.
pub(super) struct Reader<'a> {
    pub bindings: Vec<Binding>,
    self_ty: Option<&'a str>,
}

/// `ty` with its references peeled off, and the binding mode that results.
fn peel(ty: &Ty, mut mode: Mode) -> (Ty, Mode, bool) {
    let mut ty = ty.clone();
    let mut peeled = false;
    // Bounded: types are nested only as deep as the source.
    while let Ty::Ref(m, inner) = ty {
        mode = match (mode, m) {
            (Mode::Ref(BorrowKind::Shared), _) | (_, false) => Mode::Ref(BorrowKind::Shared),
            _ => Mode::Ref(BorrowKind::Mutable),
        };
        ty = *inner;
        peeled = true;
    }
    (ty, mode, peeled)
}

/// The projection of something inside `proj` (after going through a reference if `peeled`).
fn inside(proj: &Proj, peeled: bool) -> Proj {
    match (proj, peeled) {
        (Proj::Whole, true) => Proj::InnerDeref,
        (Proj::InnerDeref, _) => Proj::InnerDeref,
        _ => Proj::Inner,
    }
}

/// The type of an integer or `char` literal in a pattern (`3`, `'a'`).
fn lit_type(l: &syn::Lit) -> Option<Ty> {
    match l {
        syn::Lit::Int(i) => Some(match ty::int_named(i.suffix()) {
            Some(n) => Ty::Int(n),
            None => Ty::IntLit,
        }),
        syn::Lit::Char(_) => Some(Ty::Char),
        _ => None,
    }
}

/// The type of an integer or `char` constant in a pattern (`3`, `-1`, `'a'`).
fn constant(e: &syn::Expr) -> Option<Ty> {
    match strip_parens(e) {
        syn::Expr::Lit(l) => lit_type(&l.lit),
        syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => constant(&u.expr),
        _ => None,
    }
}

impl<'a> Reader<'a> {
    pub(super) fn new(self_ty: Option<&'a str>) -> Reader<'a> {
        Reader {
            bindings: Vec::new(),
            self_ty,
        }
    }

    /// The enum and variant a path names (`Shape::Circle`, `Self::Circle`).
    fn variant_path(&self, path: &syn::Path, span: Span) -> R<(String, usize)> {
        let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
        if let [variant] = segments.as_slice() {
            let name = variant.ident.to_string();
            if let (Some(owner), true) = (ty::variant_owner(&name), variant.arguments.is_none()) {
                let index = ty::struct_def(&owner).and_then(|d| d.variant(&name).map(|(i, _)| i));
                return index
                    .map(|i| (owner, i))
                    .ok_or_else(|| unsupported("this path in a pattern", span));
            }
        }
        let [owner, variant] = segments.as_slice() else {
            return Err(unsupported("this path in a pattern", span));
        };
        if path.leading_colon.is_some() || !owner.arguments.is_none() {
            return Err(unsupported("this path in a pattern", span));
        }
        let mut owner = owner.ident.to_string();
        if owner == "Self" {
            owner = self.self_ty.map(str::to_string).unwrap_or(owner);
        }
        let index = ty::struct_def(&owner)
            .and_then(|d| d.variant(&variant.ident.to_string()).map(|(i, _)| i));
        match index {
            Some(i) => Ok((owner, i)),
            None => Err(unsupported("this path in a pattern", span)),
        }
    }

    /// `Shape::Empty` (or `Nil`, imported with `use List::{Cons, Nil};`): a variant without
    /// fields.
    fn unit_variant_pattern(&self, path: &syn::Path, ty: &Ty, mode: Mode, span: Span) -> R<Pat> {
        let (target, _, _) = peel(ty, mode);
        let (owner, index) = self.variant_path(path, span)?;
        self.check_owner(&target, &owner, span)?;
        let unit = def_for(&target, &owner)
            .and_then(|d| d.variants.and_then(|v| v.get(index).cloned()))
            .is_some_and(|v| !v.named && !v.tuple);
        if !unit {
            return Err(not_ownership(
                "variants with fields written without them",
                span,
                "this variant has fields: match them with `(..)` or `{ .. }` (rustc: E0533)".into(),
            ));
        }
        Ok(Pat::Ctor(Ctor::Variant(index), Vec::new()))
    }

    /// `pat` against a value of type `ty`, binding in `mode`, at `proj`.
    pub(super) fn read(&mut self, pat: &syn::Pat, ty: &Ty, mode: Mode, proj: &Proj) -> R<Pat> {
        let span = span_of(pat);
        match pat {
            syn::Pat::Paren(p) => self.read(&p.pat, ty, mode, proj),
            syn::Pat::Wild(_) => Ok(Pat::Wild),
            syn::Pat::Ident(p) => {
                if mode != Mode::Move && (p.by_ref.is_some() || p.mutability.is_some()) {
                    return Err(unsupported(
                        "`ref` and `mut` bindings in a pattern matched through a reference",
                        span,
                    ));
                }
                let name = p.ident.to_string();
                if name == "None"
                    && p.by_ref.is_none()
                    && p.mutability.is_none()
                    && p.subpat.is_none()
                {
                    let (target, _, _) = peel(ty, mode);
                    return match target {
                        Ty::Option(_) | Ty::Error => Ok(Pat::Ctor(Ctor::Variant(0), Vec::new())),
                        other => Err(mismatch(&other, &Ty::Option(Box::new(Ty::Infer)), span)),
                    };
                }
                if ty::variant_owner(&name).is_some() && p.subpat.is_none() && p.by_ref.is_none() {
                    let path = syn::Path::from(p.ident.clone());
                    return self.unit_variant_pattern(&path, ty, mode, span);
                }
                if name.chars().next().is_some_and(char::is_uppercase) {
                    return Err(unsupported(
                        format!("the pattern `{name}` (a constant, or a variant without its enum)"),
                        span,
                    ));
                }
                let by_ref = match (&p.by_ref, mode) {
                    (Some(_), _) if p.mutability.is_some() => Some(BorrowKind::Mutable),
                    (Some(_), _) => Some(BorrowKind::Shared),
                    (None, Mode::Ref(kind)) => Some(kind),
                    (None, Mode::Move) => None,
                };
                let index = self.bindings.len();
                self.bindings.push(Binding {
                    name,
                    mutable: p.by_ref.is_none() && p.mutability.is_some(),
                    by_ref,
                    value_ty: ty.clone(),
                    proj: proj.clone(),
                    span: span_of(&p.ident),
                });
                let sub = match &p.subpat {
                    None => None,
                    Some((_, sub)) => {
                        let before = self.bindings.len();
                        let sub = self.read(sub, ty, mode, proj)?;
                        if self.bindings.len() > before {
                            return Err(unsupported("bindings inside `x @ pattern`", span));
                        }
                        Some(Box::new(sub))
                    }
                };
                Ok(Pat::Bind(index, sub))
            }
            syn::Pat::Reference(r) => {
                let Ty::Ref(m, inner) = ty else {
                    return Err(mismatch(ty, &Ty::shared(Ty::Error), span));
                };
                if mode != Mode::Move {
                    return Err(unsupported("`&` patterns inside a matched reference", span));
                }
                if r.mutability.is_some() && !m {
                    return Err(mismatch(ty, &Ty::Ref(true, inner.clone()), span));
                }
                self.read(&r.pat, inner, Mode::Move, &inside(proj, true))
            }
            syn::Pat::Lit(l) => {
                if let syn::Lit::Str(_) = &l.lit {
                    let (target, _, _) = peel(ty, mode);
                    return match (ty, target) {
                        (Ty::Ref(_, _), Ty::Str) => Ok(Pat::Value),
                        _ => Err(mismatch(ty, &Ty::shared(Ty::Str), span)),
                    };
                }
                let (target, _, _) = peel(ty, mode);
                if let syn::Lit::Bool(b) = &l.lit {
                    return match target {
                        Ty::Bool => Ok(Pat::Ctor(Ctor::Bool(b.value), Vec::new())),
                        other => Err(mismatch(&other, &Ty::Bool, span)),
                    };
                }
                value_pattern(&[(lit_type(&l.lit), span)], &target)
            }
            syn::Pat::Range(r) => {
                let (target, _, _) = peel(ty, mode);
                let ends: Vec<(Option<Ty>, Span)> = [&r.start, &r.end]
                    .into_iter()
                    .flatten()
                    .map(|e| (constant(e), span_of(&**e)))
                    .collect();
                value_pattern(&ends, &target)
            }
            syn::Pat::Or(o) => {
                let first_binding = self.bindings.len();
                let mut cases = Vec::new();
                let mut names: Option<Vec<(String, Ty)>> = None;
                for case in &o.cases {
                    let mut sub = Reader::new(self.self_ty);
                    let p = sub.read(case, ty, mode, proj)?;
                    let mut these: Vec<(String, Ty)> = sub
                        .bindings
                        .iter()
                        .map(|b| (b.name.clone(), b.ty()))
                        .collect();
                    these.sort_by(|a, b| a.0.cmp(&b.0));
                    match &names {
                        None => {
                            names = Some(these);
                            // The first alternative's bindings are the arm's.
                            let offset = self.bindings.len();
                            self.bindings.extend(sub.bindings);
                            cases.push(shift(p, offset));
                        }
                        Some(first) if *first == these => {
                            let remap: Vec<usize> = sub
                                .bindings
                                .iter()
                                .map(|b| {
                                    self.bindings
                                        .iter()
                                        .skip(first_binding)
                                        .position(|f| f.name == b.name)
                                        .map_or(0, |i| i + first_binding)
                                })
                                .collect();
                            cases.push(renumber(p, &remap));
                        }
                        Some(_) => {
                            return Err(not_ownership(
                                "`|` alternatives with different bindings",
                                span,
                                "each alternative of a `|` pattern must bind the same names with \
                                 the same types (rustc: E0408/E0308)"
                                    .into(),
                            ))
                        }
                    }
                }
                Ok(Pat::Or(cases))
            }
            syn::Pat::Path(p) => {
                if p.qself.is_some() {
                    return Err(unsupported("this path in a pattern", span));
                }
                self.unit_variant_pattern(&p.path, ty, mode, span)
            }
            syn::Pat::TupleStruct(t) => {
                if t.qself.is_some() {
                    return Err(unsupported("this path in a pattern", span));
                }
                let (target, mode, peeled) = peel(ty, mode);
                // `Meters(m)`: a tuple struct's fields, like a tuple's.
                let tuple_struct = t.path.get_ident().and_then(|i| {
                    let def = def_for(&target, &i.to_string())?;
                    def.tuple.then_some(def)
                });
                if let Some(def) = tuple_struct {
                    self.check_owner(&target, &def.name, span)?;
                    let tys: Vec<Ty> = def.fields.into_iter().map(|(_, t)| t).collect();
                    return self.tuple_fields(&t.elems, &tys, mode, proj, peeled, span);
                }
                let imported = t
                    .path
                    .get_ident()
                    .is_some_and(|i| ty::variant_owner(&i.to_string()).is_some());
                if let Some(wrapper) = t
                    .path
                    .get_ident()
                    .map(ToString::to_string)
                    .filter(|_| !imported)
                {
                    return self.wrapper_pattern(
                        &wrapper,
                        t,
                        &target,
                        mode,
                        &inside(proj, peeled),
                        span,
                    );
                }
                let (owner, index) = self.variant_path(&t.path, span)?;
                self.check_owner(&target, &owner, span)?;
                let variant = def_for(&target, &owner)
                    .and_then(|d| d.variants.and_then(|v| v.get(index).cloned()));
                let Some(variant) = variant.filter(|v| v.tuple) else {
                    return Err(not_ownership(
                        "variants matched as tuples",
                        span,
                        "this variant is not a tuple variant (rustc: E0532/E0769)".into(),
                    ));
                };
                let rest = t.elems.iter().position(|e| matches!(e, syn::Pat::Rest(_)));
                let given = t.elems.len() - usize::from(rest.is_some());
                let count = variant.fields.len();
                if given > count || (rest.is_none() && given != count) {
                    return Err(not_ownership(
                        "wrong number of fields in a pattern",
                        span,
                        format!(
                            "`{owner}::{}` has {count} field{}, the pattern has {given} (rustc: E0023)",
                            variant.name,
                            if count == 1 { "" } else { "s" }
                        ),
                    ));
                }
                let inner = inside(proj, peeled);
                let mut fields = Vec::new();
                let mut elems = t.elems.iter().filter(|e| !matches!(e, syn::Pat::Rest(_)));
                for (i, (_, fty)) in variant.fields.iter().enumerate() {
                    let skipped = rest.is_some_and(|r| i >= r && i < r + count - given);
                    if skipped {
                        fields.push(Pat::Wild);
                        continue;
                    }
                    match elems.next() {
                        Some(e) => fields.push(self.read(e, fty, mode, &inner)?),
                        None => fields.push(Pat::Wild),
                    }
                }
                Ok(Pat::Ctor(Ctor::Variant(index), fields))
            }
            syn::Pat::Struct(s) => {
                if s.qself.is_some() {
                    return Err(unsupported("this path in a pattern", span));
                }
                let (target, mode, peeled) = peel(ty, mode);
                let (ctor, owner, def_fields, field_proj) = if s.path.segments.len() == 1 {
                    let mut name = s
                        .path
                        .segments
                        .first()
                        .map(|s| s.ident.to_string())
                        .unwrap_or_default();
                    if name == "Self" {
                        name = self.self_ty.map(str::to_string).unwrap_or(name);
                    }
                    let fields = def_for(&target, &name)
                        .filter(|d| d.variants.is_none())
                        .map(|d| d.fields)
                        .ok_or_else(|| unsupported("this path in a pattern", span))?;
                    // Fields of a struct place are places of their own.
                    let direct = *proj == Proj::Whole && !peeled;
                    (Ctor::Single, name, fields, direct)
                } else {
                    let (owner, index) = self.variant_path(&s.path, span)?;
                    let variant = def_for(&target, &owner)
                        .and_then(|d| d.variants.and_then(|v| v.get(index).cloned()))
                        .filter(|v| v.named)
                        .ok_or_else(|| {
                            not_ownership(
                                "variants matched as structs",
                                span,
                                "this variant has no named fields (rustc: E0769)".into(),
                            )
                        })?;
                    (Ctor::Variant(index), owner, variant.fields, false)
                };
                self.check_owner(&target, &owner, span)?;
                let mut fields = vec![Pat::Wild; def_fields.len()];
                let mut seen = Vec::new();
                for fp in &s.fields {
                    let syn::Member::Named(member) = &fp.member else {
                        return Err(unsupported("numbered fields in patterns", span_of(fp)));
                    };
                    let member = member.to_string();
                    let Some(i) = def_fields.iter().position(|(n, _)| *n == member) else {
                        return Err(not_ownership(
                            "unknown fields",
                            span_of(fp),
                            format!("`{owner}` has no field `{member}` (rustc: E0026)"),
                        ));
                    };
                    if seen.contains(&i) {
                        return Err(not_ownership(
                            "repeated fields",
                            span_of(fp),
                            format!("the field `{member}` is matched twice (rustc: E0025)"),
                        ));
                    }
                    seen.push(i);
                    let fproj = match u16::try_from(i) {
                        Ok(f) if field_proj => Proj::Field(f, member.clone()),
                        _ => inside(proj, peeled),
                    };
                    let fty = def_fields.get(i).map_or(Ty::Error, |(_, t)| t.clone());
                    let p = self.read(&fp.pat, &fty, mode, &fproj)?;
                    if let Some(slot) = fields.get_mut(i) {
                        *slot = p;
                    }
                }
                if s.rest.is_none() && seen.len() != def_fields.len() {
                    return Err(not_ownership(
                        "struct patterns missing fields",
                        span,
                        "the pattern does not mention every field; add `..` (rustc: E0027)".into(),
                    ));
                }
                Ok(Pat::Ctor(ctor, fields))
            }
            syn::Pat::Tuple(t) => {
                let (target, mode, peeled) = peel(ty, mode);
                if target == Ty::Unit && t.elems.is_empty() {
                    return Ok(Pat::Wild);
                }
                let Ty::Tuple(elems) = &target else {
                    return Err(mismatch(&target, &Ty::Tuple(Vec::new()), span));
                };
                self.tuple_fields(&t.elems, elems, mode, proj, peeled, span)
            }
            syn::Pat::Slice(sl) => self.slice_pattern(sl, ty, mode, proj, span),
            syn::Pat::Rest(_) => Err(unsupported("`..` here", span)),
            _ => Err(unsupported("this kind of pattern", span)),
        }
    }

    /// The fields of a tuple or tuple struct, of types `elems`, against
    /// the patterns `pats_in` (`..` skips some).
    fn tuple_fields(
        &mut self,
        pats_in: &syn::punctuated::Punctuated<syn::Pat, syn::Token![,]>,
        elems: &[Ty],
        mode: Mode,
        proj: &Proj,
        peeled: bool,
        span: Span,
    ) -> R<Pat> {
        let rest = pats_in.iter().position(|e| matches!(e, syn::Pat::Rest(_)));
        let given = pats_in.len() - usize::from(rest.is_some());
        if given > elems.len() || (rest.is_none() && given != elems.len()) {
            return Err(mismatch(&Ty::Tuple(elems.to_vec()), &Ty::Error, span));
        }
        let direct = *proj == Proj::Whole && !peeled;
        let mut fields = Vec::new();
        let mut pats = pats_in.iter().filter(|e| !matches!(e, syn::Pat::Rest(_)));
        for (i, ety) in elems.iter().enumerate() {
            let skipped = rest.is_some_and(|r| i >= r && i < r + elems.len() - given);
            if skipped {
                fields.push(Pat::Wild);
                continue;
            }
            let fproj = match u16::try_from(i) {
                Ok(f) if direct => Proj::Field(f, i.to_string()),
                _ => inside(proj, peeled),
            };
            match pats.next() {
                Some(p) => fields.push(self.read(p, ety, mode, &fproj)?),
                None => fields.push(Pat::Wild),
            }
        }
        Ok(Pat::Ctor(Ctor::Single, fields))
    }

    /// `[a, b]`, `[first, ..]`, `[head, rest @ ..]` against an array or, through a reference,
    /// a slice. An array has one shape (its elements are its fields); a slice has one per
    /// length, which the engine does not count: only a wildcard arm covers a slice (a `match`
    /// without one is refused, not called non-exhaustive).
    fn slice_pattern(
        &mut self,
        sl: &syn::PatSlice,
        ty: &Ty,
        mode: Mode,
        proj: &Proj,
        span: Span,
    ) -> R<Pat> {
        let (target, mode, peeled) = peel(ty, mode);
        let (elem, len) = match &target {
            Ty::Array(e, n) => ((**e).clone(), Some(*n)),
            Ty::Slice(e) if peeled => ((**e).clone(), None),
            Ty::Error => return Ok(Pat::Wild),
            other => return Err(mismatch(other, &Ty::Slice(Box::new(Ty::Infer)), span)),
        };
        let rest_binding = |p: &syn::Pat| match p {
            syn::Pat::Ident(i) => {
                matches!(
                    i.subpat.as_ref().map(|(_, s)| &**s),
                    Some(syn::Pat::Rest(_))
                )
            }
            _ => false,
        };
        let is_rest = |p: &syn::Pat| matches!(p, syn::Pat::Rest(_)) || rest_binding(p);
        let rests = sl.elems.iter().filter(|p| is_rest(p)).count();
        if rests > 1 {
            return Err(not_ownership(
                "slice patterns with two `..`",
                span,
                "`..` can be used only once in a slice pattern; rustc rejects this".into(),
            ));
        }
        let given = sl.elems.len() - rests;
        if let Some(n) = len {
            if given > n || (rests == 0 && given != n) {
                return Err(not_ownership(
                    "slice patterns of the wrong length",
                    span,
                    format!(
                        "this pattern has {given} elements, the array {n} (rustc: E0527/E0528)"
                    ),
                ));
            }
        }
        let inner = inside(proj, peeled);
        let mut fields = Vec::new();
        for p in &sl.elems {
            if !is_rest(p) {
                fields.push(self.read(p, &elem, mode, &inner)?);
                continue;
            }
            let skipped = len.map_or(0, |n| n - given);
            fields.extend(std::iter::repeat_n(Pat::Wild, skipped));
            let syn::Pat::Ident(i) = p else { continue };
            // `rest @ ..`: the elements in between, a subslice (a smaller array by value).
            if i.by_ref.is_some() || i.mutability.is_some() {
                return Err(unsupported("`ref` or `mut` on `name @ ..`", span_of(p)));
            }
            let value_ty = match len {
                Some(_) => Ty::Array(Box::new(elem.clone()), skipped),
                None => Ty::Slice(Box::new(elem.clone())),
            };
            self.bindings.push(Binding {
                name: i.ident.to_string(),
                mutable: false,
                by_ref: match mode {
                    Mode::Ref(kind) => Some(kind),
                    Mode::Move => None,
                },
                value_ty,
                proj: inner.clone(),
                span: span_of(&i.ident),
            });
        }
        Ok(match len {
            Some(_) => Pat::Ctor(Ctor::Single, fields),
            None => Pat::Value,
        })
    }

    /// `Some(p)`, `Ok(p)` or `Err(p)`.
    fn wrapper_pattern(
        &mut self,
        wrapper: &str,
        t: &syn::PatTupleStruct,
        target: &Ty,
        mode: Mode,
        proj: &Proj,
        span: Span,
    ) -> R<Pat> {
        let (index, inner) = match (wrapper, target) {
            ("Some", Ty::Option(inner)) => (1, (**inner).clone()),
            ("Ok", Ty::Result(ok, _)) => (0, (**ok).clone()),
            ("Err", Ty::Result(_, err)) => (1, (**err).clone()),
            ("Some" | "Ok" | "Err", Ty::Error) => (0, Ty::Error),
            ("Some" | "Ok" | "Err", other) => {
                return Err(mismatch(other, &Ty::Error, span));
            }
            _ => return Err(unsupported("this path in a pattern", span)),
        };
        let elems: Vec<&syn::Pat> = t.elems.iter().collect();
        let field = match elems.as_slice() {
            [syn::Pat::Rest(_)] => Pat::Wild,
            [p] => self.read(p, &inner, mode, proj)?,
            _ => {
                return Err(not_ownership(
                    "wrong number of fields in a pattern",
                    span,
                    format!("`{wrapper}` has 1 field (rustc: E0023)"),
                ))
            }
        };
        Ok(Pat::Ctor(Ctor::Variant(index), vec![field]))
    }

    /// A pattern naming `owner` must match a value of that type.
    fn check_owner(&self, target: &Ty, owner: &str, span: Span) -> R<()> {
        match target {
            Ty::Struct(n, _) if n == owner => Ok(()),
            Ty::Error => Ok(()),
            other => Err(mismatch(
                other,
                &Ty::Struct(owner.to_string(), Vec::new()),
                span,
            )),
        }
    }
}

/// The struct or enum `owner` as the matched value's type `target` has
/// it (a generic one's fields of this instance's types).
fn def_for(target: &Ty, owner: &str) -> Option<ty::StructDef> {
    ty::def_of(target).or_else(|| ty::struct_def(owner))
}

/// A literal or range pattern of integers or `char`s (each end's type, if
/// it is such a constant) against `target`.
fn value_pattern(ends: &[(Option<Ty>, Span)], target: &Ty) -> R<Pat> {
    for (t, span) in ends {
        let Some(t) = t else {
            return Err(unsupported("this value in a pattern", *span));
        };
        if ty::unify(t, target).is_none() {
            return Err(mismatch(target, t, *span));
        }
    }
    Ok(Pat::Value)
}

/// `p` with its binding indices moved up by `offset`.
fn shift(p: Pat, offset: usize) -> Pat {
    match p {
        Pat::Bind(i, sub) => Pat::Bind(i + offset, sub.map(|s| Box::new(shift(*s, offset)))),
        Pat::Ctor(c, fields) => {
            Pat::Ctor(c, fields.into_iter().map(|f| shift(f, offset)).collect())
        }
        Pat::Or(cases) => Pat::Or(cases.into_iter().map(|c| shift(c, offset)).collect()),
        other => other,
    }
}

/// `p` with binding `i` renamed to `remap[i]`.
fn renumber(p: Pat, remap: &[usize]) -> Pat {
    match p {
        Pat::Bind(i, sub) => Pat::Bind(
            remap.get(i).copied().unwrap_or(i),
            sub.map(|s| Box::new(renumber(*s, remap))),
        ),
        Pat::Ctor(c, fields) => {
            Pat::Ctor(c, fields.into_iter().map(|f| renumber(f, remap)).collect())
        }
        Pat::Or(cases) => Pat::Or(cases.into_iter().map(|c| renumber(c, remap)).collect()),
        other => other,
    }
}

/// Whether patterns cover every value of a type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Coverage {
    All,
    /// Some value matches no pattern (rustc: E0004).
    Missing,
    /// Literals or ranges would have to be counted to tell.
    Unknown,
}

/// Whether `pats` (one per unguarded arm) cover every value of type `ty`.
pub(super) fn covers(pats: &[&Pat], ty: &Ty) -> Coverage {
    let rows: Vec<Vec<&Pat>> = pats.iter().map(|p| vec![*p]).collect();
    let mut uncertain = false;
    let mut budget = 20_000;
    let all = exhaustive(&rows, std::slice::from_ref(ty), &mut uncertain, &mut budget);
    match (all, uncertain) {
        (true, _) => Coverage::All,
        (false, false) => Coverage::Missing,
        (false, true) => Coverage::Unknown,
    }
}

/// The constructors of `ty` with their field types, or `None` for a type
/// with too many values to list (integers, strings, …).
fn constructors(ty: &Ty) -> Option<Vec<Vec<Ty>>> {
    let (ty, _, _) = peel(ty, Mode::Move);
    match &ty {
        Ty::Bool => Some(vec![Vec::new(), Vec::new()]),
        Ty::Unit => Some(vec![Vec::new()]),
        Ty::Option(t) => Some(vec![Vec::new(), vec![(**t).clone()]]),
        Ty::Tuple(ts) => Some(vec![ts.clone()]),
        // An array's one shape: its elements (a long one is not spelled out).
        Ty::Array(t, n) if *n <= 32 => Some(vec![vec![(**t).clone(); *n]]),
        Ty::Result(t, e) => Some(vec![vec![(**t).clone()], vec![(**e).clone()]]),
        Ty::Struct(..) => {
            let def = ty::def_of(&ty)?;
            let fields = |fs: &[(String, Ty)]| fs.iter().map(|(_, t)| t.clone()).collect();
            Some(match &def.variants {
                Some(vs) => vs.iter().map(|v| fields(&v.fields)).collect(),
                None => vec![fields(&def.fields)],
            })
        }
        _ => None,
    }
}

/// The first column's pattern without bindings and `|`: the alternatives.
fn alternatives<'p>(p: &'p Pat, out: &mut Vec<&'p Pat>) {
    match p {
        Pat::Bind(_, None) => out.push(&WILD),
        Pat::Bind(_, Some(sub)) => alternatives(sub, out),
        Pat::Or(cases) => cases.iter().for_each(|c| alternatives(c, out)),
        other => out.push(other),
    }
}

/// The rest of each row that starts with a wildcard.
fn wild_tails<'p>(rows: &[Vec<&'p Pat>]) -> Vec<Vec<&'p Pat>> {
    rows.iter()
        .filter(|r| matches!(r.first(), Some(Pat::Wild)))
        .map(|r| r.get(1..).unwrap_or_default().to_vec())
        .collect()
}

/// The usefulness check: whether the rows cover every value of `tys`.
fn exhaustive(rows: &[Vec<&Pat>], tys: &[Ty], uncertain: &mut bool, budget: &mut usize) -> bool {
    *budget = budget.saturating_sub(1);
    if *budget == 0 {
        *uncertain = true;
        return false;
    }
    let Some((ty, rest)) = tys.split_first() else {
        return !rows.is_empty();
    };
    let mut expanded: Vec<Vec<&Pat>> = Vec::new();
    for row in rows {
        let Some((first, tail)) = row.split_first() else {
            continue;
        };
        let mut alts = Vec::new();
        alternatives(first, &mut alts);
        for a in alts {
            let mut r = vec![a];
            r.extend_from_slice(tail);
            expanded.push(r);
        }
    }
    let Some(ctors) = constructors(ty) else {
        if expanded
            .iter()
            .any(|r| !matches!(r.first(), Some(Pat::Wild)))
        {
            *uncertain = true;
        }
        return exhaustive(&wild_tails(&expanded), rest, uncertain, budget);
    };
    for (ci, field_tys) in ctors.iter().enumerate() {
        let mut spec: Vec<Vec<&Pat>> = Vec::new();
        for r in &expanded {
            let tail = r.get(1..).unwrap_or_default();
            match r.first() {
                Some(Pat::Wild) => {
                    let mut row = vec![&WILD; field_tys.len()];
                    row.extend_from_slice(tail);
                    spec.push(row);
                }
                Some(Pat::Ctor(c, fields)) if c.index() == ci => {
                    let mut row: Vec<&Pat> = fields.iter().collect();
                    row.resize(field_tys.len(), &WILD);
                    row.extend_from_slice(tail);
                    spec.push(row);
                }
                _ => {}
            }
        }
        let mut next: Vec<Ty> = field_tys.clone();
        next.extend_from_slice(rest);
        if !exhaustive(&spec, &next, uncertain, budget) {
            return false;
        }
    }
    true
}

/// What a `match`, `if let` or `while let` matches, once evaluated.
pub(super) struct Scrutinee {
    /// A place (`x`, `self.state`, `*r`, or `x` of `&x` with `mode` by reference).
    place: Option<PlaceExpr>,
    /// A temporary value otherwise.
    temp: Option<Val>,
    pub ty: Ty,
    pub mode: Mode,
    span: Span,
}

/// One arm to walk: its pattern, guard and body.
pub(super) struct Arm<'e> {
    pub pat: Pat,
    pub bindings: Vec<Binding>,
    pub guard: Option<&'e syn::Expr>,
    pub body: ArmBody<'e>,
    pub span: Span,
}

/// What an arm runs.
#[derive(Clone, Copy)]
pub(super) enum ArmBody<'e> {
    Expr(&'e syn::Expr),
    Block(&'e syn::Block),
    /// Nothing (the missing `else` of an `if let`).
    Unit,
}

impl Scrutinee {
    /// A value matched by the pattern of a `for` loop (the item).
    pub(super) fn item(v: Val, span: Span) -> Scrutinee {
        Scrutinee {
            ty: v.ty.clone(),
            place: None,
            temp: Some(v),
            mode: Mode::Move,
            span,
        }
    }
}

impl Walker<'_> {
    /// Binds the pattern of a `for` loop to one item (it must match every
    /// item: rustc's E0005 otherwise).
    pub(super) fn bind_item(&mut self, pat: &syn::Pat, item: Val, span: Span) -> R<()> {
        let s = Scrutinee::item(item, span);
        let arm = self.read_arm(&s, pat, None, ArmBody::Unit)?;
        if covers(&[&arm.pat], &s.ty) != Coverage::All {
            return Err(not_ownership(
                "refutable patterns in `for`",
                span_of(pat),
                "this pattern does not match every item: rustc rejects it (E0005)".into(),
            ));
        }
        self.bind(&s, &arm.bindings)
    }

    /// Evaluates what is matched: `&place` and `&mut place` match the place
    /// by reference; a place is matched in place; anything else is a value.
    pub(super) fn scrutinee(&mut self, e: &syn::Expr) -> R<Scrutinee> {
        let span = span_of(e);
        if let syn::Expr::Reference(r) = strip_parens(e) {
            if let Some(mut p) = self.place(&r.expr)? {
                p.span = span;
                let kind = if r.mutability.is_some() {
                    BorrowKind::Mutable
                } else {
                    BorrowKind::Shared
                };
                // Matched by reference: patterns see the place's own type.
                return Ok(Scrutinee {
                    ty: p.ty.clone(),
                    place: Some(p),
                    temp: None,
                    mode: Mode::Ref(kind),
                    span,
                });
            }
        }
        if let Some(mut p) = self.place(e)? {
            p.span = span;
            return Ok(Scrutinee {
                ty: p.ty.clone(),
                place: Some(p),
                temp: None,
                mode: Mode::Move,
                span,
            });
        }
        let v = self.value(e, &Dest::Operator)?;
        Ok(Scrutinee {
            ty: v.ty.clone(),
            place: None,
            temp: Some(v),
            mode: Mode::Move,
            span,
        })
    }

    /// Reads one arm's pattern against the scrutinee.
    pub(super) fn read_arm<'e>(
        &self,
        s: &Scrutinee,
        pat: &syn::Pat,
        guard: Option<&'e syn::Expr>,
        body: ArmBody<'e>,
    ) -> R<Arm<'e>> {
        let mut reader = Reader::new(self.self_ty.as_deref());
        let p = reader.read(pat, &s.ty, s.mode, &Proj::Whole)?;
        Ok(Arm {
            pat: p,
            bindings: reader.bindings,
            guard,
            body,
            span: span_of(pat),
        })
    }

    /// Matching reads the value (its discriminant) when an arm tests it (a
    /// variant or a literal; a struct or tuple pattern has nothing to test,
    /// its bindings read what they bind): that read conflicts with a live
    /// `&mut` loan and needs the value initialized.
    fn read_discriminant(&mut self, s: &Scrutinee, arms: &[Arm<'_>]) {
        fn tests(p: &Pat) -> bool {
            match p {
                Pat::Wild | Pat::Ctor(Ctor::Single, _) => false,
                Pat::Bind(_, sub) => sub.as_deref().is_some_and(tests),
                Pat::Or(cases) => cases.iter().any(tests),
                Pat::Ctor(..) | Pat::Value => true,
            }
        }
        let tests = arms.iter().any(|a| tests(&a.pat));
        let Some(p) = s.place.as_ref().filter(|_| tests) else {
            return;
        };
        let Root::Var(id) = p.root else {
            return;
        };
        // A use of a moved value is reported once: at an arm's binding that
        // moves out of it again (rustc reports that one), else here.
        let moves_again = arms
            .iter()
            .flat_map(|a| &a.bindings)
            .any(|b| b.by_ref.is_none() && !b.value_ty.is_copy() && matches!(b.proj, Proj::Inner));
        if !moves_again {
            self.check_place_init(id, p, true);
        }
        let site = self.new_site();
        let place = self.place_of(id, p);
        let point = self.access(place, AccessKind::Read, p.span, None, site);
        self.use_var(id, point, p.span);
    }

    /// Declares the bindings of an arm in the current scope, moving, copying
    /// or borrowing their values out of the scrutinee.
    pub(super) fn bind(&mut self, s: &Scrutinee, bindings: &[Binding]) -> R<()> {
        // Inside a variant, the arm's by-reference bindings share one borrow
        // and its moves move the matched value once.
        let mut shared: Vec<(bool, Val)> = Vec::new();
        let mut moved_inner = false;
        for b in bindings {
            let v = match (&s.place, &s.temp) {
                (Some(p), _) => {
                    let inner = matches!(b.proj, Proj::Inner | Proj::InnerDeref);
                    let place = self.binding_place(p, b)?;
                    match b.by_ref {
                        Some(kind) if inner => {
                            let deref = b.proj == Proj::InnerDeref;
                            let strongest = bindings
                                .iter()
                                .filter(|o| o.proj == b.proj)
                                .filter_map(|o| o.by_ref)
                                .max_by_key(|k| *k == BorrowKind::Mutable)
                                .unwrap_or(kind);
                            let loan = match shared.iter().find(|(d, _)| *d == deref) {
                                Some((_, v)) => v.clone(),
                                None => {
                                    let whole_ty = if deref {
                                        p.ty.deref_target().cloned().unwrap_or(Ty::Error)
                                    } else {
                                        p.ty.clone()
                                    };
                                    let whole = PlaceExpr {
                                        ty: whole_ty,
                                        ..place.clone()
                                    };
                                    let v = self
                                        .borrow_place(
                                            &whole,
                                            strongest,
                                            &Dest::Var(b.name.clone()),
                                            false,
                                        )?
                                        .val;
                                    shared.push((deref, v.clone()));
                                    v
                                }
                            };
                            Val {
                                points_to: None,
                                ..Val::new(b.ty(), Known::Unknown)
                            }
                            .with_loans(loan.loans)
                        }
                        Some(kind) => {
                            let mut v = self
                                .borrow_place(&place, kind, &Dest::Var(b.name.clone()), false)?
                                .val;
                            v.ty = b.ty();
                            v
                        }
                        None if inner && !b.value_ty.is_copy() && moved_inner => {
                            Val::new(b.ty(), Known::Unknown)
                        }
                        None => {
                            let moves = !b.value_ty.is_copy();
                            let mut place = place;
                            // A move is reported at the binding, a move out of
                            // a borrow (E0507) at what is matched.
                            if !place.deref && place.index.is_none() {
                                place.span = b.span;
                            }
                            let whole = inner && moves && !place.deref && place.field.is_whole();
                            moved_inner |= inner && moves;
                            let mut v = self.read_place(&place, &Dest::Var(b.name.clone()))?;
                            if whole {
                                self.partial_move(&place);
                            }
                            v.ty = b.ty();
                            v
                        }
                    }
                }
                (None, Some(t)) => {
                    let through_ref = matches!(t.ty, Ty::Ref(..));
                    match b.by_ref {
                        Some(_) => Val {
                            temp_borrow: !through_ref || t.temp_borrow,
                            ..Val::new(b.ty(), Known::Unknown)
                        }
                        .with_loans(t.loans.clone()),
                        None => {
                            if through_ref && !b.value_ty.is_copy() && b.proj != Proj::Whole {
                                self.report(
                                    "E0507",
                                    "cannot move out of a shared reference".into(),
                                    s.span,
                                    vec![label(b.span, "data moved here")],
                                );
                            }
                            let loans = if b.value_ty.has_refs() {
                                t.loans.clone()
                            } else {
                                Vec::new()
                            };
                            Val::new(b.ty(), Known::Unknown).with_loans(loans)
                        }
                    }
                }
                (None, None) => Val::error(),
            };
            self.bind_value(&b.name, b.mutable, b.ty(), v, b.span);
        }
        Ok(())
    }

    /// A move out of a variant of `p` leaves `p` partly moved: its
    /// discriminant can still be read, but it cannot be used whole.
    fn partial_move(&mut self, p: &PlaceExpr) {
        let Root::Var(id) = p.root else {
            return;
        };
        let Some(var) = self.vars.get_mut(id) else {
            return;
        };
        if let super::State::Moved(record) = var.state {
            var.state = super::State::Init;
            var.moved_fields.push((FieldPath::VARIANT, record));
        }
    }

    /// The place a binding's value is at.
    fn binding_place(&self, p: &PlaceExpr, b: &Binding) -> R<PlaceExpr> {
        let plain = p.field.is_whole() && p.index.is_none();
        // A field of a field is a place of its own; of an element, the element.
        let field = match &b.proj {
            Proj::Field(i, name) if p.index.is_none() => p.field.child(*i).map(|f| (f, name)),
            _ => None,
        };
        Ok(match (&b.proj, field) {
            (Proj::Whole, _) => p.clone(),
            (_, Some((field, name))) => PlaceExpr {
                field,
                ty: b.value_ty.clone(),
                name: format!("{}.{name}", p.name.trim_start_matches('*')),
                ..p.clone()
            },
            (Proj::Field(..) | Proj::Inner, _) => PlaceExpr {
                ty: b.value_ty.clone(),
                ..p.clone()
            },
            (Proj::InnerDeref, _) if plain && !p.deref => PlaceExpr {
                deref: true,
                ty: b.value_ty.clone(),
                name: format!("*{}", p.name),
                ..p.clone()
            },
            (Proj::InnerDeref, _) => {
                return Err(unsupported(
                    "matching through a reference stored in a field or element",
                    p.span,
                ))
            }
        })
    }

    /// `match e { arms }`. As a statement of `fn main` (`step`), the
    /// scrutinee and each arm's pattern are steps of their own.
    pub(super) fn match_expr(&mut self, m: &syn::ExprMatch, step: bool) -> R<Val> {
        let span = span_of(m);
        self.enter(span)?;
        let opened = step && self.begin_step(span_of(&m.expr));
        let s = self.scrutinee(&m.expr)?;
        let mut arms = Vec::new();
        for a in &m.arms {
            let guard = a.guard.as_ref().map(|(_, g)| &**g);
            arms.push(self.read_arm(&s, &a.pat, guard, ArmBody::Expr(&a.body))?);
        }
        let unguarded: Vec<&Pat> = arms
            .iter()
            .filter(|a| a.guard.is_none())
            .map(|a| &a.pat)
            .collect();
        match covers(&unguarded, &s.ty) {
            Coverage::All => {}
            Coverage::Missing => {
                return Err(not_ownership(
                    "non-exhaustive `match`",
                    span_of(&m.expr),
                    "some values match no arm: rustc rejects this (E0004); add the missing \
                     patterns or a `_` arm"
                        .into(),
                ))
            }
            Coverage::Unknown => {
                return Err(unsupported(
                    "`match` on numbers, characters, strings or slices without a `_` arm",
                    span_of(&m.expr),
                ))
            }
        }
        self.read_discriminant(&s, &arms);
        self.end_step(opened);
        let v = self.walk_arms(&s, &arms, step, span)?;
        self.leave();
        Ok(v)
    }

    /// Walks the arms as exclusive branches from the state after the
    /// scrutinee, and joins the ones that finish.
    pub(super) fn walk_arms(
        &mut self,
        s: &Scrutinee,
        arms: &[Arm<'_>],
        step: bool,
        span: Span,
    ) -> R<Val> {
        let before = self.vars.clone();
        let mut finished: Vec<(Vec<super::Var>, Val)> = Vec::new();
        let mut regions: Vec<Region> = Vec::new();
        let mut exits = Vec::new();
        for arm in arms {
            self.restore(&before);
            let (v, region, exit) = self.arm(|w| {
                w.scopes.push(Vec::new());
                let opened = step && w.begin_step(arm.span);
                w.bind(s, &arm.bindings)?;
                if let Some(g) = arm.guard {
                    w.condition(g)?;
                }
                w.end_step(opened);
                let v = match arm.body {
                    ArmBody::Block(b) => w.block(b)?,
                    ArmBody::Unit => Val::unit(),
                    ArmBody::Expr(syn::Expr::Block(b)) if b.label.is_none() => w.block(&b.block)?,
                    ArmBody::Expr(e) => {
                        let opened = step && w.begin_step(span_of(e));
                        let v = w.value(e, &Dest::Discard)?;
                        w.end_step(opened);
                        v
                    }
                };
                let close = match arm.body {
                    ArmBody::Expr(e) => span_of(e),
                    ArmBody::Block(b) => span_of(b),
                    ArmBody::Unit => arm.span,
                };
                w.pop_scope(close);
                Ok(v)
            })?;
            regions.push(region);
            self.facts.flow.optional.push(region);
            match exit {
                Some(e) => {
                    self.record_exit(region, e);
                    exits.push(e);
                }
                None => finished.push((self.vars.clone(), v)),
            }
        }
        for (i, a) in regions.iter().enumerate() {
            for b in regions.iter().skip(i + 1) {
                self.facts.flow.arms.push((*a, *b));
            }
        }
        if finished.is_empty() {
            self.diverged = exits.into_iter().reduce(Self::nearer);
            return Ok(Val::unit());
        }
        let states: Vec<Vec<super::Var>> = finished.iter().map(|(s, _)| s.clone()).collect();
        self.restore(&before);
        self.join(&states);
        let mut values = finished.into_iter().map(|(_, v)| v);
        let first = values.next().unwrap_or_else(Val::unit);
        values.try_fold(first, |a, b| super::flow::join_values(a, b, span))
    }

    /// `if let pat = e { .. } else { .. }`: a match with the `else` as the
    /// other arm.
    pub(super) fn if_let(&mut self, e: &syn::ExprIf, l: &syn::ExprLet, step: bool) -> R<Val> {
        let span = span_of(e);
        self.enter(span)?;
        let opened = step && self.begin_step(span_of(&l.expr));
        let s = self.scrutinee(&l.expr)?;
        let then = self.read_arm(&s, &l.pat, None, ArmBody::Block(&e.then_branch))?;
        let otherwise = match &e.else_branch {
            None => ArmBody::Unit,
            Some((_, other)) => match &**other {
                syn::Expr::Block(b) if b.label.is_none() => ArmBody::Block(&b.block),
                syn::Expr::If(_) => ArmBody::Expr(other),
                other => return Err(unsupported("this `else` branch", span_of(other))),
            },
        };
        let rest = Arm {
            pat: Pat::Wild,
            bindings: Vec::new(),
            guard: None,
            body: otherwise,
            span: e.else_branch.as_ref().map_or(span, |(_, o)| span_of(&**o)),
        };
        let arms = [then, rest];
        self.read_discriminant(&s, &arms);
        self.end_step(opened);
        let v = self.walk_arms(&s, &arms, step, span)?;
        if e.else_branch.is_none() && v.ty != Ty::Unit && v.ty != Ty::Error {
            return Err(mismatch(&Ty::Unit, &v.ty, span_of(&e.then_branch)));
        }
        self.leave();
        Ok(v)
    }

    /// `while let pat = e { .. }`: each walk of the loop matches anew; the
    /// loop ends when the pattern does not match.
    pub(super) fn while_let(&mut self, w: &syn::ExprWhile, l: &syn::ExprLet) -> R<Val> {
        let span = span_of(w);
        self.enter(span)?;
        let current: RefCell<Option<(Scrutinee, Arm<'_>)>> = RefCell::new(None);
        let (exits, _) = self.unrolled(
            None,
            |me, _| {
                let opened = me.begin_step(span_of(&l.expr));
                let s = me.scrutinee(&l.expr)?;
                let arm = me.read_arm(&s, &l.pat, None, ArmBody::Block(&w.body))?;
                me.read_discriminant(&s, std::slice::from_ref(&arm));
                me.end_step(opened);
                *current.borrow_mut() = Some((s, arm));
                Ok(super::flow::Runs::Unknown)
            },
            |me, _| {
                let taken = current.borrow_mut().take();
                let Some((s, arm)) = taken else {
                    return Ok(());
                };
                me.scopes.push(Vec::new());
                me.bind(&s, &arm.bindings)?;
                let v = me.block(&w.body)?;
                if v.ty != Ty::Unit && v.ty != Ty::Error && me.diverged.is_none() {
                    return Err(mismatch(&Ty::Unit, &v.ty, span_of(&w.body)));
                }
                me.consume(&v, span_of(&w.body), false);
                me.pop_scope(span_of(&w.body));
                Ok(())
            },
            true,
        )?;
        self.finish_loop(&exits);
        self.leave();
        Ok(Val::unit())
    }

    /// `let pat = e;` with a pattern that always matches (a struct's
    /// fields), or `let pat = e else { .. };` whose `else` must leave.
    pub(super) fn let_pattern(&mut self, local: &syn::Local, span: Span) -> R<()> {
        let Some(init) = &local.init else {
            return Err(unsupported("patterns in `let` without a value", span));
        };
        let s = self.scrutinee(&init.expr)?;
        let arm = self.read_arm(&s, &local.pat, None, ArmBody::Unit)?;
        let coverage = covers(&[&arm.pat], &s.ty);
        match (&init.diverge, coverage) {
            (None, Coverage::All) => {}
            (None, _) => {
                return Err(not_ownership(
                    "refutable patterns in `let`",
                    span_of(&local.pat),
                    "this pattern does not match every value: rustc rejects it (E0005); use \
                     `let ... else`, `if let` or `match`"
                        .into(),
                ))
            }
            (Some(_), Coverage::All) => {}
            (Some(_), _) => {}
        }
        self.read_discriminant(&s, std::slice::from_ref(&arm));
        if let Some((_, otherwise)) = &init.diverge {
            let before = self.vars.clone();
            let (v, region, exit) = self.arm(|w| w.value(otherwise, &Dest::Discard))?;
            let Some(exit) = exit else {
                let _ = v;
                return Err(not_ownership(
                    "`let ... else` whose `else` does not leave",
                    span_of(&**otherwise),
                    "the `else` of `let ... else` must leave the block (`return`, `break`, \
                     `continue` or a panic) (rustc: E0308)"
                        .into(),
                ));
            };
            self.record_exit(region, exit);
            self.facts.flow.optional.push(region);
            self.restore(&before);
        }
        self.bind(&s, &arm.bindings)
    }
}

impl Val {
    /// The value holding `loans`.
    fn with_loans(self, loans: Vec<usize>) -> Val {
        Val { loans, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_and_all_variants_cover_an_enum() {
        crate::ty::set_structs(vec![crate::ty::StructDef {
            name: "Light".into(),
            fields: Vec::new(),
            derives: Vec::new(),
            lifetimes: Vec::new(),
            params: Vec::new(),
            tuple: false,
            unit: false,
            variants: Some(
                ["Red", "Green"]
                    .into_iter()
                    .map(|n| crate::ty::VariantDef {
                        name: n.into(),
                        named: false,
                        tuple: false,
                        fields: Vec::new(),
                    })
                    .collect(),
            ),
        }]);
        let light = Ty::Struct("Light".into(), Vec::new());
        let red = Pat::Ctor(Ctor::Variant(0), Vec::new());
        let green = Pat::Ctor(Ctor::Variant(1), Vec::new());
        assert_eq!(covers(&[&red, &green], &light), Coverage::All);
        assert_eq!(covers(&[&red], &light), Coverage::Missing);
        assert_eq!(covers(&[&red, &Pat::Wild], &light), Coverage::All);
        assert_eq!(
            covers(&[&Pat::Or(vec![red.clone(), green])], &light),
            Coverage::All
        );
        assert_eq!(covers(&[&Pat::Value], &Ty::Int("i32")), Coverage::Unknown);
        assert_eq!(
            covers(&[&Pat::Value, &Pat::Bind(0, None)], &Ty::Int("i32")),
            Coverage::All
        );
    }
}
