//! Pass 3: the visualizer's steps for `fn main`. The walk recorded each
//! statement's events and variables; now that loan lifetimes are known, a
//! reference shows what it borrows only while its loan is live, and a
//! `BorrowEnd` event marks the step where a variable's borrow ends.

use crate::ir::BodyFacts;
use crate::{BorrowKind, BorrowView, Event, EventKind, Step};

/// Builds the steps of a body walked with step recording on.
pub(crate) fn build(facts: &BodyFacts) -> Vec<Step> {
    let ends: Vec<usize> = facts.loans.iter().map(|l| l.end()).collect();
    let mut steps: Vec<Step> = facts
        .steps
        .iter()
        .map(|raw| Step {
            line: raw.span.line,
            iteration: raw.iteration,
            iterations: raw.iterations,
            span: raw.span,
            events: raw.events.clone(),
            vars: raw
                .vars
                .iter()
                .map(|rv| {
                    let mut view = rv.view.clone();
                    if let Some(ty) = facts
                        .vars
                        .get(rv.var)
                        .map(|v| &v.ty)
                        .filter(|t| !t.is_empty())
                    {
                        view.ty.clone_from(ty);
                    }
                    if rv.is_ref || rv.guard {
                        // A reference's loan is shown while it lives; a guard holds its lock
                        // (or `RefCell` borrow) until the guard goes.
                        view.borrow = rv
                            .holds
                            .iter()
                            .find(|&&l| rv.guard || ends.get(l).is_some_and(|&end| end >= raw.end))
                            .and_then(|&l| facts.loans.get(l))
                            .map(|loan| BorrowView {
                                target: facts.place_name(loan.place),
                                kind: loan.kind,
                            });
                    }
                    view
                })
                .collect(),
        })
        .collect();
    for loan in &facts.loans {
        let Some(holder) = &loan.holder else {
            continue;
        };
        let end = loan.end();
        let Some(step) = facts.step_of(end).and_then(|i| steps.get_mut(i)) else {
            continue;
        };
        let target = facts.place_name(loan.place);
        let kind = match loan.kind {
            BorrowKind::Shared => "borrow",
            BorrowKind::Mutable => "mutable borrow",
        };
        let text = if facts.step_of(loan.created) != facts.step_of(end) {
            format!("`{holder}`'s {kind} of `{target}` ends here: it is not used after this point")
        } else {
            format!("`{holder}` is not used later, so its {kind} of `{target}` ends right away")
        };
        step.events.push(Event {
            kind: EventKind::BorrowEnd,
            var: holder.clone(),
            text,
        });
    }
    steps
}
