//! Values the visualizer can show because they follow from literals:
//! `let x = 5`, `String::from("hi")` then `push('!')`, `vec![1, 2]` then
//! `push(3)`. Anything the engine cannot follow becomes `Unknown`. Known
//! values never influence the borrow verdict; they only decide whether a
//! constant computation overflows (which rustc rejects with a lint, so the
//! engine reports it as unsupported instead of guessing).

use crate::ty::Ty;

/// A value as far as the engine can follow it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Known {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(char),
    /// Text of a `String` or `&str`.
    Str(String),
    /// Elements of a `Vec`.
    List(Vec<Known>),
    /// An enum variant or a tuple struct, by name, with its fields in order:
    /// `Some(5)`, `None`, `Circle(1.5)` (boxed, so that every value stays small).
    Variant(Box<(String, Vec<Known>)>),
    /// A struct or a struct-like variant, by name, with its named fields.
    Record(Box<(String, Vec<(String, Known)>)>),
    /// The elements of a tuple.
    Tuple(Vec<Known>),
    /// The entries of a `HashMap`, in the order they were first inserted (a
    /// picture: a `HashMap` has no order of its own).
    Map(Vec<(Known, Known)>),
    /// An `Rc` or `Arc` handle of the walk's allocation number `n` (what it points to is
    /// not followed: another handle could change it through a `RefCell` or `Mutex`).
    Shared(usize),
    Unit,
    Unknown,
}

/// Why a constant computation has no value: rustc refuses to compile
/// these (`arithmetic_overflow` / `unconditional_panic` lints).
pub(crate) enum ArithError {
    Overflow,
    DivideByZero,
}

/// Largest value the engine follows (characters, plus one per list
/// element). Anything bigger becomes `Unknown`, so a program that doubles a
/// string on every line cannot exhaust the browser's memory.
const MAX_KNOWN_SIZE: usize = 1024;

impl Known {
    /// `self`, or `Unknown` when it is too big to follow.
    pub(crate) fn capped(self) -> Known {
        if self.size() > MAX_KNOWN_SIZE {
            Known::Unknown
        } else {
            self
        }
    }

    fn size(&self) -> usize {
        match self {
            Known::Str(s) => s.len(),
            Known::List(items) | Known::Tuple(items) => {
                items.iter().map(Known::size).sum::<usize>() + items.len()
            }
            Known::Variant(v) => v.1.iter().map(Known::size).sum::<usize>() + v.1.len(),
            Known::Record(r) => r.1.iter().map(|(_, k)| k.size() + 1).sum::<usize>(),
            Known::Map(m) => m.iter().map(|(k, v)| k.size() + v.size()).sum::<usize>() + m.len(),
            _ => 1,
        }
    }

