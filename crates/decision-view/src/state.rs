//! The decision widget's state, its actions and its reducer, as plain Rust (tested natively).

use std::rc::Rc;

use yew::Reducible;

use crate::url_state::{self, Settings, Tab};

/// What the decision widget shows: the settings the three tabs share, the open tab, the
/// notice about a link it could not read whole, and, after the questionnaire, the profile the
/// answers are closest to (its index in `decision::profiles()` and the cosine similarity, 0–1).
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionState {
    pub settings: Settings,
    pub tab: Tab,
    pub notice: Option<String>,
    pub closest: Option<(usize, f64)>,
}

impl DecisionState {
    /// The state a link opens: `query` read whole or in part, with a notice of what was
    /// dropped (see [`url_state::parse`]).
    pub fn from_query(query: &str) -> DecisionState {
        let (settings, tab, notice) = url_state::parse(query);
        DecisionState {
            settings,
            tab,
            notice,
            closest: None,
        }
    }

    /// The state the start props open (a slide, the home page): `profile` (the default
    /// profile when absent or unknown) on `tab` (the matrix when absent).
    pub fn start(profile: Option<&str>, tab: Option<Tab>) -> DecisionState {
        DecisionState {
            settings: profile.and_then(Settings::from_profile).unwrap_or_default(),
            tab: tab.unwrap_or(Tab::Matrix),
            notice: None,
            closest: None,
        }
    }
}

/// What the visitor does.
#[derive(Clone, Debug, PartialEq)]
pub enum DecisionAction {
    /// Changed the matrix's settings (a weight, a constraint, the profile).
    Edit(Settings),
    /// Finished the questionnaire: its settings, and the closest profile with its similarity.
    Answered(Settings, usize, f64),
    /// Opened a profile from the slides.
    OpenProfile(&'static str),
    /// Chose a tab.
    Tab(Tab),
}

impl Reducible for DecisionState {
    type Action = DecisionAction;

    fn reduce(self: Rc<Self>, action: DecisionAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            // The visitor's own change: the notices about how they got here no longer apply.
            DecisionAction::Edit(settings) => {
                next.settings = settings;
                next.notice = None;
                next.closest = None;
            }
            DecisionAction::Answered(settings, nearest, closeness) => {
                next.settings = settings;
                next.closest = Some((nearest, closeness));
                next.tab = Tab::Matrix;
            }
            DecisionAction::OpenProfile(slug) => match Settings::from_profile(slug) {
                Some(settings) => {
                    next.settings = settings;
                    next.closest = None;
                    next.tab = Tab::Matrix;
                }
                None => return self,
            },
            DecisionAction::Tab(tab) => next.tab = tab,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ui::reduce;

    #[test]
    fn editing_the_matrix_drops_the_notices_about_how_the_visitor_got_here() {
        let mut state = DecisionState::from_query("profile=no-such-profile");
        assert!(state.notice.is_some(), "a bad link says so");
        state.closest = Some((0, 0.9));
        let edited = Settings::from_profile("cli-tool").unwrap();
        let state = reduce(state, DecisionAction::Edit(edited.clone()));
        assert_eq!(state.settings, edited);
        assert_eq!((state.notice, state.closest), (None, None));
    }

    #[test]
    fn the_questionnaires_answer_opens_the_matrix_with_the_closest_profile() {
        let state = DecisionState::start(None, Some(Tab::Questionnaire));
        let answered = Settings::from_profile("game-engine").unwrap();
        assert_ne!(answered, state.settings);
        let state = reduce(state, DecisionAction::Answered(answered.clone(), 2, 0.8));
        assert_eq!(state.tab, Tab::Matrix);
        assert_eq!(state.settings, answered);
        assert_eq!(state.closest, Some((2, 0.8)));
    }

    #[test]
    fn a_slides_profile_opens_in_the_matrix_and_an_unknown_one_changes_nothing() {
        let state = DecisionState::start(Some("cli-tool"), Some(Tab::Slides));
        let same = reduce(
            state.clone(),
            DecisionAction::OpenProfile("no-such-profile"),
        );
        assert_eq!(same, state);
        let slug = decision::profiles()
            .iter()
            .map(|p| p.slug)
            .find(|s| *s != "cli-tool")
            .unwrap();
        let opened = reduce(state, DecisionAction::OpenProfile(slug));
        assert_eq!(opened.tab, Tab::Matrix);
        assert_eq!(Some(opened.settings), Settings::from_profile(slug));
    }

    #[test]
    fn start_props_fall_back_to_the_default_profile_on_the_matrix() {
        let state = DecisionState::start(Some("no-such-profile"), None);
        assert_eq!(state.settings, Settings::default());
        assert_eq!(state.tab, Tab::Matrix);
    }
}
