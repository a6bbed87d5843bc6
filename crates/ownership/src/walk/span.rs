//! Where a syntax node starts and ends: the start of its first token and
//! the end of its last one, the span rustc would underline.
//!
//! `syn::spanned::Spanned` answers the same question by printing the node
//! back to tokens (syn's `printing` feature), which costs the ownership
//! island about 12 KB of gzipped wasm and a token stream per call. Reading
//! the two ends off the tree is all a span needs: outer attributes count
//! as the start of what they are attached to, a group ends at its closing
//! delimiter, and an empty node (`-> ()` left out) has the call-site span.

use proc_macro2::Span as Pm;
use syn::{Expr, Pat, Type};

/// A syntax node whose first and last tokens are known.
pub(crate) trait Located {
    /// The span of the node's first token.
    fn first(&self) -> Pm;
    /// The span of the node's last token.
    fn last(&self) -> Pm;
}

impl<T: Located + ?Sized> Located for &T {
    fn first(&self) -> Pm {
        (**self).first()
    }
    fn last(&self) -> Pm {
        (**self).last()
    }
}

impl<T: Located + ?Sized> Located for Box<T> {
    fn first(&self) -> Pm {
        (**self).first()
    }
    fn last(&self) -> Pm {
        (**self).last()
    }
}

/// A token or a leaf that has one span.
macro_rules! leaf {
    ($($ty:ty => |$n:ident| $span:expr),* $(,)?) => {$(
        impl Located for $ty {
            fn first(&self) -> Pm {
                let $n = self;
                $span
            }
            fn last(&self) -> Pm {
                let $n = self;
                $span
            }
        }
    )*};
}

leaf! {
    proc_macro2::Ident => |i| i.span(),
    syn::Lit => |l| l.span(),
    syn::LitStr => |l| l.span(),
    syn::Index => |i| i.span,
    syn::PatWild => |p| p.underscore_token.spans[0],
}

impl Located for syn::Lifetime {
    fn first(&self) -> Pm {
        self.apostrophe
    }
    fn last(&self) -> Pm {
        self.ident.span()
    }
}

/// The first of `spans` that is there, else `or`.
fn first_of(spans: impl IntoIterator<Item = Option<Pm>>, or: Pm) -> Pm {
    spans.into_iter().flatten().next().unwrap_or(or)
}

/// Where outer attributes start, if there are any.
fn attrs(attrs: &[syn::Attribute]) -> Option<Pm> {
    attrs.first().map(|a| a.pound_token.spans[0])
}

fn vis(v: &syn::Visibility) -> Option<Pm> {
    match v {
        syn::Visibility::Public(p) => Some(p.span),
        syn::Visibility::Restricted(r) => Some(r.pub_token.span),
        syn::Visibility::Inherited => None,
    }
}

fn label(l: &Option<syn::Label>) -> Option<Pm> {
    l.as_ref().map(|l| l.name.apostrophe)
}

fn opt_last<T: Located>(node: &Option<T>, or: Pm) -> Pm {
    node.as_ref().map_or(or, Located::last)
}

/// The ends of a `Punctuated` list, or of nothing.
fn list_first<T: Located, P>(list: &syn::punctuated::Punctuated<T, P>, or: Pm) -> Pm {
    list.first().map_or(or, Located::first)
}

fn list_last<T: Located, P>(list: &syn::punctuated::Punctuated<T, P>, or: Pm) -> Pm {
    list.last().map_or(or, Located::last)
}

fn range_limits(l: &syn::RangeLimits) -> Pm {
    match l {
        syn::RangeLimits::HalfOpen(t) => t.spans[0],
        syn::RangeLimits::Closed(t) => t.spans[0],
    }
}

fn qself(q: &Option<syn::QSelf>) -> Option<Pm> {
    q.as_ref().map(|q| q.lt_token.spans[0])
}

