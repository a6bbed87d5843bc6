//! Pass 3: the visualizer's steps. The walk recorded each statement's events and variables,
//! and the calls of the program's own functions; now that loan lifetimes are known, a
//! reference shows what it borrows only while its loan is live, and a `BorrowEnd` event marks
//! the step where a variable's borrow ends. Then [`splice`] puts each call's steps, in a frame
//! of their own, before the caller's step that makes the call.

use crate::ir::{BodyFacts, Point, RawVar};
use crate::{
    BorrowKind, BorrowView, Event, EventKind, Frame, Step, VarView, MAX_CALL_DEPTH, MAX_STEP_VARS,
};

/// One function's steps, and the calls they make.
pub(crate) struct Body {
    /// As callers name it (`main`, `take`, `Rect::area`).
    pub function: String,
    pub steps: Vec<Step>,
    /// `(step, call)`: each call of the program's functions, in order, with the index of the
    /// step that makes it.
    pub calls: Vec<(usize, Call)>,
}

/// A call, seen from the caller.
pub(crate) struct Call {
    function: String,
    line: usize,
    /// The caller's variables at the call.
    vars: Vec<VarView>,
    /// What each parameter's argument borrows (`self` first), in the caller's frame.
    args: Vec<Option<BorrowView>>,
}

/// The variables as shown at `at`: a reference or a guard shows its loan while it lives (a
/// guard's lives until the guard is dropped).
fn views(facts: &BodyFacts, ends: &[Point], raw: &[RawVar], at: Point) -> Vec<VarView> {
    raw.iter()
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
                view.borrow = rv
                    .holds
                    .iter()
                    .find(|&&l| ends.get(l).is_some_and(|&end| end >= at))
                    .and_then(|&l| borrow_view(facts, l));
            }
            view
        })
        .collect()
}

/// What loan `l` borrows (in the frame of the body; [`splice`] sets the frame).
fn borrow_view(facts: &BodyFacts, l: usize) -> Option<BorrowView> {
    facts.loans.get(l).map(|loan| BorrowView {
        target: facts.place_name(loan.place),
        kind: loan.kind,
        frame: 0,
    })
}

/// Builds the steps of a body walked with step recording on.
pub(crate) fn build(function: &str, facts: &BodyFacts) -> Body {
    let ends: Vec<Point> = facts.loans.iter().map(|l| l.end()).collect();
    let mut calls = Vec::new();
    let mut steps: Vec<Step> = Vec::new();
    for (i, raw) in facts.steps.iter().enumerate() {
        calls.extend(raw.calls.iter().map(|c| {
            let args: Vec<Option<BorrowView>> = c
                .args
                .iter()
                .map(|loans| loans.first().and_then(|&l| borrow_view(facts, l)))
                .collect();
            let mut vars = views(facts, &ends, &c.vars, c.point);
            // What the callee borrows mutably, it may change: its value is not followed.
            for b in args
                .iter()
                .flatten()
                .filter(|b| b.kind == BorrowKind::Mutable)
            {
                let root = b.target.trim_start_matches('*').split('.').next();
                if let Some(v) = vars
                    .iter_mut()
                    .rev()
                    .find(|v| Some(v.name.as_str()) == root)
                {
                    v.value = None;
                    v.heap = v.heap.take().map(|_| "…".into());
                }
            }
            (
                i,
                Call {
                    function: c.function.clone(),
                    line: c.line,
                    vars,
                    args,
                },
            )
        }));
        steps.push(Step {
            line: raw.span.line,
            iteration: raw.iteration,
            iterations: raw.iterations,
            span: raw.span,
            events: raw.events.clone(),
            function: function.to_string(),
            callers: Vec::new(),
            vars: views(facts, &ends, &raw.vars, raw.end),
        });
    }
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
    Body {
        function: function.to_string(),
        steps,
        calls,
    }
}

