//! The built-in methods the engine knows: how each takes its receiver
//! (`&self`, `&mut self` or `self`), its argument and result types, whether
//! the result borrows from the receiver, and what it does to values the
//! visualizer can follow. An unknown method makes the program unsupported,
//! because guessing its receiver mode would guess the verdict.

use crate::known::Known;
use crate::ty::{Smart, Ty};

/// How a method takes its receiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SelfMode {
    /// `&self`: a shared borrow for the call.
    Shared,
    /// `&mut self`: a (two-phase) mutable borrow for the call.
    Mut,
    /// `self`: the receiver is moved (or copied).
    Value,
}

/// What an argument must be.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ArgKind {
    /// A value coercible to this type.
    Of(Ty),
    /// A string pattern: `&str`, `&String` or `char`.
    Pattern,
    /// A borrowed key of a map or set with keys of this type: `&K`, or
    /// what `K` borrows as (`&str` for `String` keys).
    Key(Ty),
    /// A closure written there, given parameters of these types and
    /// returning this type (`Infer`: any type with a total order, a sort key).
    Closure(Vec<Ty>, Ty),
    /// A range of indices written there, of any form (`..`, `2..`, `..=n`).
    Range,
    /// Anything iterable with items of this type (`extend`'s argument); `&T` items of a
    /// `Copy` `T` as well.
    Items(Ty),
}

/// Whether a value of type `arg` can look up keys of type `key` (`Borrow`).
pub(crate) fn is_key(arg: &Ty, key: &Ty) -> bool {
    if *key == Ty::Infer || *arg == Ty::Error {
        return true;
    }
    let Ty::Ref(false, q) = arg else {
        return false;
    };
    let borrowed = match key {
        Ty::String => Some(Ty::Str),
        Ty::Vec(t) => Some(Ty::Slice(t.clone())),
        Ty::Box(t) => Some((**t).clone()),
        _ => None,
    };
    crate::ty::unify(q, key).is_some()
        || borrowed.is_some_and(|b| crate::ty::unify(q, &b).is_some())
        || matches!(key, Ty::Ref(false, k) if crate::ty::unify(q, k).is_some())
}

/// A map's or set's keys need `Hash` and `Eq` (`Ord` when sorted): rustc
/// rejects the others (E0277/E0599).
pub(crate) fn valid_key(key: &Ty, sorted: bool) -> bool {
    key.has_infer()
        || if sorted {
            key.implements("Ord")
        } else {
            key.implements("Hash") && key.implements("Eq")
        }
}

/// The receiver's type once a call says what it holds (`map.insert(k, v)`
/// on a `HashMap<_, _>`), when it still has a part to infer.
pub(crate) fn refined(recv: &Ty, name: &str, args: &[Ty]) -> Option<Ty> {
    if !recv.has_infer() {
        return None;
    }
    let arg = |i: usize| Box::new(args.get(i).cloned().unwrap_or(Ty::Infer));
    let found = match (recv, name) {
        (Ty::Map { sorted, .. }, "insert") => Ty::Map {
            sorted: *sorted,
            key: arg(0),
            value: arg(1),
        },
        (Ty::Map { sorted, .. }, "entry") => Ty::Map {
            sorted: *sorted,
            key: arg(0),
            value: Box::new(Ty::Infer),
        },
        (Ty::Set { sorted, .. }, "insert") => Ty::Set {
            sorted: *sorted,
            elem: arg(0),
        },
        (Ty::Deque(_), "push_back" | "push_front") => Ty::Deque(arg(0)),
        (
            Ty::Channel {
                sender: true, pair, ..
            },
            "send",
        ) => Ty::Channel {
            sender: true,
            elem: arg(0),
            pair: *pair,
        },
        _ => return None,
    };
    crate::ty::unify(recv, &found)
}

/// A built-in method's signature.
#[derive(Clone, Debug)]
pub(crate) struct Method {
    pub self_mode: SelfMode,
    pub args: Vec<ArgKind>,
    pub ret: Ty,
    /// The result points into the receiver (`as_str`, `first`, `iter`), so
    /// it holds the receiver's borrow for as long as it is used.
    pub borrows_self: bool,
    /// The arguments end up inside the receiver (`push`), and with them any
    /// borrows they hold.
    pub stores_args: bool,
    /// For a method of the program: the arguments (by index) whose borrows a
    /// returned reference may hold (the receiver's flow is `borrows_self`).
    /// `None` for the built-in methods, whose result holds the receiver's
    /// loans whenever it has references.
    pub ret_from_args: Option<Vec<usize>>,
    /// `ok_or(e)`: the result's error type is the argument's type.
    pub result_err_from_arg: bool,
    /// For a method of the program: the result holds what the receiver's
    /// struct borrows (`-> &'a str`), not the receiver's own borrow.
    pub borrows_inner: bool,
    /// For a method of the program that the call can name (`Rect::area`): its steps are shown
    /// in a frame of its own.
    pub function: Option<String>,
}

impl Method {
    pub(crate) fn new(self_mode: SelfMode, args: Vec<ArgKind>, ret: Ty) -> Method {
        Method {
            self_mode,
            args,
            ret,
            borrows_self: false,
            stores_args: false,
            ret_from_args: None,
            result_err_from_arg: false,
            borrows_inner: false,
            function: None,
        }
    }

    fn borrowing(mut self) -> Method {
        self.borrows_self = true;
        self
    }