impl Located for Expr {
    fn first(&self) -> Pm {
        let start = match self {
            Expr::Array(e) => e.bracket_token.span.open(),
            Expr::Assign(e) => e.left.first(),
            Expr::Async(e) => e.async_token.span,
            Expr::Await(e) => e.base.first(),
            Expr::Binary(e) => e.left.first(),
            Expr::Block(e) => first_of([label(&e.label)], e.block.first()),
            Expr::Break(e) => e.break_token.span,
            Expr::Call(e) => e.func.first(),
            Expr::Cast(e) => e.expr.first(),
            Expr::Closure(e) => first_of(
                [
                    e.lifetimes.as_ref().map(|l| l.for_token.span),
                    e.constness.as_ref().map(|t| t.span),
                    e.movability.as_ref().map(|t| t.span),
                    e.asyncness.as_ref().map(|t| t.span),
                    e.capture.as_ref().map(|t| t.span),
                ],
                e.or1_token.spans[0],
            ),
            Expr::Const(e) => e.const_token.span,
            Expr::Continue(e) => e.continue_token.span,
            Expr::Field(e) => e.base.first(),
            Expr::ForLoop(e) => e.first(),
            Expr::Group(e) => e.group_token.span,
            Expr::If(e) => e.first(),
            Expr::Index(e) => e.expr.first(),
            Expr::Infer(e) => e.underscore_token.spans[0],
            Expr::Let(e) => e.let_token.span,
            Expr::Lit(e) => e.lit.span(),
            Expr::Loop(e) => e.first(),
            Expr::Macro(e) => e.mac.first(),
            Expr::Match(e) => e.first(),
            Expr::MethodCall(e) => e.first(),
            Expr::Paren(e) => e.paren_token.span.open(),
            Expr::Path(e) => first_of([qself(&e.qself)], e.path.first()),
            Expr::Range(e) => e
                .start
                .as_ref()
                .map_or_else(|| range_limits(&e.limits), |s| s.first()),
            Expr::RawAddr(e) => e.and_token.spans[0],
            Expr::Reference(e) => e.first(),
            Expr::Repeat(e) => e.bracket_token.span.open(),
            Expr::Return(e) => e.first(),
            Expr::Struct(e) => first_of([qself(&e.qself)], e.path.first()),
            Expr::Try(e) => e.expr.first(),
            Expr::TryBlock(e) => e.try_token.span,
            Expr::Tuple(e) => e.paren_token.span.open(),
            Expr::Unary(e) => unary(&e.op),
            Expr::Unsafe(e) => e.unsafe_token.span,
            Expr::While(e) => e.first(),
            Expr::Yield(e) => e.yield_token.span,
            Expr::Verbatim(t) => t
                .clone()
                .into_iter()
                .next()
                .map_or_else(Pm::call_site, |t| t.span()),
            _ => Pm::call_site(),
        };
        first_of([expr_attrs(self)], start)
    }