    /// The value as Rust's `{:?}` would print it, `…` when unknown.
    pub(crate) fn show(&self) -> String {
        match self {
            Known::Int(n) => n.to_string(),
            // `{:?}` writes exponents outside 1e-4..1e16 (`1e16`): not shown.
            Known::Float(x) if x.is_finite() && *x != 0.0 && !(1e-4..1e16).contains(&x.abs()) => {
                "…".into()
            }
            // `{:?}` of a whole number keeps its `.0`.
            Known::Float(x) => match float_text(*x) {
                Some(t) if x.is_finite() && x.fract() == 0.0 => t + ".0",
                Some(t) => t,
                None => "…".into(),
            },
            Known::Bool(b) => b.to_string(),
            Known::Char(c) => format!("{c:?}"),
            Known::Str(s) => format!("{s:?}"),
            Known::List(items) => format!("[{}]", shown(items)),
            Known::Variant(v) if v.1.is_empty() => v.0.clone(),
            Known::Variant(v) => format!("{}({})", v.0, shown(&v.1)),
            Known::Tuple(items) if items.len() == 1 => format!("({},)", shown(items)),
            Known::Tuple(items) => format!("({})", shown(items)),
            Known::Map(m) => {
                let parts: Vec<String> = m
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.show(), v.show()))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            Known::Record(r) => {
                let parts: Vec<String> =
                    r.1.iter()
                        .map(|(f, k)| format!("{f}: {}", k.show()))
                        .collect();
                format!("{} {{ {} }}", r.0, parts.join(", "))
            }
            Known::Unit => "()".into(),
            Known::Unknown | Known::Shared(_) => "…".into(),
        }
    }

    /// The value as `{}` would print it (strings without quotes).
    pub(crate) fn display(&self) -> Option<String> {
        match self {
            Known::Int(n) => Some(n.to_string()),
            Known::Float(x) => float_text(*x),
            Known::Bool(b) => Some(b.to_string()),
            Known::Char(c) => Some(c.to_string()),
            Known::Str(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// `name(fields…)`, or `name` alone when there are none.
    pub(crate) fn variant(name: impl Into<String>, fields: Vec<Known>) -> Known {
        Known::Variant(Box::new((name.into(), fields))).capped()
    }

    pub(crate) fn is_known(&self) -> bool {
        !matches!(self, Known::Unknown)
    }

    /// A struct, enum or tuple value, or a map: what `{:?}` prints for it
    /// depends on a `Debug` impl the engine does not read (or on a hash
    /// order), so [`Known::show`] is only a picture of it (the diagram's),
    /// not program output.
    pub(crate) fn is_compound(&self) -> bool {
        matches!(
            self,
            Known::Variant(_)
                | Known::Record(_)
                | Known::Tuple(_)
                | Known::Map(_)
                | Known::Shared(_)
        )
    }

    /// The allocation an `Rc`/`Arc` handle points to, when followed.
    pub(crate) fn shared(&self) -> Option<usize> {
        match self {
            Known::Shared(id) => Some(*id),
            _ => None,
        }
    }

    pub(crate) fn as_int(&self) -> Option<i128> {
        match self {
            Known::Int(n) => Some(*n),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Known::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// The values of `items` as `{:?}` prints them, between commas.
fn shown(items: &[Known]) -> String {
    let parts: Vec<String> = items.iter().map(Known::show).collect();
    parts.join(", ")
}

/// Arithmetic on two known numbers of type `ty`, with rustc's compile-time
/// overflow and division-by-zero detection. `Ok(Unknown)` when either side
/// is unknown.
pub(crate) fn arith(op: &syn::BinOp, a: &Known, b: &Known, ty: &Ty) -> Result<Known, ArithError> {
    use syn::BinOp as B;
    match (a, b) {
        (Known::Int(x), Known::Int(y)) => {
            let (x, y) = (*x, *y);
            let value = match op {
                B::Add(_) | B::AddAssign(_) => x.checked_add(y),
                B::Sub(_) | B::SubAssign(_) => x.checked_sub(y),
                B::Mul(_) | B::MulAssign(_) => x.checked_mul(y),
                B::Div(_) | B::DivAssign(_) | B::Rem(_) | B::RemAssign(_) if y == 0 => {
                    return Err(ArithError::DivideByZero)
                }
                B::Div(_) | B::DivAssign(_) => x.checked_div(y),
                B::Rem(_) | B::RemAssign(_) => x.checked_rem(y),
                B::BitAnd(_) | B::BitAndAssign(_) => Some(x & y),
                B::BitOr(_) | B::BitOrAssign(_) => Some(x | y),
                B::BitXor(_) | B::BitXorAssign(_) => Some(x ^ y),
                // Shifts depend on the bit width; not worth following.
                _ => return Ok(Known::Unknown),
            };
            match (value, ty.int_range()) {
                (Some(v), Some((lo, hi))) if v >= lo && v <= hi => Ok(Known::Int(v)),
                (Some(_), Some(_)) => Err(ArithError::Overflow),
                _ => Ok(Known::Unknown),
            }
        }
        (Known::Float(x), Known::Float(y)) => Ok(match op {
            B::Add(_) | B::AddAssign(_) => Known::Float(x + y),
            B::Sub(_) | B::SubAssign(_) => Known::Float(x - y),
            B::Mul(_) | B::MulAssign(_) => Known::Float(x * y),
            B::Div(_) | B::DivAssign(_) => Known::Float(x / y),
            B::Rem(_) | B::RemAssign(_) => Known::Float(x % y),
            _ => Known::Unknown,
        }),
        _ => Ok(Known::Unknown),
    }
}

/// A comparison of two known values, `Unknown` when it cannot be decided.
pub(crate) fn compare(op: &syn::BinOp, a: &Known, b: &Known) -> Known {
    use std::cmp::Ordering;
    use syn::BinOp as B;
    let ordering = match (a, b) {
        (Known::Int(x), Known::Int(y)) => x.partial_cmp(y),
        (Known::Float(x), Known::Float(y)) => x.partial_cmp(y),
        (Known::Bool(x), Known::Bool(y)) => x.partial_cmp(y),
        (Known::Char(x), Known::Char(y)) => x.partial_cmp(y),
        (Known::Str(x), Known::Str(y)) => x.partial_cmp(y),
        _ => None,
    };
    let Some(ordering) = ordering else {
        return Known::Unknown;
    };
    Known::Bool(match op {
        B::Eq(_) => ordering == Ordering::Equal,
        B::Ne(_) => ordering != Ordering::Equal,
        B::Lt(_) => ordering == Ordering::Less,
        B::Le(_) => ordering != Ordering::Greater,
        B::Gt(_) => ordering == Ordering::Greater,
        B::Ge(_) => ordering != Ordering::Less,
        _ => return Known::Unknown,
    })
}

/// `x` as Rust's `{}` prints it, worked out with integer arithmetic (less
/// code in the island than `core::fmt`'s float printing for `{}` and `{:?}`):
/// the fewest decimals, up to 17, that give `x` back. `None` past that
/// (|x| ≥ 1e17, or more decimals).
fn float_text(x: f64) -> Option<String> {
    if x.is_nan() {
        return Some("NaN".into());
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { "inf" } else { "-inf" }.into());
    }
    if x.abs() >= 1e17 {
        return None;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let mut scale = 1.0_f64;
    for decimals in 0..=17_usize {
        let scaled = (x * scale).round();
        if scaled / scale == x {
            // |scaled| < 1e34: the conversion is exact.
            let digits = (scaled.abs() as u128).to_string();
            if decimals == 0 {
                return Some(format!("{sign}{digits}"));
            }
            let padded = format!("{digits:0>width$}", width = decimals + 1);
            let (int, frac) = padded.split_at(padded.len() - decimals);
            return Some(format!("{sign}{int}.{frac}"));
        }
        scale *= 10.0;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{float_text, Known};

    #[test]
    fn floats_print_as_rust_prints_them() {
        let values = [
            0.1,
            2.5,
            2.0,
            -0.0,
            1.0 / 3.0,
            0.1 + 0.2,
            123_456.789,
            1e16,
            -7.25,
            99.99,
            1.5e-10,
            f64::INFINITY,
        ];
        for x in values {
            assert_eq!(float_text(x), Some(format!("{x}")), "{x:?}");
            let debug = format!("{x:?}");
            let shown = Known::Float(x).show();
            assert!(
                shown == debug || (shown == "…" && debug.contains('e')),
                "{debug}"
            );
        }
        // Beyond what it prints exactly, it says it does not know.
        assert_eq!(float_text(1e300), None);
        assert_eq!(Known::Float(f64::EPSILON).show(), "…");
    }
}
