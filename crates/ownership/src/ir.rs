//! Facts the walk (pass 1) records for one function body, consumed by the
//! borrow checker (pass 2) and the snapshot builder.
//!
//! Everything is keyed by *program points*: increasing numbers assigned in
//! evaluation order. Control flow is recorded beside them ([`Flow`]): the two
//! arms of an `if` exclude each other, code after a `break`, `continue` or
//! `return` is not reached from before it, and loop bodies are walked twice
//! (a second iteration stands for every later one), so "can point `a` reach
//! point `b`" stays a cheap question and non-lexical lifetimes stay simple: a
//! loan is live at a point that its creation reaches and that reaches a use.

use crate::{BorrowKind, Diagnostic, Event, Span, VarView};

/// A position in evaluation order.
pub(crate) type Point = usize;

/// A borrowable place: a variable, what a reference or box variable points
/// to (`*r`), or a field path below either (`p.pos.x`). Indexing (`v[i]`)
/// borrows the whole vector, so it is recorded on the vector's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    /// Index into [`BodyFacts::vars`].
    pub var: usize,
    /// `*var` rather than `var` itself.
    pub deref: bool,
    /// The fields below the variable (or `*var`): none for the whole value.
    pub field: FieldPath,
}

impl Place {
    /// Whether two places of one variable share memory: the same place, or
    /// one contains the other. Different fields of a struct do not overlap,
    /// which is why borrowing `item.name` leaves `item.price` usable.
    pub(crate) fn overlaps(self, other: Place) -> bool {
        self.var == other.var && self.field.overlaps(other.field)
    }
}

/// A path of struct or tuple fields below a value: `[pos, x]` for
/// `p.pos.x` (as field indexes), or [`FieldPath::WHOLE`] for the value
/// itself. Up to four levels, packed into 64 bits (16 bits a level, each
/// holding the field index + 1, so a zero level ends the path) so that
/// places stay `Copy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FieldPath(u64);

impl FieldPath {
    /// The whole value.
    pub(crate) const WHOLE: FieldPath = FieldPath(0);
    /// "A field of some variant" of an enum, in a variable's moved fields.
    pub(crate) const VARIANT: FieldPath = FieldPath(0xFFFF);

    pub(crate) fn is_whole(self) -> bool {
        self.0 == 0
    }

    fn depth(self) -> u32 {
        (64 - self.0.leading_zeros()).div_ceil(16)
    }

    /// The path one field further down, `None` past four levels.
    pub(crate) fn child(self, index: u16) -> Option<FieldPath> {
        let level = u64::from(index.checked_add(1)?);
        let depth = self.depth();
        (depth < 4 && level < 0xFFFF).then(|| FieldPath(self.0 | level << (16 * depth)))
    }

    /// Whether the two paths share memory: one contains the other.
    pub(crate) fn overlaps(self, other: FieldPath) -> bool {
        self.contains(other) || other.contains(self)
    }

    /// Whether `other` is this path or lies below it (`p.pos` contains
    /// `p.pos.x`; the whole value contains every path).
    pub(crate) fn contains(self, other: FieldPath) -> bool {
        let bits = 16 * self.depth();
        let mask = u64::MAX.checked_shr(64 - bits).unwrap_or(0);
        bits == 0 || other.0 & mask == self.0
    }
}

/// What an access does to its place, which decides what it conflicts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AccessKind {
    /// Copying or otherwise reading the value.
    Read,
    /// Creating (or, for two-phase borrows, activating) a borrow.
    Borrow(BorrowKind),
    /// The first phase of a two-phase `&mut` borrow (`v.push(v.len())`):
    /// like a shared borrow until the call activates it.
    Reserve,
    /// Moving the value out.
    Move,
    /// Overwriting the value (a *shallow* write for a variable: loans of
    /// `*var` survive `var = ..`; a deep one for `*r = ..`).
    Assign,
    /// The variable goes out of scope (shallow, like an assignment).
    StorageDead,
}

/// One access to a place.
#[derive(Clone, Debug)]
pub(crate) struct Access {
    pub point: Point,
    pub place: Place,
    pub kind: AccessKind,
    pub span: Span,
    /// The loan this access creates, which it must not conflict with.
    pub creates: Option<usize>,
    /// Accesses of one source operation (the read and write of `x += 1`)
    /// share a site, and rustc reports at most one conflict per site.
    pub site: usize,
}