    fn last(&self) -> Pm {
        match self {
            Expr::Array(e) => e.bracket_token.span.close(),
            Expr::Assign(e) => e.right.last(),
            Expr::Async(e) => e.block.last(),
            Expr::Await(e) => e.await_token.span,
            Expr::Binary(e) => e.right.last(),
            Expr::Block(e) => e.block.last(),
            Expr::Break(e) => opt_last(&e.expr, opt_last(&e.label, e.break_token.span)),
            Expr::Call(e) => e.paren_token.span.close(),
            Expr::Cast(e) => e.ty.last(),
            Expr::Closure(e) => e.body.last(),
            Expr::Const(e) => e.block.last(),
            Expr::Continue(e) => opt_last(&e.label, e.continue_token.span),
            Expr::Field(e) => e.member.last(),
            Expr::ForLoop(e) => e.last(),
            Expr::Group(e) => e.group_token.span,
            Expr::If(e) => e.last(),
            Expr::Index(e) => e.bracket_token.span.close(),
            Expr::Infer(e) => e.underscore_token.spans[0],
            Expr::Let(e) => e.expr.last(),
            Expr::Lit(e) => e.lit.span(),
            Expr::Loop(e) => e.last(),
            Expr::Macro(e) => e.mac.last(),
            Expr::Match(e) => e.last(),
            Expr::MethodCall(e) => e.last(),
            Expr::Paren(e) => e.paren_token.span.close(),
            Expr::Path(e) => e.path.last(),
            Expr::Range(e) => opt_last(&e.end, range_limits(&e.limits)),
            Expr::RawAddr(e) => e.expr.last(),
            Expr::Reference(e) => e.last(),
            Expr::Repeat(e) => e.bracket_token.span.close(),
            Expr::Return(e) => e.last(),
            Expr::Struct(e) => e.brace_token.span.close(),
            Expr::Try(e) => e.question_token.spans[0],
            Expr::TryBlock(e) => e.block.last(),
            Expr::Tuple(e) => e.paren_token.span.close(),
            Expr::Unary(e) => e.expr.last(),
            Expr::Unsafe(e) => e.block.last(),
            Expr::While(e) => e.last(),
            Expr::Yield(e) => opt_last(&e.expr, e.yield_token.span),
            Expr::Verbatim(t) => t
                .clone()
                .into_iter()
                .last()
                .map_or_else(Pm::call_site, |t| t.span()),
            _ => Pm::call_site(),
        }
    }
}

/// Where an expression's outer attributes start (`#[allow(..)] x`).
fn expr_attrs(e: &Expr) -> Option<Pm> {
    let list = match e {
        Expr::Array(e) => &e.attrs,
        Expr::Assign(e) => &e.attrs,
        Expr::Binary(e) => &e.attrs,
        Expr::Block(e) => &e.attrs,
        Expr::Call(e) => &e.attrs,
        Expr::Closure(e) => &e.attrs,
        Expr::ForLoop(e) => &e.attrs,
        Expr::If(e) => &e.attrs,
        Expr::Lit(e) => &e.attrs,
        Expr::Loop(e) => &e.attrs,
        Expr::Macro(e) => &e.attrs,
        Expr::Match(e) => &e.attrs,
        Expr::MethodCall(e) => &e.attrs,
        Expr::Path(e) => &e.attrs,
        Expr::Struct(e) => &e.attrs,
        Expr::Tuple(e) => &e.attrs,
        Expr::Unsafe(e) => &e.attrs,
        Expr::While(e) => &e.attrs,
        _ => return None,
    };
    attrs(list)
}

fn unary(op: &syn::UnOp) -> Pm {
    match op {
        syn::UnOp::Deref(t) => t.spans[0],
        syn::UnOp::Not(t) => t.spans[0],
        syn::UnOp::Neg(t) => t.spans[0],
        _ => Pm::call_site(),
    }
}

impl Located for syn::Block {
    fn first(&self) -> Pm {
        self.brace_token.span.open()
    }
    fn last(&self) -> Pm {
        self.brace_token.span.close()
    }
}

impl Located for syn::Member {
    fn first(&self) -> Pm {
        match self {
            syn::Member::Named(i) => i.span(),
            syn::Member::Unnamed(i) => i.span,
        }
    }
    fn last(&self) -> Pm {
        self.first()
    }
}

impl Located for syn::Path {
    fn first(&self) -> Pm {
        let first = self.segments.first().map(|s| s.ident.span());
        first_of(
            [self.leading_colon.as_ref().map(|c| c.spans[0]), first],
            Pm::call_site(),
        )
    }
    fn last(&self) -> Pm {
        let Some(seg) = self.segments.last() else {
            return Pm::call_site();
        };
        match &seg.arguments {
            syn::PathArguments::None => seg.ident.span(),
            syn::PathArguments::AngleBracketed(a) => a.gt_token.spans[0],
            syn::PathArguments::Parenthesized(p) => match &p.output {
                syn::ReturnType::Type(_, t) => t.last(),
                syn::ReturnType::Default => p.paren_token.span.close(),
            },
        }
    }
}

