use yew::prelude::*;

/// One bar of an [`HBarChart`].
#[derive(Clone, PartialEq)]
pub struct HBar {
    /// The label left of the bar.
    pub label: String,
    /// The value, in the chart's unit (≥ 0).
    pub value: f64,
    /// The value as printed at the bar's end and in the tooltip, e.g. "15.5 ms".
    pub value_text: String,
    /// A CSS class for the bar's colour (never the only carrier of meaning: the label says it).
    pub class: &'static str,
    /// A group heading shown above the first bar of each group, if any.
    pub group: Option<String>,
    /// The tooltip and accessible description.
    pub description: String,
}

/// Properties of [`HBarChart`].
#[derive(Properties, PartialEq)]
pub struct HBarChartProps {
    /// Unique prefix for element ids.
    pub id: AttrValue,
    /// The SVG's title, read by screen readers.
    pub title: AttrValue,
    /// The SVG's description.
    pub desc: AttrValue,
    pub bars: Vec<HBar>,
    /// Width of the label column, in SVG units (of 640).
    #[prop_or(170.0)]
    pub label_width: f64,
}

const WIDTH: f64 = 640.0;
const ROW: f64 = 22.0;
const GROUP: f64 = 22.0;
const BAR: f64 = 15.0;
const VALUE_GUTTER: f64 = 80.0;

/// A horizontal bar chart on a linear scale from zero: focusable bars with a tooltip on hover
/// and on focus, optional group headings.
#[component]
pub fn HBarChart(props: &HBarChartProps) -> Html {
    let active = use_state(|| None::<usize>);
    let max = props.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let plot = WIDTH - props.label_width - VALUE_GUTTER;
    let x0 = props.label_width;
    let len = |v: f64| {
        if max > 0.0 {
            (v / max * plot).max(1.5)
        } else {
            1.5
        }
    };

    let mut y = 8.0;
    let mut last_group: Option<&String> = None;
    let mut rows = Vec::new();
    let mut positions = Vec::new();
    for (i, b) in props.bars.iter().enumerate() {
        if b.group.is_some() && b.group.as_ref() != last_group {
            y += if i == 0 { 8.0 } else { GROUP };
            rows.push(html! {
                <text key={format!("group-{i}")} class="group-label" x="0" y={(y - 4.0).to_string()}>{ b.group.clone().unwrap_or_default() }</text>
            });
            last_group = b.group.as_ref();
        }
        positions.push(y);
        let w = len(b.value);
        let (enter, focus) = {
            let a = active.clone();
            let b2 = active.clone();
            (
                move |_: MouseEvent| a.set(Some(i)),
                move |_: FocusEvent| b2.set(Some(i)),
            )
        };
        let (leave, blur) = {
            let a = active.clone();
            let b2 = active.clone();
            (
                move |_: MouseEvent| a.set(None),
                move |_: FocusEvent| b2.set(None),
            )
        };
        rows.push(html! {
            <g key={format!("bar-{i}")} class={classes!("hbar", b.class)} tabindex="0" role="img" aria-label={b.description.clone()}
                data-label={b.label.clone()}
                onmouseenter={enter} onfocus={focus} onmouseleave={leave} onblur={blur}>
                <text class="bar-label" x={(x0 - 6.0).to_string()} y={(y + BAR - 3.0).to_string()} text-anchor="end">{ &b.label }</text>
                <rect x={x0.to_string()} y={y.to_string()} width={w.to_string()} height={BAR.to_string()} rx="2" />
                <text class="bar-value" x={(x0 + w + 4.0).to_string()} y={(y + BAR - 3.0).to_string()}>{ &b.value_text }</text>
            </g>
        });
        y += ROW;
    }
    let height = y + 8.0;
    let tooltip = (*active).and_then(|i| {
        let b = props.bars.get(i)?;
        let by = *positions.get(i)?;
        let box_w = 300.0;
        let tx = (x0 + len(b.value) + 8.0).min(WIDTH - box_w - 2.0);
        let ty = if by + 56.0 > height {
            by - 34.0
        } else {
            by + ROW
        };
        Some(html! {
            <g class="tooltip" aria-hidden="true" transform={format!("translate({tx:.1},{ty:.1})")}>
                <rect width={box_w.to_string()} height="28" rx="4" />
                <text x="8" y="18">{ &b.description }</text>
            </g>
        })
    });
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    html! {
        <svg class="hbar-chart" viewBox={format!("0 0 {WIDTH} {height:.0}")} role="group"
            aria-labelledby={format!("{title_id} {desc_id}")}>
            <title id={title_id}>{ &props.title }</title>
            <desc id={desc_id}>{ &props.desc }</desc>
            <g class="bars">{ for rows }</g>
            <g class="tooltip-layer">{ for tooltip }</g>
        </svg>
    }
}
