//! Read-outs for the visualizer, computed from an [`Analysis`]'s steps and
//! diagnostics: the lifetime timeline (one lane per variable), the
//! permissions each path holds at a step, and a short explanation and the
//! usual fix for each error code.

use serde::Serialize;

use crate::{BorrowKind, Step, VarState};

/// What a variable is doing at one step, for one cell of its timeline lane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Cell {
    /// Not declared yet, or already out of scope.
    OutOfScope,
    /// Declared without a value (`let x;`).
    Uninit,
    /// Owns its value (and is not a live reference).
    Owned,
    /// Its value was moved out.
    Moved,
    /// A reference whose shared borrow is live.
    SharedBorrow,
    /// A reference whose mutable borrow is live.
    MutBorrow,
}

/// One variable's lane: its cell at every step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lane {
    /// The variable's name, after its function's when that is not `main` (`take: s`, and
    /// `area: self` for `Rect::area`).
    /// Variables of one name in different scopes of a function (a shadowed `x`, or a loop
    /// variable in each iteration) share a lane.
    pub name: String,
    /// One cell per step, in step order.
    pub cells: Vec<Cell>,
}

/// The lifetime timeline of `steps`: one lane per variable name of each function, in order
/// of first appearance, each with one [`Cell`] per step (a caller's variables keep theirs
/// while the functions it calls run).
pub fn timeline(steps: &[Step]) -> Vec<Lane> {
    let mut lanes: Vec<Lane> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let frames = step.callers.iter().map(|f| (&f.function, &f.vars));
        for (function, var) in frames
            .chain([(&step.function, &step.vars)])
            .flat_map(|(f, vars)| vars.iter().map(move |v| (f, v)))
        {
            // `Rect::area` is `area` here: the lanes' labels are short.
            let name = match function.rsplit("::").next() {
                Some("main") | None => var.name.clone(),
                Some(f) => format!("{f}: {}", var.name),
            };
            let cell = match (&var.state, &var.borrow) {
                (VarState::Moved, _) => Cell::Moved,
                (VarState::Uninit, _) => Cell::Uninit,
                (VarState::Owned, Some(b)) if b.kind == BorrowKind::Shared => Cell::SharedBorrow,
                (VarState::Owned, Some(_)) => Cell::MutBorrow,
                (VarState::Owned, None) => Cell::Owned,
            };
            let lane = match lanes.iter().position(|l| l.name == name) {
                Some(p) => lanes.get_mut(p),
                None => {
                    lanes.push(Lane {
                        name,
                        cells: vec![Cell::OutOfScope; steps.len()],
                    });
                    lanes.last_mut()
                }
            };
            if let Some(slot) = lane.and_then(|l| l.cells.get_mut(i)) {
                // Two variables of one name in scope at once (shadowing): the
                // innermost, listed last, wins.
                *slot = cell;
            }
        }
    }
    lanes
}

/// What may be done with a path at a step: read it, write it, or own it
/// (move it out or let it drop). The names follow Aquascope's R, W, O.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Permissions {
    /// The path: a variable (`s`) or what a reference points to (`*r`).
    pub path: String,
    /// R: the value can be read (copied, printed, borrowed shared).
    pub read: bool,
    /// W: the value can be changed (assigned, borrowed mutably).
    pub write: bool,
    /// O: the value is owned here (it can be moved out, and it is dropped).
    pub own: bool,
    /// Why a permission is missing, when one is, e.g. "borrowed by `r`".
    pub note: Option<String>,
}

/// The permissions of every variable of the step's function in scope at `step`, and of `*r` for each
/// live reference `r`. A live shared borrow of `s` takes away W and O from
/// `s`; a live mutable borrow takes away R, W and O; a moved-out or
/// uninitialized variable has none.
pub fn permissions(step: &Step) -> Vec<Permissions> {
    let mut out = Vec::new();
    for var in &step.vars {
        let mut p = Permissions {
            path: var.name.clone(),
            read: var.state == VarState::Owned,
            write: var.state == VarState::Owned && var.mutable,
            own: var.state == VarState::Owned,
            note: match var.state {
                VarState::Moved => Some("moved out".into()),
                VarState::Uninit => Some("no value yet".into()),
                VarState::Owned if !var.mutable => Some("not declared `mut`".into()),
                VarState::Owned => None,
            },
        };
        // Borrows of this variable held by live references in scope.
        let borrowers = step.vars.iter().filter_map(|r| {
            let b = r.borrow.as_ref()?;
            (b.target == var.name && b.frame == step.callers.len())
                .then_some((r.name.as_str(), b.kind))
        });
        for (by, kind) in borrowers {
            p.write = false;
            p.own = false;
            if kind == BorrowKind::Mutable {
                p.read = false;
                p.note = Some(format!("borrowed mutably by `{by}`"));
            } else {
                p.note = Some(format!("borrowed by `{by}`"));
            }
        }
        out.push(p);
        if let (VarState::Owned, Some(b)) = (var.state, &var.borrow) {
            let mutable = b.kind == BorrowKind::Mutable;
            out.push(Permissions {
                path: format!("*{}", var.name),
                read: true,
                write: mutable,
                own: false,
                note: Some(if mutable {
                    format!(
                        "`{}` borrows `{}` mutably; it does not own it",
                        var.name, b.target
                    )
                } else {
                    format!("`{}` only reads `{}`", var.name, b.target)
                }),
            });
        }
    }
    out
}

