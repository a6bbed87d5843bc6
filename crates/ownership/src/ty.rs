//! Types of the teaching subset and the few rules about them that ownership
//! depends on: which types are `Copy`, which contain references (and so can
//! hold loans), unification of literals, and the coercions rustc applies at
//! `let` annotations, arguments and return values.

use std::cell::RefCell;
use std::fmt;

/// The std traits `#[derive(..)]` implements that the engine knows.
pub(crate) const DERIVABLE: [&str; 9] = [
    "Debug",
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Default",
];

/// A `struct` or `enum` of the program: its fields or variants, in order,
/// and what it derives.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StructDef {
    pub name: String,
    /// A struct's fields (empty for an enum).
    pub fields: Vec<(String, Ty)>,
    /// The traits of [`DERIVABLE`] it derives.
    pub derives: Vec<&'static str>,
    /// An enum's variants; `None` for a struct.
    pub variants: Option<Vec<VariantDef>>,
    /// Its lifetime parameters (`a` for `struct Excerpt<'a>`): a value of
    /// the type holds borrows.
    pub lifetimes: Vec<String>,
    /// Its type parameters (`T` for `struct Stack<T>`), in order: the
    /// fields' types name them, a [`Ty::Struct`] gives their types.
    pub params: Vec<Param>,
    /// A tuple struct (`struct Meters(f64);`, fields `0`, `1`, …), built
    /// by a call.
    pub tuple: bool,
    /// A unit struct (`struct Marker;`), whose name is its value.
    pub unit: bool,
}

/// A variant of an enum: unit (`Quit`), tuple (`Move(i32, i32)`, fields
/// named `0`, `1`, …) or struct-like (`Write { text: String }`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct VariantDef {
    pub name: String,
    /// Struct-like: `Name { field: T }`.
    pub named: bool,
    /// Tuple-like: `Name(T, U)`.
    pub tuple: bool,
    pub fields: Vec<(String, Ty)>,
}

impl StructDef {
    /// Whether the type derives `t` (one of [`DERIVABLE`]).
    pub(crate) fn derives(&self, t: &str) -> bool {
        self.derives.contains(&t)
    }

    /// The types of every field: a struct's, or those of all variants.
    pub(crate) fn field_types(&self) -> impl Iterator<Item = &Ty> {
        let variant_fields = self.variants.iter().flatten().flat_map(|v| &v.fields);
        self.fields.iter().chain(variant_fields).map(|(_, t)| t)
    }

    /// The variant named `name` with its index, if this is an enum that has it.
    pub(crate) fn variant(&self, name: &str) -> Option<(usize, &VariantDef)> {
        self.variants
            .as_ref()?
            .iter()
            .enumerate()
            .find(|(_, v)| v.name == name)
    }
}

thread_local! {
    /// The structs of the program being analyzed (set by the program
    /// reader, before any function is walked). Types name structs, and this
    /// says what a name means: its fields and whether it is `Copy`.
    static STRUCTS: RefCell<Vec<StructDef>> = const { RefCell::new(Vec::new()) };
    /// What `Self` names (the type of the `impl` block, or a trait's `Self`)
    /// and the type parameters in scope, while an item is read or walked.
    static SCOPE: RefCell<(Option<Ty>, Vec<Param>)> = const { RefCell::new((None, Vec::new())) };
    /// The program's traits with their supertraits, and its `impl Trait for
    /// Type` blocks (std traits included) as `(trait, type)`.
    static TRAITS: RefCell<Traits> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// The program's traits `(name, supertraits)` and its impls `(trait, type)`.
type Traits = (Vec<(String, Vec<String>)>, Vec<(String, Ty)>);

/// Runs `f` with `Self` naming `self_ty` and the type parameters
/// `generics` in scope, then restores the previous scope.
pub(crate) fn with_scope<T>(self_ty: Option<Ty>, generics: &[Param], f: impl FnOnce() -> T) -> T {
    let previous = SCOPE.with(|s| s.replace((self_ty, generics.to_vec())));
    let result = f();
    SCOPE.with(|s| *s.borrow_mut() = previous);
    result
}

/// The type parameter named `name` in scope here (`T` of `fn reset<T: Default>`), if any.
pub(crate) fn param_named(name: &str) -> Option<Ty> {
    SCOPE
        .with(|s| s.borrow().1.iter().find(|p| p.name == name).cloned())
        .map(|p| Ty::Param(Box::new(p)))
}

/// The type `Self` names here, if inside an `impl` block or a trait.
pub(crate) fn self_ty() -> Option<Ty> {
    SCOPE.with(|s| s.borrow().0.clone())
}

/// Makes `traits` (name, supertraits) the program's traits and `impls`
/// its `impl Trait for Type` blocks.
pub(crate) fn set_traits(traits: Vec<(String, Vec<String>)>, impls: Vec<(String, Ty)>) {
    TRAITS.with(|t| *t.borrow_mut() = (traits, impls));
}

/// Whether the program defines the trait `name`.
pub(crate) fn is_program_trait(name: &str) -> bool {
    TRAITS.with(|t| t.borrow().0.iter().any(|(n, _)| n == name))
}

/// Whether the program has `impl trait_name for ty`.
fn has_impl(trait_name: &str, ty: &Ty) -> bool {
    TRAITS.with(|t| t.borrow().1.iter().any(|(n, i)| n == trait_name && i == ty))
}

/// The std traits a bound may name, with the supertraits each implies.
const STD_TRAITS: [(&str, &[&str]); 13] = [
    ("Display", &[]),
    ("Error", &["Debug", "Display"]),
    ("Debug", &[]),
    ("Clone", &[]),
    ("Copy", &["Clone"]),
    ("PartialEq", &[]),
    ("Eq", &["PartialEq"]),
    ("PartialOrd", &["PartialEq"]),
    ("Ord", &["Eq", "PartialOrd"]),
    ("Hash", &[]),
    ("Default", &[]),
    ("Send", &[]),
    ("Sync", &[]),
];

/// Whether a bound `bound` gives the trait `t`, directly or through its
/// supertraits (`Ord` gives `PartialEq`).
fn implies(bound: &str, t: &str, depth: usize) -> bool {
    if bound == t {
        return true;
    }
    if depth > 8 {
        return false;
    }
    let supers: Vec<String> = match STD_TRAITS.iter().find(|(n, _)| *n == bound) {
        Some((_, s)) => s.iter().map(|s| s.to_string()).collect(),
        None => TRAITS.with(|tr| {
            let traits = &tr.borrow().0;
            traits
                .iter()
                .find(|(n, _)| n == bound)
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        }),
    };
    supers.iter().any(|b| implies(b, t, depth + 1))
}

/// A type known only by the traits it implements: a type parameter
/// (`T: Display`), `impl Trait`, or `dyn Trait`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Param {
    /// As written: `T`, `impl Summary`, `dyn Shape`.
    pub name: String,
    /// The traits of its bounds (`Display`, `Summary`), without supertraits.
    pub bounds: Vec<String>,
    pub kind: ParamKind,
    /// Tells apart `impl Trait` parameters written alike (0 otherwise).
    pub index: usize,
    /// A `Fn(A, B) -> R` bound (or `FnMut`, `FnOnce`): what a call takes
    /// and gives.
    pub call: Option<Box<(Vec<Ty>, Ty)>>,
}

/// What a [`Param`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ParamKind {
    /// A type parameter, or `impl Trait` in argument position: each call
    /// chooses the type (inferred from the arguments).
    Generic,
    /// `impl Trait` in return position: one type the function chooses.
    Opaque,
    /// `dyn Trait`: any implementing type, behind a reference or `Box`.
    Dyn,
}

impl Param {
    /// `Self` in the trait `name`: a type parameter bounded by the trait.
    pub(crate) fn trait_self(name: &str) -> Param {
        Param {
            bounds: vec![name.to_string()],
            ..Param::named("Self")
        }
    }

    /// A type parameter `name` without bounds yet.
    pub(crate) fn named(name: &str) -> Param {
        Param {
            name: name.to_string(),
            bounds: Vec::new(),
            kind: ParamKind::Generic,
            index: 0,
            call: None,
        }
    }

    /// The closure trait of its bounds: `FnOnce` can be called once,
    /// `FnMut` needs `&mut` to call, `Fn` only `&`.
    pub(crate) fn fn_kind(&self) -> Option<&'static str> {
        self.call.as_ref()?;
        let has = |t: &str| self.bounds.iter().any(|b| b == t);
        Some(if has("Fn") {
            "Fn"
        } else if has("FnMut") {
            "FnMut"
        } else {
            "FnOnce"
        })
    }

    /// Whether the bounds give the trait `t`.
    pub(crate) fn has(&self, t: &str) -> bool {
        self.bounds.iter().any(|b| implies(b, t, 0))
    }
}

