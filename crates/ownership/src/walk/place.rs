//! Places: something that can be borrowed, moved out of or assigned to —
//! a variable `x`, `*r` through a reference or box, or `v[i]` (which
//! borrows all of `v`). Reading a place in a value context copies (`Copy`
//! types) or moves it; `&place` borrows it, creating a loan; assigning is a
//! write that conflicts with loans of the place.

use super::expr::single_ident;
use super::{label, mismatch, not_ownership, span_of, unsupported, Dest, State, Val, Walker, R};
use crate::ir::{AccessKind, FieldPath, Place, Point};
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{BorrowKind, EventKind, Span};

/// What a place expression is rooted in.
#[derive(Clone, Debug)]
pub(super) enum Root {
    Var(usize),
    /// A temporary reference or box, e.g. `*first(&v)`.
    Temp(Val),
}

/// An evaluated place expression.
#[derive(Clone, Debug)]
pub(super) struct PlaceExpr {
    pub root: Root,
    /// The place is `*root`.
    pub deref: bool,
    /// `Some` for `base[index]`, with the index's value when known. The
    /// access is recorded on the base (indexing borrows the whole vector).
    pub index: Option<Known>,
    /// For an index place, the indexed container's type (for messages).
    pub container: Ty,
    /// The fields below the root (or `*root`) the place is.
    pub field: FieldPath,
    /// The type of the place itself.
    pub ty: Ty,
    /// How rustc names the place being borrowed or moved: `s`, `*r`.
    pub name: String,
    pub span: Span,
}

impl PlaceExpr {
    /// The variable `id` itself as a place, of type `ty`, named `name`.
    pub(super) fn var(id: usize, ty: Ty, name: impl Into<String>, span: Span) -> PlaceExpr {
        PlaceExpr {
            root: Root::Var(id),
            deref: false,
            index: None,
            container: Ty::Error,
            field: FieldPath::WHOLE,
            ty,
            name: name.into(),
            span,
        }
    }
}

/// What a `deref` place goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Via {
    Direct,
    SharedRef,
    MutRef,
    Box,
}

/// The result of borrowing a place, with what a two-phase borrow needs
/// for its activation.
pub(super) struct Borrowed {
    pub val: Val,
    pub loan: Option<usize>,
    pub place: Option<Place>,
    pub site: usize,
}

/// What dereferencing a value of type `ty` goes through.
fn via_of(ty: &Ty) -> Via {
    match ty {
        Ty::Ref(false, _) => Via::SharedRef,
        Ty::Ref(true, _) => Via::MutRef,
        Ty::Box(_) => Via::Box,
        // `Rc`, `Arc` and `Ref` give shared access only; `RefMut` and
        // `MutexGuard` give `&mut` access through a `mut` binding, as a box.
        Ty::Smart(k, _) if k.derefs_mut() => Via::Box,
        Ty::Smart(k, _) if k.derefs() => Via::SharedRef,
        _ => Via::Direct,
    }
}

/// What `*` of a value of type `ty` reaches, if it can be dereferenced.
fn pointee(ty: &Ty) -> Option<&Ty> {
    match ty {
        Ty::Ref(_, t) | Ty::Box(t) => Some(t),
        Ty::Smart(k, t) if k.derefs() => Some(t),
        _ => None,
    }
}