    fn storing(mut self) -> Method {
        self.stores_args = true;
        self
    }
}

fn of(ty: Ty) -> ArgKind {
    ArgKind::Of(ty)
}

fn str_ref() -> Ty {
    Ty::shared(Ty::Str)
}

/// The method `name` on a receiver of exactly type `recv` (the caller
/// auto-dereferences through references and boxes).
pub(crate) fn lookup(recv: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Shared, Value};
    let ordering = || Ty::Opaque("Ordering");
    // `a.cmp(&b)`, `x.partial_cmp(&y)`: found on `T`, not `&T` (auto-deref).
    let order = match name {
        "cmp" => Some(("Ord", ordering())),
        "partial_cmp" => Some(("PartialOrd", Ty::Option(Box::new(ordering())))),
        _ => None,
    };
    if let Some((bound, ret)) = order.filter(|_| !matches!(recv, Ty::Ref(..))) {
        return recv
            .implements(bound)
            .then(|| Method::new(Shared, vec![of(Ty::shared(recv.clone()))], ret));
    }
    match recv {
        // `Read::read_to_string` and `Write::write_all`, once imported.
        Ty::Opaque("File") => {
            let io = |ok: Ty| Ty::Result(Box::new(ok), Box::new(Ty::Opaque("io::Error")));
            match name {
                "read_to_string" if crate::ty::imported("Read") => Some(Method::new(
                    SelfMode::Mut,
                    vec![of(Ty::Ref(true, Box::new(Ty::String)))],
                    io(Ty::usize()),
                )),
                "write_all" if crate::ty::imported("Write") => Some(Method::new(
                    SelfMode::Mut,
                    vec![of(Ty::shared(Ty::Slice(Box::new(Ty::Int("u8")))))],
                    io(Ty::Unit),
                )),
                _ => None,
            }
        }
        Ty::Opaque("Duration") => match name {
            "as_secs" => Some(Method::new(Value, vec![], Ty::Int("u64"))),
            "as_millis" | "as_micros" | "as_nanos" => {
                Some(Method::new(Value, vec![], Ty::Int("u128")))
            }
            "as_secs_f64" => Some(Method::new(Value, vec![], Ty::Float("f64"))),
            "as_secs_f32" => Some(Method::new(Value, vec![], Ty::Float("f32"))),
            "subsec_millis" => Some(Method::new(Value, vec![], Ty::Int("u32"))),
            _ => None,
        },
        Ty::Opaque("Instant") => match name {
            "elapsed" => Some(Method::new(Shared, vec![], Ty::Opaque("Duration"))),
            "duration_since" => Some(Method::new(
                Shared,
                vec![of(Ty::Opaque("Instant"))],
                Ty::Opaque("Duration"),
            )),
            _ => None,
        },
        Ty::Opaque("Ordering") => match name {
            "reverse" => Some(Method::new(Value, vec![], ordering())),
            "then" => Some(Method::new(Value, vec![of(ordering())], ordering())),
            _ => None,
        },
        Ty::String | Ty::Str => string_method(matches!(recv, Ty::String), name),
        Ty::Vec(elem) | Ty::Slice(elem) => vec_method(matches!(recv, Ty::Vec(_)), elem, name),
        // An array has the methods of its slice (and `clone` when it is `Clone`).
        Ty::Array(elem, _) if name == "clone" && elem.implements("Clone") => {
            Some(Method::new(Shared, vec![], recv.clone()))
        }
        // Edition 2021: an array's `into_iter` gives its elements by value.
        Ty::Array(elem, _) if name == "into_iter" => {
            Some(Method::new(Value, vec![], Ty::IntoIter(elem.clone())))
        }
        Ty::Array(elem, _) => vec_method(false, elem, name),
        // `b.as_ref()` of a `Box<T>` is a `&T` (`&dyn Shape` of a `Box<dyn Shape>`).
        Ty::Box(inner) if name == "as_ref" => {
            Some(Method::new(Shared, vec![], Ty::shared((**inner).clone())).borrowing())
        }
        Ty::Box(inner) if name == "as_mut" => {
            Some(Method::new(SelfMode::Mut, vec![], Ty::Ref(true, inner.clone())).borrowing())
        }
        Ty::Smart(kind, inner) => smart_method(recv, *kind, inner, name),
        Ty::Map { key, value, .. } => map_method(recv, key, value, name),
        Ty::Set { elem, .. } => set_method(recv, elem, name),
        Ty::Deque(elem) => deque_method(recv, elem, name),
        Ty::Entry(_, value) => match name {
            "or_insert" => Some(Method::new(
                Value,
                vec![of((**value).clone())],
                Ty::Ref(true, value.clone()),
            )),
            // (On a map whose value type is still to be inferred, `or_insert` only.)
            "or_insert_with" if !value.has_infer() => Some(Method::new(
                Value,
                vec![ArgKind::Closure(vec![], (**value).clone())],
                Ty::Ref(true, value.clone()),
            )),
            "or_default" if value.implements("Default") || **value == Ty::Infer => {
                Some(Method::new(Value, vec![], Ty::Ref(true, value.clone())))
            }
            _ => None,
        },
        Ty::Option(inner) => option_method(recv, inner, name),
        Ty::Result(ok, err) => result_method(recv, ok, err, name),
        Ty::Int(_) | Ty::IntLit | Ty::Float(_) | Ty::FloatLit => number_method(recv, name),
        Ty::Bool => match name {
            "to_string" => Some(Method::new(Shared, vec![], Ty::String)),
            "clone" => Some(Method::new(Shared, vec![], Ty::Bool)),
            _ => None,
        },
        Ty::Char => match name {
            "to_string" => Some(Method::new(Shared, vec![], Ty::String)),
            "clone" => Some(Method::new(Shared, vec![], Ty::Char)),
            "is_alphabetic"
            | "is_numeric"
            | "is_alphanumeric"
            | "is_whitespace"
            | "is_uppercase"
            | "is_lowercase"
            | "is_ascii"
            | "is_ascii_digit"
            | "is_ascii_alphabetic"
            | "is_ascii_alphanumeric"
            | "is_ascii_punctuation"
            | "is_ascii_whitespace"
            | "is_ascii_uppercase"
            | "is_ascii_lowercase" => Some(Method::new(Value, vec![], Ty::Bool)),
            "to_ascii_uppercase" | "to_ascii_lowercase" => {
                Some(Method::new(Shared, vec![], Ty::Char))
            }
            _ => None,
        },
        Ty::Box(_) if name == "clone" => Some(Method::new(Shared, vec![], recv.clone())),
        Ty::Channel { sender, elem, .. } => {
            let t = || (**elem).clone();
            let result =
                |ok: Ty, err: &'static str| Ty::Result(Box::new(ok), Box::new(Ty::Opaque(err)));
            match (*sender, name) {
                (true, "send") => Some(
                    Method::new(Shared, vec![of(t())], result(Ty::Unit, "SendError")).storing(),
                ),
                (true, "clone") => Some(Method::new(Shared, vec![], recv.clone())),
                (false, "recv") => Some(Method::new(Shared, vec![], result(t(), "RecvError"))),
                (false, "try_recv") => {
                    Some(Method::new(Shared, vec![], result(t(), "TryRecvError")))
                }
                (false, "iter") => Some(Method::new(Shared, vec![], Ty::IntoIter(elem.clone()))),
                _ => None,
            }
        }
        Ty::JoinHandle(t) if name == "join" => {
            Some(Method::new(Value, vec![], Ty::ThreadResult(t.clone())))
        }
        Ty::ThreadResult(t) if name == "unwrap" => Some(Method::new(Value, vec![], (**t).clone())),
        Ty::ThreadResult(t) if name == "expect" => {
            Some(Method::new(Value, vec![of(str_ref())], (**t).clone()))
        }
        Ty::Struct(..) if name == "clone" && recv.implements("Clone") => {
            Some(Method::new(Shared, vec![], recv.clone()))
        }
        // `&str` and `&[T]` are `Copy`: cloning them copies the reference.
        Ty::Ref(false, inner) if name == "clone" && matches!(**inner, Ty::Str | Ty::Slice(_)) => {
            Some(Method::new(Value, vec![], recv.clone()))
        }
        Ty::Param(p) if name == "clone" && p.has("Clone") => {
            Some(Method::new(Shared, vec![], recv.clone()))
        }
        // `Display` gives `to_string` (through `ToString`).
        _ if name == "to_string" && recv.is_display() => {
            Some(Method::new(Shared, vec![], Ty::String))
        }
        _ => None,
    }
}

