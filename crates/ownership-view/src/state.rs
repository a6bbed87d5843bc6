//! The visualizer's state, its actions and its reducer, as plain Rust (tested natively).

use std::rc::Rc;

use yew::Reducible;

use crate::url_state;

/// What the visualizer shows besides the analysis (which follows from `code`): the program,
/// the step (0-based; the view clamps it to the last), the notice about a link it could not
/// read, the diagnostic the visitor selected (its index), and the state of a menu example
/// being fetched ("Loading …", or why it could not be).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnershipState {
    pub code: String,
    pub step: usize,
    pub notice: Option<String>,
    pub selected: Option<usize>,
    pub fetching: Option<String>,
}

impl OwnershipState {
    /// The state a link opens: its program and step, or `default_code` (the first example)
    /// when it carries none, with a notice of what could not be read (see
    /// [`url_state::parse`]).
    pub fn from_query(query: &str, default_code: &str) -> OwnershipState {
        let (shared, notice) = url_state::parse(query);
        OwnershipState {
            code: shared.code.unwrap_or_else(|| default_code.to_string()),
            step: shared.step,
            notice,
            selected: None,
            fetching: None,
        }
    }

    /// The state the start props open (a slide, the home page): `code` at `step`.
    pub fn start(code: &str, step: usize) -> OwnershipState {
        OwnershipState {
            code: code.to_string(),
            step,
            notice: None,
            selected: None,
            fetching: None,
        }
    }
}

/// What the visitor does.
#[derive(Clone, Debug, PartialEq)]
pub enum OwnershipAction {
    /// Went to a step (already clamped to the last).
    Step(usize),
    /// Typed: the new program, at the same step. What was about the old one goes.
    Replace(String),
    /// Opened a program (a preset, or a fetched example), from its first step.
    Show(String),
    /// Selected a diagnostic.
    Select(usize),
    /// A menu example is being fetched, or could not be (the message), or neither.
    Fetching(Option<String>),
}

impl Reducible for OwnershipState {
    type Action = OwnershipAction;

    fn reduce(self: Rc<Self>, action: OwnershipAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            OwnershipAction::Step(step) => next.step = step,
            OwnershipAction::Replace(code) => next.replace(code),
            OwnershipAction::Show(code) => {
                next.replace(code);
                next.step = 0;
            }
            OwnershipAction::Select(i) => next.selected = Some(i),
            OwnershipAction::Fetching(status) => next.fetching = status,
        }
        Rc::new(next)
    }
}

impl OwnershipState {
    /// A new program: the notices and the selection were about the old one.
    fn replace(&mut self, code: String) {
        self.code = code;
        self.notice = None;
        self.selected = None;
        self.fetching = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ui::reduce;

    const FIRST: &str = "fn main() {}";

    #[test]
    fn a_bad_link_opens_the_first_example_with_a_notice_that_an_edit_drops() {
        let state = OwnershipState::from_query("code=%%%", FIRST);
        assert_eq!(state.code, FIRST);
        assert!(state.notice.is_some());
        let typed = reduce(state, OwnershipAction::Replace("fn main() { }".into()));
        assert_eq!(typed.notice, None);
    }

    #[test]
    fn typing_keeps_the_step_and_drops_the_selection() {
        let mut state = OwnershipState::start(FIRST, 3);
        state.selected = Some(0);
        state.fetching = Some("“x” could not be loaded".into());
        let typed = reduce(
            state,
            OwnershipAction::Replace("fn main() { let a = 1; }".into()),
        );
        assert_eq!(typed.step, 3);
        assert_eq!((typed.selected, typed.fetching), (None, None));
    }

    #[test]
    fn showing_a_program_starts_at_its_first_step() {
        let state = reduce(OwnershipState::start(FIRST, 5), OwnershipAction::Select(1));
        assert_eq!(state.selected, Some(1));
        let shown = reduce(
            state,
            OwnershipAction::Show("fn main() { let b = 2; }".into()),
        );
        assert_eq!((shown.step, shown.selected), (0, None));
        assert_eq!(shown.code, "fn main() { let b = 2; }");
    }
}
