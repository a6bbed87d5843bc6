//! The items of a program: functions, structs, inherent `impl` blocks
//! (associated functions and methods), constants and statics of `Copy`
//! types, and `use std::..`. Signatures are read up front so calls can be
//! checked against them in any order.

use syn::punctuated::Punctuated;

use super::{not_ownership, span_of, unsupported, Failure, R};
use crate::methods::SelfMode;
use crate::ty::{self, Ty};
use crate::Span;

/// A function's signature as the callers see it.
#[derive(Clone, Debug)]
pub(crate) struct FnSig {
    /// How callers name it: `area` for a free function, `Rect::area` for one
    /// in an `impl` block.
    pub name: String,
    pub params: Vec<Param>,
    pub ret: Ty,
    /// With explicit lifetimes: the parameters (by index) whose borrows the
    /// returned reference may hold (those sharing a lifetime with the
    /// return type). `None`: elision, the one reference parameter.
    pub ret_from: Option<Vec<usize>>,
    /// A method's `self` parameter (not among `params`).
    pub receiver: Option<Receiver>,
    /// The struct whose `impl` block holds the function (what `Self::f`
    /// calls in it).
    pub owner: Option<String>,
    /// What `self` and `Self` are in the body: the type of the `impl`
    /// block, or a trait's `Self` in a default method.
    pub self_ty: Option<Ty>,
    /// The type parameters in scope (the `impl` block's, then the
    /// function's own and its `impl Trait` arguments).
    pub generics: Vec<ty::Param>,
}

impl FnSig {
    /// This signature with the type parameters of `subst` replaced (a
    /// trait's method for one implementing type).
    pub(crate) fn subst(&self, subst: &[(ty::Param, Ty)]) -> FnSig {
        FnSig {
            params: self
                .params
                .iter()
                .map(|p| Param {
                    ty: p.ty.subst(subst),
                    ..p.clone()
                })
                .collect(),
            ret: self.ret.subst(subst),
            ..self.clone()
        }
    }

    /// The function's own name (`area` for `Shape::area`).
    pub(crate) fn method_name(&self) -> &str {
        let start = self
            .name
            .bytes()
            .rposition(|b| b == b':')
            .map_or(0, |i| i + 1);
        self.name.get(start..).unwrap_or_default()
    }
}

/// How a method takes `self`.
#[derive(Clone, Debug)]
pub(crate) struct Receiver {
    /// `&self`, `&mut self`, or `self` / `mut self`.
    pub mode: SelfMode,
    /// `mut self`: the method may change its own copy.
    pub mutable: bool,
    /// A returned reference borrows from `self` (the method elision rule,
    /// or an explicit lifetime shared with the return type).
    pub returned: bool,
    /// A returned reference borrows what the struct borrows (a lifetime of
    /// the type, `-> &'a str`), not `self`.
    pub returned_inner: bool,
    /// An argument's borrows are stored in `self` (its type names a
    /// lifetime of the type).
    pub stores: bool,
    pub span: Span,
}

/// The program's items that bodies refer to by name.
#[derive(Default)]
pub(crate) struct Items {
    /// Functions, named as callers name them (`area`, `Rect::new`, `Rect::area`).
    pub fns: Vec<FnSig>,
    /// Constants and statics: their name, type and value.
    pub consts: Vec<(String, super::Val)>,
    /// The program's traits: each one's methods, with `Self` as a type
    /// parameter bounded by the trait, and whether each has a default body.
    pub traits: Vec<(String, TraitMethods)>,
}

impl Items {
    /// The function `name` of the type `owner` (`Rect::new`), or a free
    /// function when `owner` is `None`.
    pub(crate) fn function(&self, owner: Option<&str>, name: &str) -> Option<&FnSig> {
        let full = match owner {
            Some(owner) => format!("{owner}::{name}"),
            None => name.to_string(),
        };
        self.fns.iter().find(|f| f.name == full)
    }

    /// The constant or static `name`, as far as its value is known.
    pub(crate) fn constant(&self, name: &str) -> Option<&super::Val> {
        self.consts.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// A trait's methods, each with whether it has a default body.
pub(crate) type TraitMethods = Vec<(FnSig, bool)>;

/// A function body to walk: a free function's or an `impl` block's.
pub(crate) struct Body<'a> {
    pub sig: &'a syn::Signature,
    pub block: &'a syn::Block,
}

/// What [`read_program`] finds: the function bodies with their signatures,
/// and the constants and statics.
pub(crate) struct Program<'a> {
    pub functions: Vec<(Body<'a>, FnSig)>,
    pub consts: Vec<ConstItem<'a>>,
    pub traits: Vec<(String, TraitMethods)>,
    /// A trait's default methods as each implementing type gets them
    /// (`Tweet::summarize`); their one body is the trait's.
    pub inherited: Vec<FnSig>,
}

/// A constant or static before its value is known.
pub(crate) struct ConstItem<'a> {
    pub name: String,
    pub ty: Ty,
    pub expr: &'a syn::Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: String,
    pub mutable: bool,
    pub ty: Ty,
    pub span: Span,
}

/// Lint attributes: they do not change what the program means.
const LINT_ATTRIBUTES: [&str; 4] = ["allow", "warn", "deny", "expect"];

