//! The items of a program: only functions (and `use std::..`) are in the
//! subset. Signatures are read up front so calls can be checked against
//! them in any order.

use syn::punctuated::Punctuated;

use super::{not_ownership, span_of, unsupported, Failure, R};
use crate::ty::{self, Ty};
use crate::Span;

/// A function's signature as the callers see it.
#[derive(Clone, Debug)]
pub(crate) struct FnSig {
    pub name: String,
    pub params: Vec<Param>,
    pub ret: Ty,
    /// With explicit lifetimes: the parameters (by index) whose borrows the
    /// returned reference may hold (those sharing a lifetime with the
    /// return type). `None`: elision, the one reference parameter.
    pub ret_from: Option<Vec<usize>>,
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

/// Checks the items and reads every function's signature.
pub(super) fn read_program(file: &syn::File) -> R<Vec<(&syn::ItemFn, FnSig)>> {
    check_attributes(&file.attrs)?;
    read_structs(file)?;
    let mut functions: Vec<(&syn::ItemFn, FnSig)> = Vec::new();
    for item in &file.items {
        let span = span_of(item);
        match item {
            syn::Item::Fn(f) => {
                let sig = read_signature(f)?;
                if functions.iter().any(|(_, s)| s.name == sig.name) {
                    return Err(not_ownership(
                        "duplicate functions",
                        span,
                        format!("`{}` is defined twice (rustc: E0428)", sig.name),
                    ));
                }
                functions.push((f, sig));
            }
            syn::Item::Use(u) => {
                let from_std = match &u.tree {
                    syn::UseTree::Path(p) => p.ident == "std",
                    _ => false,
                };
                if !from_std {
                    return Err(unsupported("`use` of paths outside `std`", span));
                }
            }
            syn::Item::Struct(_) => {}
            syn::Item::Enum(_) => return Err(unsupported("enums", span)),
            syn::Item::Impl(_) => return Err(unsupported("`impl` blocks", span)),
            syn::Item::Trait(_) => return Err(unsupported("traits", span)),
            syn::Item::Const(_) => return Err(unsupported("constants", span)),
            syn::Item::Static(_) => return Err(unsupported("statics", span)),
            syn::Item::Mod(_) => return Err(unsupported("modules", span)),
            syn::Item::Type(_) => return Err(unsupported("type aliases", span)),
            syn::Item::Macro(_) => return Err(unsupported("macro definitions", span)),
            _ => return Err(unsupported("this kind of item", span)),
        }
    }
    let main = functions.iter().find(|(_, s)| s.name == "main");
    match main {
        None => Err(Failure::Unsupported {
            construct: "no `fn main`".into(),
            line: 1,
            message:
                "the program has no `fn main`: write a complete program with a `main` function"
                    .into(),
        }),
        Some((f, sig)) if !sig.params.is_empty() || sig.ret != Ty::Unit => Err(not_ownership(
            "`main` with parameters or a return value",
            span_of(&f.sig),
            "`fn main` takes no parameters and returns nothing in this checker".into(),
        )),
        Some(_) => Ok(functions),
    }
}

/// A function's parameters and return type; lifetime elision must
/// determine what a returned reference borrows from.
fn read_signature(f: &syn::ItemFn) -> R<FnSig> {
    let sig = &f.sig;
    let span = span_of(sig);
    check_attributes(&f.attrs)?;
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
    // Lifetime parameters (`<'a, 'b>`) are fine; bounds and type
    // parameters are not in the subset.
    let lifetimes_only = sig.generics.params.iter().all(|p| {
        matches!(p, syn::GenericParam::Lifetime(l) if l.bounds.is_empty() && l.colon_token.is_none())
    });
    if !lifetimes_only || sig.generics.where_clause.is_some() {
        let what = if lifetimes_only {
            "lifetime bounds"
        } else {
            "generic functions"
        };
        return Err(unsupported(what, span));
    }
    if sig.variadic.is_some() {
        return Err(unsupported("variadic functions", span));
    }
    let mut params = Vec::new();
    let mut param_lifetimes: Vec<Vec<String>> = Vec::new();
    for input in &sig.inputs {
        let syn::FnArg::Typed(pat_ty) = input else {
            return Err(unsupported("methods (`self` parameters)", span_of(input)));
        };
        let syn::Pat::Ident(pat) = &*pat_ty.pat else {
            return Err(unsupported("patterns in parameters", span_of(&pat_ty.pat)));
        };
        if pat.by_ref.is_some() || pat.subpat.is_some() {
            return Err(unsupported("patterns in parameters", span_of(pat)));
        }
        let ty = ty::from_syn(&pat_ty.ty).map_err(|what| unsupported(what, span_of(&pat_ty.ty)))?;
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
        syn::ReturnType::Type(_, t) => lifetimes_in(t),
        syn::ReturnType::Default => Vec::new(),
    };
    let ret_from = (ret.has_refs() && !ret_lifetimes.is_empty()).then(|| {
        param_lifetimes
            .iter()
            .enumerate()
            .filter(|(_, ls)| ls.iter().any(|l| ret_lifetimes.contains(l)))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
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
    Ok(FnSig {
        name: sig.ident.to_string(),
        params,
        ret,
        ret_from,
    })
}

/// Reads every `struct` (named fields; `#[derive(Debug, Clone, Copy)]` and
/// lint attributes) into the type registry, in two passes so that a field
/// may name a struct defined later.
fn read_structs(file: &syn::File) -> R<()> {
    let items: Vec<&syn::ItemStruct> = file
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Struct(s) => Some(s),
            _ => None,
        })
        .collect();
    let mut defs = Vec::new();
    for s in &items {
        let span = span_of(*s);
        if !s.generics.params.is_empty() || s.generics.where_clause.is_some() {
            return Err(unsupported(
                "generic structs and lifetimes in structs",
                span,
            ));
        }
        let name = s.ident.to_string();
        if defs.iter().any(|d: &ty::StructDef| d.name == name) {
            return Err(not_ownership(
                "duplicate structs",
                span,
                format!("`{name}` is defined twice (rustc: E0428)"),
            ));
        }
        let (mut copy, mut clone, mut debug) = (false, false, false);
        let mut other = Vec::new();
        for attr in &s.attrs {
            if attr.path().is_ident("derive") {
                let traits = attr
                    .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                    .map_err(|e| super::syntax(&e))?;
                for t in traits {
                    match t.get_ident().map(ToString::to_string).as_deref() {
                        Some("Copy") => copy = true,
                        Some("Clone") => clone = true,
                        Some("Debug") => debug = true,
                        _ => {
                            return Err(unsupported(
                                "deriving traits other than `Debug`, `Clone` and `Copy`",
                                span_of(&t),
                            ))
                        }
                    }
                }
            } else {
                other.push(attr);
            }
        }
        check_attributes(other)?;
        if copy && !clone {
            return Err(not_ownership(
                "`Copy` without `Clone`",
                span,
                "`#[derive(Copy)]` needs `Clone` too (rustc: E0277)".into(),
            ));
        }
        if !matches!(s.fields, syn::Fields::Named(_)) {
            return Err(unsupported("tuple and unit structs", span));
        }
        defs.push(ty::StructDef {
            name,
            fields: Vec::new(),
            copy,
            clone,
            debug,
        });
    }
    // Names first, so that field types can refer to any struct.
    ty::set_structs(defs.clone());
    for (s, def) in items.iter().zip(defs.iter_mut()) {
        let syn::Fields::Named(named) = &s.fields else {
            continue;
        };
        for f in &named.named {
            let fname = f
                .ident
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            let fty = ty::from_syn(&f.ty).map_err(|what| unsupported(what, span_of(&f.ty)))?;
            if fty.has_refs() {
                return Err(unsupported("references in struct fields", span_of(&f.ty)));
            }
            if matches!(&fty, Ty::Struct(n) if *n == def.name) {
                return Err(not_ownership(
                    "recursive structs",
                    span_of(&f.ty),
                    "a struct cannot contain itself directly (rustc: E0072)".into(),
                ));
            }
            def.fields.push((fname, fty));
        }
    }
    ty::set_structs(defs.clone());
    for (s, def) in items.iter().zip(&defs) {
        if def.copy && !def.fields.iter().all(|(_, t)| t.is_copy()) {
            return Err(not_ownership(
                "`Copy` structs with non-`Copy` fields",
                span_of(*s),
                format!(
                    "`{}` cannot be `Copy`: a field is not `Copy` (rustc: E0204)",
                    def.name
                ),
            ));
        }
        if def.clone && !def.fields.iter().all(|(_, t)| clonable(t)) {
            return Err(unsupported(
                "`Clone` structs with fields that are not `Clone`",
                span_of(*s),
            ));
        }
        if def.debug && !def.fields.iter().all(|(_, t)| t.is_debug()) {
            return Err(not_ownership(
                "`Debug` structs with fields that are not `Debug`",
                span_of(*s),
                format!("a field of `{}` is not `Debug` (rustc: E0277)", def.name),
            ));
        }
    }
    Ok(())
}

/// Whether `.clone()` works on a value of type `t`.
pub(crate) fn clonable(t: &Ty) -> bool {
    match t {
        Ty::Struct(n) => ty::struct_def(n).is_some_and(|d| d.clone),
        Ty::Vec(t) | Ty::Box(t) | Ty::Option(t) => clonable(t),
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
            syn::Type::Path(p) => {
                for seg in &p.path.segments {
                    if let syn::PathArguments::AngleBracketed(a) = &seg.arguments {
                        for arg in &a.args {
                            if let syn::GenericArgument::Type(t) = arg {
                                stack.push(t);
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