/// What `as_deref` gives a reference to: `str` for a `String`, `[T]` for a
/// `Vec<T>`, `T` for a `Box<T>`.
fn deref_of(t: &Ty) -> Ty {
    match t {
        Ty::String => Ty::Str,
        Ty::Vec(e) => Ty::Slice(e.clone()),
        Ty::Box(e) => (**e).clone(),
        other => other.clone(),
    }
}

/// Methods of `Rc`, `Arc`, `RefCell`, `Cell` and `Mutex` themselves (what
/// they point to is reached by auto-dereferencing).
fn smart_method(recv: &Ty, kind: Smart, inner: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Shared, Value};
    let t = || inner.clone();
    let guard = |k: Smart| Ty::Smart(k, Box::new(inner.clone()));
    let method = match (kind, name) {
        (Smart::Rc | Smart::Arc, "clone") => Method::new(Shared, vec![], recv.clone()),
        (Smart::RefCell, "borrow") => Method::new(Shared, vec![], guard(Smart::Ref)).borrowing(),
        (Smart::RefCell, "borrow_mut") => {
            Method::new(Shared, vec![], guard(Smart::RefMut)).borrowing()
        }
        (Smart::RefCell | Smart::Cell, "into_inner") => Method::new(Value, vec![], t()),
        (Smart::RefCell | Smart::Cell, "replace") => {
            Method::new(Shared, vec![of(t())], t()).storing()
        }
        (Smart::Cell, "get") if inner.is_copy() => Method::new(Shared, vec![], t()),
        (Smart::Cell, "set") => Method::new(Shared, vec![of(t())], Ty::Unit).storing(),
        (Smart::Mutex, "lock") => Method::new(
            Shared,
            vec![],
            Ty::Result(
                Box::new(guard(Smart::Guard)),
                Box::new(Ty::Opaque("PoisonError<MutexGuard<'_, T>>")),
            ),
        )
        .borrowing(),
        _ => return None,
    };
    Some(method)
}

