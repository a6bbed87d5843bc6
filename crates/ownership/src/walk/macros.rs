//! The macros of the subset: `println!`/`print!`/`eprintln!`/`eprint!`,
//! `format!`, `assert!`, `assert_eq!`/`assert_ne!` and `vec!`.
//!
//! Formatting macros take a shared borrow of every argument, including
//! names captured inside the format string (`"{name}"`), and those borrows
//! end when the macro is done. So the format string is parsed here, with
//! the source position of each capture for error spans.

use syn::parse::ParseStream;
use syn::punctuated::Punctuated;

use super::place::PlaceExpr;
use super::{mismatch, not_ownership, span_of, syntax, unsupported, Dest, Val, Walker, R};
use crate::known::Known;
use crate::ty::{self, Ty};
use crate::{BorrowKind, Span};

/// Which argument a format hole refers to.
#[derive(Clone, Debug, PartialEq)]
enum ArgRef {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`: a named argument or a captured variable, with its span.
    Name(String, Span),
}

/// A `{...}` in a format string.
#[derive(Clone, Debug)]
struct Hole {
    value: ArgRef,
    /// `{:.*}` takes the precision from the next positional argument first.
    star_precision: bool,
    /// Width and precision arguments (`{:width$}`).
    counts: Vec<ArgRef>,
    debug: bool,
    fmt_trait: Trait,
    /// `{}` or `{:?}`: the engine can produce the text.
    simple: bool,
}

/// The formatting trait a `{...}` uses.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Trait {
    /// `{}`.
    Display,
    /// `{:?}`.
    Debug,
    /// `{:x}`, `{:X}`, `{:o}`, `{:b}`: implemented by the integer types.
    Integer(&'static str),
    /// `{:e}`, `{:E}`: implemented by the integer and float types.
    Number(&'static str),
}

#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    Hole(Hole),
}

/// A character of the literal's source with its line and column.
type Positioned = (char, usize, usize);

/// Parses the format string from the literal's source text, so spans of
/// captured names point into the source.
fn parse_format(lit: &syn::LitStr) -> Result<(Vec<Piece>, bool), String> {
    let token = lit.token().to_string();
    let start = lit.span().start();
    let mut chars: Vec<Positioned> = Vec::new();
    let (mut line, mut column) = (start.line, start.column);
    for c in token.chars() {
        chars.push((c, line, column));
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
    }
    let raw = token.starts_with('r');
    let hashes = token.chars().skip(1).take_while(|c| *c == '#').count();
    let (open, close) = if raw {
        (hashes + 2, chars.len().saturating_sub(hashes + 1))
    } else {
        (1, chars.len().saturating_sub(1))
    };
    let content = chars.get(open..close).unwrap_or(&[]);
    let at = |i: usize| content.get(i).map(|t| t.0);
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut escapes = false;
    let mut i = 0;
    while let Some(c) = at(i) {
        match c {
            '\\' if !raw => {
                escapes = true;
                if at(i + 1) == Some('u') {
                    i += 2;
                    while let Some(d) = at(i) {
                        i += 1;
                        if d == '}' {
                            break;
                        }
                    }
                } else {
                    i += 2;
                }
            }
            '{' if at(i + 1) == Some('{') => {
                text.push('{');
                i += 2;
            }
            '}' if at(i + 1) == Some('}') => {
                text.push('}');
                i += 2;
            }
            '}' => return Err("invalid format string: unmatched `}` found".into()),
            '{' => {
                let mut j = i + 1;
                while at(j).is_some_and(|d| d != '}') {
                    j += 1;
                }
                if at(j).is_none() {
                    return Err(
                        "invalid format string: expected `}` but string was terminated".into(),
                    );
                }
                let inner = content.get(i + 1..j).unwrap_or(&[]);
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(Piece::Hole(parse_hole(inner)?));
                i = j + 1;
            }
            _ => {
                text.push(c);
                i += 1;
            }
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok((pieces, escapes))
}

/// The span covering these characters.
fn span_of_chars(chars: &[Positioned]) -> Span {
    let (first, last) = (chars.first(), chars.last());
    Span {
        line: first.map_or(1, |c| c.1),
        column: first.map_or(0, |c| c.2),
        end_line: last.map_or(1, |c| c.1),
        end_column: last.map_or(0, |c| c.2 + 1),
    }
}

/// `{}`, `{0}` or `{name}`.
fn arg_ref(chars: &[Positioned]) -> Result<ArgRef, String> {
    let text: String = chars.iter().map(|c| c.0).collect();
    if text.is_empty() {
        Ok(ArgRef::Next)
    } else if text.chars().all(|c| c.is_ascii_digit()) {
        text.parse()
            .map(ArgRef::Index)
            .map_err(|_| "invalid format argument index".to_string())
    } else if is_identifier(&text) {
        Ok(ArgRef::Name(text, span_of_chars(chars)))
    } else {
        Err(format!("invalid format string argument `{text}`"))
    }
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Parses the inside of `{...}`: an argument, then after `:` a spec.
fn parse_hole(inner: &[Positioned]) -> Result<Hole, String> {
    let colon = inner.iter().position(|c| c.0 == ':');
    let (arg, spec) = match colon {
        Some(k) => (
            inner.get(..k).unwrap_or(&[]),
            inner.get(k + 1..).unwrap_or(&[]),
        ),
        None => (inner, &[][..]),
    };
    let value = arg_ref(arg)?;
    let spec_text: String = spec.iter().map(|c| c.0).collect();
    let (counts, star_precision, fmt_trait) = parse_spec(spec)?;
    Ok(Hole {
        value,
        star_precision,
        counts,
        debug: fmt_trait == Trait::Debug,
        fmt_trait,
        simple: spec_text.is_empty() || spec_text == "?",
    })
}

/// Parses a format spec, `[[fill]align][sign]['#']['0'][width]['.'
/// precision][type]`, as rustc does. Returns the width and precision
/// arguments (`name$`, `0$`), whether the precision is `.*`, and the
/// formatting trait.
fn parse_spec(spec: &[Positioned]) -> Result<(Vec<ArgRef>, bool, Trait), String> {
    let at = |i: usize| spec.get(i).map(|c| c.0);
    let is_align = |c: Option<char>| matches!(c, Some('<' | '^' | '>'));
    let mut i = if is_align(at(1)) {
        2
    } else if is_align(at(0)) {
        1
    } else {
        0
    };
    if matches!(at(i), Some('+' | '-')) {
        i += 1;
    }
    if at(i) == Some('#') {
        i += 1;
    }
    if at(i) == Some('0') && at(i + 1) != Some('$') {
        i += 1;
    }
    let mut counts = Vec::new();
    // A count: an integer, or an argument followed by `$`.
    let mut count = |i: &mut usize, required: bool| -> Result<(), String> {
        let run = spec
            .get(*i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.0.is_alphanumeric() || c.0 == '_')
            .count();
        let word = spec.get(*i..*i + run).unwrap_or(&[]);
        let digits = word.iter().all(|c| c.0.is_ascii_digit());
        if run > 0 && spec.get(*i + run).map(|c| c.0) == Some('$') {
            counts.push(arg_ref(word)?);
            *i += run + 1;
        } else if run > 0 && digits {
            *i += run;
        } else {
            // `{:02x}`: the width is the digits before the trait's letter.
            let digits = word.iter().take_while(|c| c.0.is_ascii_digit()).count();
            if digits > 0 {
                *i += digits;
            } else if required {
                return Err("invalid format string: expected a count".into());
            }
        }
        Ok(())
    };
    count(&mut i, false)?;
    let mut star = false;
    if at(i) == Some('.') {
        i += 1;
        if at(i) == Some('*') {
            star = true;
            i += 1;
        } else {
            count(&mut i, true)?;
        }
    }
    let rest: String = spec.get(i..).unwrap_or(&[]).iter().map(|c| c.0).collect();
    match rest.as_str() {
        "" => Ok((counts, star, Trait::Display)),
        "?" => Ok((counts, star, Trait::Debug)),
        "x" => Ok((counts, star, Trait::Integer("LowerHex"))),
        "X" => Ok((counts, star, Trait::Integer("UpperHex"))),
        "o" => Ok((counts, star, Trait::Integer("Octal"))),
        "b" => Ok((counts, star, Trait::Integer("Binary"))),
        "e" => Ok((counts, star, Trait::Number("LowerExp"))),
        "E" => Ok((counts, star, Trait::Number("UpperExp"))),
        "p" | "x?" | "X?" => Err(format!(
            "the `{{:{rest}}}` formatting trait is not supported yet"
        )),
        _ => Err(format!(
            "invalid format string: unknown format spec `{rest}`"
        )),
    }
}

/// An explicit argument of a formatting macro after evaluation.
struct FormatArg {
    val: Val,
    /// The type formatted (the place's type for borrowed places).
    ty: Ty,
    known: Known,
    span: Span,
    used: bool,
}

/// The body of `vec![...]`.
enum VecBody {
    List(Vec<syn::Expr>),
    Repeat(Box<syn::Expr>, Box<syn::Expr>),
}

/// `vec![a, b, c]` or `vec![x; n]`.
fn parse_vec_body(input: ParseStream) -> syn::Result<VecBody> {
    if input.is_empty() {
        return Ok(VecBody::List(Vec::new()));
    }
    let first: syn::Expr = input.parse()?;
    if input.peek(syn::Token![;]) {
        input.parse::<syn::Token![;]>()?;
        let count: syn::Expr = input.parse()?;
        return Ok(VecBody::Repeat(Box::new(first), Box::new(count)));
    }
    let mut items = vec![first];
    while !input.is_empty() {
        input.parse::<syn::Token![,]>()?;
        if input.is_empty() {
            break;
        }
        items.push(input.parse()?);
    }
    Ok(VecBody::List(items))
}

impl Walker<'_> {
    /// A macro call in expression or statement position.
    pub(super) fn macro_call(&mut self, mac: &syn::Macro, span: Span) -> R<Val> {
        let hint = self.vec_hint.take();
        let Some(name) = mac.path.get_ident().map(ToString::to_string) else {
            return Err(unsupported("macro paths", span));
        };
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let args = parse_args(mac)?;
                if args.is_empty() && !name.ends_with("ln") {
                    return Err(unsupported(
                        format!("`{name}!` without a format string"),
                        span,
                    ));
                }
                self.format_args(&args, &name, span)?;
                Ok(Val::unit())
            }
            "format" => {
                let args = parse_args(mac)?;
                if args.is_empty() {
                    return Err(unsupported("`format!` without a format string", span));
                }
                let known = self.format_args(&args, &name, span)?;
                Ok(Val::new(Ty::String, known))
            }
            "assert" => {
                let args = parse_args(mac)?;
                let Some((cond, rest)) = args.split_first() else {
                    return Err(unsupported("`assert!` without a condition", span));
                };
                let v = self.value(cond, &Dest::Macro(name.clone()))?;
                if !matches!(v.ty, Ty::Bool | Ty::Error) {
                    return Err(mismatch(&Ty::Bool, &v.ty, span_of(cond)));
                }
                self.consume(&v, span, false);
                if !rest.is_empty() {
                    self.format_args(rest, &name, span)?;
                }
                Ok(Val::unit())
            }
            "assert_eq" | "assert_ne" => {
                let args = parse_args(mac)?;
                let [left, right, rest @ ..] = args.as_slice() else {
                    return Err(unsupported(format!("this use of `{name}!`"), span));
                };
                let (l, lt) = self.borrowed_operand(left, &name)?;
                let (r, rt) = self.borrowed_operand(right, &name)?;
                let comparable = ty::unify(&lt, &rt).is_some()
                    || matches!((&lt, &rt), (Ty::String, Ty::Ref(_, t)) | (Ty::Ref(_, t), Ty::String) if **t == Ty::Str);
                if !comparable || !lt.is_debug() || !rt.is_debug() {
                    return Err(not_ownership(
                        "type mismatch",
                        span,
                        format!("`{name}!` cannot compare `{lt}` with `{rt}` (rustc: E0308/E0277)"),
                    ));
                }
                let point = self.consume(&l, span, false);
                self.use_loans(&r.loans, point, span, false);
                if !rest.is_empty() {
                    self.format_args(rest, &name, span)?;
                }
                Ok(Val::unit())
            }
            "vec" => self.vec_macro(mac, hint, span),
            "matches" => {
                let m = matches_as_match(mac).map_err(|e| syntax(&e))?;
                self.value(&syn::Expr::Match(m), &Dest::Discard)
            }
            // In `fmt` of a `Display` or `Debug` impl: `f` is reborrowed.
            "write" | "writeln" => {
                let args = parse_args(mac)?;
                let formatter = Ty::Ref(true, Box::new(Ty::Opaque("Formatter")));
                let [out, rest @ ..] = args.as_slice() else {
                    return Err(unsupported(format!("this use of `{name}!`"), span));
                };
                if rest.is_empty() {
                    return Err(unsupported(format!("this use of `{name}!`"), span));
                }
                let f = self.value_for(out, Some(&formatter), &Dest::Macro(name.clone()))?;
                if f.ty != formatter && f.ty != Ty::Error {
                    return Err(unsupported(
                        format!("`{name}!` to something other than a `fmt::Formatter`"),
                        span_of(out),
                    ));
                }
                self.format_args(rest, &name, span)?;
                self.consume(&f, span, false);
                Ok(Val::new(ty::fmt_result(), Known::Unknown))
            }
            "panic" | "todo" | "unimplemented" | "unreachable" => Err(unsupported(
                format!("`{name}!` (it stops the program, which is control flow)"),
                span,
            )),
            _ => Err(unsupported(format!("the `{name}!` macro"), span)),
        }
    }

    /// An operand the macro takes by reference: places are borrowed.
    fn borrowed_operand(&mut self, e: &syn::Expr, macro_name: &str) -> R<(Val, Ty)> {
        let dest = Dest::Macro(macro_name.into());
        if let Some(p) = self.place(e)? {
            let ty = p.ty.clone();
            return Ok((
                self.borrow_place(&p, BorrowKind::Shared, &dest, false)?.val,
                ty,
            ));
        }
        let v = self.value(e, &dest)?;
        let ty = v.ty.clone();
        Ok((v, ty))
    }

    /// Evaluates a format string and its arguments, borrowing each, and
    /// returns the formatted text when it can be known.
    fn format_args(&mut self, args: &[syn::Expr], macro_name: &str, span: Span) -> R<Known> {
        let Some((first, rest)) = args.split_first() else {
            return Ok(Known::Str(String::new()));
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(lit),
            ..
        }) = first
        else {
            return Err(unsupported(
                "format strings that are not string literals",
                span_of(first),
            ));
        };
        super::expr::no_suffix(lit.suffix(), span_of(lit))?;
        let (pieces, escapes) = parse_format(lit).map_err(|m| {
            not_ownership(
                "format strings",
                span_of(lit),
                format!("{m}: rustc rejects this format string"),
            )
        })?;
        // Explicit arguments are borrowed first, in order.
        let mut positional = 0;
        let mut named: Vec<(String, usize)> = Vec::new();
        let mut explicit: Vec<FormatArg> = Vec::new();
        for arg in rest {
            let expr = match arg {
                syn::Expr::Assign(a) => {
                    let syn::Expr::Path(p) = &*a.left else {
                        return Err(unsupported("this format argument", span_of(arg)));
                    };
                    let Some(name) = p.path.get_ident() else {
                        return Err(unsupported("this format argument", span_of(arg)));
                    };
                    named.push((name.to_string(), explicit.len()));
                    &*a.right
                }
                other => {
                    if !named.is_empty() {
                        return Err(not_ownership(
                            "format strings",
                            span_of(other),
                            "positional arguments cannot follow named arguments; rustc rejects this".into(),
                        ));
                    }
                    positional += 1;
                    other
                }
            };
            let (val, ty, known) = self.format_operand(expr, macro_name)?;
            explicit.push(FormatArg {
                val,
                ty,
                known,
                span: span_of(expr),
                used: false,
            });
        }
        // Resolve holes; captured variables are borrowed after the
        // explicit arguments, once each.
        let mut next = 0;
        let mut captures: Vec<(String, Val, Ty, Known)> = Vec::new();
        let mut output = String::new();
        let mut output_known = !escapes;
        for piece in &pieces {
            let hole = match piece {
                Piece::Text(t) => {
                    output.push_str(t);
                    continue;
                }
                Piece::Hole(h) => h,
            };
            let mut refs = Vec::new();
            if hole.star_precision {
                refs.push((ArgRef::Next, false));
            }
            refs.push((hole.value.clone(), true));
            refs.extend(hole.counts.iter().cloned().map(|r| (r, false)));
            for (r, is_value) in refs {
                let (ty, known) = match r {
                    ArgRef::Next | ArgRef::Index(_) => {
                        let index = match r {
                            ArgRef::Index(n) => n,
                            _ => {
                                next += 1;
                                next - 1
                            }
                        };
                        if matches!(r, ArgRef::Next) && index >= positional {
                            return Err(not_ownership(
                                "format strings",
                                span_of(lit),
                                "the format string has more `{}` than arguments; rustc rejects this".into(),
                            ));
                        }
                        let Some(arg) = explicit.get_mut(index) else {
                            return Err(not_ownership(
                                "format strings",
                                span_of(lit),
                                format!("there is no argument {index}; rustc rejects this format string"),
                            ));
                        };
                        arg.used = true;
                        (arg.ty.clone(), arg.known.clone())
                    }
                    ArgRef::Name(name, name_span) => {
                        if let Some((_, index)) = named.iter().find(|(n, _)| *n == name) {
                            match explicit.get_mut(*index) {
                                Some(arg) => {
                                    arg.used = true;
                                    (arg.ty.clone(), arg.known.clone())
                                }
                                None => (Ty::Error, Known::Unknown),
                            }
                        } else if let Some((_, _, ty, known)) =
                            captures.iter().find(|c| c.0 == name)
                        {
                            (ty.clone(), known.clone())
                        } else {
                            let (val, ty, known) = self.capture(&name, name_span, macro_name)?;
                            captures.push((name, val, ty.clone(), known.clone()));
                            (ty, known)
                        }
                    }
                };
                if !is_value {
                    continue;
                }
                let mut number = &ty;
                while let Ty::Ref(_, t) = number {
                    number = t;
                }
                let ok = match hole.fmt_trait {
                    Trait::Display => ty.is_display(),
                    Trait::Debug => ty.is_debug(),
                    Trait::Integer(_) => number.is_integer(),
                    Trait::Number(_) => number.is_numeric(),
                };
                if let (false, Trait::Integer(name) | Trait::Number(name)) = (ok, hole.fmt_trait) {
                    return Err(not_ownership(
                        "type mismatch",
                        span_of(lit),
                        format!("`{ty}` does not implement `{name}` (rustc: E0277)"),
                    ));
                }
                if !ok {
                    let how = if hole.debug { "{:?}" } else { "{}" };
                    return Err(not_ownership(
                        "type mismatch",
                        span_of(lit),
                        format!(
                            "`{ty}` cannot be formatted with `{how}` (rustc: E0277){}",
                            if hole.debug { "" } else { "; try `{:?}`" }
                        ),
                    ));
                }
                let text = if hole.debug {
                    Some(known.show()).filter(|_| known.is_known() && !known.is_compound())
                } else {
                    known.display()
                };
                match (hole.simple, text) {
                    (true, Some(t)) => output.push_str(&t),
                    _ => output_known = false,
                }
            }
        }
        if let Some(unused) = explicit.iter().find(|a| !a.used) {
            return Err(not_ownership(
                "format strings",
                unused.span,
                "this format argument is never used; rustc rejects that".into(),
            ));
        }
        let point = self.tick();
        for arg in &explicit {
            self.use_loans(&arg.val.loans, point, span, false);
        }
        for (_, val, _, _) in &captures {
            self.use_loans(&val.loans, point, span, false);
        }
        Ok(if output_known {
            Known::Str(output)
        } else {
            Known::Unknown
        })
    }

    /// A format argument: places are borrowed, other expressions are
    /// evaluated into a temporary that is borrowed.
    fn format_operand(&mut self, e: &syn::Expr, macro_name: &str) -> R<(Val, Ty, Known)> {
        let dest = Dest::Macro(macro_name.into());
        if let Some(p) = self.place(e)? {
            let known = self.known_at(&p);
            let ty = p.ty.clone();
            let val = self.borrow_place(&p, BorrowKind::Shared, &dest, false)?.val;
            return Ok((val, ty, known));
        }
        let v = self.value(e, &dest)?;
        let known = self.deref_known(&v);
        let ty = v.ty.clone();
        Ok((v, ty, known))
    }

    /// `{name}` in a format string borrows the variable `name`.
    fn capture(&mut self, name: &str, span: Span, macro_name: &str) -> R<(Val, Ty, Known)> {
        if self.lookup(name).is_none()
            && (self.items.function(None, name).is_some() || name == "drop")
        {
            return Err(unsupported("functions used as values", span));
        }
        let Some(id) = self.lookup(name) else {
            if let Some(c) = self.items.constant(name) {
                return Ok((c.clone(), c.ty.clone(), c.known.clone()));
            }
            return Ok((
                self.unresolved("value", name, span),
                Ty::Error,
                Known::Unknown,
            ));
        };
        let ty = self.var_ty(id);
        let place = PlaceExpr::var(id, ty.clone(), name, span);
        let known = self.known_at(&place);
        let dest = Dest::Macro(macro_name.into());
        let val = self
            .borrow_place(&place, BorrowKind::Shared, &dest, false)?
            .val;
        Ok((val, ty, known))
    }

    /// `vec![a, b]` moves its elements into a new vector; `vec![x; n]`
    /// moves `x` and clones it.
    fn vec_macro(&mut self, mac: &syn::Macro, hint: Option<Ty>, span: Span) -> R<Val> {
        let body = mac
            .parse_body_with(parse_vec_body)
            .map_err(|e| syntax(&e))?;
        let dest = Dest::Container("vector");
        let (elems, repeat) = match &body {
            VecBody::List(items) => (items.iter().collect::<Vec<_>>(), None),
            VecBody::Repeat(item, count) => (vec![&**item], Some(&**count)),
        };
        let mut elem_ty = Ty::Infer;
        let mut loans = Vec::new();
        let mut known = Vec::new();
        let mut vals = Vec::new();
        for e in elems {
            let v = self.value_for(e, hint.as_ref(), &dest)?;
            let ty = match &hint {
                Some(h) if ty::unify(&v.ty, h).is_none() && ty::coerces(&v.ty, h) => h,
                _ => &v.ty,
            };
            elem_ty = ty::unify(&elem_ty, ty).ok_or_else(|| mismatch(&elem_ty, ty, span_of(e)))?;
            if v.temp_borrow {
                return Err(unsupported(
                    "storing borrows of temporary values",
                    span_of(e),
                ));
            }
            loans.extend(v.loans.iter().copied());
            known.push(self.deref_known(&v));
            vals.push(v);
        }
        if elem_ty == Ty::IntLit {
            for v in &vals {
                self.check_literal_fits(v, &Ty::IntLit, span)?;
            }
        }
        let mut list = Known::List(known);
        if let Some(count) = repeat {
            if matches!(elem_ty, Ty::Ref(true, _)) {
                return Err(not_ownership(
                    "type mismatch",
                    span,
                    "`vec![x; n]` needs `x` to be `Clone`, and `&mut` references are not (rustc: E0277)".into(),
                ));
            }
            let n = self.value(count, &Dest::Operator)?;
            if !ty::coerces(&n.ty, &Ty::usize()) {
                return Err(mismatch(&Ty::usize(), &n.ty, span_of(count)));
            }
            list = match (n.known.as_int().and_then(|n| usize::try_from(n).ok()), list) {
                (Some(n), Known::List(items)) if n <= 64 => Known::List(
                    items
                        .iter()
                        .cloned()
                        .cycle()
                        .take(n.saturating_mul(items.len()))
                        .collect(),
                ),
                _ => Known::Unknown,
            };
            vals.push(n);
        }
        let point = self.tick();
        for v in &vals {
            self.use_loans(&v.loans, point, span, true);
        }
        Ok(Val {
            loans,
            ..Val::new(Ty::Vec(Box::new(elem_ty)), list)
        })
    }
}