impl Located for syn::Macro {
    fn first(&self) -> Pm {
        self.path.first()
    }
    fn last(&self) -> Pm {
        match &self.delimiter {
            syn::MacroDelimiter::Paren(d) => d.span.close(),
            syn::MacroDelimiter::Brace(d) => d.span.close(),
            syn::MacroDelimiter::Bracket(d) => d.span.close(),
        }
    }
}

impl Located for syn::Attribute {
    fn first(&self) -> Pm {
        self.pound_token.spans[0]
    }
    fn last(&self) -> Pm {
        self.bracket_token.span.close()
    }
}

impl Located for Type {
    fn first(&self) -> Pm {
        match self {
            Type::Array(t) => t.bracket_token.span.open(),
            Type::BareFn(t) => first_of(
                [
                    t.lifetimes.as_ref().map(|l| l.for_token.span),
                    t.unsafety.as_ref().map(|u| u.span),
                    t.abi.as_ref().map(|a| a.extern_token.span),
                ],
                t.fn_token.span,
            ),
            Type::Group(t) => t.group_token.span,
            Type::ImplTrait(t) => t.impl_token.span,
            Type::Infer(t) => t.underscore_token.spans[0],
            Type::Macro(t) => t.mac.first(),
            Type::Never(t) => t.bang_token.spans[0],
            Type::Paren(t) => t.paren_token.span.open(),
            Type::Path(t) => first_of([qself(&t.qself)], t.path.first()),
            Type::Ptr(t) => t.star_token.spans[0],
            Type::Reference(t) => t.and_token.spans[0],
            Type::Slice(t) => t.bracket_token.span.open(),
            Type::TraitObject(t) => first_of(
                [t.dyn_token.as_ref().map(|d| d.span)],
                list_first(&t.bounds, Pm::call_site()),
            ),
            Type::Tuple(t) => t.paren_token.span.open(),
            _ => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            Type::Array(t) => t.bracket_token.span.close(),
            Type::BareFn(t) => match &t.output {
                syn::ReturnType::Type(_, ty) => ty.last(),
                syn::ReturnType::Default => t.paren_token.span.close(),
            },
            Type::Group(t) => t.group_token.span,
            Type::ImplTrait(t) => list_last(&t.bounds, t.impl_token.span),
            Type::Infer(t) => t.underscore_token.spans[0],
            Type::Macro(t) => t.mac.last(),
            Type::Never(t) => t.bang_token.spans[0],
            Type::Paren(t) => t.paren_token.span.close(),
            Type::Path(t) => t.path.last(),
            Type::Ptr(t) => t.elem.last(),
            Type::Reference(t) => t.elem.last(),
            Type::Slice(t) => t.bracket_token.span.close(),
            Type::TraitObject(t) => list_last(&t.bounds, Pm::call_site()),
            Type::Tuple(t) => t.paren_token.span.close(),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::TypeParamBound {
    fn first(&self) -> Pm {
        match self {
            syn::TypeParamBound::Trait(b) => first_of(
                [
                    b.paren_token.as_ref().map(|p| p.span.open()),
                    match &b.modifier {
                        syn::TraitBoundModifier::Maybe(q) => Some(q.spans[0]),
                        syn::TraitBoundModifier::None => None,
                    },
                    b.lifetimes.as_ref().map(|l| l.for_token.span),
                ],
                b.path.first(),
            ),
            syn::TypeParamBound::Lifetime(l) => l.first(),
            _ => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::TypeParamBound::Trait(b) => b
                .paren_token
                .as_ref()
                .map_or_else(|| b.path.last(), |p| p.span.close()),
            syn::TypeParamBound::Lifetime(l) => l.last(),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::ReturnType {
    fn first(&self) -> Pm {
        match self {
            syn::ReturnType::Default => Pm::call_site(),
            syn::ReturnType::Type(arrow, _) => arrow.spans[0],
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::ReturnType::Default => Pm::call_site(),
            syn::ReturnType::Type(_, t) => t.last(),
        }
    }
}

impl Located for Pat {
    fn first(&self) -> Pm {
        match self {
            Pat::Const(p) => p.const_token.span,
            Pat::Ident(p) => p.first(),
            Pat::Lit(p) => p.lit.span(),
            Pat::Macro(p) => p.mac.first(),
            Pat::Or(p) => first_of(
                [p.leading_vert.as_ref().map(|v| v.spans[0])],
                list_first(&p.cases, Pm::call_site()),
            ),
            Pat::Paren(p) => p.paren_token.span.open(),
            Pat::Path(p) => first_of([qself(&p.qself)], p.path.first()),
            Pat::Range(p) => p
                .start
                .as_ref()
                .map_or_else(|| range_limits(&p.limits), |s| s.first()),
            Pat::Reference(p) => p.and_token.spans[0],
            Pat::Rest(p) => p.dot2_token.spans[0],
            Pat::Slice(p) => p.bracket_token.span.open(),
            Pat::Struct(p) => first_of([qself(&p.qself)], p.path.first()),
            Pat::Tuple(p) => p.paren_token.span.open(),
            Pat::TupleStruct(p) => first_of([qself(&p.qself)], p.path.first()),
            Pat::Type(p) => p.pat.first(),
            Pat::Wild(p) => p.first(),
            _ => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            Pat::Const(p) => p.block.last(),
            Pat::Ident(p) => p.last(),
            Pat::Lit(p) => p.lit.span(),
            Pat::Macro(p) => p.mac.last(),
            Pat::Or(p) => list_last(&p.cases, Pm::call_site()),
            Pat::Paren(p) => p.paren_token.span.close(),
            Pat::Path(p) => p.path.last(),
            Pat::Range(p) => opt_last(&p.end, range_limits(&p.limits)),
            Pat::Reference(p) => p.pat.last(),
            Pat::Rest(p) => p.dot2_token.spans[1],
            Pat::Slice(p) => p.bracket_token.span.close(),
            Pat::Struct(p) => p.brace_token.span.close(),
            Pat::Tuple(p) => p.paren_token.span.close(),
            Pat::TupleStruct(p) => p.paren_token.span.close(),
            Pat::Type(p) => p.ty.last(),
            Pat::Wild(p) => p.first(),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::PatType {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.pat.first())
    }
    fn last(&self) -> Pm {
        self.ty.last()
    }
}

impl Located for syn::FieldValue {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.member.first())
    }
    fn last(&self) -> Pm {
        self.expr.last()
    }
}

impl Located for syn::FieldPat {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.member.first())
    }
    fn last(&self) -> Pm {
        self.pat.last()
    }
}

impl Located for syn::Arm {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.pat.first())
    }
    fn last(&self) -> Pm {
        self.comma
            .as_ref()
            .map_or_else(|| self.body.last(), |c| c.spans[0])
    }
}

impl Located for syn::Local {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.let_token.span)
    }
    fn last(&self) -> Pm {
        self.semi_token.spans[0]
    }
}