/// Methods of `HashMap<K, V>` and `BTreeMap<K, V>`.
fn map_method(recv: &Ty, key: &Ty, value: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let k = || key.clone();
    let v = || value.clone();
    let iter = |t: Ty| Ty::IntoIter(Box::new(t));
    let method = match name {
        "insert" => Method::new(Mut, vec![of(k()), of(v())], Ty::Option(Box::new(v()))).storing(),
        "get" => Method::new(
            Shared,
            vec![ArgKind::Key(k())],
            Ty::Option(Box::new(Ty::shared(v()))),
        )
        .borrowing(),
        "get_mut" => Method::new(
            Mut,
            vec![ArgKind::Key(k())],
            Ty::Option(Box::new(Ty::Ref(true, Box::new(v())))),
        )
        .borrowing(),
        "remove" => Method::new(Mut, vec![ArgKind::Key(k())], Ty::Option(Box::new(v()))),
        "contains_key" => Method::new(Shared, vec![ArgKind::Key(k())], Ty::Bool),
        "len" => Method::new(Shared, vec![], Ty::usize()),
        "is_empty" => Method::new(Shared, vec![], Ty::Bool),
        "clear" => Method::new(Mut, vec![], Ty::Unit),
        "entry" => Method::new(Mut, vec![of(k())], Ty::Entry(Box::new(k()), Box::new(v())))
            .borrowing()
            .storing(),
        "keys" => Method::new(Shared, vec![], iter(Ty::shared(k()))).borrowing(),
        "values" => Method::new(Shared, vec![], iter(Ty::shared(v()))).borrowing(),
        "values_mut" => Method::new(Mut, vec![], iter(Ty::Ref(true, Box::new(v())))).borrowing(),
        "iter" => Method::new(
            Shared,
            vec![],
            iter(Ty::Tuple(vec![Ty::shared(k()), Ty::shared(v())])),
        )
        .borrowing(),
        "iter_mut" => Method::new(
            Mut,
            vec![],
            iter(Ty::Tuple(vec![
                Ty::shared(k()),
                Ty::Ref(true, Box::new(v())),
            ])),
        )
        .borrowing(),
        "into_iter" => Method::new(Value, vec![], iter(Ty::Tuple(vec![k(), v()]))),
        "clone" if recv.implements("Clone") => Method::new(Shared, vec![], recv.clone()),
        _ => return None,
    };
    Some(method)
}

/// Methods of `HashSet<T>` and `BTreeSet<T>`.
fn set_method(recv: &Ty, elem: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let e = || elem.clone();
    let method = match name {
        "insert" => Method::new(Mut, vec![of(e())], Ty::Bool).storing(),
        "contains" => Method::new(Shared, vec![ArgKind::Key(e())], Ty::Bool),
        "remove" => Method::new(Mut, vec![ArgKind::Key(e())], Ty::Bool),
        "len" => Method::new(Shared, vec![], Ty::usize()),
        "is_empty" => Method::new(Shared, vec![], Ty::Bool),
        "clear" => Method::new(Mut, vec![], Ty::Unit),
        "iter" => Method::new(Shared, vec![], Ty::IntoIter(Box::new(Ty::shared(e())))).borrowing(),
        "into_iter" => Method::new(Value, vec![], Ty::IntoIter(Box::new(e()))),
        "clone" if recv.implements("Clone") => Method::new(Shared, vec![], recv.clone()),
        // Lazy: the result borrows both sets.
        "intersection" | "union" | "difference" | "symmetric_difference" => {
            let mut m = Method::new(
                Shared,
                vec![of(Ty::shared(recv.clone()))],
                Ty::IntoIter(Box::new(Ty::shared(e()))),
            )
            .borrowing();
            m.ret_from_args = Some(vec![0]);
            m
        }
        "is_subset" | "is_superset" | "is_disjoint" => {
            Method::new(Shared, vec![of(Ty::shared(recv.clone()))], Ty::Bool)
        }
        _ => return None,
    };
    Some(method)
}

/// Methods of `VecDeque<T>`.
fn deque_method(recv: &Ty, elem: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let e = || elem.clone();
    let some_ref = || Ty::Option(Box::new(Ty::shared(e())));
    let method = match name {
        "push_back" | "push_front" => Method::new(Mut, vec![of(e())], Ty::Unit).storing(),
        "pop_back" | "pop_front" => Method::new(Mut, vec![], Ty::Option(Box::new(e()))),
        "front" | "back" => Method::new(Shared, vec![], some_ref()).borrowing(),
        "get" => Method::new(Shared, vec![of(Ty::usize())], some_ref()).borrowing(),
        "contains" => Method::new(Shared, vec![of(Ty::shared(e()))], Ty::Bool),
        "len" => Method::new(Shared, vec![], Ty::usize()),
        "is_empty" => Method::new(Shared, vec![], Ty::Bool),
        "clear" => Method::new(Mut, vec![], Ty::Unit),
        "iter" => Method::new(Shared, vec![], Ty::Iter(Box::new(e()))).borrowing(),
        "into_iter" => Method::new(Value, vec![], Ty::IntoIter(Box::new(e()))),
        "clone" if recv.implements("Clone") => Method::new(Shared, vec![], recv.clone()),
        _ => return None,
    };
    Some(method)
}