/// `matches!(e, pattern)` (or `pattern if guard`) as the `match` it
/// stands for: `match (e) { pattern => true, _ => false }`, with the
/// written tokens keeping their spans.
fn matches_as_match(mac: &syn::Macro) -> syn::Result<syn::ExprMatch> {
    use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenStream, TokenTree};
    let mut tokens = mac.tokens.clone().into_iter();
    let scrutinee: TokenStream = tokens
        .by_ref()
        .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
        .collect();
    let at = mac
        .path
        .segments
        .first()
        .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span());
    let punct = |c: char, spacing| TokenTree::Punct(Punct::new(c, spacing));
    let word = |w: &str| TokenTree::Ident(Ident::new(w, at));
    let mut arms: Vec<TokenTree> = tokens.collect();
    arms.extend([
        punct('=', Spacing::Joint),
        punct('>', Spacing::Alone),
        word("true"),
        punct(',', Spacing::Alone),
        TokenTree::Ident(Ident::new("_", at)),
        punct('=', Spacing::Joint),
        punct('>', Spacing::Alone),
        word("false"),
    ]);
    let stream: TokenStream = [
        word("match"),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, scrutinee)),
        TokenTree::Group(Group::new(Delimiter::Brace, arms.into_iter().collect())),
    ]
    .into_iter()
    .collect();
    syn::parse2(stream)
}