impl Located for syn::Stmt {
    fn first(&self) -> Pm {
        match self {
            syn::Stmt::Local(l) => l.first(),
            syn::Stmt::Item(i) => i.first(),
            syn::Stmt::Expr(e, _) => e.first(),
            syn::Stmt::Macro(m) => first_of([attrs(&m.attrs)], m.mac.first()),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::Stmt::Local(l) => l.last(),
            syn::Stmt::Item(i) => i.last(),
            syn::Stmt::Expr(e, semi) => semi.as_ref().map_or_else(|| e.last(), |s| s.spans[0]),
            syn::Stmt::Macro(m) => m
                .semi_token
                .as_ref()
                .map_or_else(|| m.mac.last(), |s| s.spans[0]),
        }
    }
}

impl Located for syn::Signature {
    fn first(&self) -> Pm {
        first_of(
            [
                self.constness.as_ref().map(|t| t.span),
                self.asyncness.as_ref().map(|t| t.span),
                self.unsafety.as_ref().map(|t| t.span),
                self.abi.as_ref().map(|a| a.extern_token.span),
            ],
            self.fn_token.span,
        )
    }
    fn last(&self) -> Pm {
        let close = self.paren_token.span.close();
        let output = match &self.output {
            syn::ReturnType::Default => close,
            syn::ReturnType::Type(_, t) => t.last(),
        };
        match &self.generics.where_clause {
            Some(w) => w.predicates.last().map_or(w.where_token.span, |p| match p {
                syn::WherePredicate::Type(t) => list_last(&t.bounds, t.colon_token.spans[0]),
                syn::WherePredicate::Lifetime(l) => list_last(&l.bounds, l.colon_token.spans[0]),
                _ => output,
            }),
            None => output,
        }
    }
}