/// A short explanation of an error code and the usual fix, for the codes the
/// engine reports; `None` for others.
pub fn explain(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "E0382" => (
            "The value was moved to a new owner, so the old name no longer holds anything.",
            "Pass a reference (`&x`) instead, or `.clone()` the value before moving it.",
        ),
        "E0499" => (
            "Two mutable borrows of one value are alive at the same time; only one writer may exist.",
            "Finish using the first `&mut` before taking the second, or restructure so one borrow does both jobs.",
        ),
        "E0502" => (
            "A shared borrow is still in use while the value is borrowed mutably (or the other way round).",
            "Use the reader for the last time before the change, or clone what you need to keep.",
        ),
        "E0503" => (
            "The value is used directly while a mutable borrow of it is still alive.",
            "Go through the `&mut` reference, or end it (its last use) before touching the value.",
        ),
        "E0505" => (
            "The value is moved away while a reference to it is still in use; the reference would dangle.",
            "Use the reference for the last time before the move, or move a clone.",
        ),
        "E0506" => (
            "The value is overwritten while a reference to it is still in use.",
            "Assign after the reference's last use, or copy the value out first.",
        ),
        "E0507" => (
            "A value behind a reference cannot be moved out: the reference does not own it.",
            "Borrow it (`&r.field`), clone it, or take ownership of the whole value.",
        ),
        "E0384" => (
            "The variable was declared without `mut`, so it can be given a value only once.",
            "Declare it with `let mut`, or bind a new variable with `let`.",
        ),
        "E0596" => (
            "Changing a value through a name needs that name to be `mut` (or a `&mut` reference).",
            "Declare the variable with `let mut`, or take `&mut` instead of `&`.",
        ),
        "E0597" => (
            "A reference outlives the value it points to: the value is dropped at the end of its scope.",
            "Declare the value in an outer scope, or keep an owned copy instead of a reference.",
        ),
        "E0515" => (
            "A function returns a reference to its own local value, which is dropped when it returns.",
            "Return the owned value (for example `String`) instead of a reference to it.",
        ),
        "E0716" => (
            "A reference points into a temporary value that is dropped at the end of the statement.",
            "Store the value in a variable with `let` first, then borrow the variable.",
        ),
        "E0373" => (
            "A closure that may outlive this function (a thread, for example) borrows a local variable.",
            "Write `move ||` so the closure owns what it uses.",
        ),
        "E0381" => (
            "The variable is used before it surely has a value.",
            "Give it a value on every path before the use, or at its declaration.",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    #[test]
    fn the_timeline_shows_the_move_and_the_borrow() {
        let a = analyze(
            "fn main() {\n    let s = String::from(\"a\");\n    let r = &s;\n    println!(\"{r}\");\n    let t = s;\n    println!(\"{t}\");\n}\n",
        );
        let lanes = timeline(&a.steps);
        let lane = |n: &str| lanes.iter().find(|l| l.name == n).unwrap().cells.clone();
        let s = lane("s");
        let r = lane("r");
        // Step 1 declares s; step 2 r borrows it; step 5 moves s into t.
        assert_eq!(s[0], Cell::Owned);
        assert_eq!(r[0], Cell::OutOfScope);
        assert_eq!(r[1], Cell::SharedBorrow);
        assert_eq!(s[3], Cell::Moved);
        assert_eq!(lane("t")[3], Cell::Owned);
        assert!(lanes.iter().all(|l| l.cells.len() == a.steps.len()));
    }

    #[test]
    fn a_live_mutable_borrow_takes_every_permission() {
        let a = analyze(
            "fn main() {\n    let mut s = String::new();\n    let r = &mut s;\n    r.push('x');\n    println!(\"{s}\");\n}\n",
        );
        let at = |i: usize, path: &str| {
            permissions(&a.steps[i])
                .into_iter()
                .find(|p| p.path == path)
                .unwrap()
        };
        let s0 = at(0, "s");
        assert!(s0.read && s0.write && s0.own);
        let s1 = at(1, "s");
        assert!(!s1.read && !s1.write && !s1.own, "{s1:?}");
        assert!(s1.note.unwrap().contains("`r`"));
        let deref = at(1, "*r");
        assert!(deref.read && deref.write && !deref.own);
        // After r's last use, s has its permissions back.
        let s3 = at(3, "s");
        assert!(s3.read && s3.write && s3.own);
    }

    #[test]
    fn a_shared_borrow_leaves_read_only() {
        let a = analyze(
            "fn main() {\n    let s = String::new();\n    let r = &s;\n    println!(\"{r} {s}\");\n}\n",
        );
        let s = permissions(&a.steps[1])
            .into_iter()
            .find(|p| p.path == "s")
            .unwrap();
        assert!(s.read && !s.write && !s.own);
    }

    #[test]
    fn every_code_the_engine_reports_has_an_explanation() {
        for code in [
            "E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507", "E0384", "E0596",
            "E0597", "E0515", "E0716", "E0373",
        ] {
            let (what, fix) = explain(code).unwrap();
            assert!(!what.is_empty() && !fix.is_empty());
        }
        assert!(explain("E9999").is_none());
    }
}