/// A point at which something holding a loan is used.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Use {
    pub point: Point,
    pub span: Span,
    /// Used as an argument of the call at that point ("used by call").
    pub by_call: bool,
}

/// A borrow: from its creation until the last use of anything holding it.
#[derive(Clone, Debug)]
pub(crate) struct Loan {
    pub place: Place,
    pub kind: BorrowKind,
    pub created: Point,
    /// For two-phase borrows, the point where the borrow becomes active;
    /// before it, reads of the place do not conflict.
    pub activation: Option<Point>,
    /// The borrow expression (`&s`, or the method call's receiver).
    pub span: Span,
    pub uses: Vec<Use>,
    /// The first variable the loan was stored in, for visualizer events.
    pub holder: Option<String>,
    /// The borrow itself was an error (E0596): rustc then does not report
    /// that it outlives its data (E0597, E0515).
    pub mutability_error: bool,
}

impl Loan {
    /// The last point at which the loan is used (it is live up to there).
    pub(crate) fn end(&self) -> Point {
        self.uses
            .iter()
            .map(|u| u.point)
            .max()
            .unwrap_or(self.created)
    }

    /// The first use at or after `point` that `point` reaches: what keeps
    /// the loan alive there.
    pub(crate) fn use_at_or_after(&self, facts: &BodyFacts, point: Point) -> Option<&Use> {
        self.uses
            .iter()
            .filter(|u| u.point >= point && facts.reaches(point, u.point))
            .min_by_key(|u| u.point)
    }
}

/// What the checker needs to know about a variable.
#[derive(Clone, Debug)]
pub(crate) struct VarFacts {
    pub name: String,
    pub decl: Span,
    /// A `Box`: dropping the box frees `*var`, so scope end and
    /// reassignment also conflict with loans of `*var`.
    pub owns_target: bool,
    /// A temporary kept alive by `let r = &temporary;`, not a variable of
    /// the program: outliving it is E0716 rather than E0597.
    pub temporary: bool,
    /// How rustc names the field places of the variable that accesses
    /// use (`p.pos.x`), by path.
    pub fields: Vec<(FieldPath, String)>,
    /// The variable's final type as Rust spells it (a `Vec<_>` is only
    /// known once something is pushed), filled in at the end of the body.
    pub ty: String,
}

/// A statement of a function as recorded by the walk, before loan lifetimes
/// are known.
#[derive(Clone, Debug)]
pub(crate) struct RawStep {
    pub span: Span,
    /// Which walk of the innermost enclosing loop body (from 1), if any.
    pub iteration: Option<usize>,
    /// How many times that loop's body runs, when the walk could follow it.
    pub iterations: Option<usize>,
    /// How many loops enclose the statement.
    pub depth: usize,
    /// Points `start..end` happened during this step.
    pub start: Point,
    pub end: Point,
    pub events: Vec<Event>,
    pub vars: Vec<RawVar>,
    /// The calls of the program's own functions made during the step, in order.
    pub calls: Vec<RawCall>,
}

/// A call of a function of the program, as the walk of the caller records it: enough for the
/// visualizer to show the callee's steps in a frame above the caller's.
#[derive(Clone, Debug)]
pub(crate) struct RawCall {
    /// The callee, named as callers name it (`take`, `Rect::area`).
    pub function: String,
    /// The call's line.
    pub line: usize,
    /// The point of the call: the caller's references live there are drawn.
    pub point: Point,
    /// The caller's variables at the call, its arguments already moved in.
    pub vars: Vec<RawVar>,
    /// The loans each parameter's argument holds, in order (`self` first).
    pub args: Vec<Vec<usize>>,
}

/// A variable snapshot, with the loans it holds so the snapshot builder can
/// tell whether a reference is still live.
#[derive(Clone, Debug)]
pub(crate) struct RawVar {
    /// Index into [`BodyFacts::vars`].
    pub var: usize,
    pub view: VarView,
    pub holds: Vec<usize>,
    pub is_ref: bool,
    /// A `MutexGuard`, `Ref` or `RefMut`: it holds its lock or borrow until it
    /// is dropped, however early its last use.
    pub guard: bool,
}

