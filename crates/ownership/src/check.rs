//! Pass 2: loan conflicts under non-lexical lifetimes.
//!
//! A loan is live at a point that its creation reaches and from which a use
//! of anything holding it is reached ([`BodyFacts::reaches`]). An access to a place conflicts with a
//! live loan of an overlapping place when the two kinds are incompatible:
//! reading is compatible with shared loans only, a new shared borrow too,
//! and moving, assigning, mutably borrowing or dropping are compatible with
//! nothing. Each conflict becomes the error rustc reports for that pair
//! (E0716 when the dropped place is a temporary kept alive by `let`).
//! Assigning to a variable or dropping it kills its loans, as in rustc.

use crate::ir::{Access, AccessKind, BodyFacts, Loan, Point};
use crate::walk::label;
use crate::{BorrowKind, Diagnostic, Label};

/// The conflicts of one body, at most one per access site (like rustc).
pub(crate) fn check(facts: &BodyFacts) -> Vec<Diagnostic> {
    // Loans of each variable, in creation order (rustc reports the first).
    let mut by_var: Vec<Vec<usize>> = vec![Vec::new(); facts.vars.len()];
    for (id, loan) in facts.loans.iter().enumerate() {
        if let Some(list) = by_var.get_mut(loan.place.var) {
            list.push(id);
        }
    }
    // Overwriting or dropping a variable kills its loans: later accesses no
    // longer conflict with them (the overwrite itself may, as E0506). A kill
    // counts for an access only if every path to the access passes it.
    let kills: Vec<Vec<Point>> = facts
        .loans
        .iter()
        .map(|loan| {
            facts
                .accesses
                .iter()
                .filter(|a| a.place.var == loan.place.var && a.point > loan.created)
                .filter(|a| {
                    a.kind == AccessKind::StorageDead
                        || (a.kind == AccessKind::Assign
                            && !a.place.deref
                            && a.place.field.contains(loan.place.field))
                })
                .filter(|a| facts.reaches(loan.created, a.point))
                .map(|a| a.point)
                .collect()
        })
        .collect();
    // Loans whose borrow itself was an error: rustc does not also report
    // that they outlive their data.
    let mut erroneous: Vec<usize> = facts
        .loans
        .iter()
        .enumerate()
        .filter(|(_, l)| l.mutability_error)
        .map(|(id, _)| id)
        .collect();
    let mut out = Vec::new();
    let mut reported_sites = Vec::new();
    for access in &facts.accesses {
        if reported_sites.contains(&access.site) {
            continue;
        }
        let candidates = by_var.get(access.place.var).map_or(&[][..], Vec::as_slice);
        let conflict = candidates.iter().find_map(|&id| {
            let loan = facts.loans.get(id)?;
            let p = access.point;
            let live = loan.created < p
                && facts.reaches(loan.created, p)
                && loan
                    .uses
                    .iter()
                    .any(|u| u.point >= p && facts.reaches(p, u.point))
                && !kills
                    .get(id)?
                    .iter()
                    .any(|&k| k < p && facts.dominates(k, p));
            (live && conflicts(facts, access, id, loan)).then_some((id, loan))
        });
        let Some((id, loan)) = conflict else {
            continue;
        };
        reported_sites.push(access.site);
        if let Some(created) = access.creates {
            erroneous.push(created);
        }
        if access.kind == AccessKind::StorageDead && erroneous.contains(&id) {
            continue;
        }
        out.push(report(facts, access, loan));
    }
    out
}

/// Whether `access` conflicts with the live loan `id`.
fn conflicts(facts: &BodyFacts, access: &Access, id: usize, loan: &Loan) -> bool {
    if access.creates == Some(id) || !access.place.overlaps(loan.place) {
        return false;
    }
    // Assignments and scope ends are shallow: `r = ..` or `r` dying does
    // not invalidate a reborrow of `*r`, except for a box, which owns `*b`.
    let shallow = matches!(access.kind, AccessKind::StorageDead)
        || (access.kind == AccessKind::Assign && !access.place.deref);
    let owns_target = facts
        .vars
        .get(access.place.var)
        .is_some_and(|v| v.owns_target);
    if shallow && loan.place.deref && !owns_target {
        return false;
    }
    let read_like = matches!(
        access.kind,
        AccessKind::Read | AccessKind::Borrow(BorrowKind::Shared)
    );
    // A reserved two-phase borrow acts like a shared one until activated.
    if read_like && loan.activation.is_some_and(|a| access.point < a) {
        return false;
    }
    !(loan.kind == BorrowKind::Shared
        && matches!(
            access.kind,
            AccessKind::Read | AccessKind::Borrow(BorrowKind::Shared) | AccessKind::Reserve
        ))
}