/// Accepts doc comments and lint attributes with a list of lint names
/// (rustc rejects a malformed list); anything else is unsupported.
fn check_attributes<'a>(attrs: impl IntoIterator<Item = &'a syn::Attribute>) -> R<()> {
    for attr in attrs {
        let Some(name) = attr.path().get_ident().map(ToString::to_string) else {
            return Err(unsupported("this attribute", span_of(attr)));
        };
        if name == "doc" {
            continue;
        }
        if !LINT_ATTRIBUTES.contains(&name.as_str()) {
            return Err(unsupported("this attribute", span_of(attr)));
        }
        let lints = attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated);
        // `clippy::x` is a tool lint; other `a::b` paths are errors (E0710).
        let well_formed = lints.is_ok_and(|lints| {
            lints.iter().all(|p| {
                p.leading_colon.is_none()
                    && (p.segments.len() == 1
                        || (p.segments.len() == 2
                            && p.segments.first().is_some_and(|s| s.ident == "clippy")))
            })
        });
        if !well_formed {
            return Err(Failure::Syntax {
                line: span_of(attr).line,
                message: format!("malformed `{name}` attribute: expected a list of lint names"),
            });
        }
    }
    Ok(())
}

/// Whether `fn main` may return `ret`: `()` or `Result<(), E>` with a `Debug` error.
fn main_returns_ok(ret: &Ty) -> bool {
    match ret {
        Ty::Unit => true,
        Ty::Result(ok, e) => **ok == Ty::Unit && e.is_debug(),
        _ => false,
    }
}

/// Checks the items and reads every function's signature, and every
/// constant's type (their values are computed by the walker).
pub(super) fn read_program(file: &syn::File) -> R<Program<'_>> {
    check_attributes(&file.attrs)?;
    let mut imports = Vec::new();
    for item in &file.items {
        if let syn::Item::Use(u) = item {
            imported_names(&u.tree, &mut Vec::new(), &mut imports)
                .map_err(|what| unsupported(what, span_of(u)))?;
        }
    }
    ty::set_imports(imports);
    ty::set_lengths(array_lengths(file));
    ty::set_variant_imports(Vec::new());
    let traits_named = read_trait_names(file)?;
    let spans = read_structs(file)?;
    read_trait_impls(file, traits_named)?;
    check_derives(&spans)?;
    let mut traits = Vec::new();
    let mut inherited = Vec::new();
    let mut functions: Vec<(Body<'_>, FnSig)> = Vec::new();
    let mut consts: Vec<ConstItem<'_>> = Vec::new();
    let mut variants: Vec<(String, String)> = Vec::new();
    let define = |name: &str, span: Span, functions: &[(Body<'_>, FnSig)]| {
        if functions.iter().any(|(_, s)| s.name == name) {
            return Err(not_ownership(
                "duplicate definitions",
                span,
                format!("`{name}` is defined twice (rustc: E0428/E0201)"),
            ));
        }
        Ok(())
    };
    for item in &file.items {
        let span = span_of(item);
        match item {
            syn::Item::Fn(f) => {
                check_attributes(&f.attrs)?;
                let sig = read_signature(&f.sig, &Ctx::default())?;
                define(&sig.name, span, &functions)?;
                let body = Body {
                    sig: &f.sig,
                    block: &f.block,
                };
                functions.push((body, sig));
            }
            syn::Item::Use(u) => {
                let from_std = match &u.tree {
                    syn::UseTree::Path(p) => p.ident == "std",
                    _ => false,
                };
                if !from_std {
                    variant_imports(&u.tree)
                        .map_err(|what| unsupported(what, span))?
                        .into_iter()
                        .for_each(|v| variants.push(v));
                }
            }
            syn::Item::Struct(_) => {}

            syn::Item::Trait(t) => {
                let (sigs, defaults) = read_trait(t)?;
                functions.extend(defaults);
                traits.push((t.ident.to_string(), sigs));
            }
            syn::Item::Impl(imp) => {
                for (body, sig) in read_impl(imp, &traits, &mut inherited)? {
                    define(&sig.name, span_of(body.sig), &functions)?;
                    functions.push((body, sig));
                }
            }
            syn::Item::Const(c) => {
                check_attributes(&c.attrs)?;
                if !c.generics.params.is_empty() {
                    return Err(unsupported("generic constants", span));
                }
                consts.push(const_item(&c.ident, &c.ty, &c.expr, span, &consts)?);
            }
            syn::Item::Static(st) => {
                check_attributes(&st.attrs)?;
                if !matches!(st.mutability, syn::StaticMutability::None) {
                    return Err(unsupported("`static mut` (it needs `unsafe`)", span));
                }
                consts.push(const_item(&st.ident, &st.ty, &st.expr, span, &consts)?);
            }
            syn::Item::Enum(_) => {}
            syn::Item::Mod(_) => return Err(unsupported("modules", span)),
            syn::Item::Type(_) => return Err(unsupported("type aliases", span)),
            syn::Item::Macro(_) => return Err(unsupported("macro definitions", span)),
            _ => return Err(unsupported("this kind of item", span)),
        }
    }
    ty::set_variant_imports(variants);
    let main = functions.iter().find(|(_, s)| s.name == "main");
    match main {
        None => Err(Failure::Unsupported {
            construct: "no `fn main`".into(),
            line: 1,
            message:
                "the program has no `fn main`: write a complete program with a `main` function"
                    .into(),
        }),
        // `main` may return `Result<(), E>` with a `Debug` error (`Termination`).
        Some((f, sig)) if !sig.params.is_empty() || !main_returns_ok(&sig.ret) => {
            Err(not_ownership(
                "`main` with parameters or another return type",
                span_of(f.sig),
                "`fn main` takes no parameters and returns `()` or `Result<(), E>` (rustc: \
             E0277)"
                    .into(),
            ))
        }
        Some(_) => Ok(Program {
            functions,
            consts,
            traits,
            inherited,
        }),
    }
}

/// `const NAME: T = expr;` or `static NAME: T = expr;` with a `Copy` type:
/// every use is a copy of its value, and a reference to it lives as long as
/// the program (`'static`), so it never takes part in a borrow error.
fn const_item<'a>(
    ident: &syn::Ident,
    ty: &syn::Type,
    expr: &'a syn::Expr,
    span: Span,
    earlier: &[ConstItem<'_>],
) -> R<ConstItem<'a>> {
    let name = ident.to_string();
    if earlier.iter().any(|c| c.name == name) {
        return Err(not_ownership(
            "duplicate definitions",
            span,
            format!("`{name}` is defined twice (rustc: E0428)"),
        ));
    }
    let ty = ty::from_syn(ty).map_err(|what| unsupported(what, span_of(ty)))?;
    if !ty.is_copy() || matches!(ty, Ty::Ref(_, ref t) if !matches!(**t, Ty::Str)) {
        return Err(unsupported(
            "constants and statics other than numbers, `bool`, `char` and `&str`",
            span,
        ));
    }
    Ok(ConstItem {
        name,
        ty,
        expr,
        span,
    })
}