/// The traits of a bound list (`Display + Clone`), or what is unsupported
/// in it. A lifetime bound (`'static`) adds nothing here.
pub(crate) fn bounds_of<'a>(
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Result<Vec<String>, String> {
    let mut p = Param::named("");
    add_bounds(&mut p, bounds)?;
    Ok(p.bounds)
}

/// Adds the traits of a bound list to `p`'s bounds, and a `Fn(A) -> R`
/// bound's signature as its `call`.
pub(crate) fn add_bounds<'a>(
    p: &mut Param,
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Result<(), String> {
    let out = &mut p.bounds;
    for b in bounds {
        let syn::TypeParamBound::Trait(t) = b else {
            if matches!(b, syn::TypeParamBound::Lifetime(_)) {
                continue;
            }
            return Err("this kind of bound".into());
        };
        if t.lifetimes.is_some() || !matches!(t.modifier, syn::TraitBoundModifier::None) {
            return Err("this kind of trait bound".into());
        }
        let closure_trait = match (t.path.segments.len(), t.path.segments.last()) {
            (1, Some(seg))
                if matches!(seg.ident.to_string().as_str(), "Fn" | "FnMut" | "FnOnce") =>
            {
                Some(seg)
            }
            _ => None,
        };
        let Some(seg) = closure_trait else {
            out.push(trait_named(&t.path)?);
            continue;
        };
        let syn::PathArguments::Parenthesized(args) = &seg.arguments else {
            return Err(format!("`{}` without its signature", seg.ident));
        };
        let inputs = args
            .inputs
            .iter()
            .map(from_syn)
            .collect::<Result<Vec<Ty>, String>>()?;
        let output = match &args.output {
            syn::ReturnType::Default => Ty::Unit,
            syn::ReturnType::Type(_, t) => from_syn(t)?,
        };
        if p.call.is_some() {
            return Err("two closure bounds".into());
        }
        out.push(seg.ident.to_string());
        p.call = Some(Box::new((inputs, output)));
    }
    Ok(())
}

/// The trait a path names: one of the program's, or one of [`STD_TRAITS`]
/// by a path that reaches it (`Display` imported, or `fmt::Display`).
pub(crate) fn trait_named(path: &syn::Path) -> Result<String, String> {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let name = segs.last().cloned().unwrap_or_default();
    let std_trait = STD_TRAITS.iter().any(|(n, _)| *n == name);
    let path_ok = match segs.split_last() {
        Some((_, [])) => {
            !matches!(name.as_str(), "Display" | "Debug" | "Hash" | "Error") || imported(&name)
        }
        Some((_, path)) if name == "Error" => std_path(path, "error"),
        Some((_, path)) => std_trait && fmt_path(path),
        None => false,
    };
    let args = path.segments.iter().any(|s| !s.arguments.is_none());
    if args || !path_ok || !(std_trait || is_program_trait(&name)) {
        return Err(format!("the trait `{}`", segs.join("::")));
    }
    Ok(name)
}

/// The std errors the engine knows, as [`Ty::Opaque`] names them.
/// (`<F as FromStr>::Err` is what `parse` gives before its target type is
/// known: every std `FromStr` error of a learner's types is an `Error`.)
pub(crate) const STD_ERRORS: [&str; 5] = [
    "io::Error",
    "ParseIntError",
    "ParseFloatError",
    "ParseBoolError",
    PARSE_ERROR,
];

/// The error of `s.parse()` before its target type is known.
pub(crate) const PARSE_ERROR: &str = "<F as FromStr>::Err";

/// What `s.parse::<T>()` gives.
pub(crate) fn parse_result(target: Ty) -> Ty {
    let err = match &target {
        Ty::Int(_) => "ParseIntError",
        Ty::Float(_) => "ParseFloatError",
        Ty::Bool => "ParseBoolError",
        _ => PARSE_ERROR,
    };
    Ty::Result(Box::new(target), Box::new(Ty::Opaque(err)))
}

/// `module` (imported) or `std::module`: a path to `std::io`, `std::fs`,
/// `std::error`.
pub(crate) fn std_path(segs: &[String], module: &str) -> bool {
    match segs {
        [m] => m == module && imported(module),
        [s, m] => s == "std" && m == module,
        _ => false,
    }
}

/// The std types the engine only passes around, by module and name, as
/// [`Ty::Opaque`] names them.
const STD_OPAQUE: [(&str, &str, &str); 6] = [
    ("io", "Error", "io::Error"),
    ("fs", "File", "File"),
    ("num", "ParseIntError", "ParseIntError"),
    ("num", "ParseFloatError", "ParseFloatError"),
    ("time", "Duration", "Duration"),
    ("time", "Instant", "Instant"),
];

/// The [`Ty::Opaque`] types that are `Copy`.
const COPY_OPAQUE: [&str; 3] = ["Ordering", "Duration", "Instant"];

/// The opaque type `module::name` is, or (`module` `None`) the one a plain
/// imported `name` is; `Error` alone is the trait, not `io::Error`.
fn std_opaque(module: Option<&str>, name: &str) -> Option<&'static str> {
    STD_OPAQUE
        .iter()
        .find(|(m, n, _)| *n == name && module.map_or(name != "Error", |module| module == *m))
        .map(|(_, _, t)| *t)
}

/// Which of `std::io`, `std::fs`, `std::num`, `std::time` a path reaches, if any.
pub(crate) fn path_module(segs: &[String]) -> Option<&'static str> {
    ["io", "fs", "num", "time"]
        .into_iter()
        .find(|m| std_path(segs, m))
}

/// The opaque type a path to a type names (`Duration`, imported, or `time::Duration`), if it
/// is one: for associated functions (`Duration::from_millis`).
pub(crate) fn opaque_path(segs: &[String]) -> Option<&'static str> {
    match segs.split_last()? {
        (name, []) => std_opaque(None, name).filter(|_| imported(name)),
        (name, path) => std_opaque(Some(path_module(path)?), name),
    }
}

/// `mpsc` (imported) or `std::sync::mpsc`, the path to the channel types.
pub(crate) fn mpsc_path(segs: &[String]) -> bool {
    match segs {
        [m] => m == "mpsc" && imported("mpsc"),
        [s, y, m] => s == "std" && y == "sync" && m == "mpsc",
        _ => false,
    }
}

/// `sync` (imported) or `std::sync`, the path to `MutexGuard`.
fn sync_path(segs: &[String]) -> bool {
    match segs {
        [m] => m == "sync" && imported("sync"),
        [s, m] => s == "std" && m == "sync",
        _ => false,
    }
}

/// `JoinHandle<T>` or `MutexGuard<T>` (also `MutexGuard<'_, T>`) as a type annotation
/// writes it. A guard with a named lifetime (a function returning one) is not supported.
fn handle_type(name: &str, args: &syn::PathArguments) -> Result<Ty, String> {
    let syn::PathArguments::AngleBracketed(a) = args else {
        return Err(format!("`{name}` without its type"));
    };
    let mut types = Vec::new();
    for (i, g) in a.args.iter().enumerate() {
        match g {
            syn::GenericArgument::Lifetime(l)
                if i == 0 && l.ident == "_" && name == "MutexGuard" => {}
            syn::GenericArgument::Type(t) => types.push(from_syn(t)?),
            _ => return Err(format!("the type `{name}<..>`")),
        }
    }
    let [inner] = <[Ty; 1]>::try_from(types).map_err(|_| format!("the type `{name}<..>`"))?;
    Ok(match name {
        "JoinHandle" => Ty::JoinHandle(Box::new(inner)),
        _ => Ty::Smart(Smart::Guard, Box::new(inner)),
    })
}

/// `Sender<T>` or `Receiver<T>` as a signature writes it.
fn channel_type(name: &str, args: &syn::PathArguments) -> Result<Ty, String> {
    let elem = generic_arg(args)?.ok_or_else(|| format!("`{name}` without its type"))?;
    Ok(Ty::Channel {
        sender: name == "Sender",
        elem: Box::new(elem),
        pair: 0,
    })
}

/// `fmt` (imported) or `std::fmt`, the path to `Display` or `Formatter`.
fn fmt_path(segs: &[String]) -> bool {
    segs.is_empty() || std_path(segs, "fmt")
}

/// Makes `defs` the structs every type lookup sees (replacing the last
/// program's).
pub(crate) fn set_structs(defs: Vec<StructDef>) {
    STRUCTS.with(|s| *s.borrow_mut() = defs);
}

/// The structs and enums of the program, in the order they were read.
pub(crate) fn struct_defs() -> Vec<StructDef> {
    STRUCTS.with(|s| s.borrow().clone())
}

