//! The presenter's state and what each key does, as plain values (tested natively): the text
//! scale, what covers the slide (nothing, the overview, a black screen, the key help), a slide
//! number being typed, and whether the pointer is hidden. Which slide is shown is the route's
//! (`#/present/N`), not this state's.

use std::rc::Rc;
use yew::Reducible;

/// Content scale steps for + and −, as `data-scale` values the CSS maps to font sizes.
pub const SCALE_STEPS: u8 = 7;
pub const DEFAULT_SCALE: u8 = 3;

/// The overview's columns: the arrow keys move by one across and by a row up and down.
pub const OVERVIEW_COLUMNS: usize = 4;

/// What covers the slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cover {
    /// Nothing: the slide.
    None,
    /// Every slide as a card; `at` (from 0) is the one selected.
    Overview { at: usize },
    /// A black screen (B or `.`), for when the room should look at the speaker.
    Black,
    /// The keys and what they do (`?`).
    Help,
}

/// The presenter's state (see the module's documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckState {
    /// The text scale step, `0..SCALE_STEPS`.
    pub scale: u8,
    pub cover: Cover,
    /// The slide number typed so far (G, or a digit, starts it; Enter goes there).
    pub jump: Option<String>,
    /// The pointer is hidden (it has been still for two seconds).
    pub pointer_hidden: bool,
}

impl Default for DeckState {
    fn default() -> Self {
        DeckState {
            scale: DEFAULT_SCALE,
            cover: Cover::None,
            jump: None,
            pointer_hidden: false,
        }
    }
}

/// A change of the presenter's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckAction {
    Scale(i8),
    Cover(Cover),
    Jump(Option<String>),
    PointerHidden(bool),
}

impl Reducible for DeckState {
    type Action = DeckAction;