/// The error rustc reports for `access` conflicting with `loan`.
fn report(facts: &BodyFacts, access: &Access, loan: &Loan) -> Diagnostic {
    let place = facts.place_name(access.place);
    let borrowed = facts.place_name(loan.place);
    let later = loan.use_at_or_after(facts, access.point);
    let later_label = |prefix: &str| -> Option<Label> {
        later.map(|u| {
            let how = if u.by_call {
                "used by call"
            } else {
                "used here"
            };
            label(u.span, format!("{prefix} later {how}"))
        })
    };
    let decl = facts.vars.get(access.place.var).map(|v| v.decl);
    let step = facts.step_of(access.point);
    let (code, message, span, mut labels): (&'static str, String, _, Vec<Label>) =
        match (access.kind, loan.kind) {
            (AccessKind::Read, _) => (
                "E0503",
                format!("cannot use `{place}` because it was mutably borrowed"),
                access.span,
                vec![
                    label(loan.span, format!("`{borrowed}` is borrowed here")),
                    label(access.span, format!("use of borrowed `{borrowed}`")),
                ],
            ),
            (AccessKind::Borrow(BorrowKind::Shared), _) => (
                "E0502",
                format!(
                    "cannot borrow `{place}` as immutable because it is also borrowed as mutable"
                ),
                access.span,
                vec![
                    label(loan.span, "mutable borrow occurs here"),
                    label(access.span, "immutable borrow occurs here"),
                ],
            ),
            (AccessKind::Borrow(BorrowKind::Mutable) | AccessKind::Reserve, BorrowKind::Shared) => {
                (
                    "E0502",
                    format!(
                    "cannot borrow `{place}` as mutable because it is also borrowed as immutable"
                ),
                    access.span,
                    vec![
                        label(loan.span, "immutable borrow occurs here"),
                        label(access.span, "mutable borrow occurs here"),
                    ],
                )
            }
            (
                AccessKind::Borrow(BorrowKind::Mutable) | AccessKind::Reserve,
                BorrowKind::Mutable,
            ) => (
                "E0499",
                format!("cannot borrow `{place}` as mutable more than once at a time"),
                access.span,
                vec![
                    label(loan.span, "first mutable borrow occurs here"),
                    label(access.span, "second mutable borrow occurs here"),
                ],
            ),
            (AccessKind::Move, _) => (
                "E0505",
                format!("cannot move out of `{place}` because it is borrowed"),
                access.span,
                decl.map(|d| label(d, format!("binding `{place}` declared here")))
                    .into_iter()
                    .chain([
                        label(loan.span, format!("borrow of `{borrowed}` occurs here")),
                        label(access.span, format!("move out of `{place}` occurs here")),
                    ])
                    .collect(),
            ),
            (AccessKind::Assign, _) => (
                "E0506",
                format!("cannot assign to `{place}` because it is borrowed"),
                access.span,
                vec![
                    label(loan.span, format!("`{borrowed}` is borrowed here")),
                    label(
                        access.span,
                        format!("`{place}` is assigned to here but it was already borrowed"),
                    ),
                ],
            ),
            (AccessKind::StorageDead, _)
                if facts
                    .vars
                    .get(access.place.var)
                    .is_some_and(|v| v.temporary) =>
            {
                (
                    "E0716",
                    "temporary value dropped while borrowed".to_string(),
                    loan.span,
                    vec![
                        label(
                            loan.span,
                            "creates a temporary value which is freed while still in use",
                        ),
                        label(
                            access.span,
                            "temporary value is freed here, while still borrowed",
                        ),
                    ],
                )
            }
            (AccessKind::StorageDead, _) => (
                "E0597",
                format!("`{place}` does not live long enough"),
                loan.span,
                decl.map(|d| label(d, format!("binding `{place}` declared here")))
                    .into_iter()
                    .chain([
                        label(loan.span, "borrowed value does not live long enough"),
                        label(
                            access.span,
                            format!("`{place}` dropped here while still borrowed"),
                        ),
                    ])
                    .collect(),
            ),
        };
    let prefix = match (code, loan.kind) {
        ("E0499", _) => "first borrow",
        ("E0502", BorrowKind::Shared) => "immutable borrow",
        ("E0502", BorrowKind::Mutable) => "mutable borrow",
        _ => "borrow",
    };
    labels.extend(later_label(prefix));
    Diagnostic {
        code,
        message,
        span,
        labels,
        step,
    }
}