/// The struct named `name`, if the program defines one.
pub(crate) fn struct_def(name: &str) -> Option<StructDef> {
    STRUCTS.with(|s| s.borrow().iter().find(|d| d.name == name).cloned())
}

/// The struct or enum a value of type `ty` is, with the field types of
/// this instance (`Stack<String>`'s `items` is a `Vec<String>`).
pub(crate) fn def_of(ty: &Ty) -> Option<StructDef> {
    let Ty::Struct(name, args) = ty else {
        return None;
    };
    let mut def = struct_def(name)?;
    let subst: Vec<(Param, Ty)> = def
        .params
        .iter()
        .cloned()
        .zip(args.iter().cloned())
        .collect();
    let fields = def.fields.iter_mut().chain(
        def.variants
            .iter_mut()
            .flatten()
            .flat_map(|v| &mut v.fields),
    );
    for (_, t) in fields {
        *t = t.subst(&subst);
    }
    Some(def)
}

/// `owner` with the types `subst` gives its type parameters `params`
/// (those not given are still to be inferred).
pub(crate) fn instance(owner: &str, params: &[Param], subst: &[(Param, Ty)]) -> Ty {
    let arg = |p: &Param| {
        subst
            .iter()
            .find(|(q, _)| q == p)
            .map_or(Ty::Infer, |(_, t)| t.clone())
    };
    Ty::Struct(owner.to_string(), params.iter().map(arg).collect())
}

/// A type of the subset. Anything else is rejected as unsupported when the
/// program is read, so the engine never has to guess.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ty {
    /// A suffixed or annotated integer type, e.g. `"i32"`, `"usize"`.
    Int(&'static str),
    /// An integer literal whose type is not fixed yet (rustc's `{integer}`);
    /// shown and range-checked as `i32`, rustc's fallback.
    IntLit,
    /// `"f32"` or `"f64"`.
    Float(&'static str),
    /// A float literal whose type is not fixed yet; shown as `f64`.
    FloatLit,
    Bool,
    Char,
    /// `()`, the value of statements and of functions without a return type.
    Unit,
    /// `str`: only ever behind a reference.
    Str,
    String,
    Vec(Box<Ty>),
    /// `[T]`: only ever behind a reference.
    Slice(Box<Ty>),
    Box(Box<Ty>),
    Option(Box<Ty>),
    /// `Result<T, E>`.
    Result(Box<Ty>, Box<Ty>),
    /// A tuple of at least one element (`()` is [`Ty::Unit`]).
    Tuple(Vec<Ty>),
    /// `[T; N]`.
    Array(Box<Ty>, usize),
    /// `HashMap<K, V>` (`sorted`: `BTreeMap<K, V>`).
    Map {
        sorted: bool,
        key: Box<Ty>,
        value: Box<Ty>,
    },
    /// `HashSet<T>` (`sorted`: `BTreeSet<T>`).
    Set {
        sorted: bool,
        elem: Box<Ty>,
    },
    /// `VecDeque<T>`.
    Deque(Box<Ty>),
    /// What `map.entry(key)` gives: an entry of a map with these types.
    Entry(Box<Ty>, Box<Ty>),
    /// `Rc<T>`, `Arc<T>`, `RefCell<T>`, `Cell<T>`, `Mutex<T>` and the guards
    /// their borrows and locks give.
    Smart(Smart, Box<Ty>),
    /// A std type the engine only passes around (`PoisonError<..>`).
    Opaque(&'static str),
    /// What `.collect()` of items of this type gives, before the context
    /// says which collection (a `Vec` of them).
    Collected(Box<Ty>),
    /// What `.sum()` or `.product()` of items of this type gives, before the
    /// context says which number type.
    Summed(Box<Ty>),
    /// `&T` (`false`) or `&mut T` (`true`).
    Ref(bool, Box<Ty>),
    /// `std::slice::Iter<'_, T>`, returned by `.iter()`; borrows its source.
    Iter(Box<Ty>),
    /// `std::vec::IntoIter<T>`, returned by `.into_iter()` on a `Vec`.
    IntoIter(Box<Ty>),
    /// A `struct` or `enum` of the program, by name (see [`struct_def`]),
    /// with the types of its type parameters (`Stack<i32>`).
    Struct(String, Vec<Ty>),
    /// A closure: its index in the walker's closure table, and whether it
    /// is `Copy` (it captures nothing by `&mut` or by non-`Copy` value).
    Closure {
        id: usize,
        copy: bool,
    },
    /// `std::thread::JoinHandle<T>`: `join()` gives `Result<T, _>`.
    JoinHandle(Box<Ty>),
    /// `mpsc::Sender<T>` (`sender`) or `mpsc::Receiver<T>`. The two ends
    /// made by one `mpsc::channel()` share `pair` (0: from a signature), so
    /// what one end is found to carry, the other carries too.
    Channel {
        sender: bool,
        elem: Box<Ty>,
        pair: usize,
    },
    /// What `join()` returns: `Result<T, Box<dyn Any + Send>>`.
    ThreadResult(Box<Ty>),
    /// A type parameter, `impl Trait` or `dyn Trait`.
    Param(Box<Param>),
    /// The element type of `Vec::new()` before anything says what it is.
    Infer,
    /// The type of a name rustc could not resolve (E0425): anything goes, so
    /// one missing name does not cascade into more reports.
    Error,
}

/// The smart pointers, cells and locks of std, and their guards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Smart {
    Rc,
    Arc,
    RefCell,
    Cell,
    Mutex,
    /// `std::cell::Ref`, from `RefCell::borrow`.
    Ref,
    /// `std::cell::RefMut`, from `RefCell::borrow_mut`.
    RefMut,
    /// `std::sync::MutexGuard`, from `Mutex::lock`.
    Guard,
}

impl Smart {
    /// The ones a program names, with their name.
    pub(crate) const NAMED: [(&'static str, Smart); 5] = [
        ("Rc", Smart::Rc),
        ("Arc", Smart::Arc),
        ("RefCell", Smart::RefCell),
        ("Cell", Smart::Cell),
        ("Mutex", Smart::Mutex),
    ];

    /// Whether `*p` reaches the value (and so methods and fields do).
    pub(crate) fn derefs(self) -> bool {
        !matches!(self, Smart::RefCell | Smart::Cell | Smart::Mutex)
    }

    /// Whether what it dereferences to can be changed (`DerefMut`).
    pub(crate) fn derefs_mut(self) -> bool {
        matches!(self, Smart::RefMut | Smart::Guard)
    }

    /// A guard: it borrows the cell or lock it came from.
    pub(crate) fn is_guard(self) -> bool {
        matches!(self, Smart::Ref | Smart::RefMut | Smart::Guard)
    }
}

/// Integer types with the range rustc's overflow lints use for them on a
/// 64-bit target. `u128` is capped at `i128::MAX`: larger values are never
/// computed (arithmetic is checked in `i128`).
const INTS: [(&str, i128, i128); 12] = [
    ("i8", i8::MIN as i128, i8::MAX as i128),
    ("i16", i16::MIN as i128, i16::MAX as i128),
    ("i32", i32::MIN as i128, i32::MAX as i128),
    ("i64", i64::MIN as i128, i64::MAX as i128),
    ("i128", i128::MIN, i128::MAX),
    ("isize", i64::MIN as i128, i64::MAX as i128),
    ("u8", 0, u8::MAX as i128),
    ("u16", 0, u16::MAX as i128),
    ("u32", 0, u32::MAX as i128),
    ("u64", 0, u64::MAX as i128),
    ("u128", 0, i128::MAX),
    ("usize", 0, u64::MAX as i128),
];

/// The integer type named `name`, as a `'static` name, if it is one.
pub(crate) fn int_named(name: &str) -> Option<&'static str> {
    INTS.iter().find(|(n, _, _)| *n == name).map(|(n, _, _)| *n)
}

/// The float type named `name`, if it is one.
pub(crate) fn float_named(name: &str) -> Option<&'static str> {
    ["f32", "f64"].into_iter().find(|n| *n == name)
}

impl Ty {
    /// Whether `f` holds for a type this one is directly made of (the `T` of
    /// `Vec<T>`, `&T`, `Rc<T>`, both of `Result<T, E>`, a tuple's elements,
    /// a generic struct's type arguments).
    fn any_part(&self, f: &mut dyn FnMut(&Ty) -> bool) -> bool {
        self.parts().into_iter().any(f)
    }

