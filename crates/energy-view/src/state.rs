//! The energy widget's state, its actions and its reducer, as plain Rust (tested natively).

use std::rc::Rc;

use yew::Reducible;

use crate::url_state::{self, ChartState};
use crate::{Metric, Scale};

/// What the energy widget shows: the chart's settings, and the notice about a link it could
/// not read whole.
#[derive(Clone, Debug, PartialEq)]
pub struct EnergyState {
    pub chart: ChartState,
    pub notice: Option<String>,
}

impl EnergyState {
    /// The state a link opens: `query` read whole or in part against the table's `languages`,
    /// with a notice of what was dropped (see [`url_state::parse`]).
    pub fn from_query(query: &str, languages: &[&str]) -> EnergyState {
        let (chart, notice) = url_state::parse(query, languages);
        EnergyState { chart, notice }
    }

    /// The state the start props open (a slide, the home page).
    pub fn start(metric: Metric, scale: Scale) -> EnergyState {
        EnergyState {
            chart: ChartState {
                metric,
                scale,
                ..ChartState::default()
            },
            notice: None,
        }
    }
}

/// What the visitor does.
#[derive(Clone, Debug)]
pub enum EnergyAction {
    /// Chose an option of the controls (a metric, a scale, an order, a view, a family shown or
    /// hidden): `apply(chart, argument)`. The notice about the link goes.
    Choose(fn(&mut ChartState, usize), usize),
    /// Chose the language whose value reads 1.00×.
    Reference(String),
    /// Highlighted a language, or took its highlight away.
    ToggleHighlight(String),
}

impl Reducible for EnergyState {
    type Action = EnergyAction;

    fn reduce(self: Rc<Self>, action: EnergyAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            EnergyAction::Choose(apply, argument) => {
                apply(&mut next.chart, argument);
                next.notice = None;
            }
            EnergyAction::Reference(language) => next.chart.reference = language,
            EnergyAction::ToggleHighlight(language) => {
                let highlighted = &mut next.chart.highlighted;
                match highlighted.iter().position(|h| *h == language) {
                    Some(i) => drop(highlighted.remove(i)),
                    None => highlighted.push(language),
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ui::reduce;

    #[test]
    fn choosing_an_option_applies_it_and_drops_the_bad_link_notice() {
        let state = EnergyState::from_query("metric=volume", &["C", "Rust"]);
        assert!(state.notice.is_some(), "a bad link says so");
        let state = reduce(
            state,
            EnergyAction::Choose(|c, _| c.metric = Metric::Time, 0),
        );
        assert_eq!(state.chart.metric, Metric::Time);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn a_highlight_toggles_and_the_reference_changes() {
        let state = EnergyState::start(Metric::Energy, Scale::Log);
        assert!(!state.chart.highlighted.contains(&"Go".to_string()));
        let on = reduce(state.clone(), EnergyAction::ToggleHighlight("Go".into()));
        assert!(on.chart.highlighted.contains(&"Go".to_string()));
        let off = reduce(on, EnergyAction::ToggleHighlight("Go".into()));
        assert_eq!(off.chart.highlighted, state.chart.highlighted);
        let go = reduce(off, EnergyAction::Reference("Go".into()));
        assert_eq!(go.chart.reference, "Go");
        assert_eq!(go.chart.scale, Scale::Log, "the start props hold");
    }
}