/// Methods of `Option<T>` that take no closure.
fn option_method(recv: &Ty, inner: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let t = || inner.clone();
    let option = |t: Ty| Ty::Option(Box::new(t));
    let method = match name {
        "unwrap" => Method::new(Value, vec![], t()),
        "expect" => Method::new(Value, vec![of(str_ref())], t()),
        "unwrap_or" => Method::new(Value, vec![of(t())], t()),
        "unwrap_or_default" if inner.implements("Default") => Method::new(Value, vec![], t()),
        "is_some" | "is_none" => Method::new(Shared, vec![], Ty::Bool),
        "clone" if inner.implements("Clone") => Method::new(Shared, vec![], recv.clone()),
        "as_ref" => Method::new(Shared, vec![], option(Ty::shared(t()))).borrowing(),
        "as_mut" => Method::new(Mut, vec![], option(Ty::Ref(true, Box::new(t())))).borrowing(),
        "as_deref" => Method::new(Shared, vec![], option(Ty::shared(deref_of(inner)))).borrowing(),
        "take" => Method::new(Mut, vec![], recv.clone()),
        "replace" => Method::new(Mut, vec![of(t())], recv.clone()).storing(),
        "ok_or" => {
            // The error type comes from the argument.
            let mut m = Method::new(
                Value,
                vec![of(Ty::Infer)],
                Ty::Result(Box::new(t()), Box::new(Ty::Infer)),
            );
            m.result_err_from_arg = true;
            m
        }
        "cloned" | "copied" => {
            let Ty::Ref(false, target) = inner else {
                return None;
            };
            let ok = if name == "cloned" {
                target.implements("Clone")
            } else {
                target.is_copy()
            };
            if !ok {
                return None;
            }
            Method::new(Value, vec![], option((**target).clone()))
        }
        _ => return None,
    };
    Some(method)
}

/// Methods of `Result<T, E>` that take no closure.
fn result_method(recv: &Ty, ok: &Ty, err: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Shared, Value};
    let option = |t: &Ty| Ty::Option(Box::new(t.clone()));
    let method = match name {
        "unwrap" if err.is_debug() => Method::new(Value, vec![], ok.clone()),
        "expect" if err.is_debug() => Method::new(Value, vec![of(str_ref())], ok.clone()),
        "unwrap_or" => Method::new(Value, vec![of(ok.clone())], ok.clone()),
        "unwrap_or_default" if ok.implements("Default") => Method::new(Value, vec![], ok.clone()),
        "is_ok" | "is_err" => Method::new(Shared, vec![], Ty::Bool),
        "ok" => Method::new(Value, vec![], option(ok)),
        "err" => Method::new(Value, vec![], option(err)),
        "clone" if ok.implements("Clone") && err.implements("Clone") => {
            Method::new(Shared, vec![], recv.clone())
        }
        "as_ref" => Method::new(
            Shared,
            vec![],
            Ty::Result(
                Box::new(Ty::shared(ok.clone())),
                Box::new(Ty::shared(err.clone())),
            ),
        )
        .borrowing(),
        _ => return None,
    };
    Some(method)
}

/// Methods of `str`, and with `owned` also those of `String`.
fn string_method(owned: bool, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let method = match name {
        "len" => Method::new(Shared, vec![], Ty::usize()),
        "is_empty" => Method::new(Shared, vec![], Ty::Bool),
        "contains" | "starts_with" | "ends_with" => {
            Method::new(Shared, vec![ArgKind::Pattern], Ty::Bool)
        }
        "trim" | "trim_start" | "trim_end" => Method::new(Shared, vec![], str_ref()).borrowing(),
        "trim_matches" | "trim_start_matches" | "trim_end_matches" => {
            Method::new(Shared, vec![ArgKind::Pattern], str_ref()).borrowing()
        }
        "to_uppercase" | "to_lowercase" | "to_string" | "to_owned" => {
            Method::new(Shared, vec![], Ty::String)
        }
        "replace" => Method::new(Shared, vec![ArgKind::Pattern, of(str_ref())], Ty::String),
        // Iterators over the text: they borrow it.
        "split" | "rsplit" | "split_terminator" => Method::new(
            Shared,
            vec![ArgKind::Pattern],
            Ty::IntoIter(Box::new(str_ref())),
        )
        .borrowing(),
        "split_whitespace" | "lines" => {
            Method::new(Shared, vec![], Ty::IntoIter(Box::new(str_ref()))).borrowing()
        }
        "chars" => Method::new(Shared, vec![], Ty::IntoIter(Box::new(Ty::Char))).borrowing(),
        "bytes" => Method::new(Shared, vec![], Ty::IntoIter(Box::new(Ty::Int("u8")))).borrowing(),
        "char_indices" => Method::new(
            Shared,
            vec![],
            Ty::IntoIter(Box::new(Ty::Tuple(vec![Ty::usize(), Ty::Char]))),
        )
        .borrowing(),
        "as_bytes" => Method::new(
            Shared,
            vec![],
            Ty::shared(Ty::Slice(Box::new(Ty::Int("u8")))),
        )
        .borrowing(),
        "repeat" => Method::new(Shared, vec![of(Ty::usize())], Ty::String),
        "parse" => Method::new(Shared, vec![], crate::ty::parse_result(Ty::Infer)),
        "find" | "rfind" => Method::new(
            Shared,
            vec![ArgKind::Pattern],
            Ty::Option(Box::new(Ty::usize())),
        ),
        "split_once" | "rsplit_once" => Method::new(
            Shared,
            vec![ArgKind::Pattern],
            Ty::Option(Box::new(Ty::Tuple(vec![str_ref(), str_ref()]))),
        )
        .borrowing(),
        _ if !owned => return None,
        "as_str" => Method::new(Shared, vec![], str_ref()).borrowing(),
        "capacity" => Method::new(Shared, vec![], Ty::usize()),
        "clone" => Method::new(Shared, vec![], Ty::String),
        "push" => Method::new(Mut, vec![of(Ty::Char)], Ty::Unit),
        "push_str" => Method::new(Mut, vec![of(str_ref())], Ty::Unit),
        "pop" => Method::new(Mut, vec![], Ty::Option(Box::new(Ty::Char))),
        "clear" => Method::new(Mut, vec![], Ty::Unit),
        "drain" => {
            Method::new(Mut, vec![ArgKind::Range], Ty::IntoIter(Box::new(Ty::Char))).borrowing()
        }
        "insert" => Method::new(Mut, vec![of(Ty::usize()), of(Ty::Char)], Ty::Unit),
        "insert_str" => Method::new(Mut, vec![of(Ty::usize()), of(str_ref())], Ty::Unit),
        "replace_range" => Method::new(Mut, vec![ArgKind::Range, of(str_ref())], Ty::Unit),
        "remove" => Method::new(Mut, vec![of(Ty::usize())], Ty::Char),
        "truncate" => Method::new(Mut, vec![of(Ty::usize())], Ty::Unit),
        "into_bytes" => Method::new(Value, vec![], Ty::Vec(Box::new(Ty::Int("u8")))),
        _ => return None,
    };
    Some(method)
}