    /// The types this one is directly made of, in order (see [`Ty::any_part`]).
    fn parts(&self) -> Vec<&Ty> {
        match self {
            Ty::Vec(t)
            | Ty::Slice(t)
            | Ty::Box(t)
            | Ty::Option(t)
            | Ty::Ref(_, t)
            | Ty::Iter(t)
            | Ty::IntoIter(t)
            | Ty::Array(t, _)
            | Ty::Deque(t)
            | Ty::Set { elem: t, .. }
            | Ty::Smart(_, t)
            | Ty::JoinHandle(t)
            | Ty::Channel { elem: t, .. }
            | Ty::ThreadResult(t)
            | Ty::Collected(t)
            | Ty::Summed(t) => vec![t],
            Ty::Result(a, b)
            | Ty::Map {
                key: a, value: b, ..
            }
            | Ty::Entry(a, b) => vec![a, b],
            Ty::Tuple(ts) | Ty::Struct(_, ts) => ts.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// This type with each part replaced by `f` of it (see [`Ty::parts`]).
    fn map_parts(&self, f: &mut dyn FnMut(&Ty) -> Ty) -> Ty {
        let mut b = |t: &Ty| Box::new(f(t));
        match self {
            Ty::Vec(t) => Ty::Vec(b(t)),
            Ty::Slice(t) => Ty::Slice(b(t)),
            Ty::Box(t) => Ty::Box(b(t)),
            Ty::Option(t) => Ty::Option(b(t)),
            Ty::Ref(m, t) => Ty::Ref(*m, b(t)),
            Ty::Iter(t) => Ty::Iter(b(t)),
            Ty::IntoIter(t) => Ty::IntoIter(b(t)),
            Ty::Array(t, n) => Ty::Array(b(t), *n),
            Ty::Deque(t) => Ty::Deque(b(t)),
            Ty::Set { sorted, elem } => Ty::Set {
                sorted: *sorted,
                elem: b(elem),
            },
            Ty::Smart(k, t) => Ty::Smart(*k, b(t)),
            Ty::JoinHandle(t) => Ty::JoinHandle(b(t)),
            Ty::Channel { sender, elem, pair } => Ty::Channel {
                sender: *sender,
                elem: b(elem),
                pair: *pair,
            },
            Ty::ThreadResult(t) => Ty::ThreadResult(b(t)),
            Ty::Collected(t) => Ty::Collected(b(t)),
            Ty::Summed(t) => Ty::Summed(b(t)),
            Ty::Result(x, e) => Ty::Result(b(x), b(e)),
            Ty::Map { sorted, key, value } => Ty::Map {
                sorted: *sorted,
                key: b(key),
                value: b(value),
            },
            Ty::Entry(k, v) => Ty::Entry(b(k), b(v)),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| *b(t)).collect()),
            Ty::Struct(n, ts) => Ty::Struct(n.clone(), ts.iter().map(|t| *b(t)).collect()),
            other => other.clone(),
        }
    }

    /// This type with the type parameters of `subst` replaced by their
    /// types (a generic signature at one call).
    pub(crate) fn subst(&self, subst: &[(Param, Ty)]) -> Ty {
        match self {
            Ty::Param(p) if p.kind == ParamKind::Generic => subst
                .iter()
                .find(|(n, _)| *n == **p)
                .map_or_else(|| self.clone(), |(_, t)| t.clone()),
            other => other.map_parts(&mut |t| t.subst(subst)),
        }
    }

    /// This parameter type with each `impl Trait` in it made a type
    /// parameter of its own, added to `found` (argument position).
    pub(crate) fn opaque_to_generic(&self, found: &mut Vec<Param>) -> Ty {
        match self {
            Ty::Param(p) if p.kind == ParamKind::Opaque => {
                let p = Param {
                    kind: ParamKind::Generic,
                    index: found.len() + 1,
                    ..(**p).clone()
                };
                found.push(p.clone());
                Ty::Param(Box::new(p))
            }
            other => other.map_parts(&mut |t| t.opaque_to_generic(found)),
        }
    }

    /// The `Fn(A) -> R` bound this type is known by, through up to two
    /// references or boxes (`F`, `impl Fn`, `&dyn Fn`, `Box<dyn Fn>`).
    pub(crate) fn fn_bound(&self) -> Option<&Param> {
        let mut t = self;
        for _ in 0..2 {
            if let Ty::Ref(_, inner) | Ty::Box(inner) = t {
                t = inner;
            }
        }
        match t {
            Ty::Param(p) if p.call.is_some() => Some(p),
            _ => None,
        }
    }

    /// Whether a type parameter of `generics` appears in this type.
    pub(crate) fn mentions(&self, generics: &[Param]) -> bool {
        match self {
            Ty::Param(p) => generics.contains(p),
            other => other.any_part(&mut |t| t.mentions(generics)),
        }
    }

    /// Whether a value of this type may move to another thread (`Send`).
    pub(crate) fn is_send(&self) -> bool {
        match self {
            Ty::Smart(Smart::Rc | Smart::Ref | Smart::RefMut | Smart::Guard, _) => false,
            Ty::Smart(Smart::Arc, t) => t.is_send() && t.is_sync(),
            Ty::Ref(false, t) => t.is_sync(),
            Ty::Struct(..) => def_of(self).is_some_and(|d| d.field_types().all(Ty::is_send)),
            Ty::Param(p) => p.has("Send"),
            other => !other.any_part(&mut |t| !t.is_send()),
        }
    }

    /// Whether `&T` of this type may be shared between threads (`Sync`).
    pub(crate) fn is_sync(&self) -> bool {
        match self {
            Ty::Smart(Smart::Rc | Smart::RefCell | Smart::Cell | Smart::Ref | Smart::RefMut, _) => {
                false
            }
            Ty::Smart(Smart::Mutex, t) => t.is_send(),
            Ty::Channel { sender, elem, .. } => *sender && elem.is_send(),
            Ty::Struct(..) => def_of(self).is_some_and(|d| d.field_types().all(Ty::is_sync)),
            Ty::Param(p) => p.has("Sync"),
            other => !other.any_part(&mut |t| !t.is_sync()),
        }
    }

    pub(crate) fn usize() -> Ty {
        Ty::Int("usize")
    }

    pub(crate) fn shared(inner: Ty) -> Ty {
        Ty::Ref(false, Box::new(inner))
    }

    /// `Copy` types are duplicated by assignment and argument passing instead
    /// of moved. `&mut T` is not `Copy`: it moves (or is reborrowed).
    pub(crate) fn is_copy(&self) -> bool {
        match self {
            Ty::Int(_)
            | Ty::IntLit
            | Ty::Float(_)
            | Ty::FloatLit
            | Ty::Bool
            | Ty::Char
            | Ty::Unit
            | Ty::Error => true,
            Ty::Ref(mutable, _) => !mutable,
            Ty::Option(inner) => inner.is_copy(),
            Ty::Result(t, e) => t.is_copy() && e.is_copy(),
            Ty::Tuple(ts) => ts.iter().all(Ty::is_copy),
            Ty::Array(t, _) => t.is_copy(),
            Ty::Struct(..) => self.derived("Copy"),
            Ty::Param(p) => p.kind != ParamKind::Dyn && p.has("Copy"),
            Ty::Closure { copy, .. } => *copy,
            Ty::Opaque(n) => COPY_OPAQUE.contains(n),
            _ => false,
        }
    }

    pub(crate) fn is_numeric(&self) -> bool {
        matches!(
            self,
            Ty::Int(_) | Ty::IntLit | Ty::Float(_) | Ty::FloatLit | Ty::Error
        )
    }