impl Located for syn::FnArg {
    fn first(&self) -> Pm {
        match self {
            syn::FnArg::Receiver(r) => r.first(),
            syn::FnArg::Typed(t) => t.first(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::FnArg::Receiver(r) => r.last(),
            syn::FnArg::Typed(t) => t.last(),
        }
    }
}

impl Located for syn::Fields {
    fn first(&self) -> Pm {
        match self {
            syn::Fields::Named(f) => f.brace_token.span.open(),
            syn::Fields::Unnamed(f) => f.paren_token.span.open(),
            syn::Fields::Unit => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::Fields::Named(f) => f.brace_token.span.close(),
            syn::Fields::Unnamed(f) => f.paren_token.span.close(),
            syn::Fields::Unit => Pm::call_site(),
        }
    }
}

impl Located for syn::Field {
    fn first(&self) -> Pm {
        let name = self.ident.as_ref().map(proc_macro2::Ident::span);
        first_of([attrs(&self.attrs), vis(&self.vis), name], self.ty.first())
    }
    fn last(&self) -> Pm {
        self.ty.last()
    }
}

impl Located for syn::Variant {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.ident.span())
    }
    fn last(&self) -> Pm {
        match (&self.discriminant, &self.fields) {
            (Some((_, e)), _) => e.last(),
            (None, syn::Fields::Unit) => self.ident.span(),
            (None, fields) => fields.last(),
        }
    }
}

impl Located for syn::ImplItemFn {
    fn first(&self) -> Pm {
        let default = self.defaultness.as_ref().map(|d| d.span);
        first_of(
            [attrs(&self.attrs), vis(&self.vis), default],
            self.sig.first(),
        )
    }
    fn last(&self) -> Pm {
        self.block.last()
    }
}