    fn reduce(self: Rc<Self>, action: DeckAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DeckAction::Scale(by) => {
                next.scale = next.scale.saturating_add_signed(by).min(SCALE_STEPS - 1)
            }
            DeckAction::Cover(cover) => next.cover = cover,
            DeckAction::Jump(typed) => next.jump = typed,
            DeckAction::PointerHidden(hidden) => next.pointer_hidden = hidden,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What the presenter does beside changing its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Show slide N (1-based; clamped by the caller).
    Go(usize),
    Fullscreen,
    /// Open the speaker's view in a window of its own.
    Speaker,
    ToggleTheme,
    /// Leave presenter mode for the home page.
    Leave,
}

/// What a key does: the state's change and the effect, either, both or neither (a key the
/// presenter leaves alone). `slide` is the slide shown (1-based) of `count`.
pub fn on_key(
    state: &DeckState,
    key: &str,
    slide: usize,
    count: usize,
) -> (Option<DeckAction>, Option<Effect>) {
    use DeckAction as A;
    use Effect as E;
    let close = Some(A::Cover(Cover::None));
    // A slide number being typed takes digits, Backspace, Enter and Esc.
    if let Some(typed) = &state.jump {
        return match key {
            "Enter" => (
                Some(A::Jump(None)),
                typed.parse().ok().filter(|n| *n >= 1).map(E::Go),
            ),
            "Escape" => (Some(A::Jump(None)), None),
            "Backspace" => {
                let mut shorter = typed.clone();
                shorter.pop();
                (Some(A::Jump(Some(shorter))), None)
            }
            d if is_digit(d) && typed.len() < 4 => {
                (Some(A::Jump(Some(format!("{typed}{d}")))), None)
            }
            _ => (None, None),
        };
    }
    match state.cover {
        Cover::Black => {
            return match key {
                "b" | "B" | "." | "Escape" => (close, None),
                _ => (None, None),
            }
        }
        Cover::Help => {
            return match key {
                "?" | "Escape" => (close, None),
                _ => (None, None),
            }
        }
        Cover::Overview { at } => {
            let last = count.saturating_sub(1);
            let to = |at: usize| Some(A::Cover(Cover::Overview { at: at.min(last) }));
            return match key {
                "ArrowRight" => (to(at + 1), None),
                "ArrowLeft" => (to(at.saturating_sub(1)), None),
                "ArrowDown" => (to(at + OVERVIEW_COLUMNS), None),
                "ArrowUp" => (to(at.saturating_sub(OVERVIEW_COLUMNS)), None),
                "Home" => (to(0), None),
                "End" => (to(last), None),
                "Enter" | " " => (close, Some(E::Go(at + 1))),
                "o" | "O" | "Escape" => (close, None),
                _ => (None, None),
            };
        }
        Cover::None => {}
    }
    match key {
        "ArrowRight" | "PageDown" | " " => (None, Some(E::Go(slide + 1))),
        "ArrowLeft" | "PageUp" => (None, Some(E::Go(slide.saturating_sub(1).max(1)))),
        "Home" => (None, Some(E::Go(1))),
        "End" => (None, Some(E::Go(count))),
        "o" | "O" => (
            Some(A::Cover(Cover::Overview {
                at: slide.saturating_sub(1),
            })),
            None,
        ),
        "b" | "B" | "." => (Some(A::Cover(Cover::Black)), None),
        "?" => (Some(A::Cover(Cover::Help)), None),
        "g" | "G" => (Some(A::Jump(Some(String::new()))), None),
        d if is_digit(d) => (Some(A::Jump(Some(d.to_string()))), None),
        "f" | "F" => (None, Some(E::Fullscreen)),
        "s" | "S" => (None, Some(E::Speaker)),
        "t" | "T" => (None, Some(E::ToggleTheme)),
        "+" | "=" => (Some(A::Scale(1)), None),
        "-" | "−" | "_" => (Some(A::Scale(-1)), None),
        "Escape" => (None, Some(E::Leave)),
        _ => (None, None),
    }
}

/// What a message from a host page or a remote asks for: `{"type": "why-rust:present",
/// "action": "next" | "prev" | "go", "index": N}` (N from 0, for "go"), read as its `type`,
/// `action` and `index` fields; anything else is `None`. `slide` is the slide shown
/// (1-based).
pub fn on_message(
    kind: Option<&str>,
    action: Option<&str>,
    index: Option<f64>,
    slide: usize,
) -> Option<Effect> {
    if kind != Some(MESSAGE_TYPE) {
        return None;
    }
    match action? {
        "next" => Some(Effect::Go(slide + 1)),
        "prev" => Some(Effect::Go(slide.saturating_sub(1).max(1))),
        "go" => index
            .filter(|i| i.fract() == 0.0 && (0.0..10_000.0).contains(i))
            .map(|i| Effect::Go(i as usize + 1)),
        _ => None,
    }
}

/// The `type` of the presenter's messages, in and out.
pub const MESSAGE_TYPE: &str = "why-rust:present";

fn is_digit(key: &str) -> bool {
    key.len() == 1 && key.as_bytes()[0].is_ascii_digit()
}

/// The slide a horizontal swipe of `dx` CSS pixels (`dy` down) goes to from `slide`, if it
/// is one: at least 60 px, and more across than down.
pub fn on_swipe(dx: i32, dy: i32, slide: usize) -> Option<Effect> {
    if dx.abs() < 60 || dx.abs() <= dy.abs() {
        return None;
    }
    Some(Effect::Go(if dx < 0 {
        slide + 1
    } else {
        slide.saturating_sub(1).max(1)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ui::reduce;

    /// The state after the keys `keys` from `state` at `slide` of 7, and the effects.
    fn press(mut state: DeckState, keys: &[&str], slide: usize) -> (DeckState, Vec<Effect>) {
        let mut effects = Vec::new();
        for key in keys {
            let (action, effect) = on_key(&state, key, slide, 7);
            if let Some(a) = action {
                state = reduce(state, a);
            }
            effects.extend(effect);
        }
        (state, effects)
    }

    #[test]
    fn the_arrows_space_and_home_end_move_between_slides() {
        let s = DeckState::default();
        assert_eq!(press(s.clone(), &["ArrowRight"], 3).1, [Effect::Go(4)]);
        assert_eq!(press(s.clone(), &[" "], 3).1, [Effect::Go(4)]);
        assert_eq!(press(s.clone(), &["PageUp"], 3).1, [Effect::Go(2)]);
        assert_eq!(press(s.clone(), &["ArrowLeft"], 1).1, [Effect::Go(1)]);
        assert_eq!(press(s.clone(), &["Home"], 5).1, [Effect::Go(1)]);
        assert_eq!(press(s, &["End"], 2).1, [Effect::Go(7)]);
    }

    #[test]
    fn a_typed_number_and_enter_jump_there() {
        let (state, effects) = press(DeckState::default(), &["1", "2", "Backspace", "5"], 1);
        assert_eq!(state.jump.as_deref(), Some("15"));
        assert!(effects.is_empty(), "nothing moves before Enter");
        let (state, effects) = press(state, &["Enter"], 1);
        assert_eq!((state.jump, effects), (None, vec![Effect::Go(15)]));
        // G starts an empty number; Esc drops it; Enter on nothing goes nowhere.
        let (state, effects) = press(DeckState::default(), &["g", "Enter"], 2);
        assert_eq!((state.jump, effects), (None, vec![]));
        let (state, _) = press(DeckState::default(), &["G", "4", "Escape"], 2);
        assert_eq!(state, DeckState::default());
    }

    #[test]
    fn the_overview_moves_by_card_and_row_and_opens_the_selected_slide() {
        let (state, _) = press(DeckState::default(), &["o"], 3);
        assert_eq!(state.cover, Cover::Overview { at: 2 });
        let (state, _) = press(state, &["ArrowDown", "ArrowRight", "ArrowRight"], 3);
        assert_eq!(
            state.cover,
            Cover::Overview { at: 6 },
            "a row down, then to the last card, not past it"
        );
        let (state, effects) = press(state, &["ArrowUp", "Enter"], 3);
        assert_eq!((state.cover, effects), (Cover::None, vec![Effect::Go(3)]));
        // Keys that move slides do nothing else while it is open; O or Esc close it.
        let (state, effects) = press(DeckState::default(), &["O", "PageDown", "f"], 1);
        assert!(effects.is_empty());
        assert_eq!(press(state, &["Escape"], 1).0.cover, Cover::None);
    }

    #[test]
    fn black_screen_and_help_come_and_go_and_hold_the_slide_still() {
        let (state, _) = press(DeckState::default(), &["b"], 4);
        assert_eq!(state.cover, Cover::Black);
        let (state, effects) = press(state, &["ArrowRight", "."], 4);
        assert!(
            effects.is_empty(),
            "the slide stays while the screen is black"
        );
        assert_eq!(state.cover, Cover::None);
        let (state, _) = press(DeckState::default(), &["?"], 4);
        assert_eq!(state.cover, Cover::Help);
        assert_eq!(press(state, &["?"], 4).0.cover, Cover::None);
    }

    #[test]
    fn scale_theme_fullscreen_and_leaving() {
        let (state, _) = press(DeckState::default(), &["+", "+", "+", "+", "+", "-"], 1);
        assert_eq!(state.scale, SCALE_STEPS - 2, "capped at the largest step");
        let (state, _) = press(DeckState::default(), &["-", "-", "-", "-"], 1);
        assert_eq!(state.scale, 0);
        let (_, effects) = press(DeckState::default(), &["t", "F", "Escape"], 1);
        assert_eq!(
            effects,
            [Effect::ToggleTheme, Effect::Fullscreen, Effect::Leave]
        );
    }

    #[test]
    fn messages_move_the_deck_and_anything_else_is_ignored() {
        let msg = |kind, action, index| on_message(kind, action, index, 3);
        let kind = Some(MESSAGE_TYPE);
        assert_eq!(msg(kind, Some("next"), None), Some(Effect::Go(4)));
        assert_eq!(msg(kind, Some("prev"), None), Some(Effect::Go(2)));
        assert_eq!(msg(kind, Some("go"), Some(0.0)), Some(Effect::Go(1)));
        assert_eq!(msg(kind, Some("go"), Some(5.0)), Some(Effect::Go(6)));
        for (kind, action, index) in [
            (Some("why-rust:set-theme"), Some("next"), None),
            (None, Some("next"), None),
            (kind, Some("jump"), None),
            (kind, None, None),
            (kind, Some("go"), None),
            (kind, Some("go"), Some(-1.0)),
            (kind, Some("go"), Some(2.5)),
            (kind, Some("go"), Some(f64::NAN)),
            (kind, Some("go"), Some(1e12)),
        ] {
            assert_eq!(
                msg(kind, action, index),
                None,
                "{kind:?} {action:?} {index:?}"
            );
        }
    }

    #[test]
    fn a_swipe_across_turns_the_slide_and_a_scroll_does_not() {
        assert_eq!(on_swipe(-120, 10, 3), Some(Effect::Go(4)));
        assert_eq!(on_swipe(120, -10, 3), Some(Effect::Go(2)));
        assert_eq!(on_swipe(-40, 0, 3), None, "too short");
        assert_eq!(on_swipe(-80, 200, 3), None, "mostly down: a scroll");
    }
}