/// `use List::{Cons, Nil};` (or `use List::Nil;`): the variants of one of the program's
/// enums, imported by name, as (variant, enum). Errors: any other `use` outside `std`.
fn variant_imports(tree: &syn::UseTree) -> Result<Vec<(String, String)>, String> {
    let outside = || "`use` of paths outside `std`".to_string();
    let syn::UseTree::Path(p) = tree else {
        return Err(outside());
    };
    let owner = p.ident.to_string();
    let def = ty::struct_def(&owner)
        .filter(|d| d.variants.is_some())
        .ok_or_else(outside)?;
    let names: Vec<&syn::UseName> = match &*p.tree {
        syn::UseTree::Name(n) => vec![n],
        syn::UseTree::Group(g) => g
            .items
            .iter()
            .map(|t| match t {
                syn::UseTree::Name(n) => Ok(n),
                _ => Err("this `use` of an enum's variants".to_string()),
            })
            .collect::<Result<_, _>>()?,
        _ => return Err("this `use` of an enum's variants".into()),
    };
    names
        .into_iter()
        .map(|n| {
            let name = n.ident.to_string();
            match def.variant(&name) {
                Some(_) => Ok((name, owner.clone())),
                None => Err(format!("`use {owner}::{name}`, which is not a variant")),
            }
        })
        .collect()
}

/// The program's `const NAME: usize = <number>;` items, which array types may use as
/// lengths (`[u32; ROUNDS]`).
fn array_lengths(file: &syn::File) -> Vec<(String, usize)> {
    let usize_type = |t: &syn::Type| matches!(t, syn::Type::Path(p) if p.path.is_ident("usize"));
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Const(c) if usize_type(&c.ty) => {
                Some((c.ident.to_string(), ty::array_length(&c.expr)?))
            }
            _ => None,
        })
        .collect()
}

/// Where a signature is: in an `impl` block or trait (`owner`, what
/// `Self` is, the type's lifetimes as the block names them) or free.
#[derive(Default)]
struct Ctx {
    owner: Option<String>,
    self_ty: Option<Ty>,
    type_lifetimes: Vec<String>,
    /// The block's type parameters (`impl<T> Stack<T>`).
    generics: Vec<ty::Param>,
}

/// The type parameters of `generics` with their bounds (inline and in the
/// `where` clause), and the names of its lifetime parameters.
fn read_generics(generics: &syn::Generics, span: Span) -> R<(Vec<ty::Param>, Vec<String>)> {
    let mut params = Vec::new();
    let mut lifetimes = Vec::new();
    for p in &generics.params {
        match p {
            syn::GenericParam::Lifetime(l) if l.bounds.is_empty() && l.colon_token.is_none() => {
                lifetimes.push(l.lifetime.ident.to_string());
            }
            syn::GenericParam::Type(t) if t.default.is_none() => {
                params.push(ty::Param::named(&t.ident.to_string()));
            }
            syn::GenericParam::Lifetime(_) => return Err(unsupported("lifetime bounds", span)),
            _ => return Err(unsupported("this kind of generic parameter", span)),
        }
    }
    // Then the bounds (inline, then `where`), which may name any of them
    // (`F: Fn(T) -> T`).
    let mut bounds = Vec::new();
    for p in &generics.params {
        if let syn::GenericParam::Type(t) = p {
            bounds.push((&t.ident, &t.bounds));
        }
    }
    for pred in generics.where_clause.iter().flat_map(|w| &w.predicates) {
        let syn::WherePredicate::Type(pt) = pred else {
            return Err(unsupported("lifetime bounds", span));
        };
        let named = match &pt.bounded_ty {
            syn::Type::Path(tp) if pt.lifetimes.is_none() => tp.path.get_ident(),
            _ => None,
        };
        let Some(name) = named.filter(|n| params.iter().any(|p| **n == p.name)) else {
            return Err(unsupported("`where` clauses on other types", span));
        };
        bounds.push((name, &pt.bounds));
    }
    let scope = params.clone();
    for (name, list) in bounds {
        if let Some(param) = params.iter_mut().find(|p| *name == p.name) {
            ty::with_scope(ty::self_ty(), &scope, || ty::add_bounds(param, list))
                .map_err(|what| unsupported(what, span))?;
        }
    }
    Ok((params, lifetimes))
}