impl Located for syn::ImplItem {
    fn first(&self) -> Pm {
        match self {
            syn::ImplItem::Fn(f) => f.first(),
            syn::ImplItem::Const(c) => first_of([attrs(&c.attrs), vis(&c.vis)], c.const_token.span),
            syn::ImplItem::Type(t) => first_of([attrs(&t.attrs), vis(&t.vis)], t.type_token.span),
            syn::ImplItem::Macro(m) => first_of([attrs(&m.attrs)], m.mac.first()),
            _ => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::ImplItem::Fn(f) => f.last(),
            syn::ImplItem::Const(c) => c.semi_token.spans[0],
            syn::ImplItem::Type(t) => t.semi_token.spans[0],
            syn::ImplItem::Macro(m) => m
                .semi_token
                .as_ref()
                .map_or_else(|| m.mac.last(), |s| s.spans[0]),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::TraitItem {
    fn first(&self) -> Pm {
        match self {
            syn::TraitItem::Fn(f) => first_of([attrs(&f.attrs)], f.sig.first()),
            syn::TraitItem::Const(c) => first_of([attrs(&c.attrs)], c.const_token.span),
            syn::TraitItem::Type(t) => first_of([attrs(&t.attrs)], t.type_token.span),
            syn::TraitItem::Macro(m) => first_of([attrs(&m.attrs)], m.mac.first()),
            _ => Pm::call_site(),
        }
    }
    fn last(&self) -> Pm {
        match self {
            syn::TraitItem::Fn(f) => match (&f.default, &f.semi_token) {
                (Some(b), _) => b.last(),
                (None, Some(s)) => s.spans[0],
                (None, None) => f.sig.last(),
            },
            syn::TraitItem::Const(c) => c.semi_token.spans[0],
            syn::TraitItem::Type(t) => t.semi_token.spans[0],
            syn::TraitItem::Macro(m) => m
                .semi_token
                .as_ref()
                .map_or_else(|| m.mac.last(), |s| s.spans[0]),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::ItemImpl {
    fn first(&self) -> Pm {
        let default = self.defaultness.as_ref().map(|d| d.span);
        let unsafety = self.unsafety.as_ref().map(|u| u.span);
        first_of(
            [attrs(&self.attrs), default, unsafety],
            self.impl_token.span,
        )
    }
    fn last(&self) -> Pm {
        self.brace_token.span.close()
    }
}

impl Located for syn::ItemFn {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs), vis(&self.vis)], self.sig.first())
    }
    fn last(&self) -> Pm {
        self.block.last()
    }
}

impl Located for syn::ItemUse {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs), vis(&self.vis)], self.use_token.span)
    }
    fn last(&self) -> Pm {
        self.semi_token.spans[0]
    }
}

impl Located for syn::ItemStruct {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs), vis(&self.vis)], self.struct_token.span)
    }
    fn last(&self) -> Pm {
        self.semi_token
            .as_ref()
            .map_or_else(|| self.fields.last(), |s| s.spans[0])
    }
}

impl Located for syn::Item {
    fn first(&self) -> Pm {
        use syn::Item as I;
        let (list, v, keyword) = match self {
            I::Const(i) => (&i.attrs, vis(&i.vis), i.const_token.span),
            I::Enum(i) => return i.first(),
            I::ExternCrate(i) => (&i.attrs, vis(&i.vis), i.extern_token.span),
            I::Fn(i) => return i.first(),
            I::ForeignMod(i) => (&i.attrs, None, i.abi.extern_token.span),
            I::Impl(i) => return i.first(),
            I::Macro(i) => (&i.attrs, None, i.mac.first()),
            I::Mod(i) => (&i.attrs, vis(&i.vis), i.mod_token.span),
            I::Static(i) => (&i.attrs, vis(&i.vis), i.static_token.span),
            I::Struct(i) => return i.first(),
            I::Trait(i) => (&i.attrs, vis(&i.vis), i.trait_token.span),
            I::TraitAlias(i) => (&i.attrs, vis(&i.vis), i.trait_token.span),
            I::Type(i) => (&i.attrs, vis(&i.vis), i.type_token.span),
            I::Union(i) => (&i.attrs, vis(&i.vis), i.union_token.span),
            I::Use(i) => return i.first(),
            _ => return Pm::call_site(),
        };
        let unsafety = match self {
            I::Trait(i) => i.unsafety.as_ref().map(|u| u.span),
            I::Mod(i) => i.unsafety.as_ref().map(|u| u.span),
            _ => None,
        };
        first_of([attrs(list), v, unsafety], keyword)
    }
    fn last(&self) -> Pm {
        use syn::Item as I;
        match self {
            I::Const(i) => i.semi_token.spans[0],
            I::Enum(i) => i.last(),
            I::ExternCrate(i) => i.semi_token.spans[0],
            I::Fn(i) => i.last(),
            I::ForeignMod(i) => i.brace_token.span.close(),
            I::Impl(i) => i.last(),
            I::Macro(i) => i
                .semi_token
                .as_ref()
                .map_or_else(|| i.mac.last(), |s| s.spans[0]),
            I::Mod(i) => match (&i.content, &i.semi) {
                (Some((brace, _)), _) => brace.span.close(),
                (None, Some(s)) => s.spans[0],
                (None, None) => i.ident.span(),
            },
            I::Static(i) => i.semi_token.spans[0],
            I::Struct(i) => i.last(),
            I::Trait(i) => i.brace_token.span.close(),
            I::TraitAlias(i) => i.semi_token.spans[0],
            I::Type(i) => i.semi_token.spans[0],
            I::Union(i) => i.fields.brace_token.span.close(),
            I::Use(i) => i.last(),
            _ => Pm::call_site(),
        }
    }
}

