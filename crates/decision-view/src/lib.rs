//! "When to use Rust (and when not)": a view over the weighted decision matrix in `crates/decision`.
//!
//! Three tabs share one [`Settings`] value: the matrix (profile, constraints, weights, verdict,
//! ranking, what decided it, how robust it is), a questionnaire that builds the settings for
//! people who would rather not move sliders, and a slide of every profile's verdict.
//! On `#/decision` and `#/embed/decision` the settings live in the URL
//! (`?profile=cli-tool`, or `?w=runtime-speed:4,...&c=runs-in-browser`); a bad link falls back
//! to the default with a visible notice.

mod matrix;
mod questionnaire;
mod slides;
mod state;
mod url_state;

use yew::prelude::*;

use state::{DecisionAction, DecisionState};
use ui::island::Start;
use ui::url_state::use_url_reducer;
pub use url_state::{Settings, Tab};

/// Properties of [`DecisionWidget`]: where it starts when the URL does not say (for
/// presenter slides and the home page).
#[derive(Properties, PartialEq, Default)]
pub struct DecisionProps {
    /// The profile to open; the default profile when absent or unknown.
    #[prop_or_default]
    pub profile: Option<AttrValue>,
    /// The tab to open; the matrix when absent.
    #[prop_or_default]
    pub tab: Option<Tab>,
    /// A query of the matrix's page (`profile=cli-tool&w=…`) to open as that page would,
    /// where the matrix does not own the URL (a slide of a presenter's own deck); it wins over
    /// `profile` and `tab`.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The decision widget.
#[component]
pub fn DecisionWidget(props: &DecisionProps) -> Html {
    let (state, _) = use_url_reducer(
        SLUG,
        props.query.clone(),
        {
            let (profile, tab) = (props.profile.clone(), props.tab);
            move |query: Option<&str>| match query {
                Some(query) => DecisionState::from_query(query),
                None => DecisionState::start(profile.as_deref(), tab),
            }
        },
        |s: &DecisionState| (s.settings.clone(), s.tab),
        |(settings, tab): &(Settings, Tab)| Some(url_state::to_query(settings, *tab)),
    );
    let dispatch = state.dispatcher();
    let on_settings = {
        let dispatch = dispatch.clone();
        Callback::from(move |s: Settings| dispatch.dispatch(DecisionAction::Edit(s)))
    };
    // Set by "Show my answer": once the matrix has drawn the answer, focus moves to the verdict
    // (which scrolls it into view), so the visitor lands on what they asked for.
    let to_verdict = use_mut_ref(|| false);
    {
        let to_verdict = to_verdict.clone();
        use_effect(move || {
            if to_verdict.replace(false) {
                focus("decision-verdict");
            }
        });
    }
    let on_questionnaire = {
        let dispatch = dispatch.clone();
        Callback::from(move |(s, nearest, closeness): (Settings, usize, f64)| {
            dispatch.dispatch(DecisionAction::Answered(s, nearest, closeness));
            *to_verdict.borrow_mut() = true;
        })
    };
    let on_open_profile = {
        let dispatch = dispatch.clone();
        Callback::from(move |slug: &'static str| {
            dispatch.dispatch(DecisionAction::OpenProfile(slug))
        })
    };
    let tab = state.tab;
    let tab_button = |t: Tab| {
        let dispatch = dispatch.clone();
        let selected = tab == t;
        html! {
            <button type="button" role="tab" id={format!("decision-tab-{}", t.slug())}
                aria-selected={selected.to_string()} aria-controls="decision-panel"
                class={classes!("tab", selected.then_some("selected"))}
                onclick={Callback::from(move |_| dispatch.dispatch(DecisionAction::Tab(t)))}>
                { t.label() }
            </button>
        }
    };
    let on_tabs_key = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => Some(tab.next()),
                "ArrowLeft" => Some(tab.prev()),
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                dispatch.dispatch(DecisionAction::Tab(next));
                focus(&format!("decision-tab-{}", next.slug()));
            }
        })
    };

    html! {
        <div class="widget decision-widget-frame">
            if let Some(message) = &state.notice {
                <p class="notice" role="status" data-notice="bad-link">{ message }</p>
            }
            <div class="tabs" role="tablist" aria-label="Ways to decide" onkeydown={on_tabs_key}>
                { for Tab::ALL.into_iter().map(tab_button) }
            </div>
            <div id="decision-panel" role="tabpanel" aria-labelledby={format!("decision-tab-{}", tab.slug())}>
                if let (Tab::Matrix, Some((i, closeness))) = (tab, state.closest) {
                    if let Some(p) = decision::profiles().get(i) {
                        <p class="notice" data-notice="closest-profile">
                            { format!("Your answers are closest to the profile “{0}”: its weights are {1:.0}% alike to yours (cosine similarity). The matrix below uses your answers' own weights; choose “{0}” under “What are you building?” to compare.", p.name, closeness * 100.0) }
                        </p>
                    }
                }
                { match tab {
                    Tab::Matrix => html! { <matrix::Matrix settings={state.settings.clone()} on_change={on_settings} /> },
                    Tab::Questionnaire => html! { <questionnaire::Questionnaire on_done={on_questionnaire} /> },
                    Tab::Slides => html! { <slides::Slides on_open={on_open_profile} /> },
                } }
            </div>
        </div>
    }
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = ui::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The decision matrix's name in the shell's widget registry and in its URLs (`#/decision`).
pub const SLUG: &str = "decision";