/// A function's parameters and return type; lifetime elision must
/// determine what a returned reference borrows from.
fn read_signature(sig: &syn::Signature, ctx: &Ctx) -> R<FnSig> {
    let span = span_of(sig);
    let (own, _) = read_generics(&sig.generics, span)?;
    let mut generics = [ctx.generics.clone(), own].concat();
    let scope = generics.clone();
    ty::with_scope(ctx.self_ty.clone(), &scope, || {
        read_signature_in(sig, ctx, &mut generics)
    })
}

fn read_signature_in(sig: &syn::Signature, ctx: &Ctx, generics: &mut Vec<ty::Param>) -> R<FnSig> {
    let span = span_of(sig);
    let owner = ctx.owner.as_deref();
    let type_lifetimes = &ctx.type_lifetimes[..];
    if sig.constness.is_some()
        || sig.asyncness.is_some()
        || sig.unsafety.is_some()
        || sig.abi.is_some()
    {
        return Err(unsupported(
            "`const`, `async`, `unsafe` and `extern` functions",
            span,
        ));
    }
    if sig.variadic.is_some() {
        return Err(unsupported("variadic functions", span));
    }
    let mut params = Vec::new();
    let mut param_lifetimes: Vec<Vec<String>> = Vec::new();
    let mut receiver = None;
    let mut self_lifetime = None;
    for input in &sig.inputs {
        let pat_ty = match input {
            syn::FnArg::Typed(pat_ty) => pat_ty,
            syn::FnArg::Receiver(r) => {
                if r.colon_token.is_some() {
                    return Err(unsupported(
                        "typed `self` parameters (`self: T`)",
                        span_of(r),
                    ));
                }
                if owner.is_none() {
                    return Err(not_ownership(
                        "`self` outside an `impl` block",
                        span_of(r),
                        "`self` parameters are only allowed in `impl` blocks (rustc)".into(),
                    ));
                }
                let mode = match &r.reference {
                    Some(_) if r.mutability.is_some() => SelfMode::Mut,
                    Some(_) => SelfMode::Shared,
                    None => SelfMode::Value,
                };
                self_lifetime = r
                    .reference
                    .as_ref()
                    .and_then(|(_, l)| l.as_ref().map(|l| l.ident.to_string()));
                receiver = Some(Receiver {
                    mode,
                    mutable: r.reference.is_none() && r.mutability.is_some(),
                    returned: false,
                    returned_inner: false,
                    stores: false,
                    span: span_of(r),
                });
                continue;
            }
        };
        let syn::Pat::Ident(pat) = &*pat_ty.pat else {
            return Err(unsupported("patterns in parameters", span_of(&pat_ty.pat)));
        };
        if pat.by_ref.is_some() || pat.subpat.is_some() {
            return Err(unsupported("patterns in parameters", span_of(pat)));
        }
        let ty = ty::from_syn(&pat_ty.ty).map_err(|what| unsupported(what, span_of(&pat_ty.ty)))?;
        // `impl Trait` in a parameter is an anonymous type parameter.
        let ty = ty.opaque_to_generic(generics);
        param_lifetimes.push(lifetimes_in(&pat_ty.ty));
        params.push(Param {
            name: pat.ident.to_string(),
            mutable: pat.mutability.is_some(),
            ty,
            span: span_of(pat),
        });
    }
    let ret = match &sig.output {
        syn::ReturnType::Default => Ty::Unit,
        syn::ReturnType::Type(_, t) => {
            ty::from_syn(t).map_err(|what| unsupported(what, span_of(t)))?
        }
    };
    let ret_lifetimes = match &sig.output {
        // `Self` carries the impl's lifetimes (`impl<'a> Excerpt<'a>`).
        syn::ReturnType::Type(_, t) if is_self(t) => type_lifetimes.to_vec(),
        syn::ReturnType::Type(_, t) => lifetimes_in(t),
        syn::ReturnType::Default => Vec::new(),
    };
    // A result that names only the lifetime of a struct behind a reference
    // (`fn f<'a>(e: &Excerpt<'a>) -> &'a str`) borrows what the struct
    // borrows, not the struct: the engine cannot tell the two apart there.
    for (input, p) in sig.inputs.iter().zip(&params) {
        let syn::FnArg::Typed(pt) = input else {
            continue;
        };
        if let (syn::Type::Reference(r), Ty::Ref(_, inner)) = (&*pt.ty, &p.ty) {
            let own = r.lifetime.as_ref().map(|l| l.ident.to_string());
            let inner_named = lifetimes_in(&r.elem);
            let through = inner.has_refs()
                && inner_named.iter().any(|l| ret_lifetimes.contains(l))
                && !own.is_some_and(|l| ret_lifetimes.contains(&l));
            if through && ret.has_refs() {
                return Err(unsupported(
                    "returning what a struct borrows through a reference to the struct",
                    span_of(&pt.ty),
                ));
            }
        }
    }
    let ret_from = (ret.has_refs() && !ret_lifetimes.is_empty()).then(|| {
        param_lifetimes
            .iter()
            .enumerate()
            .filter(|(_, ls)| ls.iter().any(|l| ret_lifetimes.contains(l)))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    let by_ref_self = receiver.as_ref().is_some_and(|r| r.mode != SelfMode::Value);
    let of_type = |ls: &[String]| {
        ls.iter()
            .any(|l| l != "_" && l != "static" && type_lifetimes.contains(l))
    };
    if let Some(r) = receiver.as_mut() {
        // Elision for methods: a returned reference borrows from `&self`.
        r.returned = ret.has_refs()
            && match (&self_lifetime, ret_from.is_some()) {
                (Some(l), true) => ret_lifetimes.contains(l),
                (None, true) => false,
                (_, false) => by_ref_self,
            };
        // `-> &'a str` in `impl<'a> Excerpt<'a>`: what the struct borrows.
        r.returned_inner = ret.has_refs() && of_type(&ret_lifetimes);
        // `fn set(&mut self, part: &'a str)`: the argument's borrows go into `self`.
        r.stores = r.mode == SelfMode::Mut && param_lifetimes.iter().any(|ls| of_type(ls));
    }
    let ret_from = if by_ref_self && ret.has_refs() {
        Some(ret_from.unwrap_or_default())
    } else {
        ret_from
    };
    if ret.has_refs() && ret_from.is_none() {
        let inputs: usize = params.iter().map(|p| p.ty.ref_count()).sum();
        if inputs != 1 {
            return Err(not_ownership(
                "lifetime annotations",
                span_of(&sig.output),
                "a function returning a reference needs exactly one reference parameter here \
                 (lifetime elision); otherwise rustc asks for lifetime annotations (E0106), \
                 which are not supported yet"
                    .into(),
            ));
        }
    }
    let name = match owner {
        Some(owner) => format!("{owner}::{}", sig.ident),
        None => sig.ident.to_string(),
    };
    Ok(FnSig {
        name,
        params,
        ret,
        ret_from,
        receiver,
        owner: owner.map(str::to_string),
        self_ty: ctx.self_ty.clone(),
        generics: generics.clone(),
    })
}

/// Registers the program's trait names (so bounds may name them), then
/// reads each trait's supertraits.
fn read_trait_names(file: &syn::File) -> R<Vec<(String, Vec<String>)>> {
    let traits: Vec<&syn::ItemTrait> = file
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Trait(t) => Some(t),
            _ => None,
        })
        .collect();
    let mut named: Vec<(String, Vec<String>)> = traits
        .iter()
        .map(|t| (t.ident.to_string(), Vec::new()))
        .collect();
    ty::set_traits(named.clone(), Vec::new());
    for (t, (_, supers)) in traits.iter().zip(named.iter_mut()) {
        *supers =
            ty::bounds_of(&t.supertraits).map_err(|what| unsupported(what, span_of(&t.ident)))?;
    }
    ty::set_traits(named.clone(), Vec::new());
    Ok(named)
}

