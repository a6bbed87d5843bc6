use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One bar of an [`HBarChart`].
#[derive(Clone, PartialEq)]
pub struct HBar {
    /// The label left of the bar.
    pub label: String,
    /// The value, in the chart's unit (≥ 0).
    pub value: f64,
    /// The value as printed beside the bar, e.g. "15.5 ms".
    pub value_text: String,
    /// A CSS class for the bar's colour (never the only carrier of meaning: the label says it).
    pub class: &'static str,
    /// A group heading shown above the first bar of each group, if any.
    pub group: Option<String>,
    /// The tooltip and accessible description, e.g. "rig (Rust): 2013 ms".
    pub description: String,
}

/// Properties of [`HBarChart`].
#[derive(Properties, PartialEq)]
pub struct HBarChartProps {
    /// Unique prefix for element ids.
    pub id: AttrValue,
    /// The chart's name, read by screen readers.
    pub title: AttrValue,
    /// What it shows and how to read it.
    pub desc: AttrValue,
    pub bars: Vec<HBar>,
}

/// A horizontal bar chart on a linear scale from zero, with optional group headings.
///
/// Laid out in HTML, not one scaled drawing: its text keeps the page's size at every width
/// (a label goes above its bar when the chart is narrow), and only each bar is a drawing,
/// stretched to its track. The chart is one tab stop: the arrow keys (and Home, End) move
/// between the bars, each read out with its value.
#[component]
pub fn HBarChart(props: &HBarChartProps) -> Html {
    // The bar that takes the chart's tab stop: the last one focused.
    let current = use_state(|| 0_usize);
    let max = props.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let last = props.bars.len().saturating_sub(1);
    let onkeydown = {
        let current = current.clone();
        Callback::from(move |e: KeyboardEvent| {
            // The bars are in the chart that holds the key's target.
            let chart = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".hbar-chart").ok().flatten());
            if let Some(to) = super::rove(&e, chart, *current, last) {
                current.set(to);
            }
        })
    };

    let mut last_group: Option<&String> = None;
    let mut rows = Vec::new();
    for (i, b) in props.bars.iter().enumerate() {
        if b.group.is_some() && b.group.as_ref() != last_group {
            rows.push(html! {
                <div key={format!("group-{i}")} class="group-label">{ b.group.clone().unwrap_or_default() }</div>
            });
            last_group = b.group.as_ref();
        }
        // Percent of the track, at least a sliver so that a zero is still a visible bar.
        let share = if max > 0.0 {
            b.value / max * 100.0
        } else {
            0.0
        };
        let width = format!("{:.2}", share.clamp(0.5, 100.0));
        let onfocus = {
            let current = current.clone();
            Callback::from(move |_: FocusEvent| current.set(i))
        };
        rows.push(html! {
            <div key={format!("bar-{i}")} class={classes!("hbar", b.class)} role="img"
                tabindex={if i == (*current).min(last) { "0" } else { "-1" }}
                aria-label={b.description.clone()} title={b.description.clone()}
                data-bar={i.to_string()} data-label={b.label.clone()} {onfocus}>
                <span class="bar-label" aria-hidden="true">{ &b.label }</span>
                <span class="bar-track" aria-hidden="true">
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                        <rect width={width} height="10" rx="0.6" />
                    </svg>
                    <span class="bar-value">{ &b.value_text }</span>
                </span>
            </div>
        });
    }
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    html! {
        <div class="hbar-chart" id={props.id.clone()} role="group" aria-labelledby={title_id.clone()}
            aria-describedby={desc_id.clone()} {onkeydown}>
            <span id={title_id} class="sr-only">{ &props.title }</span>
            <span id={desc_id} class="sr-only">{ format!("{} Arrow keys move between the bars.", props.desc) }</span>
            { for rows }
        </div>
    }
}
