//! Facts the walk (pass 1) records for one function body, consumed by the
//! borrow checker (pass 2) and the snapshot builder.
//!
//! Everything is keyed by *program points*: increasing numbers assigned in
//! evaluation order. Since the subset has no control flow, "later in the
//! program" is simply "a larger point", which is what makes non-lexical
//! lifetimes cheap to compute: a loan is live from its creation to the
//! largest point at which something holding it is used.

use crate::{BorrowKind, Diagnostic, Event, Span, VarView};

/// A position in evaluation order.
pub(crate) type Point = usize;

/// A borrowable place: a variable, or what a reference or box variable
/// points to (`*r`). Indexing (`v[i]`) borrows the whole vector, so it is
/// recorded on the vector's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    /// Index into [`BodyFacts::vars`].
    pub var: usize,
    /// `*var` rather than `var` itself.
    pub deref: bool,
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

    /// The first use at or after `point`: what keeps the loan alive there.
    pub(crate) fn use_at_or_after(&self, point: Point) -> Option<&Use> {
        self.uses
            .iter()
            .filter(|u| u.point >= point)
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
    /// The variable's final type as Rust spells it (a `Vec<_>` is only
    /// known once something is pushed), filled in at the end of the body.
    pub ty: String,
}

/// A statement of `fn main` as recorded by the walk, before loan lifetimes
/// are known.
#[derive(Clone, Debug)]
pub(crate) struct RawStep {
    pub span: Span,
    /// Points `start..end` happened during this step.
    pub start: Point,
    pub end: Point,
    pub events: Vec<Event>,
    pub vars: Vec<RawVar>,
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
    /// Steps, for `fn main` only.
    pub steps: Vec<RawStep>,
}

impl BodyFacts {
    /// How rustc names a place in messages: `s` or `*r`.
    pub(crate) fn place_name(&self, place: Place) -> String {
        let name = self.vars.get(place.var).map_or("_", |v| v.name.as_str());
        if place.deref {
            format!("*{name}")
        } else {
            name.to_string()
        }
    }

    /// The index of the step during which `point` happened.
    pub(crate) fn step_of(&self, point: Point) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.start <= point && point < s.end)
    }
}