/// Registers the program's `impl Trait for Type` blocks, beside its traits
/// (`named`, from [`read_trait_names`]).
fn read_trait_impls(file: &syn::File, named: Vec<(String, Vec<String>)>) -> R<()> {
    let mut impls = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        let Some((bang, path, _)) = &imp.trait_ else {
            continue;
        };
        let name = path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let known = ty::trait_named(path);
        if bang.is_some() || known.is_err() || matches!(name.as_str(), "Send" | "Sync") {
            return Err(unsupported(format!("implementing `{name}`"), span_of(path)));
        }
        if !imp.generics.params.is_empty() {
            return Err(unsupported("generic `impl` blocks", span_of(imp)));
        }
        let self_ty =
            ty::from_syn(&imp.self_ty).map_err(|what| unsupported(what, span_of(&imp.self_ty)))?;
        impls.push((name, self_ty));
    }
    ty::set_traits(named, impls);
    Ok(())
}

/// A trait's methods as signatures with `Self` a type parameter bounded
/// by the trait, and the default methods' bodies to walk once.
fn read_trait(t: &syn::ItemTrait) -> R<(TraitMethods, Vec<(Body<'_>, FnSig)>)> {
    let span = span_of(&t.ident);
    check_attributes(&t.attrs)?;
    if t.unsafety.is_some() || t.auto_token.is_some() || !t.generics.params.is_empty() {
        return Err(unsupported("generic, `unsafe` and `auto` traits", span));
    }
    let name = t.ident.to_string();
    let ctx = Ctx {
        owner: Some(name.clone()),
        self_ty: Some(Ty::Param(Box::new(ty::Param::trait_self(&name)))),
        type_lifetimes: Vec::new(),
        generics: Vec::new(),
    };
    let mut sigs = Vec::new();
    let mut defaults = Vec::new();
    for item in &t.items {
        let syn::TraitItem::Fn(f) = item else {
            return Err(unsupported("associated types and constants", span_of(item)));
        };
        check_attributes(&f.attrs)?;
        let mut sig = read_signature(&f.sig, &ctx)?;
        sig.owner = None;
        if let Some(block) = &f.default {
            let body = Body { sig: &f.sig, block };
            defaults.push((body, sig.clone()));
        }
        sigs.push((sig, f.default.is_some()));
    }
    Ok((sigs, defaults))
}

/// An `impl` block: an inherent `impl Type { .. }` of a struct or enum of
/// the program (`impl<T> Stack<T>`, `impl Point<f32>`), or `impl Trait for
/// Type`. Its functions are the type's (`Stack::push`), each a body of its
/// own; a trait's methods are checked against the trait, and a program
/// trait's default methods become the type's too, through `inherited`.
fn read_impl<'a>(
    imp: &'a syn::ItemImpl,
    traits: &[(String, TraitMethods)],
    inherited: &mut Vec<FnSig>,
) -> R<Vec<(Body<'a>, FnSig)>> {
    let span = span_of(imp);
    check_attributes(&imp.attrs)?;
    if imp.unsafety.is_some() || imp.defaultness.is_some() {
        return Err(unsupported("`unsafe` and `default` impls", span));
    }
    let (generics, impl_lifetimes) = read_generics(&imp.generics, span)?;
    let self_span = span_of(&imp.self_ty);
    let self_ty = ty::with_scope(None, &generics, || ty::from_syn(&imp.self_ty))
        .map_err(|what| unsupported(what, self_span))?;
    let trait_name = imp
        .trait_
        .as_ref()
        .and_then(|(_, p, _)| p.segments.last())
        .map(|s| s.ident.to_string());
    let owner = match (&self_ty, &trait_name) {
        (Ty::Struct(n, _), _) => n.clone(),
        (other, Some(_)) => other.to_string(),
        (other, None) => {
            return Err(unsupported(
                format!("`impl` blocks for `{other}` (only for the program's structs and enums)"),
                self_span,
            ))
        }
    };
    // `impl<'a> Excerpt<'a>`: the type's lifetimes, as the impl names them.
    let self_lifetimes = lifetimes_in(&imp.self_ty);
    let expected = ty::struct_def(&owner).map_or(0, |d| d.lifetimes.len());
    if self_lifetimes.len() != expected
        || self_lifetimes
            .iter()
            .any(|l| l != "_" && l != "static" && !impl_lifetimes.contains(l))
    {
        return Err(not_ownership(
            "`impl` blocks without the type's lifetimes",
            self_span,
            format!("write the lifetimes of `{owner}`, as in `impl<'a> {owner}<'a>` (rustc: E0726/E0261)"),
        ));
    }
    let trait_name = trait_name.unwrap_or_default();
    // The methods the trait has (a std trait: those it asks for).
    let declared = traits
        .iter()
        .find(|(t, _)| *t == trait_name)
        .map(|(_, m)| m);
    let std_required: &[&str] = match trait_name.as_str() {
        "Display" | "Debug" => &["fmt"],
        "Clone" => &["clone"],
        "PartialEq" => &["eq"],
        "Default" => &["default"],
        _ => &[],
    };
    let ctx = Ctx {
        owner: Some(owner.clone()),
        self_ty: Some(self_ty.clone()),
        type_lifetimes: self_lifetimes,
        generics,
    };
    let mut out = Vec::new();
    for item in &imp.items {
        let syn::ImplItem::Fn(f) = item else {
            return Err(unsupported("associated types and constants", span_of(item)));
        };
        check_attributes(&f.attrs)?;
        if f.defaultness.is_some() {
            return Err(unsupported("`default` functions", span_of(f)));
        }
        let fname = f.sig.ident.to_string();
        let in_trait = match declared {
            Some(sigs) => sigs.iter().any(|(s, _)| s.method_name() == fname),
            None => trait_name.is_empty() || std_required.contains(&fname.as_str()),
        };
        if !in_trait {
            return Err(not_ownership(
                "methods that are not in the trait",
                span_of(&f.sig.ident),
                format!("`{fname}` is not a method of `{trait_name}` (rustc: E0407)"),
            ));
        }
        let sig = read_signature(&f.sig, &ctx)?;
        let body = Body {
            sig: &f.sig,
            block: &f.block,
        };
        out.push((body, sig));
    }
    let written = |m: &str| out.iter().any(|(b, _)| b.sig.ident == m);
    let missing = match declared {
        Some(sigs) => sigs
            .iter()
            .find(|(s, default)| !default && !written(s.method_name()))
            .map(|(s, _)| s.method_name()),
        None => std_required.iter().copied().find(|m| !written(m)),
    };
    if let Some(m) = missing {
        return Err(not_ownership(
            "missing trait methods",
            span,
            format!("`impl {trait_name} for {owner}` does not define `{m}` (rustc: E0046)"),
        ));
    }
    for (s, _) in declared.into_iter().flatten() {
        let m = s.method_name();
        if !written(m) {
            inherited.push(FnSig {
                name: format!("{owner}::{m}"),
                owner: Some(owner.clone()),
                self_ty: Some(self_ty.clone()),
                ..s.subst(&[(ty::Param::trait_self(&trait_name), self_ty.clone())])
            });
        }
    }
    Ok(out)
}