    pub(crate) fn is_integer(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::IntLit | Ty::Error)
    }

    /// Whether a value of this type can carry loans (it contains a reference
    /// or borrows its source like `Iter`).
    pub(crate) fn has_refs(&self) -> bool {
        match self {
            // An entry borrows its map, a guard its cell or lock.
            Ty::Ref(..) | Ty::Iter(_) | Ty::Entry(..) => true,
            Ty::Smart(k, _) if k.is_guard() => true,
            Ty::Struct(n, args) => {
                struct_def(n).is_some_and(|d| !d.lifetimes.is_empty())
                    || args.iter().any(Ty::has_refs)
            }
            // A thread's result is `'static`; a sum is a number.
            Ty::JoinHandle(_) | Ty::ThreadResult(_) | Ty::Summed(_) => false,
            other => other.any_part(&mut Ty::has_refs),
        }
    }

    /// Number of reference positions (elided lifetimes) in a parameter
    /// type: lifetime elision only works with exactly one among all inputs.
    pub(crate) fn ref_count(&self) -> usize {
        match self {
            Ty::Ref(_, t) => 1 + t.ref_count(),
            Ty::Vec(t) | Ty::Slice(t) | Ty::Box(t) | Ty::Option(t) => t.ref_count(),
            Ty::Result(t, e) => t.ref_count() + e.ref_count(),
            Ty::Tuple(ts) => ts.iter().map(Ty::ref_count).sum(),
            Ty::Struct(n, args) => {
                struct_def(n).map_or(0, |d| d.lifetimes.len())
                    + args.iter().map(Ty::ref_count).sum::<usize>()
            }
            Ty::Array(t, _) => t.ref_count(),
            _ => 0,
        }
    }

    /// Whether the type still has a part only later code can determine.
    pub(crate) fn has_infer(&self) -> bool {
        match self {
            Ty::Infer | Ty::Collected(_) | Ty::Summed(_) => true,
            other => other.any_part(&mut Ty::has_infer),
        }
    }

    /// Owning types whose value lives on the heap (shown in the visualizer).
    /// An `Rc` or `Arc`: a strong handle of a shared allocation.
    pub(crate) fn is_shared(&self) -> bool {
        matches!(self, Ty::Smart(Smart::Rc | Smart::Arc, _))
    }

    pub(crate) fn owns_heap(&self) -> bool {
        matches!(
            self,
            Ty::String
                | Ty::Vec(_)
                | Ty::Box(_)
                | Ty::Map { .. }
                | Ty::Set { .. }
                | Ty::Deque(_)
                | Ty::Smart(Smart::Rc | Smart::Arc, _)
        )
    }

    /// Whether dropping a value of this type ends what it points to (a
    /// `Box`, `Rc`, `Arc` or guard), so borrows through it must end first.
    pub(crate) fn owns_target(&self) -> bool {
        matches!(self, Ty::Box(_)) || matches!(self, Ty::Smart(k, _) if k.derefs())
    }

    /// The type one `*` away: the target of a reference or box.
    pub(crate) fn deref_target(&self) -> Option<&Ty> {
        match self {
            Ty::Ref(_, t) | Ty::Box(t) => Some(t),
            Ty::Smart(k, t) if k.derefs() => Some(t),
            _ => None,
        }
    }

    /// Numeric range of an integer type, for overflow and literal checks.
    pub(crate) fn int_range(&self) -> Option<(i128, i128)> {
        match self {
            Ty::Int(name) => INTS
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, lo, hi)| (*lo, *hi)),
            Ty::IntLit => Some((i32::MIN as i128, i32::MAX as i128)),
            _ => None,
        }
    }

    /// Types usable with `{}`.
    pub(crate) fn is_display(&self) -> bool {
        match self {
            Ty::Int(_)
            | Ty::IntLit
            | Ty::Float(_)
            | Ty::FloatLit
            | Ty::Bool
            | Ty::Char
            | Ty::Str
            | Ty::String
            | Ty::Error => true,
            Ty::Ref(_, t) | Ty::Box(t) => t.is_display(),
            Ty::Smart(k, t) if k.derefs() => t.is_display(),
            Ty::Param(p) => p.has("Display"),
            Ty::Opaque(n) => STD_ERRORS.contains(n),
            other => has_impl("Display", other),
        }
    }

    /// Types usable with `{:?}`: everything except iterators (kept simple),
    /// and structs that derive `Debug`.
    pub(crate) fn is_debug(&self) -> bool {
        match self {
            Ty::Iter(_) | Ty::IntoIter(_) => false,
            Ty::Struct(..) => self.derived("Debug") || has_impl("Debug", self),
            Ty::Param(p) => p.has("Debug"),
            Ty::Vec(t) | Ty::Slice(t) | Ty::Box(t) | Ty::Option(t) | Ty::Ref(_, t) => t.is_debug(),
            Ty::Result(t, e) => t.is_debug() && e.is_debug(),
            Ty::Tuple(ts) => ts.iter().all(Ty::is_debug),
            Ty::Array(t, _) => t.is_debug(),
            Ty::Map { key, value, .. } => key.is_debug() && value.is_debug(),
            Ty::Set { elem, .. } | Ty::Deque(elem) => elem.is_debug(),
            Ty::Entry(..) => false,
            Ty::Smart(_, t) => t.is_debug(),
            Ty::Opaque(_) => true,
            _ => true,
        }
    }

    /// Types with a total order (`sort` needs `Ord`; floats are not).
    pub(crate) fn is_ord(&self) -> bool {
        self.implements("Ord")
    }

    /// Whether a struct of the program derives `t` for this instance (a
    /// derive on `Pair<T>` needs `T: t`).
    fn derived(&self, t: &str) -> bool {
        let Ty::Struct(n, args) = self else {
            return false;
        };
        struct_def(n).is_some_and(|d| d.derives(t)) && args.iter().all(|a| a.implements(t))
    }

    /// Whether the type implements the std trait `t`, one of [`DERIVABLE`]
    /// (a struct of the program: if it derives it).
    pub(crate) fn implements(&self, t: &str) -> bool {
        if has_impl(t, self) {
            return true;
        }
        match (self, t) {
            (_, "Copy") => self.is_copy(),
            (_, "Debug") => self.is_debug(),
            (_, "Display") => self.is_display(),
            (_, "Send") => self.is_send(),
            (_, "Sync") => self.is_sync(),
            (Ty::Opaque(n), "Error") => STD_ERRORS.contains(n),
            (Ty::Param(p), _) => p.has(t),
            (_, "Error") => false,
            (Ty::Struct(..), _) => self.derived(t),
            (Ty::Error, _) => true,
            (Ty::Int(_) | Ty::IntLit | Ty::Bool | Ty::Char | Ty::Unit, _) => true,
            (Ty::Float(_) | Ty::FloatLit, _) => {
                matches!(t, "Clone" | "PartialEq" | "PartialOrd" | "Default")
            }
            (Ty::String, _) => true,
            (Ty::Str, _) => t != "Clone" && t != "Default",
            (Ty::Vec(e) | Ty::Option(e), _) => t == "Default" || e.implements(t),
            (Ty::Result(a, b), _) => t != "Default" && a.implements(t) && b.implements(t),
            (Ty::Tuple(ts), _) => ts.iter().all(|e| e.implements(t)),
            (Ty::Array(e, n), _) => (t != "Default" || *n <= 32) && e.implements(t),
            (Ty::Map { key, value, .. }, _) => {
                t == "Default" || (t != "Copy" && key.implements(t) && value.implements(t))
            }
            (Ty::Set { elem, .. } | Ty::Deque(elem), _) => {
                t == "Default" || (t != "Copy" && elem.implements(t))
            }
            (Ty::Smart(Smart::Rc | Smart::Arc, _), "Clone") => true,
            (Ty::Channel { sender, .. }, "Clone") => *sender,
            (Ty::Smart(Smart::Cell, e), "Clone") => e.is_copy(),
            (
                Ty::Smart(Smart::RefCell | Smart::Rc | Smart::Arc | Smart::Cell | Smart::Mutex, e),
                "Default",
            ) => e.implements("Default"),
            (Ty::Smart(Smart::Rc | Smart::Arc | Smart::RefCell, e), _)
                if t != "Copy" && t != "Clone" =>
            {
                e.implements(t)
            }
            (Ty::Box(e), _) => e.implements(t),
            (Ty::Slice(e), _) => t != "Clone" && (t == "Default" || e.implements(t)),
            (Ty::Ref(false, _), "Clone") => true,
            (Ty::Ref(m, e), "Default") => !m && matches!(**e, Ty::Str | Ty::Slice(_)),
            (Ty::Ref(true, _), "Clone") => false,
            (Ty::Ref(_, e), _) => e.implements(t),
            (Ty::Closure { copy, .. }, "Clone") => *copy,
            _ => false,
        }
    }
}