/// The decision matrix's start (see [`ui::island::Start`]): the keys `profile` (a profile's
/// slug, `cli-tool`), `tab` (its URL value: `matrix`, `questionnaire`, `slides`) and `query`
/// (a query of the matrix's page, as a presenter's own deck keeps it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DecisionStart {
    /// A profile's slug to select, instead of the default.
    pub profile: Option<String>,
    /// The tab to open, by its URL value.
    pub tab: Option<String>,
    /// A query of the matrix's page to open as it would (`profile=cli-tool&w=…`).
    pub query: Option<String>,
}

impl Start for DecisionStart {
    fn set(&mut self, key: &str, value: String) -> Result<(), String> {
        match key {
            "profile" => self.profile = Some(value),
            "tab" => self.tab = Some(value),
            "query" => self.query = Some(value),
            _ => {}
        }
        Ok(())
    }
}

/// The island's root: the matrix at its start.
#[derive(Properties, PartialEq)]
struct IslandRoot {
    start: DecisionStart,
}

#[component]
fn Island(props: &IslandRoot) -> Html {
    let profile = props.start.profile.clone().map(AttrValue::from);
    let tab = props.start.tab.as_deref().and_then(Tab::from_slug);
    let query = props.start.query.clone().map(AttrValue::from);
    html! {
        <>
            <DecisionWidget {profile} {tab} {query} />
        </>
    }
}

/// The island as it first renders from `start` (a [`DecisionStart`]'s pairs): what the
/// build's native pre-render draws in an embed's snapshot (see `ui::island::Previews`).
/// Errors: a start that cannot be read.
pub fn preview(start: &[(String, String)]) -> Result<Html, String> {
    let start = DecisionStart::read(start)?;
    Ok(html! { <Island {start} /> })
}

/// Mounts the decision matrix in `root` with `start` (a [`DecisionStart`] as a JS object).
/// Errors: a `start` that cannot be read.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_decision(
    root: web_sys::Element,
    start: wasm_bindgen::JsValue,
) -> Result<ui::island::IslandHandle, wasm_bindgen::JsValue> {
    /// The model's evaluation (scores, verdict, sensitivity), a task ahead of the first render.
    fn evaluate_default() {
        let s = Settings::default();
        let evaluation = decision::evaluate(&s.weights, &s.constraints);
        if let Some(sensitivity) = &evaluation.sensitivity {
            drop(decision::describe_sensitivity(sensitivity));
        }
    }
    ui::island::mount_with_warm_up::<Island, _>(
        root,
        start,
        |start| IslandRoot { start },
        &[evaluate_default],
    )
}

#[cfg(test)]
mod tests {
    use super::DecisionStart;
    use ui::island::Start;

    #[test]
    fn the_island_reads_its_start_from_the_shell_s_pairs() {
        let start = DecisionStart {
            profile: Some("cli-tool".into()),
            tab: Some("questionnaire".into()),
            query: Some("profile=game-engine".into()),
        };
        let read = DecisionStart::read::<&str, &str>;
        assert_eq!(
            read(&[
                ("profile", "cli-tool"),
                ("tab", "questionnaire"),
                ("query", "profile=game-engine")
            ]),
            Ok(start)
        );
        assert_eq!(read(&[]), Ok(DecisionStart::default()));
    }
}