/// A half-open range of points, `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    pub start: Point,
    pub end: Point,
}

impl Region {
    pub(crate) fn contains(self, p: Point) -> bool {
        self.start <= p && p < self.end
    }
}

/// Control flow beside the points.
#[derive(Clone, Debug, Default)]
pub(crate) struct Flow {
    /// The two arms of each `if`: no point of one reaches a point of the other.
    pub arms: Vec<(Region, Region)>,
    /// An arm that ends in `break`, `continue` or `return`: from inside it,
    /// nothing from its end up to `target` is reached (`Point::MAX` for
    /// `return`).
    pub diverging: Vec<(Region, Point)>,
    /// Code that may not run on the way to what follows it (the arms of an
    /// `if`, loop bodies): something in it does not dominate what is after.
    pub optional: Vec<Region>,
}

/// Everything recorded for one function body.
#[derive(Clone, Debug, Default)]
pub(crate) struct BodyFacts {
    pub vars: Vec<VarFacts>,
    pub accesses: Vec<Access>,
    pub loans: Vec<Loan>,
    /// Errors found directly by the walk (E0382, E0384, E0596, …).
    pub diagnostics: Vec<Diagnostic>,
    /// An error from before borrow checking (E0425, E0423): rustc then skips
    /// borrow checking of this body, so only those errors are reported.
    pub frontend_errors: Vec<Diagnostic>,
    /// Steps, when the walk recorded them.
    pub steps: Vec<RawStep>,
    /// Branches, loops and early exits.
    pub flow: Flow,
}

impl BodyFacts {
    /// How rustc names a place in messages: `s` or `*r`.
    pub(crate) fn place_name(&self, place: Place) -> String {
        let var = self.vars.get(place.var);
        let name = var.map_or("_", |v| v.name.as_str());
        if let Some((_, field)) = var.and_then(|v| v.fields.iter().find(|(f, _)| *f == place.field))
        {
            // rustc writes `(*r).f` as `r.f`.
            field.clone()
        } else if place.deref {
            format!("*{name}")
        } else {
            name.to_string()
        }
    }

    /// Whether control can get from point `a` to point `b` (`a <= b` in
    /// evaluation order, not in exclusive arms, not skipped by an exit).
    pub(crate) fn reaches(&self, a: Point, b: Point) -> bool {
        if a > b {
            return false;
        }
        if self
            .flow
            .arms
            .iter()
            .any(|(then, other)| then.contains(a) && other.contains(b))
        {
            return false;
        }
        !self
            .flow
            .diverging
            .iter()
            .any(|(arm, target)| arm.contains(a) && arm.end <= b && b < *target)
    }

    /// Whether every path to `b` passes through `a` (as far as the recorded
    /// flow tells): `a` reaches `b`, and `a` is in no optional region that `b`
    /// is not also in.
    pub(crate) fn dominates(&self, a: Point, b: Point) -> bool {
        self.reaches(a, b)
            && !self
                .flow
                .optional
                .iter()
                .any(|r| r.contains(a) && !r.contains(b))
    }

    /// The index of the step during which `point` happened.
    pub(crate) fn step_of(&self, point: Point) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.start <= point && point < s.end)
    }
}

#[cfg(test)]
mod tests {
    use super::FieldPath;

    #[test]
    fn field_paths_contain_what_lies_below_them() {
        let pos = FieldPath::WHOLE.child(1).unwrap();
        let pos_x = pos.child(0).unwrap();
        let name = FieldPath::WHOLE.child(0).unwrap();
        assert!(FieldPath::WHOLE.contains(pos_x));
        assert!(pos.contains(pos_x) && pos.contains(pos));
        assert!(!pos_x.contains(pos));
        assert!(!name.contains(pos_x) && !pos.contains(name));
        // `a.b.c.d` is as deep as a place goes.
        let deep = pos_x.child(2).and_then(|p| p.child(3)).unwrap();
        assert!(deep.child(0).is_none());
        assert!(pos.contains(deep) && !name.contains(deep));
    }
}