/// The most specific type both `a` and `b` can be, if they can be the same
/// type at all (literals take the other side's type, `Infer` is filled in).
pub(crate) fn unify(a: &Ty, b: &Ty) -> Option<Ty> {
    match (a, b) {
        (Ty::Error, t) | (t, Ty::Error) => Some(t.clone()),
        (Ty::Infer, t) | (t, Ty::Infer) => Some(t.clone()),
        (Ty::IntLit, Ty::Int(n)) | (Ty::Int(n), Ty::IntLit) => Some(Ty::Int(n)),
        (Ty::FloatLit, Ty::Float(n)) | (Ty::Float(n), Ty::FloatLit) => Some(Ty::Float(n)),
        (Ty::Vec(x), Ty::Vec(y)) => unify(x, y).map(|t| Ty::Vec(Box::new(t))),
        (Ty::Slice(x), Ty::Slice(y)) => unify(x, y).map(|t| Ty::Slice(Box::new(t))),
        (Ty::Box(x), Ty::Box(y)) => unify(x, y).map(|t| Ty::Box(Box::new(t))),
        (Ty::Option(x), Ty::Option(y)) => unify(x, y).map(|t| Ty::Option(Box::new(t))),
        (Ty::Result(x, e), Ty::Result(y, f)) => {
            Some(Ty::Result(Box::new(unify(x, y)?), Box::new(unify(e, f)?)))
        }
        (Ty::Collected(i), Ty::Vec(t)) | (Ty::Vec(t), Ty::Collected(i)) => {
            unify(i, t).map(|t| Ty::Vec(Box::new(t)))
        }
        (Ty::Collected(i), Ty::Deque(t)) | (Ty::Deque(t), Ty::Collected(i)) => {
            unify(i, t).map(|t| Ty::Deque(Box::new(t)))
        }
        (Ty::Collected(i), Ty::Set { sorted, elem })
        | (Ty::Set { sorted, elem }, Ty::Collected(i)) => unify(i, elem).map(|t| Ty::Set {
            sorted: *sorted,
            elem: Box::new(t),
        }),
        (Ty::Collected(i), Ty::Map { sorted, key, value })
        | (Ty::Map { sorted, key, value }, Ty::Collected(i)) => match &**i {
            Ty::Tuple(kv) => match kv.as_slice() {
                [k, v] => Some(Ty::Map {
                    sorted: *sorted,
                    key: Box::new(unify(k, key)?),
                    value: Box::new(unify(v, value)?),
                }),
                _ => None,
            },
            _ => None,
        },
        // `String` from `char`s, `&char`s, `&str`s or `String`s.
        (Ty::Collected(i), Ty::String) | (Ty::String, Ty::Collected(i)) => {
            let item = match &**i {
                Ty::Ref(false, t) if matches!(**t, Ty::Str | Ty::Char) => t,
                t => t,
            };
            matches!(item, Ty::Char | Ty::Str | Ty::String).then_some(Ty::String)
        }
        (Ty::Summed(i), n @ Ty::Int(_))
        | (n @ Ty::Int(_), Ty::Summed(i))
        | (Ty::Summed(i), n @ Ty::Float(_))
        | (n @ Ty::Float(_), Ty::Summed(i)) => {
            let item = match &**i {
                Ty::Ref(false, t) => t,
                t => t,
            };
            unify(item, n)
        }
        (
            Ty::Map {
                sorted: a,
                key: k1,
                value: v1,
            },
            Ty::Map {
                sorted: b,
                key: k2,
                value: v2,
            },
        ) if a == b => Some(Ty::Map {
            sorted: *a,
            key: Box::new(unify(k1, k2)?),
            value: Box::new(unify(v1, v2)?),
        }),
        (Ty::Set { sorted: a, elem: x }, Ty::Set { sorted: b, elem: y }) if a == b => unify(x, y)
            .map(|t| Ty::Set {
                sorted: *a,
                elem: Box::new(t),
            }),
        (Ty::Deque(x), Ty::Deque(y)) => unify(x, y).map(|t| Ty::Deque(Box::new(t))),
        (Ty::Smart(a, x), Ty::Smart(b, y)) if a == b => {
            unify(x, y).map(|t| Ty::Smart(*a, Box::new(t)))
        }
        (Ty::Array(x, n), Ty::Array(y, m)) if n == m => {
            unify(x, y).map(|t| Ty::Array(Box::new(t), *n))
        }
        (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => xs
            .iter()
            .zip(ys)
            .map(|(x, y)| unify(x, y))
            .collect::<Option<Vec<Ty>>>()
            .map(Ty::Tuple),
        (Ty::Iter(x), Ty::Iter(y)) => unify(x, y).map(|t| Ty::Iter(Box::new(t))),
        (Ty::JoinHandle(x), Ty::JoinHandle(y)) => unify(x, y).map(|t| Ty::JoinHandle(Box::new(t))),
        (
            Ty::Channel {
                sender: a,
                elem: x,
                pair,
            },
            Ty::Channel {
                sender: b, elem: y, ..
            },
        ) if a == b => unify(x, y).map(|t| Ty::Channel {
            sender: *a,
            elem: Box::new(t),
            pair: *pair,
        }),
        (Ty::IntoIter(x), Ty::IntoIter(y)) => unify(x, y).map(|t| Ty::IntoIter(Box::new(t))),
        (Ty::Ref(m, x), Ty::Ref(n, y)) if m == n => unify(x, y).map(|t| Ty::Ref(*m, Box::new(t))),
        (Ty::Struct(a, xs), Ty::Struct(b, ys)) if a == b && xs.len() == ys.len() => xs
            .iter()
            .zip(ys)
            .map(|(x, y)| unify(x, y))
            .collect::<Option<Vec<Ty>>>()
            .map(|ts| Ty::Struct(a.clone(), ts)),
        _ if a == b => Some(a.clone()),
        _ => None,
    }
}

/// Binds the type parameters of `generics` in `pattern` (a parameter's
/// type) to the matching parts of `actual` (the argument's type), in
/// `subst`, through the coercions `&Vec<T>` to `&[T]` and `&Box<T>` to
/// `&T`. A parameter bound already keeps the most specific type of the
/// two (an integer literal's type settles).
pub(crate) fn bind(pattern: &Ty, actual: &Ty, generics: &[Param], subst: &mut Vec<(Param, Ty)>) {
    match (pattern, actual) {
        (Ty::Param(p), a) if generics.contains(p) => {
            match subst.iter_mut().find(|(n, _)| *n == **p) {
                Some((_, t)) => {
                    if let Some(u) = unify(t, a) {
                        *t = u;
                    }
                }
                None => subst.push(((**p).clone(), a.clone())),
            }
        }
        (Ty::Slice(p), Ty::Vec(a) | Ty::Array(a, _)) => bind(p, a, generics, subst),
        // `&Box<Tree<T>>` passed as `&Tree<T>`.
        (p, Ty::Box(a)) if !matches!(p, Ty::Box(_)) => bind(p, a, generics, subst),
        (p, a) if std::mem::discriminant(p) == std::mem::discriminant(a) => {
            for (p, a) in p.parts().into_iter().zip(a.parts()) {
                bind(p, a, generics, subst);
            }
        }
        _ => {}
    }
}

/// Whether a value of type `from` is accepted where `to` is expected:
/// equal types, plus the reference coercions rustc applies implicitly
/// (`&mut T` to `&T`, and deref coercions such as `&String` to `&str`,
/// `&Vec<T>` to `&[T]`, `&Box<T>` to `&T`, `&&T` to `&T`).
pub(crate) fn coerces(from: &Ty, to: &Ty) -> bool {
    if unify(from, to).is_some() {
        return true;
    }
    // Unsizing to `dyn Trait` behind a pointer, and the one type behind a
    // returned `impl Trait`: any type that implements the traits.
    // (A closure's kind and signature are the walker's to check.)
    let implements_all = |t: &Ty, p: &Param| {
        matches!(t, Ty::Closure { .. }) && p.call.is_some()
            || p.bounds.iter().all(|b| t.implements(b))
    };
    match (from, to) {
        (Ty::Box(t), Ty::Box(d))
        | (Ty::Ref(_, t), Ty::Ref(false, d))
        | (Ty::Ref(true, t), Ty::Ref(true, d)) => {
            if let Ty::Param(p) = &**d {
                if p.kind == ParamKind::Dyn && !matches!(**t, Ty::Str | Ty::Slice(_)) {
                    return implements_all(t, p);
                }
            }
        }
        (t, Ty::Param(p)) if p.kind == ParamKind::Opaque => return implements_all(t, p),
        _ => {}
    }
    let (Ty::Ref(from_mut, from_inner), Ty::Ref(to_mut, to_inner)) = (from, to) else {
        return false;
    };
    if *to_mut && !from_mut {
        return false;
    }
    let mut current: &Ty = from_inner;
    // A handful of deref steps is all the subset can produce.
    for _ in 0..4 {
        if unify(current, to_inner).is_some() {
            return true;
        }
        current = match current {
            Ty::String => &Ty::Str,
            Ty::Vec(t) | Ty::Array(t, _) => {
                return matches!(&**to_inner, Ty::Slice(u) if unify(t, u).is_some());
            }
            Ty::Box(t) => t,
            // `&Rc<T>` to `&T`; `&mut MutexGuard<T>` to `&mut T`.
            Ty::Smart(k, t) if k.derefs() && (!to_mut || k.derefs_mut()) => t,
            // Going through a shared reference can only give shared access.
            Ty::Ref(m, t) if *m || !to_mut => t,
            _ => return false,
        };
    }
    false
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int(name) | Ty::Float(name) => f.write_str(name),
            Ty::IntLit => f.write_str("i32"),
            Ty::FloatLit => f.write_str("f64"),
            Ty::Bool => f.write_str("bool"),
            Ty::Char => f.write_str("char"),
            Ty::Unit => f.write_str("()"),
            Ty::Str => f.write_str("str"),
            Ty::String => f.write_str("String"),
            Ty::Vec(t) => write!(f, "Vec<{t}>"),
            Ty::Slice(t) => write!(f, "[{t}]"),
            Ty::Box(t) => write!(f, "Box<{t}>"),
            Ty::Option(t) => write!(f, "Option<{t}>"),
            Ty::Result(t, e) => write!(f, "Result<{t}, {e}>"),
            Ty::Array(t, n) => write!(f, "[{t}; {n}]"),
            Ty::Map { sorted, key, value } => {
                let name = if *sorted { "BTreeMap" } else { "HashMap" };
                write!(f, "{name}<{key}, {value}>")
            }
            Ty::Set { sorted, elem } => {
                let name = if *sorted { "BTreeSet" } else { "HashSet" };
                write!(f, "{name}<{elem}>")
            }
            Ty::Deque(t) => write!(f, "VecDeque<{t}>"),
            Ty::Entry(k, v) => write!(f, "Entry<'_, {k}, {v}>"),
            Ty::Smart(k, t) => match k {
                Smart::Ref => write!(f, "Ref<'_, {t}>"),
                Smart::RefMut => write!(f, "RefMut<'_, {t}>"),
                Smart::Guard => write!(f, "MutexGuard<'_, {t}>"),
                other => {
                    let name = Smart::NAMED
                        .iter()
                        .find(|(_, s)| s == other)
                        .map_or("_", |(n, _)| n);
                    write!(f, "{name}<{t}>")
                }
            },
            Ty::Opaque(name) => f.write_str(name),
            Ty::Collected(_) | Ty::Summed(_) => f.write_str("_"),
            Ty::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(ToString::to_string).collect();
                match parts.as_slice() {
                    [one] => write!(f, "({one},)"),
                    _ => write!(f, "({})", parts.join(", ")),
                }
            }
            Ty::Ref(false, t) => write!(f, "&{t}"),
            Ty::Ref(true, t) => write!(f, "&mut {t}"),
            Ty::Iter(t) => write!(f, "Iter<'_, {t}>"),
            Ty::IntoIter(t) => write!(f, "IntoIter<{t}>"),
            Ty::Struct(name, args) if args.is_empty() => f.write_str(name),
            Ty::Struct(name, args) => {
                let args: Vec<String> = args.iter().map(ToString::to_string).collect();
                write!(f, "{name}<{}>", args.join(", "))
            }
            Ty::Param(p) => f.write_str(&p.name),
            Ty::Closure { .. } => f.write_str("{closure}"),
            Ty::JoinHandle(t) => write!(f, "JoinHandle<{t}>"),
            Ty::Channel { sender, elem, .. } => {
                let end = if *sender { "Sender" } else { "Receiver" };
                write!(f, "{end}<{elem}>")
            }
            Ty::ThreadResult(t) => write!(f, "Result<{t}, Box<dyn Any + Send>>"),
            Ty::Infer => f.write_str("_"),
            Ty::Error => f.write_str("{unknown}"),
        }
    }
}