/// The comma-separated arguments of a macro call.
fn parse_args(mac: &syn::Macro) -> R<Vec<syn::Expr>> {
    mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .map(|args| args.into_iter().collect())
        .map_err(|e| syntax(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holes(src: &str) -> Vec<Hole> {
        let lit: syn::LitStr = match syn::parse_str(src) {
            Ok(l) => l,
            Err(e) => {
                return vec![Hole {
                    value: ArgRef::Name(
                        e.to_string(),
                        Span {
                            line: 0,
                            column: 0,
                            end_line: 0,
                            end_column: 0,
                        },
                    ),
                    star_precision: false,
                    counts: Vec::new(),
                    debug: false,
                    fmt_trait: Trait::Display,
                    simple: false,
                }]
            }
        };
        parse_format(&lit)
            .map(|(pieces, _)| {
                pieces
                    .into_iter()
                    .filter_map(|p| match p {
                        Piece::Hole(h) => Some(h),
                        Piece::Text(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn captures_and_positions() {
        let h = holes(r#""Hi {name}, {} {{x}} {0:?} {v:>width$}""#);
        assert_eq!(h.len(), 4);
        assert!(matches!(&h[0].value, ArgRef::Name(n, s) if n == "name" && s.column == 5));
        assert_eq!(h[1].value, ArgRef::Next);
        assert_eq!(h[2].value, ArgRef::Index(0));
        assert!(h[2].debug);
        assert!(matches!(&h[3].counts[0], ArgRef::Name(n, _) if n == "width"));
    }

    #[test]
    fn specs() {
        let h = holes(r#""{:>8.2} {:+#010} {:.*} {x:<w$.p$?} {:0$}""#);
        assert_eq!(h.len(), 5);
        assert!(h[2].star_precision);
        assert!(h[3].debug);
        assert_eq!(h[3].counts.len(), 2);
        assert_eq!(h[4].counts, vec![ArgRef::Index(0)]);
        assert!(holes(r#""{a::b}""#).is_empty(), "invalid spec");
        assert!(holes(r#""{:p}""#).is_empty(), "unsupported trait");
        assert!(holes(r#""{:2y}""#).is_empty(), "unknown trait");
        let hex = holes(r#""{:02x} {:#X} {:>8b} {:e}""#);
        let traits: Vec<Trait> = hex.iter().map(|h| h.fmt_trait).collect();
        assert_eq!(
            traits,
            [
                Trait::Integer("LowerHex"),
                Trait::Integer("UpperHex"),
                Trait::Integer("Binary"),
                Trait::Number("LowerExp")
            ]
        );
    }

    #[test]
    fn escapes_are_skipped() {
        let h = holes(r#""\u{7b}x \n {a}""#);
        assert_eq!(h.len(), 1);
        assert!(matches!(&h[0].value, ArgRef::Name(n, _) if n == "a"));
    }
}
