//! "When to use Rust": a view over the weighted decision matrix in `crates/decision`.
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
mod url_state;

use yew::prelude::*;

use ui::route::Widget;
use ui::url_state::{use_owned_url, use_query_sync};
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
}

/// The decision widget.
#[component]
pub fn DecisionWidget(props: &DecisionProps) -> Html {
    let url = use_owned_url(Widget::Decision);
    let owns_url = url.owns;

    let initial = use_memo((), {
        let query = url.query.clone();
        let start = props
            .profile
            .as_deref()
            .and_then(Settings::from_profile)
            .unwrap_or_default();
        let tab = props.tab.unwrap_or(Tab::Matrix);
        move |_| {
            if owns_url {
                url_state::parse(&query)
            } else {
                (start, tab, None)
            }
        }
    });
    let settings = use_state(|| initial.0.clone());
    let tab = use_state(|| initial.1);
    let notice = use_state(|| initial.2.clone());
    use_query_sync(&url, ((*settings).clone(), *tab), |(settings, tab)| {
        Some(url_state::to_query(settings, *tab))
    });

    // The profile the questionnaire's answers are closest to, and how alike (cosine, 0–1),
    // shown over the matrix until the visitor changes a setting.
    let closest = use_state(|| None::<(usize, f64)>);
    let on_settings = {
        let settings = settings.clone();
        let notice = notice.clone();
        let closest = closest.clone();
        Callback::from(move |s: Settings| {
            notice.set(None);
            closest.set(None);
            settings.set(s);
        })
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
        let settings = settings.clone();
        let tab = tab.clone();
        let closest = closest.clone();
        Callback::from(move |(s, nearest, closeness): (Settings, usize, f64)| {
            settings.set(s);
            closest.set(Some((nearest, closeness)));
            tab.set(Tab::Matrix);
            *to_verdict.borrow_mut() = true;
        })
    };
    let on_open_profile = {
        let settings = settings.clone();
        let tab = tab.clone();
        let closest = closest.clone();
        Callback::from(move |slug: &'static str| {
            if let Some(s) = Settings::from_profile(slug) {
                closest.set(None);
                settings.set(s);
                tab.set(Tab::Matrix);
            }
        })
    };
    let tab_button = |t: Tab| {
        let tab_handle = tab.clone();
        let selected = *tab == t;
        html! {
            <button type="button" role="tab" id={format!("decision-tab-{}", t.slug())}
                aria-selected={selected.to_string()} aria-controls="decision-panel"
                class={classes!("tab", selected.then_some("selected"))}
                onclick={Callback::from(move |_| tab_handle.set(t))}>
                { t.label() }
            </button>
        }
    };
    let on_tabs_key = {
        let tab = tab.clone();
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => Some(tab.next()),
                "ArrowLeft" => Some(tab.prev()),
                _ => None,
            };
            if let Some(next) = next {
                e.prevent_default();
                tab.set(next);
                focus(&format!("decision-tab-{}", next.slug()));
            }
        })
    };

    html! {
        <div class="widget decision-widget-frame">
            if let Some(message) = &*notice {
                <p class="notice" role="status" data-notice="bad-link">{ message }</p>
            }
            <div class="tabs" role="tablist" aria-label="Ways to decide" onkeydown={on_tabs_key}>
                { for Tab::ALL.into_iter().map(tab_button) }
            </div>
            <div id="decision-panel" role="tabpanel" aria-labelledby={format!("decision-tab-{}", tab.slug())}>
                if let (Tab::Matrix, Some((i, closeness))) = (*tab, *closest) {
                    if let Some(p) = decision::profiles().get(i) {
                        <p class="notice" data-notice="closest-profile">
                            { format!("Your answers are closest to the profile “{0}”: its weights are {1:.0}% alike to yours (cosine similarity). The matrix below uses your answers' own weights; choose “{0}” under “What are you building?” to compare.", p.name, closeness * 100.0) }
                        </p>
                    }
                }
                { match *tab {
                    Tab::Matrix => html! { <matrix::Matrix settings={(*settings).clone()} on_change={on_settings} /> },
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

/// The island's root: the matrix under a hash router of its own.
#[derive(Properties, PartialEq)]
struct IslandRoot {
    start: ui::island::DecisionStart,
}

#[component]
fn Island(props: &IslandRoot) -> Html {
    let profile = props.start.profile.clone().map(AttrValue::from);
    let tab = props.start.tab.as_deref().and_then(Tab::from_slug);
    html! {
        <>
            <DecisionWidget {profile} {tab} />
        </>
    }
}

/// The island as it first renders from `start`: what the build's native pre-render draws in
/// an embed's snapshot (see `ui::island::Previews`).
pub fn preview(start: ui::island::DecisionStart) -> Html {
    html! { <Island {start} /> }
}

/// Mounts the decision matrix in `root` with `start` (a [`ui::island::DecisionStart`] as a
/// JS object). Errors: a `start` that cannot be read.
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