impl Located for syn::ExprIf {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.if_token.span)
    }
    fn last(&self) -> Pm {
        self.else_branch
            .as_ref()
            .map_or_else(|| self.then_branch.last(), |(_, b)| b.last())
    }
}

impl Located for syn::ExprMatch {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.match_token.span)
    }
    fn last(&self) -> Pm {
        self.brace_token.span.close()
    }
}

impl Located for syn::ExprWhile {
    fn first(&self) -> Pm {
        first_of(
            [attrs(&self.attrs), label(&self.label)],
            self.while_token.span,
        )
    }
    fn last(&self) -> Pm {
        self.body.last()
    }
}

impl Located for syn::ExprLoop {
    fn first(&self) -> Pm {
        first_of(
            [attrs(&self.attrs), label(&self.label)],
            self.loop_token.span,
        )
    }
    fn last(&self) -> Pm {
        self.body.last()
    }
}

impl Located for syn::ExprForLoop {
    fn first(&self) -> Pm {
        first_of(
            [attrs(&self.attrs), label(&self.label)],
            self.for_token.span,
        )
    }
    fn last(&self) -> Pm {
        self.body.last()
    }
}

impl Located for syn::ExprReference {
    fn first(&self) -> Pm {
        self.and_token.spans[0]
    }
    fn last(&self) -> Pm {
        self.expr.last()
    }
}

impl Located for syn::ExprReturn {
    fn first(&self) -> Pm {
        self.return_token.span
    }
    fn last(&self) -> Pm {
        opt_last(&self.expr, self.return_token.span)
    }
}

impl Located for syn::PatIdent {
    fn first(&self) -> Pm {
        first_of(
            [
                self.by_ref.as_ref().map(|r| r.span),
                self.mutability.as_ref().map(|m| m.span),
            ],
            self.ident.span(),
        )
    }
    fn last(&self) -> Pm {
        self.subpat
            .as_ref()
            .map_or_else(|| self.ident.span(), |(_, s)| s.last())
    }
}

impl Located for syn::Receiver {
    fn first(&self) -> Pm {
        first_of(
            [
                attrs(&self.attrs),
                self.reference.as_ref().map(|(and, _)| and.spans[0]),
                self.mutability.as_ref().map(|m| m.span),
            ],
            self.self_token.span,
        )
    }
    fn last(&self) -> Pm {
        match self.colon_token {
            Some(_) => self.ty.last(),
            None => self.self_token.span,
        }
    }
}

impl Located for syn::ItemEnum {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs), vis(&self.vis)], self.enum_token.span)
    }
    fn last(&self) -> Pm {
        self.brace_token.span.close()
    }
}

impl Located for syn::ExprMethodCall {
    fn first(&self) -> Pm {
        first_of([attrs(&self.attrs)], self.receiver.first())
    }
    fn last(&self) -> Pm {
        self.paren_token.span.close()
    }
}