/// Reads a written type. `Err` carries a description of the unsupported
/// part, e.g. "lifetime annotations".
pub(crate) fn from_syn(ty: &syn::Type) -> Result<Ty, String> {
    match ty {
        syn::Type::Reference(r) => {
            // A named lifetime (`&'a str`) does not change the type; the
            // signature reader uses it to tell what a returned reference
            // borrows from.
            let inner = match &*r.elem {
                syn::Type::Slice(s) => Ty::Slice(Box::new(from_syn(&s.elem)?)),
                other => from_syn(other)?,
            };
            Ok(Ty::Ref(r.mutability.is_some(), Box::new(inner)))
        }
        syn::Type::Paren(p) => from_syn(&p.elem),
        syn::Type::Group(g) => from_syn(&g.elem),
        syn::Type::Tuple(t) if t.elems.is_empty() => Ok(Ty::Unit),
        syn::Type::Tuple(t) => t
            .elems
            .iter()
            .map(from_syn)
            .collect::<Result<Vec<Ty>, String>>()
            .map(Ty::Tuple),
        syn::Type::Array(a) => match array_length(&a.len) {
            Some(n) => Ok(Ty::Array(Box::new(from_syn(&a.elem)?), n)),
            None => Err("array lengths other than a number".into()),
        },
        syn::Type::Slice(_) => Err("unsized slice types (use `&[T]`)".into()),
        syn::Type::Path(p)
            if p.qself.is_none()
                && p.path.leading_colon.is_none()
                && p.path.segments.len() == 1 =>
        {
            let Some(seg) = p.path.segments.first() else {
                return Err("this type".into());
            };
            let name = seg.ident.to_string();
            if seg.arguments.is_none() {
                if name == "Self" {
                    return self_ty().ok_or_else(|| "`Self` outside an `impl` block".into());
                }
                let param = SCOPE.with(|s| s.borrow().1.iter().find(|p| p.name == name).cloned());
                if let Some(p) = param {
                    return Ok(Ty::Param(Box::new(p)));
                }
                if name == "Formatter" && imported(&name) {
                    return Ok(Ty::Opaque("Formatter"));
                }
                if let Some(t) = std_opaque(None, &name).filter(|_| imported(&name)) {
                    return Ok(Ty::Opaque(t));
                }
            }
            if matches!(name.as_str(), "Sender" | "Receiver") && imported(&name) {
                return channel_type(&name, &seg.arguments);
            }
            if matches!(name.as_str(), "JoinHandle" | "MutexGuard") && imported(&name) {
                return handle_type(&name, &seg.arguments);
            }
            if name == "Result" {
                return result_type(&seg.arguments);
            }
            if let Some(t) = collection_type(&name, &seg.arguments)? {
                return Ok(t);
            }
            if let Some((_, kind)) = Smart::NAMED.iter().find(|(n, _)| *n == name) {
                if imported(&name) {
                    return match generic_arg(&seg.arguments)? {
                        Some(t) => Ok(Ty::Smart(*kind, Box::new(t))),
                        None => Err(format!("`{name}` without its type")),
                    };
                }
            }
            // `Excerpt<'a>`, `Stack<T>`: the lifetimes do not change the
            // type, the type arguments are the instance's.
            if let Some(def) = struct_def(&name) {
                let args: Vec<&syn::GenericArgument> = match &seg.arguments {
                    syn::PathArguments::AngleBracketed(a) => a.args.iter().collect(),
                    _ => Vec::new(),
                };
                let lifetimes = args
                    .iter()
                    .filter(|g| matches!(g, syn::GenericArgument::Lifetime(_)))
                    .count();
                let types = args
                    .iter()
                    .filter_map(|g| match g {
                        syn::GenericArgument::Type(t) => Some(from_syn(t)),
                        _ => None,
                    })
                    .collect::<Result<Vec<Ty>, String>>()?;
                let elided = lifetimes == 0 && args.len() == types.len();
                let ok = matches!(
                    seg.arguments,
                    syn::PathArguments::None | syn::PathArguments::AngleBracketed(_)
                ) && (lifetimes == def.lifetimes.len() || elided)
                    && types.len() == def.params.len()
                    && lifetimes + types.len() == args.len();
                return if ok {
                    Ok(Ty::Struct(def.name, types))
                } else {
                    Err(format!("the type `{name}<..>`"))
                };
            }
            if !matches!(name.as_str(), "Vec" | "Box" | "Option") && !seg.arguments.is_none() {
                return Err(format!("the type `{name}<..>`"));
            }
            let generic = generic_arg(&seg.arguments)?;
            match (name.as_str(), generic) {
                ("bool", None) => Ok(Ty::Bool),
                ("char", None) => Ok(Ty::Char),
                ("String", None) => Ok(Ty::String),
                ("str", None) => Ok(Ty::Str),
                ("Vec", Some(t)) => Ok(Ty::Vec(Box::new(t))),
                ("Box", Some(t)) => Ok(Ty::Box(Box::new(t))),
                ("Option", Some(t)) => Ok(Ty::Option(Box::new(t))),
                (n, None) => int_named(n)
                    .map(Ty::Int)
                    .or_else(|| float_named(n).map(Ty::Float))
                    .ok_or_else(|| format!("the type `{n}`")),
                (n, Some(_)) => Err(format!("the type `{n}<..>`")),
            }
        }
        syn::Type::Path(p) if p.qself.is_none() => {
            // `fmt::Formatter<'_>`, `fmt::Result`.
            let segs: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            let lifetimes_only = p.path.segments.iter().all(|s| match &s.arguments {
                syn::PathArguments::None => true,
                syn::PathArguments::AngleBracketed(a) => a
                    .args
                    .iter()
                    .all(|g| matches!(g, syn::GenericArgument::Lifetime(_))),
                syn::PathArguments::Parenthesized(_) => false,
            });
            let last_seg = p.path.segments.last();
            match (segs.split_last(), last_seg) {
                // `io::Error`, `io::Result<T>`, `fs::File`.
                (Some((last, path)), Some(seg)) if std_path(path, "io") && last == "Result" => {
                    let ok = generic_arg(&seg.arguments)?.ok_or("`io::Result` without its type")?;
                    Ok(Ty::Result(Box::new(ok), Box::new(Ty::Opaque("io::Error"))))
                }
                (Some((last, path)), Some(seg))
                    if seg.arguments.is_none() && path_module(path).is_some() =>
                {
                    std_opaque(path_module(path), last)
                        .map(Ty::Opaque)
                        .ok_or_else(|| format!("the type `{}`", segs.join("::")))
                }
                (Some((last, path)), Some(seg))
                    if matches!(last.as_str(), "Sender" | "Receiver") && mpsc_path(path) =>
                {
                    channel_type(last, &seg.arguments)
                }
                (Some((last, path)), Some(seg))
                    if (last == "JoinHandle" && std_path(path, "thread"))
                        || (last == "MutexGuard" && sync_path(path)) =>
                {
                    handle_type(last, &seg.arguments)
                }
                (Some((last, path)), _) if fmt_path(path) && lifetimes_only => {
                    match last.as_str() {
                        "Formatter" => Ok(Ty::Opaque("Formatter")),
                        "Result" => Ok(fmt_result()),
                        _ => Err(format!("the type `{}`", segs.join("::"))),
                    }
                }
                _ => Err(format!("the type `{}`", segs.join("::"))),
            }
        }
        syn::Type::Path(_) => Err("qualified type paths".into()),
        syn::Type::ImplTrait(t) => bounded("impl", ParamKind::Opaque, &t.bounds),
        syn::Type::TraitObject(t) => bounded("dyn", ParamKind::Dyn, &t.bounds),
        syn::Type::BareFn(_) => Err("function pointer types".into()),
        syn::Type::Infer(_) => Ok(Ty::Infer),
        _ => Err("this kind of type".into()),
    }
}