impl Walker<'_> {
    /// Evaluates `e` as a place, or `None` (without side effects) when it
    /// is not one.
    pub(super) fn place(&mut self, e: &syn::Expr) -> R<Option<PlaceExpr>> {
        let span = span_of(e);
        match e {
            syn::Expr::Paren(p) => self.place(&p.expr),
            syn::Expr::Group(g) => self.place(&g.expr),
            syn::Expr::Path(p) => {
                let Some(name) = single_ident(&p.path).filter(|_| p.qself.is_none()) else {
                    return Ok(None);
                };
                let Some(id) = self.lookup(&name) else {
                    return Ok(None);
                };
                Ok(Some(PlaceExpr::var(id, self.var_ty(id), name, span)))
            }
            syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                self.enter(span)?;
                let result = self.deref_place(&u.expr, span);
                self.leave();
                result.map(Some)
            }
            syn::Expr::Index(ix) => {
                self.enter(span)?;
                let result = self.index_place(ix, span);
                self.leave();
                result.map(Some)
            }
            syn::Expr::Field(f) => {
                self.enter(span)?;
                let result = self.field_place(f, span);
                self.leave();
                result.map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `*inner`: through a reference or box variable, or a temporary one.
    fn deref_place(&mut self, inner: &syn::Expr, span: Span) -> R<PlaceExpr> {
        match self.place(inner)? {
            // `**r` through shared references: copy `*r` (a `&T`), then
            // dereference that.
            Some(p) if (p.deref || p.index.is_some()) && matches!(p.ty, Ty::Ref(false, _)) => {
                let v = self.read_place(&p, &Dest::Operator)?;
                let ty = v.ty.deref_target().cloned().unwrap_or(Ty::Error);
                Ok(PlaceExpr {
                    root: Root::Temp(v),
                    deref: true,
                    index: None,
                    container: Ty::Error,
                    field: FieldPath::WHOLE,
                    ty,
                    name: format!("*{}", p.name),
                    span,
                })
            }
            Some(p) if p.deref || p.index.is_some() => Err(unsupported(
                "dereferencing twice (`**r`) or through an index",
                span,
            )),
            Some(p) => match pointee(&p.ty) {
                Some(t) => Ok(PlaceExpr {
                    deref: true,
                    ty: t.clone(),
                    name: format!("*{}", p.name),
                    span,
                    ..p
                }),
                None => match &p.ty {
                    Ty::Error => Ok(p),
                    other => Err(not_ownership(
                        "dereferencing a non-reference",
                        span,
                        format!("`{other}` cannot be dereferenced with `*` (rustc: E0614)"),
                    )),
                },
            },
            None => {
                let v = self.value(inner, &Dest::Operator)?;
                let ty = match (&v.ty, pointee(&v.ty)) {
                    (_, Some(t)) => t.clone(),
                    (Ty::Error, _) => Ty::Error,
                    _ => return Err(unsupported("dereferencing this expression", span)),
                };
                Ok(PlaceExpr {
                    root: Root::Temp(v),
                    deref: true,
                    index: None,
                    container: Ty::Error,
                    field: FieldPath::WHOLE,
                    ty,
                    name: "*value".into(),
                    span,
                })
            }
        }
    }

    /// `base.field` of a struct variable, of the struct a reference or box
    /// variable points to (auto-dereferenced, named `r.field` as rustc
    /// does), of a field (`p.pos.x`) or of an element (`tasks[0].done`,
    /// which accesses all of `tasks`, as indexing does).
    fn field_place(&mut self, f: &syn::ExprField, span: Span) -> R<PlaceExpr> {
        let Some(mut base) = self.place(&f.base)? else {
            return Err(unsupported("fields of temporary values", span));
        };
        let nested = base.index.is_some() || !base.field.is_whole();
        if !base.deref && !nested {
            if let Some(t) = pointee(&base.ty) {
                base = PlaceExpr {
                    deref: true,
                    ty: t.clone(),
                    ..base
                };
            }
        }
        // `u.id` where `u: &&User` (a closure over `users.iter()`), or
        // `self.part.len` where `part: &Part`: the field of what the inner
        // reference points to, read through a copy of the reference.
        match &base.ty {
            Ty::Ref(false, t) if base.deref || nested => {
                let ty = (**t).clone();
                let v = self.read_place(&base, &Dest::Operator)?;
                base = PlaceExpr {
                    root: Root::Temp(v),
                    deref: true,
                    index: None,
                    field: FieldPath::WHOLE,
                    ty,
                    ..base
                };
            }
            Ty::Ref(..) | Ty::Box(_) if nested => {
                return Err(unsupported(
                    "fields through a `&mut` or `Box` in a field or element",
                    span,
                ))
            }
            _ => {}
        }
        let root = base.name.trim_start_matches('*').to_string();
        let fields: Vec<(String, Ty)> = match (&base.ty, &f.member) {
            (Ty::Tuple(ts), syn::Member::Unnamed(_)) => ts
                .iter()
                .enumerate()
                .map(|(i, t)| (i.to_string(), t.clone()))
                .collect(),
            (Ty::Struct(..), _) => {
                ty::def_of(&base.ty)
                    .ok_or_else(|| unsupported("this struct", span))?
                    .fields
            }
            (Ty::Error, _) => return Ok(base),
            (other, _) => {
                return Err(not_ownership(
                    "fields of non-structs",
                    span,
                    format!("`{other}` has no fields (rustc: E0609/E0610)"),
                ))
            }
        };
        let member = match &f.member {
            syn::Member::Named(m) => m.to_string(),
            syn::Member::Unnamed(i) => i.index.to_string(),
        };
        let Some(index) = fields.iter().position(|(n, _)| *n == member) else {
            return Err(not_ownership(
                "unknown fields",
                span,
                format!("`{}` has no field `{member}` (rustc: E0609)", base.ty),
            ));
        };
        let ty = fields
            .get(index)
            .map(|(_, t)| t.clone())
            .unwrap_or(Ty::Error);
        // An element's field is accessed as the element (the whole container).
        let field = match base.index {
            Some(_) => base.field,
            None => u16::try_from(index)
                .ok()
                .and_then(|i| base.field.child(i))
                .ok_or_else(|| unsupported("fields nested this deep", span))?,
        };
        Ok(PlaceExpr {
            field,
            ty,
            name: format!("{root}.{member}"),
            span,
            ..base
        })
    }

    /// The place `p` is in variable `id`, with the name of its field path
    /// kept for messages.
    pub(super) fn place_of(&mut self, id: usize, p: &PlaceExpr) -> Place {
        if let Some(facts) = self.facts.vars.get_mut(id) {
            if !p.field.is_whole() && !facts.fields.iter().any(|(f, _)| *f == p.field) {
                facts.fields.push((p.field, p.name.clone()));
            }
        }
        Place {
            var: id,
            deref: p.deref,
            field: p.field,
        }
    }

    /// `base[i]` (an element) or `base[a..b]` (a slice or `str`).
    fn index_place(&mut self, ix: &syn::ExprIndex, span: Span) -> R<PlaceExpr> {
        let Some(mut base) = self.place(&ix.expr)? else {
            return Err(unsupported("indexing a temporary value", span));
        };
        // `grid[i][j]`: an element of an element, accessed (like any
        // element) as the whole outer container.
        let nested = base.index.is_some();
        if nested && matches!(base.ty, Ty::Ref(..) | Ty::Box(_) | Ty::Map { .. }) {
            return Err(unsupported("indexing through this element", span));
        }
        // A reference stored in a field (`self.text[..]`): index what the
        // copied reference points to.
        if nested {
        } else if (base.deref || !base.field.is_whole()) && matches!(base.ty, Ty::Ref(false, _)) {
            let v = self.read_place(&base, &Dest::Operator)?;
            let target = v.ty.deref_target().cloned().unwrap_or(Ty::Error);
            base = PlaceExpr {
                root: Root::Temp(v),
                deref: true,
                index: None,
                container: Ty::Error,
                field: FieldPath::WHOLE,
                ty: target,
                name: format!("*{}", base.name),
                span: base.span,
            };
        }
        // Indexing auto-dereferences a reference or box variable.
        if !nested && !base.deref && base.field.is_whole() {
            if let Some(t) = pointee(&base.ty) {
                base = PlaceExpr {
                    deref: true,
                    ty: t.clone(),
                    name: format!("*{}", base.name),
                    ..base
                };
            }
        }
        let container = base.ty.clone();
        let (elem, range) = match (&container, &*ix.index) {
            (Ty::Vec(t) | Ty::Slice(t) | Ty::Array(t, _), syn::Expr::Range(_)) => {
                (Ty::Slice(t.clone()), true)
            }
            (Ty::Vec(t) | Ty::Slice(t) | Ty::Array(t, _) | Ty::Deque(t), _) => {
                ((**t).clone(), false)
            }
            (Ty::Map { key, value, .. }, _) => {
                // `map[&key]` (`Index` with a borrowed key).
                let k = self.value(&ix.index, &Dest::Operator)?;
                if !crate::methods::is_key(&k.ty, key) {
                    return Err(mismatch(
                        &Ty::shared((**key).clone()),
                        &k.ty,
                        span_of(&ix.index),
                    ));
                }
                self.consume(&k, span, true);
                return Ok(PlaceExpr {
                    index: Some(Known::Unknown),
                    container: container.clone(),
                    ty: (**value).clone(),
                    span,
                    ..base
                });
            }
            (Ty::String | Ty::Str, syn::Expr::Range(_)) => (Ty::Str, true),
            (Ty::Error, _) => (Ty::Error, false),
            (other, _) => {
                return Err(not_ownership(
                    "indexing",
                    span,
                    format!("`{other}` cannot be indexed like this (rustc: E0277)"),
                ))
            }
        };
        let index = if range {
            let syn::Expr::Range(r) = &*ix.index else {
                return Err(unsupported("this index", span));
            };
            for bound in [&r.start, &r.end].into_iter().flatten() {
                let v = self.value(bound, &Dest::Operator)?;
                if !ty::coerces(&v.ty, &Ty::usize()) {
                    return Err(mismatch(&Ty::usize(), &v.ty, span_of(bound)));
                }
            }
            Known::Unknown
        } else {
            let v = self.value(&ix.index, &Dest::Operator)?;
            if !ty::coerces(&v.ty, &Ty::usize()) {
                return Err(mismatch(&Ty::usize(), &v.ty, span_of(&ix.index)));
            }
            self.settle(&v, &Ty::usize())?;
            v.known
        };
        if nested {
            return Ok(PlaceExpr {
                index: Some(Known::Unknown),
                ty: elem,
                span,
                ..base
            });
        }
        Ok(PlaceExpr {
            index: Some(index),
            container,
            ty: elem,
            span,
            ..base
        })
    }

    /// How a deref place is reached.
    fn via(&self, p: &PlaceExpr) -> Via {
        if !p.deref {
            return Via::Direct;
        }
        match &p.root {
            Root::Var(id) => via_of(&self.var_ty(*id)),
            Root::Temp(v) => via_of(&v.ty),
        }
    }

    /// The known value at a place.
    pub(super) fn known_at(&self, p: &PlaceExpr) -> Known {
        let Root::Var(id) = &p.root else {
            return match &p.root {
                Root::Temp(v) => self.deref_known(v),
                Root::Var(_) => Known::Unknown,
            };
        };
        let Some(var) = self.vars.get(*id) else {
            return Known::Unknown;
        };
        if !p.field.is_whole() {
            // Known values are followed for whole variables only.
            return Known::Unknown;
        }
        let whole = match self.via(p) {
            Via::Direct | Via::Box => var.known.clone(),
            Via::SharedRef | Via::MutRef => match var.points_to.and_then(|t| self.vars.get(t)) {
                Some(target) => known_through(var.ty.as_ref(), target),
                None => var.known.clone(),
            },
        };
        match (&p.index, whole) {
            (None, whole) => whole,
            (Some(Known::Int(i)), Known::List(items)) => usize::try_from(*i)
                .ok()
                .and_then(|i| items.get(i).cloned())
                .unwrap_or(Known::Unknown),
            _ => Known::Unknown,
        }
    }

    /// What a reference value points to, as far as known.
    pub(super) fn deref_known(&self, v: &Val) -> Known {
        match v.points_to.and_then(|t| self.vars.get(t)) {
            Some(target) => known_through(Some(&v.ty), target),
            None => v.known.clone(),
        }
    }

    /// Reads a place in a value context: a copy for `Copy` types, a move
    /// otherwise (E0507 out of references and indexes).
    pub(super) fn read_place(&mut self, p: &PlaceExpr, dest: &Dest) -> R<Val> {
        let known = self.known_at(p);
        let id = match &p.root {
            Root::Var(id) => *id,
            Root::Temp(v) => {
                if !p.ty.is_copy() {
                    return Err(unsupported("moving out of a temporary reference", p.span));
                }
                let v = v.clone();
                self.consume(&v, p.span, false);
                let loans = if p.ty.has_refs() { v.loans } else { Vec::new() };
                return Ok(Val {
                    loans,
                    ..Val::new(p.ty.clone(), known)
                });
            }
        };
        let place = self.place_of(id, p);
        let holds = self
            .vars
            .get(id)
            .map(|v| v.holds.clone())
            .unwrap_or_default();
        let root_name = self.var_name(id);
        if let Some(_index) = &p.index {
            // `v[i]` calls `Index::index(&v, i)`: a shared borrow of `v`; an
            // array's element is a place of its own, read directly.
            let array = matches!(p.container, Ty::Array(..));
            self.check_init(id, p.span, !array);
            if array && !p.ty.is_copy() {
                return Err(not_ownership(
                    "moving out of an array",
                    p.span,
                    format!(
                        "cannot move out of type `{}`, a non-copy array (rustc: E0508); \
                         borrow the element with `&` or clone it",
                        p.container
                    ),
                ));
            }
            if !p.ty.is_copy() {
                self.report(
                    "E0507",
                    format!("cannot move out of index of `{}`", p.container),
                    p.span,
                    vec![label(
                        p.span,
                        format!(
                            "move occurs because value has type `{}`, which does not implement \
                             the `Copy` trait",
                            p.ty
                        ),
                    )],
                );
            }
            let site = self.new_site();
            let kind = if array {
                AccessKind::Read
            } else {
                AccessKind::Borrow(BorrowKind::Shared)
            };
            let point = self.access(place, kind, p.span, None, site);
            self.use_var(id, point, p.span);
            let loans = if p.ty.has_refs() { holds } else { Vec::new() };
            return Ok(Val {
                loans,
                ..Val::new(p.ty.clone(), known)
            });
        }
        if p.ty.is_copy() {
            self.check_place_init(id, p, false);
            let site = self.new_site();
            let point = self.access(place, AccessKind::Read, p.span, None, site);
            self.use_var(id, point, p.span);
            if !p.deref && self.vars.get(id).is_some_and(|v| v.state == State::Init) {
                self.event(EventKind::Copy, &root_name, dest.copied(&root_name));
            }
            let points_to = if p.deref {
                None
            } else {
                self.vars.get(id).and_then(|v| v.points_to)
            };
            let constant = !p.deref && self.vars.get(id).is_some_and(|v| v.constant);
            let loans = if p.ty.has_refs() { holds } else { Vec::new() };
            return Ok(Val {
                loans,
                points_to,
                constant,
                origin: (!p.deref).then_some(id),
                ..Val::new(p.ty.clone(), known)
            });
        }
        match self.via(p) {
            Via::SharedRef | Via::MutRef => {
                let kind = if self.via(p) == Via::SharedRef {
                    "shared"
                } else {
                    "mutable"
                };
                self.report(
                    "E0507",
                    format!(
                        "cannot move out of `{}` which is behind a {kind} reference",
                        p.name
                    ),
                    p.span,
                    vec![label(
                        p.span,
                        format!(
                            "move occurs because `{}` has type `{}`, which does not implement \
                             the `Copy` trait",
                            p.name, p.ty
                        ),
                    )],
                );
                Ok(Val {
                    loans: holds,
                    ..Val::new(p.ty.clone(), known)
                })
            }
            Via::Box => Err(unsupported("moving out of a box with `*`", p.span)),
            Via::Direct => {
                self.check_place_init(id, p, false);
                let site = self.new_site();
                let point = self.access(place, AccessKind::Move, p.span, None, site);
                self.use_var(id, point, p.span);
                let was_init = self.vars.get(id).is_some_and(|v| v.state == State::Init);
                self.moves.push(super::MoveRecord {
                    span: p.span,
                    reported: false,
                });
                let record = self.moves.len() - 1;
                let points_to = self.vars.get(id).and_then(|v| v.points_to);
                if let Some(var) = self.vars.get_mut(id) {
                    match p.field.is_whole() {
                        // A partial move: the rest of the struct stays usable.
                        false => var.moved_fields.push((p.field, record)),
                        true => var.state = State::Moved(record),
                    }
                }
                if was_init {
                    let moved = if !p.field.is_whole() {
                        p.name.clone()
                    } else {
                        root_name.clone()
                    };
                    self.event(EventKind::Move, &root_name, dest.moved(&moved));
                }
                Ok(Val {
                    loans: holds,
                    points_to,
                    ..Val::new(p.ty.clone(), known)
                })
            }
        }
    }

    /// Borrows a place. A two-phase borrow (a `&mut self` method's
    /// receiver) is only reserved here; the caller activates it at the call.
    pub(super) fn borrow_place(
        &mut self,
        p: &PlaceExpr,
        kind: BorrowKind,
        dest: &Dest,
        two_phase: bool,
    ) -> R<Borrowed> {
        let ref_ty = Ty::Ref(kind == BorrowKind::Mutable, Box::new(p.ty.clone()));
        let site = self.new_site();
        let id = match &p.root {
            Root::Var(id) => *id,
            Root::Temp(v) => {
                if kind == BorrowKind::Mutable && matches!(v.ty, Ty::Ref(false, _)) {
                    return Err(not_ownership(
                        "mutable borrow through `&`",
                        p.span,
                        "this needs a mutable borrow of data behind a `&` reference, which rustc \
                         rejects (E0596)"
                            .into(),
                    ));
                }
                let val = Val {
                    loans: v.loans.clone(),
                    points_to: v.points_to,
                    temp_borrow: v.temp_borrow,
                    ..Val::new(ref_ty, Known::Unknown)
                };
                return Ok(Borrowed {
                    val,
                    loan: None,
                    place: None,
                    site,
                });
            }
        };
        self.check_place_init(id, p, true);
        let via = self.via(p);
        let mut mutability_error = false;
        if kind == BorrowKind::Mutable {
            mutability_error = self.check_mutable(id, p, via);
            if let Some(target) = self
                .mutation_target(id, p)
                .and_then(|t| self.vars.get_mut(t))
            {
                target.constant = false;
            }
        }
        let place = self.place_of(id, p);
        // Like rustc, borrows through a shared reference are not tracked:
        // they cannot conflict with anything (a `&mut` one is E0596).
        // An `Rc`, `Arc` or guard owns what it points to: a borrow through it
        // is a borrow of it (moving or dropping it while that lives is an error).
        let owner = p.deref && matches!(self.var_ty(id), Ty::Smart(..));
        let needs_loan = via != Via::SharedRef || owner;
        let access_kind = if two_phase {
            AccessKind::Reserve
        } else {
            AccessKind::Borrow(kind)
        };
        let point = self.tick();
        let loan = needs_loan.then(|| self.new_loan(place, kind, p.span, point));
        if let Some(l) = loan.and_then(|l| self.facts.loans.get_mut(l)) {
            l.mutability_error = mutability_error;
        }
        self.access_at(point, place, access_kind, p.span, loan, site);
        self.use_var(id, point, p.span);
        let mut loans: Vec<usize> = loan.into_iter().collect();
        if let Some(var) = self.vars.get(id) {
            loans.extend(var.holds.iter().copied());
        }
        let points_to = match (p.index.is_some(), via) {
            (true, _) => None,
            (false, Via::Direct) => Some(id),
            (false, Via::SharedRef | Via::MutRef) => self.vars.get(id).and_then(|v| v.points_to),
            (false, Via::Box) => None,
        };
        let root_name = self.var_name(id);
        let event_kind = match kind {
            BorrowKind::Shared => EventKind::SharedBorrow,
            BorrowKind::Mutable => EventKind::MutBorrow,
        };
        let borrowed_name = if p.deref {
            p.name.clone()
        } else {
            root_name.clone()
        };
        self.event(event_kind, &root_name, dest.borrowed(&borrowed_name, kind));
        let known = if points_to.is_none() {
            self.known_at(p)
        } else {
            Known::Unknown
        };
        let val = Val {
            loans,
            points_to,
            ..Val::new(ref_ty, known)
        };
        Ok(Borrowed {
            val,
            loan,
            place: Some(place),
            site,
        })
    }

    /// E0596: `&mut` of something not declared `mut`, or behind `&`.
    /// Returns whether an error was reported.
    fn check_mutable(&mut self, id: usize, p: &PlaceExpr, via: Via) -> bool {
        let Some(var) = self.vars.get(id) else {
            return false;
        };
        let name = var.name.clone();
        let (message, note) = match via {
            Via::Direct if !var.mutable => (
                format!("cannot borrow `{name}` as mutable, as it is not declared as mutable"),
                "cannot borrow as mutable".to_string(),
            ),
            Via::Box if !var.mutable => (
                format!("cannot borrow `{}` as mutable, as `{name}` is not declared as mutable", p.name),
                "cannot borrow as mutable".to_string(),
            ),
            Via::SharedRef => (
                format!("cannot borrow `{}` as mutable, as it is behind a `&` reference", p.name),
                format!("`{name}` is a `&` reference, so the data it refers to cannot be borrowed as mutable"),
            ),
            _ => return false,
        };
        if var.ty == Some(Ty::Error) {
            return false;
        }
        let decl = var.decl;
        if via == Via::SharedRef {
            self.report("E0596", message, p.span, vec![label(p.span, note)]);
            return true;
        }
        // Like rustc, one error per variable not declared `mut`: the second
        // borrow moves the primary span to the declaration ("not mutable").
        let merged = self
            .mut_errors
            .iter()
            .find(|(var, _)| *var == id)
            .and_then(|&(_, index)| self.facts.diagnostics.get_mut(index));
        if let Some(d) = merged {
            // The same borrow again (a loop body is walked twice) is not a second one.
            if d.span == p.span || d.labels.iter().any(|l| l.span == p.span) {
                return true;
            }
            if d.span != decl {
                d.labels = vec![label(d.span, note.clone()), label(decl, "not mutable")];
                d.span = decl;
            }
            d.labels.push(label(p.span, note));
            return true;
        }
        self.report("E0596", message, p.span, vec![label(p.span, note)]);
        let index = self.facts.diagnostics.len() - 1;
        self.mut_errors.push((id, index));
        true
    }

    /// Assigns `v` to a place (`x = v`, `*r = v`, `v[i] = v`).
    /// `site` groups it with the read of a compound assignment.
    pub(super) fn assign_place(&mut self, p: &PlaceExpr, v: Val, span: Span, site: usize) -> R<()> {
        let id = match &p.root {
            Root::Var(id) => *id,
            Root::Temp(t) => {
                if matches!(t.ty, Ty::Ref(false, _)) {
                    return Err(not_ownership(
                        "assignment through `&`",
                        span,
                        "this assigns through a `&` reference, which rustc rejects (E0594)".into(),
                    ));
                }
                let t = t.clone();
                self.consume(&t, span, false);
                self.consume(&v, span, false);
                return Ok(());
            }
        };
        let name = self.var_name(id);
        if p.index.is_some() && matches!(p.container, Ty::Array(..)) {
            return self.assign_element(id, p, v, span, site);
        }
        if !p.field.is_whole() && p.index.is_none() {
            return self.assign_field(id, p, v, span, site);
        }
        if p.index.is_some() && matches!(p.container, Ty::Map { .. }) {
            return Err(not_ownership(
                "assigning through a map's index",
                span,
                format!(
                    "`{}` cannot be changed through `[]` (rustc: E0594); use `insert` or `get_mut`",
                    p.container
                ),
            ));
        }
        if p.index.is_some() {
            // `v[i] = x` calls `IndexMut::index_mut(&mut v, i)`.
            let b = self.borrow_place(p, BorrowKind::Mutable, &Dest::Discard, false)?;
            self.consume(&b.val, span, false);
            let known = v.known.clone();
            self.update_list(id, p, known);
            self.store(id, p.deref, &v, span)?;
            self.event(
                EventKind::Assign,
                &name,
                format!("an element of `{name}` is replaced"),
            );
            return Ok(());
        }
        match self.via(p) {
            Via::Direct => {
                self.assign_var(id, v, span, site)?;
            }
            Via::SharedRef => {
                self.assign_through_shared(p, &name, span);
            }
            via @ (Via::MutRef | Via::Box) => {
                let guard = matches!(self.var_ty(id), Ty::Smart(..));
                if via == Via::Box && !self.vars.get(id).is_some_and(|var| var.mutable) {
                    if guard {
                        // Writing through a guard borrows it mutably (`DerefMut`): E0596.
                        self.check_mutable(id, p, via);
                    } else {
                        self.assign_to_immutable(p, &name, span);
                    }
                }
                if v.ty.has_refs() {
                    self.check_caller_lifetimes(id, true, span)?;
                }
                self.check_init(id, span, false);
                let point = self.write(
                    Place {
                        var: id,
                        deref: true,
                        field: FieldPath::WHOLE,
                    },
                    &v,
                    span,
                    site,
                );
                self.use_var(id, point, span);
                let target = if via == Via::Box {
                    Some(id)
                } else {
                    self.vars.get(id).and_then(|var| var.points_to)
                };
                let reference = self.var_ty(id);
                if let Some(var) = target.and_then(|t| self.vars.get_mut(t)) {
                    // A reference to a field of it (`&mut t.0`) writes only that field.
                    var.known = if to_whole(Some(&reference), var) {
                        v.known
                    } else {
                        Known::Unknown
                    };
                    var.constant = false;
                }
                self.event(
                    EventKind::Assign,
                    &name,
                    format!("a new value is written through `{name}`"),
                );
            }
        }
        Ok(())
    }

    /// `a[i] = x` for an array: a write to the element's place (an E0506
    /// while it is borrowed; E0594 when `a` is not `mut` or is behind `&`).
    fn assign_element(
        &mut self,
        id: usize,
        p: &PlaceExpr,
        v: Val,
        span: Span,
        site: usize,
    ) -> R<()> {
        let name = self.var_name(id);
        let shown = format!("{}[_]", p.name.trim_start_matches('*'));
        match self.via(p) {
            Via::Direct | Via::Box if !self.vars.get(id).is_some_and(|var| var.mutable) => {
                self.report(
                    "E0594",
                    format!("cannot assign to `{shown}`, as `{name}` is not declared as mutable"),
                    span,
                    vec![label(span, "cannot assign")],
                );
            }
            Via::SharedRef => {
                self.report(
                    "E0594",
                    format!("cannot assign to `{shown}`, which is behind a `&` reference"),
                    span,
                    vec![label(span, "cannot assign")],
                );
            }
            _ => {}
        }
        self.check_init(id, span, false);
        let place = self.place_of(id, p);
        let point = self.write(place, &v, span, site);
        self.use_var(id, point, span);
        self.store(id, p.deref, &v, span)?;
        self.event(
            EventKind::Assign,
            &name,
            format!("an element of `{name}` is replaced"),
        );
        Ok(())
    }

    /// A write of `v` to `place` at a new point (its borrows are used there),
    /// which conflicts with the place's live loans; returns the point.
    fn write(&mut self, place: Place, v: &Val, span: Span, site: usize) -> Point {
        let point = self.tick();
        self.use_loans(&v.loans, point, span, false);
        self.access_at(point, place, AccessKind::Assign, span, None, site);
        point
    }

    /// E0594: writing a field of a variable (or a `Box`) that is not `mut`.
    fn assign_to_immutable(&mut self, p: &PlaceExpr, name: &str, span: Span) {
        self.report(
            "E0594",
            format!(
                "cannot assign to `{}`, as `{name}` is not declared as mutable",
                p.name
            ),
            span,
            vec![label(span, "cannot assign")],
        );
    }

    /// E0594: writing through a `&` reference.
    fn assign_through_shared(&mut self, p: &PlaceExpr, name: &str, span: Span) {
        self.report(
            "E0594",
            format!(
                "cannot assign to `{}`, which is behind a `&` reference",
                p.name
            ),
            span,
            vec![label(
                span,
                format!("`{name}` is a `&` reference, so it cannot be written to"),
            )],
        );
    }

    /// `s.f = v` (or `r.f = v` through a reference): a write of that field
    /// only, which also gives a moved-out field its value back. E0594 when
    /// the struct is not `mut` or is behind `&`.
    fn assign_field(&mut self, id: usize, p: &PlaceExpr, v: Val, span: Span, site: usize) -> R<()> {
        if !ty::coerces(&v.ty, &p.ty) {
            return Err(mismatch(&p.ty, &v.ty, span));
        }
        self.check_literal_fits(&v, &p.ty, span)?;
        self.settle(&v, &p.ty)?;
        // The value of the variable is no longer what the walk followed.
        if let Some(var) = self
            .mutation_target(id, p)
            .and_then(|t| self.vars.get_mut(t))
        {
            var.known = Known::Unknown;
        }
        let name = self.var_name(id);
        let via = self.via(p);
        let mutable = self.vars.get(id).is_some_and(|var| var.mutable);
        match via {
            Via::SharedRef => {
                self.assign_through_shared(p, &name, span);
                return Ok(());
            }
            Via::Direct | Via::Box if !mutable => {
                self.assign_to_immutable(p, &name, span);
                return Ok(());
            }
            _ => {}
        }
        // Assigning into a moved value (or a moved field's fields) is E0382.
        let into_moved = self.vars.get(id).is_some_and(|var| {
            var.state != State::Init
                || var
                    .moved_fields
                    .iter()
                    .any(|(f, _)| *f != p.field && f.contains(p.field))
        });
        if into_moved {
            self.check_place_init(id, p, false);
        }
        let place = self.place_of(id, p);
        let point = self.write(place, &v, span, site);
        if p.deref {
            self.use_var(id, point, span);
        }
        if let Some(var) = self.vars.get_mut(id) {
            var.moved_fields.retain(|(f, _)| !p.field.contains(*f));
            var.constant = false;
        }
        self.event(
            EventKind::Assign,
            &name,
            format!("`{}` gets a new value", p.name),
        );
        Ok(())
    }

    /// `x = v` for a variable: E0384 for a second assignment to an
    /// immutable variable, a shallow write that conflicts with loans of `x`.
    fn assign_var(&mut self, id: usize, v: Val, span: Span, site: usize) -> R<()> {
        let Some(var) = self.vars.get(id).cloned() else {
            return Ok(());
        };
        let name = var.name.clone();
        let old_state = var.state;
        let expected = var.ty.clone();
        if var.is_param && v.ty.has_refs() {
            self.check_caller_lifetimes(id, false, span)?;
        }
        if let Some(t) = &expected {
            if !ty::coerces(&v.ty, t) {
                return Err(mismatch(t, &v.ty, span));
            }
            self.check_literal_fits(&v, t, span)?;
            self.settle(&v, t)?;
        }
        if !var.mutable && (var.first_assign.is_some() || old_state != State::Uninit) {
            let (message, first) = if var.is_param {
                (
                    format!("cannot assign to immutable argument `{name}`"),
                    "this argument",
                )
            } else {
                (
                    format!("cannot assign twice to immutable variable `{name}`"),
                    "first assignment",
                )
            };
            let mut labels = Vec::new();
            if let Some(first_span) = var.first_assign {
                let text = if var.is_param {
                    first.to_string()
                } else {
                    format!("{first} to `{name}`")
                };
                labels.push(label(first_span, text));
            }
            labels.push(label(span, "cannot assign twice to immutable variable"));
            self.report("E0384", message, span, labels);
        }
        self.write(
            Place {
                var: id,
                deref: false,
                field: FieldPath::WHOLE,
            },
            &v,
            span,
            site,
        );
        let ty = expected.unwrap_or_else(|| v.ty.clone());
        if let Some(facts) = self.facts.vars.get_mut(id) {
            facts.owns_target = ty.owns_target();
        }
        for &l in &v.loans {
            if let Some(loan) = self.facts.loans.get_mut(l) {
                loan.holder.get_or_insert_with(|| name.clone());
            }
        }
        if old_state == State::Init {
            self.handle_dropped(&var.known);
        }
        let text = match old_state {
            State::Init if ty.owns_heap() => {
                format!("`{name}` gets a new value; its old heap memory is freed")
            }
            State::Uninit => format!("`{name}` gets its first value"),
            _ => format!("`{name}` gets a new value"),
        };
        if let Some(var) = self.vars.get_mut(id) {
            if var.first_assign.is_none() {
                var.first_assign = Some(span);
            }
            var.ty = Some(ty);
            var.state = State::Init;
            var.moved_fields.clear();
            var.holds = v.loans;
            var.known = v.known;
            var.constant = v.constant;
            var.points_to = v.points_to;
        }
        self.event(EventKind::Assign, &name, text);
        Ok(())
    }

    /// Replaces one element of a known list (or forgets the list).
    fn update_list(&mut self, id: usize, p: &PlaceExpr, value: Known) {
        let target = match self.via(p) {
            Via::Direct | Via::Box => Some(id),
            Via::SharedRef | Via::MutRef => self.vars.get(id).and_then(|v| v.points_to),
        };
        let Some(var) = target.and_then(|t| self.vars.get_mut(t)) else {
            return;
        };
        let index = p
            .index
            .as_ref()
            .and_then(Known::as_int)
            .and_then(|i| usize::try_from(i).ok());
        var.known = match (&mut var.known, index) {
            (Known::List(items), Some(i)) if i < items.len() => {
                let mut items = std::mem::take(items);
                if let Some(slot) = items.get_mut(i) {
                    *slot = value;
                }
                Known::List(items).capped()
            }
            _ => Known::Unknown,
        };
    }

    /// A value stored into a container (`v.push(&s)`, `v[0] = &s`): its
    /// loans are held by the container's owner from then on.
    pub(super) fn store(&mut self, id: usize, through_ref: bool, v: &Val, span: Span) -> R<()> {
        let mut kept = v.clone();
        self.keep_temporary_borrow(&mut kept, span);
        let v = &kept;
        if v.ty.has_refs() {
            self.check_caller_lifetimes(id, through_ref, span)?;
        }
        if v.loans.is_empty() {
            return Ok(());
        }
        let owner = if through_ref && matches!(self.var_ty(id), Ty::Ref(..)) {
            self.vars.get(id).and_then(|var| var.points_to)
        } else {
            Some(id)
        };
        if let Some(var) = owner.and_then(|o| self.vars.get_mut(o)) {
            var.holds.extend(v.loans.iter().copied());
        }
        Ok(())
    }

    /// Storing a reference into data whose lifetime the caller chose (a
    /// parameter, or what a parameter points to) is checked by rustc
    /// against the parameters' lifetimes, which this engine does not model.
    fn check_caller_lifetimes(&self, id: usize, through_ref: bool, span: Span) -> R<()> {
        let Some(var) = self.vars.get(id) else {
            return Ok(());
        };
        let external_target =
            through_ref && matches!(var.ty, Some(Ty::Ref(..))) && var.points_to.is_none();
        if var.is_param || external_target {
            return Err(not_ownership(
                "references stored into the caller's data",
                span,
                "storing a reference into data owned by the caller needs reasoning about \
                 lifetimes, which is not supported yet"
                    .into(),
            ));
        }
        Ok(())
    }

    /// The variable whose known value a mutation through place `p` changes.
    pub(super) fn mutation_target(&self, id: usize, p: &PlaceExpr) -> Option<usize> {
        match self.via(p) {
            Via::Direct | Via::Box => Some(id),
            Via::SharedRef | Via::MutRef => self.vars.get(id).and_then(|v| v.points_to),
        }
    }

    /// Makes a reserved two-phase borrow active at `point` (the call).
    pub(super) fn activate(&mut self, b: &Borrowed, point: usize, span: Span) {
        let (Some(loan), Some(place)) = (b.loan, b.place) else {
            return;
        };
        self.access_at(
            point,
            place,
            AccessKind::Borrow(BorrowKind::Mutable),
            span,
            Some(loan),
            b.site,
        );
        if let Some(l) = self.facts.loans.get_mut(loan) {
            l.activation = Some(point);
        }
    }
}

/// Whether a value of type `reference` that points to `target` is a reference to the whole of
/// it, not to one of its fields: a field's type is never the type of what holds it.
fn to_whole(reference: Option<&Ty>, target: &super::Var) -> bool {
    !matches!((reference, &target.ty), (Some(Ty::Ref(_, inner)), Some(t)) if **inner != *t)
}

/// What a reference of type `reference` to `target` reads: `target`'s value, unless that is a
/// struct, enum or tuple and the reference is to one of its fields, whose value is not
/// followed.
fn known_through(reference: Option<&Ty>, target: &super::Var) -> Known {
    if target.known.is_compound() && !to_whole(reference, target) {
        Known::Unknown
    } else {
        target.known.clone()
    }
}