/// The steps of `main` (`bodies[main]`), with each call of a function of the program opening
/// that function's steps, in a frame above its caller's, before the caller's step that makes
/// the call (whose variables are those after it). Calls are followed up to
/// [`MAX_CALL_DEPTH`] deep, not into a function already under way, and while the steps hold
/// fewer than [`MAX_STEP_VARS`] variables.
///
/// Returns the steps and, for each body, where each of its steps first appears in them.
pub(crate) fn splice(bodies: &[Body], main: usize) -> (Vec<Step>, Vec<Vec<Option<usize>>>) {
    let mut out = Splice {
        bodies,
        steps: Vec::new(),
        first: bodies.iter().map(|b| vec![None; b.steps.len()]).collect(),
        vars: 0,
        callers: Vec::new(),
    };
    out.body(main, None);
    (out.steps, out.first)
}

struct Splice<'a> {
    bodies: &'a [Body],
    steps: Vec<Step>,
    first: Vec<Vec<Option<usize>>>,
    /// Variables in the steps so far, every frame counted.
    vars: usize,
    /// The frames under the body being spliced.
    callers: Vec<Frame>,
}

impl Splice<'_> {
    /// The steps of `bodies[b]`, in a frame above [`Splice::callers`]; `call` is how it was
    /// called (`None` for `main`).
    fn body(&mut self, b: usize, call: Option<&Call>) {
        let Some(body) = self.bodies.get(b) else {
            return;
        };
        let depth = self.callers.len();
        for (i, step) in body.steps.iter().enumerate() {
            let mut returned = Vec::new();
            for (_, c) in body.calls.iter().filter(|(s, _)| *s == i) {
                let callee = self.bodies.iter().position(|x| x.function == c.function);
                let under_way = |f: &Frame| f.function == c.function;
                let Some(callee) = callee.filter(|_| {
                    depth < MAX_CALL_DEPTH
                        && body.function != c.function
                        && !self.callers.iter().any(under_way)
                        && self.vars < MAX_STEP_VARS
                }) else {
                    continue;
                };
                self.callers.push(Frame {
                    function: body.function.clone(),
                    line: c.line,
                    vars: in_frame(c.vars.clone(), depth),
                });
                self.body(callee, Some(c));
                self.callers.pop();
                returned.push(Event {
                    kind: EventKind::Call,
                    var: String::new(),
                    text: format!(
                        "`{}` returns: its frame and its variables are gone",
                        c.function
                    ),
                });
            }
            let mut step = step.clone();
            step.callers.clone_from(&self.callers);
            step.vars = in_frame(step.vars, depth);
            if let (Some(_), 0) = (call, i) {
                returned.push(Event {
                    kind: EventKind::Call,
                    var: String::new(),
                    text: format!(
                        "`{}` is called: a new frame opens for its parameters",
                        body.function
                    ),
                });
            }
            returned.append(&mut step.events);
            step.events = returned;
            if let Some(call) = call {
                // The parameters (declared first) that borrow the caller's variables point
                // into its frame while they are in scope.
                for (var, arg) in step.vars.iter_mut().zip(&call.args) {
                    if let Some(arg) = arg.as_ref().filter(|_| var.ty.starts_with('&')) {
                        if var.borrow.is_none() && var.state == crate::VarState::Owned {
                            var.borrow = Some(BorrowView {
                                frame: depth.saturating_sub(1),
                                ..arg.clone()
                            });
                        }
                    }
                }
            }
            self.vars += step.vars.len() + step.callers.iter().map(|f| f.vars.len()).sum::<usize>();
            if let Some(slot) = self.first.get_mut(b).and_then(|f| f.get_mut(i)) {
                slot.get_or_insert(self.steps.len());
            }
            self.steps.push(step);
        }
    }
}

/// `vars`, with their borrows of their own frame's variables marked as in frame `depth`.
fn in_frame(mut vars: Vec<VarView>, depth: usize) -> Vec<VarView> {
    for b in vars.iter_mut().filter_map(|v| v.borrow.as_mut()) {
        b.frame = depth;
    }
    vars
}