/// Methods of `[T]`, and with `owned` also those of `Vec<T>`.
fn vec_method(owned: bool, elem: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Mut, Shared, Value};
    let elem_ref = || Ty::shared(elem.clone());
    let method = match name {
        "len" => Method::new(Shared, vec![], Ty::usize()),
        "is_empty" => Method::new(Shared, vec![], Ty::Bool),
        "first" | "last" => {
            Method::new(Shared, vec![], Ty::Option(Box::new(elem_ref()))).borrowing()
        }
        "retain" if owned => Method::new(
            Mut,
            vec![ArgKind::Closure(vec![elem_ref()], Ty::Bool)],
            Ty::Unit,
        ),
        "sort_by_key" | "sort_unstable_by_key" => Method::new(
            Mut,
            vec![ArgKind::Closure(vec![elem_ref()], Ty::Infer)],
            Ty::Unit,
        ),
        "sort_by" | "sort_unstable_by" => Method::new(
            Mut,
            vec![ArgKind::Closure(
                vec![elem_ref(), elem_ref()],
                Ty::Opaque("Ordering"),
            )],
            Ty::Unit,
        ),
        "first_mut" | "last_mut" => Method::new(
            Mut,
            vec![],
            Ty::Option(Box::new(Ty::Ref(true, Box::new(elem.clone())))),
        )
        .borrowing(),
        "get" => Method::new(
            Shared,
            vec![of(Ty::usize())],
            Ty::Option(Box::new(elem_ref())),
        )
        .borrowing(),
        "iter" => Method::new(Shared, vec![], Ty::Iter(Box::new(elem.clone()))).borrowing(),
        "chunks" | "windows" => Method::new(
            Shared,
            vec![of(Ty::usize())],
            Ty::IntoIter(Box::new(Ty::shared(Ty::Slice(Box::new(elem.clone()))))),
        )
        .borrowing(),
        "get_mut" => Method::new(
            Mut,
            vec![of(Ty::usize())],
            Ty::Option(Box::new(Ty::Ref(true, Box::new(elem.clone())))),
        )
        .borrowing(),
        // `words.join(", ")` of `String`s or `&str`s.
        "join" if matches!(elem, Ty::String) || *elem == Ty::shared(Ty::Str) => {
            Method::new(Shared, vec![of(str_ref())], Ty::String)
        }
        "iter_mut" => Method::new(
            Mut,
            vec![],
            Ty::IntoIter(Box::new(Ty::Ref(true, Box::new(elem.clone())))),
        )
        .borrowing(),
        "contains" => Method::new(Shared, vec![of(elem_ref())], Ty::Bool),
        "to_vec" => Method::new(Shared, vec![], Ty::Vec(Box::new(elem.clone()))),
        "sort" | "sort_unstable" if elem.is_ord() => Method::new(Mut, vec![], Ty::Unit),
        "reverse" => Method::new(Mut, vec![], Ty::Unit),
        _ if !owned => return None,
        "capacity" => Method::new(Shared, vec![], Ty::usize()),
        "as_slice" => Method::new(
            Shared,
            vec![],
            Ty::shared(Ty::Slice(Box::new(elem.clone()))),
        )
        .borrowing(),
        "clone" => Method::new(Shared, vec![], Ty::Vec(Box::new(elem.clone()))),
        "push" => Method::new(Mut, vec![of(elem.clone())], Ty::Unit).storing(),
        "pop" => Method::new(Mut, vec![], Ty::Option(Box::new(elem.clone()))),
        "clear" => Method::new(Mut, vec![], Ty::Unit),
        // The elements by value; the iterator holds the vector's `&mut` borrow.
        "drain" => Method::new(
            Mut,
            vec![ArgKind::Range],
            Ty::IntoIter(Box::new(elem.clone())),
        )
        .borrowing(),
        "extend" => Method::new(Mut, vec![ArgKind::Items(elem.clone())], Ty::Unit).storing(),
        "insert" => Method::new(Mut, vec![of(Ty::usize()), of(elem.clone())], Ty::Unit).storing(),
        "remove" => Method::new(Mut, vec![of(Ty::usize())], elem.clone()),
        "truncate" => Method::new(Mut, vec![of(Ty::usize())], Ty::Unit),
        "extend_from_slice" => Method::new(
            Mut,
            vec![of(Ty::shared(Ty::Slice(Box::new(elem.clone()))))],
            Ty::Unit,
        )
        .storing(),
        "into_iter" => Method::new(Value, vec![], Ty::IntoIter(Box::new(elem.clone()))),
        _ => return None,
    };
    Some(method)
}