/// A `struct` or `enum` item, before its field types are read.
enum Shape<'a> {
    Struct(&'a syn::Fields),
    Enum(&'a Punctuated<syn::Variant, syn::Token![,]>),
}

/// Reads every `struct` (named fields) and `enum` (unit, tuple and struct
/// variants) with its derives into the type registry, in two passes so
/// that a field may name a type defined later.
fn read_structs(file: &syn::File) -> R<Vec<Span>> {
    let mut items: Vec<(
        Shape<'_>,
        &[syn::Attribute],
        &syn::Generics,
        &syn::Ident,
        Span,
    )> = Vec::new();
    for item in &file.items {
        match item {
            syn::Item::Struct(s) => {
                items.push((
                    Shape::Struct(&s.fields),
                    &s.attrs,
                    &s.generics,
                    &s.ident,
                    span_of(s),
                ));
            }
            syn::Item::Enum(e) => {
                items.push((
                    Shape::Enum(&e.variants),
                    &e.attrs,
                    &e.generics,
                    &e.ident,
                    span_of(e),
                ));
            }
            _ => {}
        }
    }
    let mut defs = Vec::new();
    for (shape, attrs, generics, ident, span) in &items {
        let span = *span;
        let (params, lifetimes) = read_generics(generics, span)?;
        let name = ident.to_string();
        if defs.iter().any(|d: &ty::StructDef| d.name == name) {
            return Err(not_ownership(
                "duplicate types",
                span,
                format!("`{name}` is defined twice (rustc: E0428)"),
            ));
        }
        let derives = read_derives(attrs, span)?;
        let variants = match shape {
            Shape::Struct(_) => None,
            Shape::Enum(_) if derives.contains(&"Default") => {
                return Err(unsupported("`#[derive(Default)]` on enums", span));
            }
            Shape::Enum(variants) => Some(
                variants
                    .iter()
                    .map(|v| ty::VariantDef {
                        name: v.ident.to_string(),
                        named: matches!(v.fields, syn::Fields::Named(_)),
                        tuple: matches!(v.fields, syn::Fields::Unnamed(_)),
                        fields: Vec::new(),
                    })
                    .collect(),
            ),
        };
        let (tuple, unit) = match shape {
            Shape::Struct(fields) => (
                matches!(fields, syn::Fields::Unnamed(_)),
                matches!(fields, syn::Fields::Unit),
            ),
            Shape::Enum(_) => (false, false),
        };
        defs.push(ty::StructDef {
            name,
            fields: Vec::new(),
            derives,
            variants,
            lifetimes,
            params,
            tuple,
            unit,
        });
    }
    // Names first, so that field types can refer to any type.
    ty::set_structs(defs.clone());
    for ((shape, ..), def) in items.iter().zip(defs.iter_mut()) {
        match shape {
            Shape::Struct(fields) => {
                def.fields = read_fields(fields.iter(), def)?;
            }
            Shape::Enum(variants) => {
                let shell = def.clone();
                for (v, vdef) in variants.iter().zip(def.variants.iter_mut().flatten()) {
                    check_attributes(&v.attrs)?;
                    if v.discriminant.is_some() {
                        return Err(unsupported("explicit discriminants (`A = 1`)", span_of(v)));
                    }
                    if vdef.named || vdef.tuple {
                        vdef.fields = read_fields(v.fields.iter(), &shell)?;
                    }
                }
            }
        }
    }
    ty::set_structs(defs);
    Ok(items.iter().map(|(.., span)| *span).collect())
}

/// Checks what each struct's and enum's `#[derive(..)]` needs of its fields (at `spans`, in
/// the order [`read_structs`] read them), once the program's own trait impls are known
/// (`impl Default for Level` makes a field of type `Level` `Default`).
fn check_derives(spans: &[Span]) -> R<()> {
    for (def, &span) in ty::struct_defs().iter().zip(spans) {
        // A field of a type parameter's type gets the derive's bound.
        let fields: Vec<&Ty> = def
            .field_types()
            .filter(|t| !t.mentions(&def.params))
            .collect();
        if def.derives("Copy") && !fields.iter().all(|t| t.is_copy()) {
            return Err(not_ownership(
                "`Copy` types with non-`Copy` fields",
                span,
                format!(
                    "`{}` cannot be `Copy`: a field is not `Copy` (rustc: E0204)",
                    def.name
                ),
            ));
        }
        if def.derives("Clone") && !fields.iter().all(|t| clonable(t)) {
            return Err(unsupported(
                "`Clone` structs with fields that are not `Clone`",
                span,
            ));
        }
        for t in def
            .derives
            .iter()
            .filter(|t| !matches!(**t, "Copy" | "Clone"))
        {
            if !fields.iter().all(|f| f.implements(t)) {
                return Err(not_ownership(
                    format!("`{t}` types with fields that are not `{t}`"),
                    span,
                    format!(
                        "a field of `{}` is not `{t}` (rustc: E0277/E0369)",
                        def.name
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The traits of a `#[derive(..)]` (std ones only), checking what each
/// needs beside it; other attributes must be lint attributes.
fn read_derives(attrs: &[syn::Attribute], span: Span) -> R<Vec<&'static str>> {
    let mut derives: Vec<&'static str> = Vec::new();
    let mut other = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("derive") {
            let traits = attr
                .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map_err(|e| super::syntax(&e))?;
            for t in traits {
                let name = t.get_ident().map(ToString::to_string).unwrap_or_default();
                let Some(known) = ty::DERIVABLE.iter().find(|d| **d == name) else {
                    return Err(unsupported(
                        "deriving traits other than the std ones (`Debug`, `Clone`, `Copy`, \
                         `PartialEq`, `Eq`, `PartialOrd`, `Ord`, `Hash`, `Default`)",
                        span_of(&t),
                    ));
                };
                derives.push(known);
            }
        } else {
            other.push(attr);
        }
    }
    check_attributes(other)?;
    // What each derive needs derived beside it (rustc: E0277).
    for (t, needs) in [
        ("Copy", "Clone"),
        ("Eq", "PartialEq"),
        ("PartialOrd", "PartialEq"),
        ("Ord", "Eq"),
        ("Ord", "PartialOrd"),
    ] {
        if derives.contains(&t) && !derives.contains(&needs) {
            return Err(not_ownership(
                format!("`{t}` without `{needs}`"),
                span,
                format!("`#[derive({t})]` needs `{needs}` too (rustc: E0277)"),
            ));
        }
    }
    Ok(derives)
}

/// The fields of a struct or variant of the type `owner`, by name (`0`,
/// `1`, … for a tuple variant's).
fn read_fields<'a>(
    fields: impl IntoIterator<Item = &'a syn::Field>,
    def: &ty::StructDef,
) -> R<Vec<(String, Ty)>> {
    let (owner, lifetimes) = (&def.name, &def.lifetimes);
    let mut out = Vec::new();
    for (i, f) in fields.into_iter().enumerate() {
        check_attributes(&f.attrs)?;
        let fname = f
            .ident
            .as_ref()
            .map_or_else(|| i.to_string(), ToString::to_string);
        let fty = ty::with_scope(None, &def.params, || ty::from_syn(&f.ty))
            .map_err(|what| unsupported(what, span_of(&f.ty)))?;
        if fty.has_refs() {
            // Every reference names one of the type's lifetimes (or `'static`).
            let named = lifetimes_in(&f.ty);
            let ok = named.len() == fty.ref_count()
                && named.iter().all(|l| l == "static" || lifetimes.contains(l));
            if !ok {
                return Err(not_ownership(
                    "references in fields without a lifetime",
                    span_of(&f.ty),
                    format!(
                        "a reference in a field of `{owner}` needs a lifetime of the type, as in \
                         `struct {owner}<'a> {{ part: &'a str }}` (rustc: E0106/E0261)"
                    ),
                ));
            }
        }
        if matches!(&fty, Ty::Struct(n, _) if n == owner) {
            return Err(not_ownership(
                "recursive types",
                span_of(&f.ty),
                "a type cannot contain itself directly; put it in a `Box` (rustc: E0072)".into(),
            ));
        }
        out.push((fname, fty));
    }
    Ok(out)
}

/// The names a `use std::..` tree brings into scope (`use
/// std::collections::{HashMap, HashSet};` gives both), with the path to each.
fn imported_names(
    tree: &syn::UseTree,
    path: &mut Vec<String>,
    out: &mut Vec<String>,
) -> Result<(), String> {
    match tree {
        syn::UseTree::Path(p) => {
            path.push(p.ident.to_string());
            let r = imported_names(&p.tree, path, out);
            path.pop();
            r
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            out.push(if name == "self" {
                path.last().cloned().unwrap_or_default()
            } else {
                name
            });
            Ok(())
        }
        syn::UseTree::Rename(_) => Err("`use .. as ..`".into()),
        syn::UseTree::Glob(_) if path.as_slice() == ["std", "collections"] => {
            out.extend(ty::COLLECTIONS.iter().map(|c| c.to_string()));
            Ok(())
        }
        syn::UseTree::Glob(_) => Err("`use ..::*` outside `std::collections`".into()),
        syn::UseTree::Group(g) => g
            .items
            .iter()
            .try_for_each(|t| imported_names(t, path, out)),
    }
}

/// Whether a written type is `Self`.
fn is_self(t: &syn::Type) -> bool {
    matches!(t, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("Self"))
}

/// Whether `.clone()` works on a value of type `t`.
pub(crate) fn clonable(t: &Ty) -> bool {
    match t {
        Ty::Struct(..) => t.implements("Clone"),
        Ty::Vec(t) | Ty::Box(t) | Ty::Option(t) => clonable(t),
        Ty::Result(t, e) => clonable(t) && clonable(e),
        _ => true,
    }
}

/// The named lifetimes of the references in a written type (`'a` in
/// `&'a str` or `Vec<&'a str>`), in order; `'static` included.
fn lifetimes_in(t: &syn::Type) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![t];
    // Bounded: types were checked for nesting before parsing.
    while let Some(t) = stack.pop() {
        match t {
            syn::Type::Reference(r) => {
                if let Some(l) = &r.lifetime {
                    out.push(l.ident.to_string());
                }
                stack.push(&r.elem);
            }
            syn::Type::Paren(p) => stack.push(&p.elem),
            syn::Type::Group(g) => stack.push(&g.elem),
            syn::Type::Slice(s) => stack.push(&s.elem),
            syn::Type::Array(a) => stack.push(&a.elem),
            syn::Type::Tuple(t) => stack.extend(t.elems.iter()),
            syn::Type::Path(p) => {
                for seg in &p.path.segments {
                    if let syn::PathArguments::AngleBracketed(a) = &seg.arguments {
                        for arg in &a.args {
                            match arg {
                                syn::GenericArgument::Type(t) => stack.push(t),
                                syn::GenericArgument::Lifetime(l) => out.push(l.ident.to_string()),
                                _ => {}
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}