/// `impl A + B` or `dyn A + B`.
fn bounded<'a>(
    keyword: &str,
    kind: ParamKind,
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Result<Ty, String> {
    let mut p = Param::named("");
    add_bounds(&mut p, bounds)?;
    if p.bounds.is_empty() {
        return Err(format!("`{keyword}` without a trait"));
    }
    p.name = format!("{keyword} {}", p.bounds.join(" + "));
    p.kind = kind;
    Ok(Ty::Param(Box::new(p)))
}

/// `fmt::Result`, what `fmt` and `write!` return.
pub(crate) fn fmt_result() -> Ty {
    Ty::Result(Box::new(Ty::Unit), Box::new(Ty::Opaque("fmt::Error")))
}

/// The collections of `std::collections` a type can name.
pub(crate) const COLLECTIONS: [&str; 5] =
    ["HashMap", "BTreeMap", "HashSet", "BTreeSet", "VecDeque"];

thread_local! {
    /// The names the program imports with `use std::..` (`HashMap`, `thread`, …).
    static IMPORTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The variants the program imports (`use List::{Cons, Nil};`), as (variant, enum).
    static VARIANTS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// The program's `const NAME: usize = 4;` items, which array lengths may name.
    static LENGTHS: RefCell<Vec<(String, usize)>> = const { RefCell::new(Vec::new()) };
}

/// Makes `variants` (variant, enum) the variants the program imports.
pub(crate) fn set_variant_imports(variants: Vec<(String, String)>) {
    VARIANTS.with(|v| *v.borrow_mut() = variants);
}

/// The enum a variant imported by name belongs to (`Nil` after `use List::{Cons, Nil};`).
pub(crate) fn variant_owner(name: &str) -> Option<String> {
    VARIANTS.with(|v| {
        v.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, e)| e.clone())
    })
}

/// Makes `lengths` the constants array lengths may name.
pub(crate) fn set_lengths(lengths: Vec<(String, usize)>) {
    LENGTHS.with(|l| *l.borrow_mut() = lengths);
}

/// An array length as written: a number, or a `usize` constant of the program (`ROUNDS`).
pub(crate) fn array_length(len: &syn::Expr) -> Option<usize> {
    match len {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) if matches!(i.suffix(), "" | "usize") => i.base10_parse::<usize>().ok(),
        syn::Expr::Path(p) if p.qself.is_none() => {
            let name = p.path.get_ident()?.to_string();
            LENGTHS.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| *v))
        }
        _ => None,
    }
}

/// Makes `names` the program's imports.
pub(crate) fn set_imports(names: Vec<String>) {
    IMPORTS.with(|i| *i.borrow_mut() = names);
}

/// Whether the program imports `name` (`use std::collections::HashMap;`).
pub(crate) fn imported(name: &str) -> bool {
    IMPORTS.with(|i| i.borrow().iter().any(|n| n == name))
}

/// `HashMap<K, V>`, `HashSet<T>`, … when `name` is an imported collection;
/// `None` for other names. Without type arguments, the element types are
/// left to inference (`HashMap::new()`).
pub(crate) fn collection_type(name: &str, args: &syn::PathArguments) -> Result<Option<Ty>, String> {
    if !COLLECTIONS.contains(&name) || !imported(name) {
        return Ok(None);
    }
    let types: Vec<Ty> = match args {
        syn::PathArguments::None => Vec::new(),
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .map(|g| match g {
                syn::GenericArgument::Type(t) => from_syn(t),
                _ => Err("this kind of generic argument".into()),
            })
            .collect::<Result<_, _>>()?,
        syn::PathArguments::Parenthesized(_) => return Err(format!("the type `{name}(..)`")),
    };
    let infer = || Box::new(Ty::Infer);
    let mut types = types.into_iter().map(Box::new);
    let (a, b) = (types.next(), types.next());
    if types.next().is_some() {
        return Err(format!("the type `{name}` with a hasher"));
    }
    Ok(Some(match name {
        "HashMap" | "BTreeMap" => Ty::Map {
            sorted: name == "BTreeMap",
            key: a.unwrap_or_else(infer),
            value: b.unwrap_or_else(infer),
        },
        "HashSet" | "BTreeSet" if b.is_none() => Ty::Set {
            sorted: name == "BTreeSet",
            elem: a.unwrap_or_else(infer),
        },
        "VecDeque" if b.is_none() => Ty::Deque(a.unwrap_or_else(infer)),
        _ => return Err(format!("the type `{name}<..>`")),
    }))
}

/// `Result<T, E>` from its two generic arguments.
fn result_type(args: &syn::PathArguments) -> Result<Ty, String> {
    let syn::PathArguments::AngleBracketed(a) = args else {
        return Err("`Result` without its types".into());
    };
    let types: Vec<&syn::Type> = a
        .args
        .iter()
        .filter_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .collect();
    match types.as_slice() {
        [t, e] if a.args.len() == 2 => {
            Ok(Ty::Result(Box::new(from_syn(t)?), Box::new(from_syn(e)?)))
        }
        _ => Err("this kind of generic argument".into()),
    }
}

/// The single generic argument of `Vec<T>`, `Box<T>`, `Option<T>`.
pub(crate) fn generic_arg(args: &syn::PathArguments) -> Result<Option<Ty>, String> {
    match args {
        syn::PathArguments::None => Ok(None),
        syn::PathArguments::AngleBracketed(a) if a.args.len() == 1 => match a.args.first() {
            Some(syn::GenericArgument::Type(t)) => from_syn(t).map(Some),
            Some(syn::GenericArgument::Lifetime(_)) => Err("lifetime annotations".into()),
            _ => Err("this kind of generic argument".into()),
        },
        _ => Err("this kind of generic argument".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: Ty) -> Ty {
        Ty::shared(t)
    }

    #[test]
    fn copy_rules() {
        assert!(Ty::Int("i32").is_copy());
        assert!(r(Ty::String).is_copy());
        assert!(!Ty::Ref(true, Box::new(Ty::String)).is_copy());
        assert!(!Ty::String.is_copy());
        assert!(!Ty::Vec(Box::new(Ty::IntLit)).is_copy());
    }

    #[test]
    fn deref_coercions() {
        assert!(coerces(&r(Ty::String), &r(Ty::Str)));
        assert!(coerces(&Ty::Ref(true, Box::new(Ty::String)), &r(Ty::Str)));
        assert!(coerces(
            &r(Ty::Vec(Box::new(Ty::IntLit))),
            &r(Ty::Slice(Box::new(Ty::Int("i32"))))
        ));
        assert!(!coerces(
            &r(Ty::String),
            &Ty::Ref(true, Box::new(Ty::String))
        ));
        assert!(!coerces(&Ty::String, &r(Ty::Str)));
    }

    #[test]
    fn display() {
        assert_eq!(
            Ty::Ref(true, Box::new(Ty::Vec(Box::new(Ty::IntLit)))).to_string(),
            "&mut Vec<i32>"
        );
    }
}