/// Methods of integer and float types.
fn number_method(recv: &Ty, name: &str) -> Option<Method> {
    use SelfMode::{Shared, Value};
    let signed = match recv {
        Ty::Int(n) => n.starts_with('i'),
        _ => true,
    };
    let float = matches!(recv, Ty::Float(_) | Ty::FloatLit);
    let same = recv.clone();
    let method = match name {
        "abs" if signed => Method::new(Value, vec![], same),
        "pow" if !float => Method::new(Value, vec![of(Ty::Int("u32"))], same),
        "powi" if float => Method::new(Value, vec![of(Ty::Int("i32"))], same),
        "sqrt" | "round" | "floor" | "ceil" if float => Method::new(Value, vec![], same),
        "min" | "max" => Method::new(Value, vec![of(same.clone())], same),
        "saturating_sub" | "saturating_add" | "wrapping_add" | "wrapping_sub" if !float => {
            Method::new(Value, vec![of(same.clone())], same)
        }
        "to_string" => Method::new(Shared, vec![], Ty::String),
        "clone" => Method::new(Shared, vec![], same),
        _ => return None,
    };
    Some(method)
}

/// What a method does to known values: the receiver's new value (for
/// `&mut self` methods; `None` = unchanged) and the result.
pub(crate) struct Effect {
    pub receiver: Option<Known>,
    pub result: Known,
}

/// Follows a method call on known values. Mutating methods the engine
/// cannot follow make the receiver unknown.
pub(crate) fn effect(name: &str, mode: SelfMode, recv: &Known, args: &[Known]) -> Effect {
    let first = args.first().unwrap_or(&Known::Unknown);
    let second = args.get(1).unwrap_or(&Known::Unknown);
    let (receiver, result) = match (recv, name) {
        (Known::Str(s), "len") => (None, int(s.len())),
        (Known::List(l), "len") => (None, int(l.len())),
        (Known::Str(s), "is_empty") => (None, Known::Bool(s.is_empty())),
        (Known::List(l), "is_empty") => (None, Known::Bool(l.is_empty())),
        (Known::Str(s), "contains" | "starts_with" | "ends_with") => {
            (None, string_test(s, name, first))
        }
        (Known::List(l), "contains") => (None, Known::Bool(l.contains(first)).known_if(first)),
        (Known::Str(s), "trim") => (None, Known::Str(s.trim().into())),
        (Known::Str(s), "trim_start") => (None, Known::Str(s.trim_start().into())),
        (Known::Str(s), "trim_end") => (None, Known::Str(s.trim_end().into())),
        (Known::Str(s), "to_uppercase") => (None, Known::Str(s.to_uppercase())),
        (Known::Str(s), "to_lowercase") => (None, Known::Str(s.to_lowercase())),
        (Known::Str(s), "replace") => match (first.as_str(), second.as_str()) {
            (Some(from), Some(to)) if !from.is_empty() => (None, Known::Str(s.replace(from, to))),
            _ => (None, Known::Unknown),
        },
        (
            Known::Str(_) | Known::List(_),
            "clone" | "to_string" | "to_owned" | "as_str" | "to_vec",
        ) => (None, recv.clone()),
        // A new handle of the same allocation (the walk counts it).
        (Known::Shared(_), "clone") => (None, recv.clone()),
        (_, "to_string") => (None, recv.display().map_or(Known::Unknown, Known::Str)),
        (Known::Str(s), "push") => match first {
            Known::Char(c) => (Some(Known::Str(format!("{s}{c}"))), Known::Unit),
            _ => (Some(Known::Unknown), Known::Unit),
        },
        (Known::Str(s), "push_str") => match first {
            Known::Str(t) => (Some(Known::Str(format!("{s}{t}"))), Known::Unit),
            _ => (Some(Known::Unknown), Known::Unit),
        },
        (Known::Str(s), "pop") => {
            let mut s = s.clone();
            s.pop();
            (Some(Known::Str(s)), Known::Unknown)
        }
        (Known::Str(_), "clear") => (Some(Known::Str(String::new())), Known::Unit),
        (Known::List(_), "clear") => (Some(Known::List(Vec::new())), Known::Unit),
        (Known::Str(s), "truncate") => match first.as_int().and_then(|n| usize::try_from(n).ok()) {
            Some(n) if s.is_char_boundary(n) || n > s.len() => {
                let mut s = s.clone();
                s.truncate(n);
                (Some(Known::Str(s)), Known::Unit)
            }
            _ => (Some(Known::Unknown), Known::Unit),
        },
        (Known::List(l), "push") => {
            let mut l = l.clone();
            l.push(first.clone());
            (Some(Known::List(l)), Known::Unit)
        }
        (Known::List(l), "pop") => {
            let mut l = l.clone();
            l.pop();
            (Some(Known::List(l)), Known::Unknown)
        }
        (Known::List(l), "insert") => match first.as_int().and_then(|n| usize::try_from(n).ok()) {
            Some(i) if i <= l.len() => {
                let mut l = l.clone();
                l.insert(i, second.clone());
                (Some(Known::List(l)), Known::Unit)
            }
            _ => (Some(Known::Unknown), Known::Unit),
        },
        (Known::List(l), "remove") => match first.as_int().and_then(|n| usize::try_from(n).ok()) {
            Some(i) if i < l.len() => {
                let mut l = l.clone();
                let removed = l.remove(i);
                (Some(Known::List(l)), removed)
            }
            _ => (Some(Known::Unknown), Known::Unknown),
        },
        (Known::List(l), "truncate") => {
            match first.as_int().and_then(|n| usize::try_from(n).ok()) {
                Some(n) => {
                    let mut l = l.clone();
                    l.truncate(n);
                    (Some(Known::List(l)), Known::Unit)
                }
                None => (Some(Known::Unknown), Known::Unit),
            }
        }
        (Known::List(l), "reverse") => {
            let mut l = l.clone();
            l.reverse();
            (Some(Known::List(l)), Known::Unit)
        }
        (Known::List(l), "sort") => (Some(sorted(l)), Known::Unit),
        (Known::List(l), "extend_from_slice") => match first {
            Known::List(more) => {
                let mut l = l.clone();
                l.extend(more.iter().cloned());
                (Some(Known::List(l)), Known::Unit)
            }
            _ => (Some(Known::Unknown), Known::Unit),
        },
        (Known::Map(m), "len") => (None, int(m.len())),
        (Known::Map(m), "is_empty") => (None, Known::Bool(m.is_empty())),
        (Known::Map(_), "clear") => (Some(Known::Map(Vec::new())), Known::Unit),
        (Known::Map(m), "contains_key" | "get" | "insert" | "remove") if first.is_known() => {
            let at = m.iter().position(|(k, _)| k == first);
            let found = at.and_then(|i| m.get(i)).map(|(_, v)| v.clone());
            let option = |v: Option<Known>| match v {
                Some(v) => Known::variant("Some", vec![v]),
                None => Known::variant("None", Vec::new()),
            };
            match name {
                "contains_key" => (None, Known::Bool(at.is_some())),
                "get" => (None, option(found)),
                "insert" => {
                    let mut m = m.clone();
                    match at.and_then(|i| m.get_mut(i)) {
                        Some(slot) => slot.1 = second.clone(),
                        None => m.push((first.clone(), second.clone())),
                    }
                    (Some(Known::Map(m)), option(found))
                }
                _ => {
                    let mut m = m.clone();
                    if let Some(i) = at {
                        m.remove(i);
                    }
                    (Some(Known::Map(m)), option(found))
                }
            }
        }
        (Known::Str(s), "into_bytes") => (None, Known::List(s.bytes().map(int).collect())),
        (Known::Int(n), "abs") => (None, n.checked_abs().map_or(Known::Unknown, Known::Int)),
        (Known::Int(a), "min") => (
            None,
            first
                .as_int()
                .map_or(Known::Unknown, |b| Known::Int(*a.min(&b))),
        ),
        (Known::Int(a), "max") => (
            None,
            first
                .as_int()
                .map_or(Known::Unknown, |b| Known::Int(*a.max(&b))),
        ),
        (Known::Int(_) | Known::Float(_) | Known::Bool(_) | Known::Char(_), "clone") => {
            (None, recv.clone())
        }
        _ => (None, Known::Unknown),
    };
    let receiver = match (mode, receiver) {
        (SelfMode::Mut, None) => Some(Known::Unknown),
        (_, receiver) => receiver.map(Known::capped),
    };
    Effect {
        receiver,
        result: result.capped(),
    }
}

fn int(n: impl TryInto<i128>) -> Known {
    n.try_into().map_or(Known::Unknown, Known::Int)
}

fn string_test(s: &str, name: &str, pattern: &Known) -> Known {
    let test = |p: &str| match name {
        "contains" => s.contains(p),
        "starts_with" => s.starts_with(p),
        _ => s.ends_with(p),
    };
    match pattern {
        Known::Str(p) => Known::Bool(test(p)),
        Known::Char(c) => Known::Bool(test(&c.to_string())),
        _ => Known::Unknown,
    }
}

/// Sorts a list whose elements are all of one orderable kind; anything else
/// becomes unknown (sorting with an inconsistent order may panic).
fn sorted(items: &[Known]) -> Known {
    if let Some(mut ints) = items
        .iter()
        .map(Known::as_int)
        .collect::<Option<Vec<i128>>>()
    {
        ints.sort_unstable();
        return Known::List(ints.into_iter().map(Known::Int).collect());
    }
    let strings: Option<Vec<String>> = items
        .iter()
        .map(|k| k.as_str().map(str::to_string))
        .collect();
    if let Some(mut strings) = strings {
        strings.sort_unstable();
        return Known::List(strings.into_iter().map(Known::Str).collect());
    }
    Known::Unknown
}

impl Known {
    /// `self`, or `Unknown` when `input` (which it was computed from) is.
    fn known_if(self, input: &Known) -> Known {
        if input.is_known() {
            self
        } else {
            Known::Unknown
        }
    }
}
