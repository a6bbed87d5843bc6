//! The evidence widgets. [`EnergyWidget`]: an SVG bar chart of Table 4 drawn by the app
//! (metric, scale, sort, reference language, highlights, execution-type filter, table view,
//! downloads, state in the URL), with the source and the caveats beside it. The other
//! charts ([`ColdStartChart`], [`AgentChart`]) and [`RunItYourself`] are shown on the energy
//! page. Numbers, parsing and axis arithmetic live in `crates/evidence`.

mod agents;
mod cold_start;
mod export;
mod run_it;
mod state;
mod url_state;

pub use agents::AgentChart;
pub use cold_start::ColdStartChart;
pub use run_it::RunItYourself;
pub use url_state::{ChartState, View};

use evidence::{
    energy_table, format_ratio, relative_to, sorted, Axis, ExecutionType, LanguageResult, Metric,
    Scale, SortOrder, ENERGY_SOURCE, ENERGY_SOURCE_URL,
};
use yew::prelude::*;

use state::{EnergyAction, EnergyState};
use ui::island::Start;
use ui::url_state::use_url_reducer;

/// Chart geometry in SVG user units, which are CSS pixels, for a chart whose text is 12 px (its
/// size on the page); for a larger text (a presenter's slide) each is scaled by [`Frame::k`].
/// The chart is drawn as many units wide as its box measures (`Measured`), so its text keeps
/// its CSS size at every width.
const LABEL_WIDTH: f64 = 96.0;
const VALUE_GUTTER: f64 = 60.0;
const ROW: f64 = 22.0;
const BAR: f64 = 15.0;
const TOP: f64 = 28.0;

/// Properties of [`EnergyWidget`]: what it shows first when the URL does not say (for
/// presenter slides).
#[derive(Properties, PartialEq, Default)]
pub struct EnergyProps {
    /// The metric shown first; energy by default.
    #[prop_or_default]
    pub metric: Metric,
    /// The scale shown first; linear by default.
    #[prop_or_default]
    pub scale: Scale,
    /// A query of the chart's page (`metric=time&hl=Go`) to open as that page would, where the
    /// chart does not own the URL (a slide of a presenter's own deck); it wins over `metric`
    /// and `scale`.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The chart's box as `Measured` finds it: its `width` and the chart's text size `em`, in CSS
/// pixels, and the number of `columns` the bars are split into, top to bottom and then left to
/// right, all on one axis (the box's CSS property `--chart-columns`: none on the page; a
/// presenter's slide asks for 3, so that 27 bars fit a projector's screen in text the back
/// of the room can read).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Frame {
    width: f64,
    em: f64,
    columns: usize,
}

impl Frame {
    /// The text size the geometry's constants are set for, in CSS pixels.
    const TEXT: f64 = 12.0;

    /// The chart as the page draws it: `width` pixels wide, 12-px text, one column.
    fn page(width: f64) -> Frame {
        Frame {
            width,
            em: Frame::TEXT,
            columns: 1,
        }
    }

    /// How many times the page's text size the chart's text is: what the constants are
    /// scaled by.
    fn k(&self) -> f64 {
        self.em / Frame::TEXT
    }

    /// The bars in each column (the last may have fewer), for `rows` bars.
    fn per_column(&self, rows: usize) -> usize {
        rows.div_ceil(self.columns.max(1)).max(1)
    }

    /// The chart's height in CSS pixels for `rows` bars: the same at every width (the chart
    /// reflows sideways only).
    fn height(&self, rows: usize) -> f64 {
        self.k() * (TOP + ROW * self.per_column(rows) as f64 + 8.0)
    }
}

/// One language as drawn: its row and its value relative to the reference.
struct Drawn<'a> {
    row: &'a LanguageResult,
    value: f64,
}

/// The energy widget.
#[component]
pub fn EnergyWidget(props: &EnergyProps) -> Html {
    let rows = use_memo((), |_| energy_table());
    let (state, _) = use_url_reducer(
        SLUG,
        props.query.clone(),
        {
            let rows = rows.clone();
            let (metric, scale) = (props.metric, props.scale);
            move |query: Option<&str>| match query {
                Some(query) => {
                    let names: Vec<&str> = match &*rows {
                        Ok(rows) => rows.iter().map(|r| r.language.as_str()).collect(),
                        Err(_) => Vec::new(),
                    };
                    EnergyState::from_query(query, &names)
                }
                None => EnergyState::start(metric, scale),
            }
        },
        |s: &EnergyState| s.chart.clone(),
        |chart: &ChartState| Some(url_state::to_query(chart)),
    );
    let dispatch = state.dispatcher();
    let active = use_state(|| None::<String>);
    // The bar that holds the chart's one tab stop: the last one focused.
    let focused = use_state(|| 0_usize);
    // The chart's box, once measured (see `Measured`): the chart is first
    // drawn at its real width, never redrawn from a guess (its bars would slide).
    // In the build's snapshot, nothing is measured: the chart is drawn for a 1280-px window.
    let snapshot = use_context::<ui::Snapshot>().is_some();
    let frame = use_state_eq(|| snapshot.then(|| Frame::page(SNAPSHOT_CHART_WIDTH)));
    let svg_ref = use_node_ref();

    let rows = match &*rows {
        Ok(rows) => rows,
        Err(e) => {
            return html! {
                <div class="widget energy-widget"><p class="notice error" role="alert">{ format!("The energy table could not be read: {e}") }</p></div>
            }
        }
    };

    let update = |f: fn(&mut ChartState, usize), arg: usize| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(EnergyAction::Choose(f, arg)))
    };
    let radio = |name: &'static str, label: &'static str, checked: bool, on: Callback<Event>| {
        html! {
            <label class="segment">
                <input type="radio" {name} {checked} onchange={on} />
                <span>{ label }</span>
            </label>
        }
    };

    let s = &state.chart;
    let controls = html! {
        <div class="chart-controls">
            <fieldset>
                <legend>{ "Measure" }</legend>
                { for Metric::ALL.into_iter().enumerate().map(|(i, m)| radio("energy-metric", m.label(), s.metric == m,
                    update(|s, i| s.metric = Metric::ALL[i], i))) }
            </fieldset>
            <fieldset>
                <legend>{ "Scale" }</legend>
                { radio("energy-scale", "Linear", s.scale == Scale::Linear, update(|s, _| s.scale = Scale::Linear, 0)) }
                { radio("energy-scale", "Log", s.scale == Scale::Log, update(|s, _| s.scale = Scale::Log, 0)) }
            </fieldset>
            <fieldset>
                <legend>{ "Sort" }</legend>
                { radio("energy-sort", "By value", s.order == SortOrder::Value, update(|s, _| s.order = SortOrder::Value, 0)) }
                { radio("energy-sort", "By name", s.order == SortOrder::Name, update(|s, _| s.order = SortOrder::Name, 0)) }
            </fieldset>
            <fieldset>
                <legend>{ "Show" }</legend>
                { radio("energy-view", "Chart", s.view == View::Chart, update(|s, _| s.view = View::Chart, 0)) }
                { radio("energy-view", "Table", s.view == View::Table, update(|s, _| s.view = View::Table, 0)) }
            </fieldset>
            <fieldset>
                <legend>{ "Execution types" }</legend>
                { for ExecutionType::ALL.into_iter().enumerate().map(|(i, t)| html! {
                    <label class="segment">
                        <input type="checkbox" checked={!s.hidden.contains(&t)} data-type={t.slug()}
                            onchange={update(|s, i| {
                                let t = ExecutionType::ALL[i];
                                if let Some(p) = s.hidden.iter().position(|h| *h == t) { s.hidden.remove(p); } else { s.hidden.push(t); }
                            }, i)} />
                        <span>{ t.label() }</span>
                    </label>
                }) }
            </fieldset>
            <div class="reference">
                <label for="energy-reference">{ "Relative to" }</label>
                <select id="energy-reference" onchange={{
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        dispatch.dispatch(EnergyAction::Reference(v));
                    })
                }}>
                    { for sorted(rows, Metric::Energy, SortOrder::Name).into_iter().map(|r| html! {
                        <option value={r.language.clone()} selected={r.language == s.reference}>{ &r.language }</option>
                    }) }
                </select>
            </div>
        </div>
    };

    // Values relative to the chosen reference (the published baseline if it is unknown).
    let relative = relative_to(rows, s.metric, &s.reference)
        .unwrap_or_else(|| rows.iter().map(|r| s.metric.of(r)).collect());
    let mut drawn: Vec<Drawn> = rows
        .iter()
        .zip(relative)
        .filter(|(r, _)| !s.hidden.contains(&r.execution_type))
        .map(|(row, value)| Drawn { row, value })
        .collect();
    match s.order {
        SortOrder::Value => drawn.sort_by(|a, b| a.value.total_cmp(&b.value)),
        SortOrder::Name => drawn.sort_by_key(|d| d.row.language.to_lowercase()),
    }

    let toggle_highlight = {
        let dispatch = dispatch.clone();
        Callback::from(move |language: String| {
            dispatch.dispatch(EnergyAction::ToggleHighlight(language))
        })
    };
    let body = match s.view {
        View::Chart => {
            let on_frame = {
                let frame = frame.clone();
                Callback::from(move |f: Frame| frame.set(Some(f)))
            };
            html! {
                <Measured {on_frame}>
                    {
                        match *frame {
                            Some(f) => chart(&drawn, s, (&active, &focused), &toggle_highlight, svg_ref.clone(), f, snapshot),
                            // Not measured yet (the island is drawn unseen, then shown): the
                            // chart's place, as tall as the chart, so nothing below it moves
                            // when it arrives.
                            None => html! {
                                <svg class="bar-chart unscaled" height={Frame::page(0.0).height(drawn.len()).to_string()} aria-hidden="true" />
                            },
                        }
                    }
                </Measured>
            }
        }
        View::Table => table(&drawn, s),
    };
    let csv = export::csv(
        drawn.iter().map(|d| (d.row, d.value)),
        s.metric,
        &s.reference,
    );
    let file_stem = format!("energy-{}-relative-to-{}", s.metric.slug(), s.reference);
    // What an exported image says around the chart.
    let caption = export::Caption {
        title: chart_title(s, drawn.len()),
        units: format!(
            "Normalized {}: each language's figure divided by {}'s, lower is better{}",
            s.metric.label().to_lowercase(),
            s.reference,
            match s.scale {
                Scale::Linear => "; bars from zero.",
                Scale::Log => "; log scale, bars from 1× (left: less, right: more).",
            }
        ),
        legend: ExecutionType::ALL
            .into_iter()
            .map(|t| (t.label().to_string(), t.slug()))
            .collect(),
        source: ENERGY_SOURCE.to_string(),
    };

    html! {
        <div class="widget energy-widget">
            if let Some(message) = &state.notice {
                <p class="notice" role="status" data-notice="bad-link">{ message }</p>
            }
            { controls }
            // The chart renders a task after the controls, the first time, so that each
            // first render is a short task.
            <ui::island::Later after={1}>
                <div class="energy-layout">
                    <div class="chart-area">
                        { body }
                        <ul class="legend" aria-label="Execution types">
                            { for ExecutionType::ALL.into_iter().map(|t| html! {
                                <li><span class={classes!("swatch", t.slug())} aria-hidden="true"></span>{ t.label() }</li>
                            }) }
                            <li><span class="swatch highlight" aria-hidden="true"></span>
                                { format!("Highlighted (outlined, bold): {}", if s.highlighted.is_empty() { "none".to_string() } else { s.highlighted.join(", ") }) }</li>
                        </ul>
                        <p class="hint">{ match s.scale {
                            Scale::Linear => "Bars start at zero. ",
                            Scale::Log => "Log scale: bars start at the reference (1×) and go left for less, right for more; equal lengths are equal ratios. ",
                        } }{ "Click a bar, or focus it (Tab, then the arrow keys) and press Enter, to highlight that language." }</p>
                        <div class="downloads" role="group" aria-label="Download">
                            <a class="button" href={export::data_url("text/csv", &csv)} download={format!("{file_stem}.csv")}>{ "Download CSV" }</a>
                            <button type="button" onclick={{
                                let svg_ref = svg_ref.clone();
                                let name = format!("{file_stem}.svg");
                                let caption = caption.clone();
                                Callback::from(move |_| export::download_svg(&svg_ref, &caption, &name))
                            }} disabled={s.view != View::Chart}>{ "Download SVG" }</button>
                            <button type="button" onclick={{
                                let svg_ref = svg_ref.clone();
                                let name = format!("{file_stem}.png");
                                let caption = caption.clone();
                                Callback::from(move |_| export::download_png(&svg_ref, &caption, &name))
                            }} disabled={s.view != View::Chart}>{ "Download PNG" }</button>
                        </div>
                    </div>
                    <aside class="sources" aria-label="Source and caveats">
                        <h3>{ "Source" }</h3>
                        <p>{ ENERGY_SOURCE }{ " Raw data: " }<a href={ENERGY_SOURCE_URL}>{ "Energy-Languages" }</a>{ ". The table as published: " }<a href="energy-table4.csv" download="energy-table4.csv">{ "energy-table4.csv" }</a>{ "." }</p>
                        <h3>{ "Caveats" }</h3>
                        <ul>{ for evidence::sources::ENERGY_CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
                    </aside>
                </div>
            </ui::island::Later>
        </div>
    }
}

/// The chart's title, which its exported image carries too: "Energy of 27 languages,
/// relative to C = 1.00 (linear scale)".
fn chart_title(s: &ChartState, bars: usize) -> String {
    format!(
        "{} of {bars} languages, relative to {} = 1.00 ({} scale)",
        s.metric.label(),
        s.reference,
        s.scale.slug()
    )
}

/// The chart, drawn for its box (`frame`: as many units wide as it is pixels, its text and
/// geometry at the box's text size, its bars in the box's columns); `active` is the bar
/// whose tooltip shows, `focused` the one that holds the chart's tab stop (the arrow keys,
/// Home and End move it). In the build's snapshot (`snapshot`), where the box's width is not
/// known, the drawing keeps its height and its scale, from the left, cut at the box's right
/// edge, so that the page below it does not move when the live chart replaces it: the live
/// chart is as tall at every width.
fn chart(
    drawn: &[Drawn],
    s: &ChartState,
    (active, focused): (&UseStateHandle<Option<String>>, &UseStateHandle<usize>),
    toggle: &Callback<String>,
    svg_ref: NodeRef,
    frame: Frame,
    snapshot: bool,
) -> Html {
    let last = drawn.len().saturating_sub(1);
    let focus_at = (**focused).min(last);
    let onkeydown = {
        let focused = focused.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(to) = ui::components::rove(&e, svg_ref.cast(), focus_at, last) {
                focused.set(to);
            }
        })
    };
    let axis = Axis::fit(s.scale, drawn.iter().map(|d| d.value));
    let (width, k) = (frame.width, frame.k());
    let per = frame.per_column(drawn.len());
    let columns = drawn.len().div_ceil(per).max(1);
    // One text size between columns; each column has its labels, plot and values.
    let gap = frame.em;
    let column_width = (width - gap * (columns - 1) as f64) / columns as f64;
    let plot = (column_width - (LABEL_WIDTH + VALUE_GUTTER) * k).max(1.0);
    let height = frame.height(drawn.len());
    let (top, row, bar) = (TOP * k, ROW * k, BAR * k);
    // Bar `i`'s column's left edge, and its top.
    let place = |i: usize| {
        (
            (i / per) as f64 * (column_width + gap),
            top + row * (i % per) as f64,
        )
    };
    let x = |left: f64, v: f64| left + LABEL_WIDTH * k + axis.position(v) * plot;
    let title = chart_title(s, drawn.len());

    let ticks = (0..columns).flat_map(|c| {
        let left = c as f64 * (column_width + gap);
        // A label closer than two and a half of its text size to the last one is left out
        // (its gridline stays): a narrow column has no room for them all.
        let mut last_label = f64::NEG_INFINITY;
        axis.ticks().into_iter().map(move |t| {
            let tx = x(left, t);
            let labelled = tx - last_label >= 2.5 * frame.em;
            if labelled {
                last_label = tx;
            }
            html! {
                <g class="tick" key={format!("tick-{c}-{t}")}>
                    <line x1={tx.to_string()} x2={tx.to_string()} y1={(top - 6.0 * k).to_string()} y2={(height - 8.0 * k).to_string()} />
                    if labelled {
                        <text x={tx.to_string()} y={(top - 10.0 * k).to_string()} text-anchor="middle">{ tick_label(t) }</text>
                    }
                </g>
            }
        })
    });

    // From the baseline (0, or 1× on a log scale) to the value, leftwards for less than 1×.
    let bars = drawn.iter().enumerate().map(|(i, d)| {
        let r = d.row;
        let (left, y) = place(i);
        let base = x(left, axis.baseline());
        let (start, end) = (base.min(x(left, d.value)), base.max(x(left, d.value)));
        let w = (end - start).max(1.5);
        let highlighted = s.highlighted.contains(&r.language);
        let description = format!(
            "{}: {} {}× {} ({}){}",
            r.language,
            s.metric.label().to_lowercase(),
            format_ratio(d.value),
            s.reference,
            r.execution_type.label(),
            if highlighted { ", highlighted" } else { "" }
        );
        let show = {
            let active = active.clone();
            let name = r.language.clone();
            move || active.set(Some(name.clone()))
        };
        let hide = {
            let active = active.clone();
            move || active.set(None)
        };
        let show_focus = {
            let show = show.clone();
            let focused = focused.clone();
            move || {
                focused.set(i);
                show();
            }
        };
        let show_mouse = show;
        let (hide_mouse, hide_focus) = (hide.clone(), hide);
        let click = {
            let toggle = toggle.clone();
            let name = r.language.clone();
            Callback::from(move |_: MouseEvent| toggle.emit(name.clone()))
        };
        let key = {
            let toggle = toggle.clone();
            let name = r.language.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    toggle.emit(name.clone());
                }
            })
        };
        html! {
            <g key={r.language.clone()} class={classes!("bar", r.execution_type.slug(), highlighted.then_some("highlight"))}
                tabindex={if i == focus_at { "0" } else { "-1" }} data-bar={i.to_string()} role="img" aria-label={description}
                data-language={r.language.clone()}
                onclick={click} onkeydown={key}
                onmouseenter={move |_: MouseEvent| show_mouse()} onfocus={move |_: FocusEvent| show_focus()}
                onmouseleave={move |_: MouseEvent| hide_mouse()} onblur={move |_: FocusEvent| hide_focus()}>
                <text class="bar-label" x={(left + (LABEL_WIDTH - 6.0) * k).to_string()} y={(y + bar - 3.0 * k).to_string()} text-anchor="end">{ &r.language }</text>
                <rect x={start.to_string()} y={y.to_string()} width={w.to_string()} height={bar.to_string()} rx={(2.0 * k).to_string()} />
                <text class="bar-value" x={(start + w + 4.0 * k).to_string()} y={(y + bar - 3.0 * k).to_string()}>{ format_ratio(d.value) }</text>
            </g>
        }
    });

    let tooltip = active.as_ref().and_then(|name| {
        let i = drawn.iter().position(|d| &d.row.language == name)?;
        let d = drawn.get(i)?;
        let (left, y) = place(i);
        let box_w = 230.0 * k;
        let tx = (x(left, d.value) + 8.0 * k).min(width - box_w - 2.0 * k);
        let ty = if y + 56.0 * k > height { y - 50.0 * k } else { y + row };
        let at = |v: f64| (v * k).to_string();
        Some(html! {
            <g class="tooltip" aria-hidden="true" transform={format!("translate({tx:.1},{ty:.1})")}>
                <rect width={box_w.to_string()} height={at(46.0)} rx={at(4.0)} />
                <text x={at(8.0)} y={at(18.0)} class="tooltip-title">{ format!("{} · {}", d.row.language, d.row.execution_type.label()) }</text>
                <text x={at(8.0)} y={at(36.0)}>{ format!("{}: {}× {}", s.metric.label(), format_ratio(d.value), s.reference) }</text>
            </g>
        })
    });

    html! {
        <svg class={classes!("bar-chart", snapshot.then_some("unscaled"))} viewBox={format!("0 0 {width} {height}")}
            height={snapshot.then(|| height.to_string())} preserveAspectRatio={snapshot.then_some("xMinYMin slice")}
            role="group" ref={svg_ref}
            aria-labelledby="energy-chart-title energy-chart-desc" {onkeydown}>
            <title id="energy-chart-title">{ &title }</title>
            <desc id="energy-chart-desc">{ match s.scale {
                Scale::Linear => "Horizontal bars from zero, one per language; shorter is better. Tab reaches the chart; the arrow keys move between the bars, each read out with its value; Enter highlights one.",
                Scale::Log => "Horizontal bars from the reference (1×), one per language: left for less than the reference, right for more, as long as the ratio on a log scale. Tab reaches the chart; the arrow keys move between the bars, each read out with its value; Enter highlights one.",
            } }</desc>
            // Each list sits in its own group, so the children of the <svg> never change in
            // number: a tooltip appearing must not make Yew re-create (and unfocus) the bars.
            <g class="ticks">{ for ticks }</g>
            <g class="bars">{ for bars }</g>
            <g class="tooltip-layer">{ for tooltip }</g>
        </svg>
    }
}

/// The chart's width in the build's static snapshot, in CSS pixels: its box in an embed in a
/// 1280-px-wide window.
const SNAPSHOT_CHART_WIDTH: f64 = 804.0;

#[derive(Properties, PartialEq)]
struct MeasuredProps {
    /// Told its box ([`Frame`]) when it changes.
    on_frame: Callback<Frame>,
    children: Html,
}

/// `host` measured: its width (whole CSS pixels, at least 200), its text size and its
/// `--chart-columns` (1 to 4; 1 when not set).
fn measure(host: &web_sys::Element) -> Option<Frame> {
    let width = f64::from(host.client_width());
    let style = ui::window()?.get_computed_style(host).ok()??;
    let em = style
        .get_property_value("font-size")
        .ok()?
        .trim_end_matches("px")
        .parse::<f64>()
        .ok()
        .filter(|em| em.is_finite() && *em > 0.0)?;
    let columns = style
        .get_property_value("--chart-columns")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 4);
    (width >= 200.0).then_some(Frame { width, em, columns })
}

/// A box that measures itself (a `ResizeObserver`), so that the chart inside can be drawn as
/// many units wide as it is pixels, reflowed to the width rather than scaled to it, with its
/// geometry at the box's text size. It watches its own size and that of a hidden box one em
/// wide, so a change of text size alone (a presenter's + and −) is seen too.
#[component]
fn Measured(props: &MeasuredProps) -> Html {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let host = use_node_ref();
    let probe = use_node_ref();
    {
        let (host, probe, on_frame) = (host.clone(), probe.clone(), props.on_frame.clone());
        use_effect_with((), move |_| {
            let el = host.cast::<web_sys::Element>();
            let report = {
                let (el, on_frame) = (el.clone(), on_frame.clone());
                Closure::<dyn Fn()>::new(move || {
                    if let Some(frame) = el.as_ref().and_then(measure) {
                        on_frame.emit(frame);
                    }
                })
            };
            let observer = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()).ok();
            if let Some(el) = &el {
                // Measured now as well, so the chart is drawn in this task, before anything is
                // painted or waits for it.
                if let Some(frame) = measure(el) {
                    on_frame.emit(frame);
                }
                if let Some(o) = &observer {
                    o.observe(el);
                    if let Some(p) = probe.cast::<web_sys::Element>() {
                        o.observe(&p);
                    }
                }
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(report);
            }
        });
    }
    html! {
        <div ref={host} class="measured">
            <span ref={probe} class="em-probe" aria-hidden="true"></span>
            { props.children.clone() }
        </div>
    }
}

/// "0.1", "2.5", "100": at most two decimals, no trailing zeros.
fn tick_label(t: f64) -> String {
    let s = format!("{t:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn table(drawn: &[Drawn], s: &ChartState) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Table 4 as a table">
            <table class="data-table energy-table">
                <caption>{ format!("As published: energy and time relative to C = 1.00, peak memory relative to Pascal = 1.00. Last column: {} relative to {}.", s.metric.label().to_lowercase(), s.reference) }</caption>
                <thead><tr>
                    <th scope="col">{ "Language" }</th>
                    <th scope="col">{ "Execution type" }</th>
                    <th scope="col">{ "Energy" }</th>
                    <th scope="col">{ "Time" }</th>
                    <th scope="col">{ "Memory" }</th>
                    <th scope="col">{ format!("{} ÷ {}", s.metric.label(), s.reference) }</th>
                </tr></thead>
                <tbody>
                    { for drawn.iter().map(|d| html! {
                        <tr class={classes!(s.highlighted.contains(&d.row.language).then_some("highlight"))}>
                            <th scope="row">{ &d.row.language }</th>
                            <td>{ d.row.execution_type.label() }</td>
                            <td>{ format_ratio(d.row.energy) }</td>
                            <td>{ format_ratio(d.row.time) }</td>
                            <td>{ format_ratio(d.row.memory) }</td>
                            <td>{ format_ratio(d.value) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The energy chart's name in the shell's widget registry and in its URLs (`#/energy`).
pub const SLUG: &str = "energy";

/// The energy chart's start (see [`ui::island::Start`]): the keys `metric` and `scale` (their
/// URL values, `time`, `log`), `more` (`true` or `false`) and `query` (a query of the chart's
/// page, as a presenter's own deck keeps it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnergyStart {
    /// The column of Table 4 shown first.
    pub metric: Metric,
    /// Linear or log bars.
    pub scale: Scale,
    /// Also show the further evidence under the chart (cold starts, the agent benchmark, the
    /// in-browser benchmark): the energy page does, the home page and slides do not.
    pub more_evidence: bool,
    /// A query of the chart's page to open as it would (`metric=time&hl=Go`).
    pub query: Option<String>,
}

impl Start for EnergyStart {
    fn set(&mut self, key: &str, value: String) -> Result<(), String> {
        let bad = || format!("{key} `{value}` is not one of the chart's");
        match key {
            "metric" => self.metric = Metric::from_slug(&value).ok_or_else(bad)?,
            "scale" => self.scale = Scale::from_slug(&value).ok_or_else(bad)?,
            "more" => self.more_evidence = value.parse().map_err(|_| bad())?,
            "query" => self.query = Some(value),
            _ => {}
        }
        Ok(())
    }
}

/// The island's root: the chart and, on the energy page, the further evidence.
#[derive(Properties, PartialEq)]
struct IslandRoot {
    start: EnergyStart,
}

#[component]
fn Island(props: &IslandRoot) -> Html {
    let start = &props.start;
    // The further evidence is below the chart: each part renders in a task of its own.
    use ui::island::Later;
    html! {
        <>
            <EnergyWidget metric={start.metric} scale={start.scale} query={start.query.clone().map(AttrValue::from)} />
            if start.more_evidence {
                <Later after={2}>
                    <h2>{ "More measured evidence" }</h2>
                    <ColdStartChart />
                </Later>
                <Later after={3}><AgentChart /></Later>
                <Later after={4}><RunItYourself /></Later>
            }
        </>
    }
}

/// The island as it first renders from `start` (an [`EnergyStart`]'s pairs): what the
/// build's native pre-render draws in an embed's snapshot (see `ui::island::Previews`).
/// Errors: a start that cannot be read.
pub fn preview(start: &[(String, String)]) -> Result<Html, String> {
    let start = EnergyStart::read(start)?;
    Ok(html! { <Island {start} /> })
}

/// Mounts the energy chart in `root` with `start` (an [`EnergyStart`] as a JS object).
/// Errors: a `start` that cannot be read.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_energy(
    root: web_sys::Element,
    start: wasm_bindgen::JsValue,
) -> Result<ui::island::IslandHandle, wasm_bindgen::JsValue> {
    /// Reads Table 4 (the csv crate's parser), a task ahead of the first render.
    fn read_table() {
        drop(energy_table());
    }
    ui::island::mount_with_warm_up::<Island, _>(
        root,
        start,
        |start| IslandRoot { start },
        &[read_table],
    )
}

#[cfg(test)]
mod tests {
    use super::{EnergyStart, Frame, Metric, Scale};
    use ui::island::Start;

    #[test]
    fn a_slide_s_chart_scales_with_its_text_and_splits_its_bars_into_columns() {
        // The page: 12-px text, one column of 27 rows of 22 px under a 28-px axis, 8 px below.
        let page = Frame::page(800.0);
        assert_eq!(page.height(27), 28.0 + 22.0 * 27.0 + 8.0);
        // A 1080p slide: 26.88-px text (2.24 times the page's), three columns of nine.
        let slide = Frame {
            width: 1784.0,
            em: 26.88,
            columns: 3,
        };
        assert_eq!(slide.per_column(27), 9);
        assert!((slide.height(27) - 2.24 * (28.0 + 22.0 * 9.0 + 8.0)).abs() < 1e-9);
        // A last column may be short; a column count of 0 from CSS is one column.
        assert_eq!(slide.per_column(28), 10);
        assert_eq!(Frame { columns: 0, ..page }.per_column(27), 27);
    }

    #[test]
    fn the_island_reads_its_start_from_the_shell_s_pairs() {
        let start = EnergyStart {
            metric: Metric::Time,
            scale: Scale::Log,
            more_evidence: true,
            query: Some("hl=Go".into()),
        };
        let read = EnergyStart::read::<&str, &str>;
        assert_eq!(
            read(&[
                ("metric", "time"),
                ("scale", "log"),
                ("more", "true"),
                ("query", "hl=Go")
            ]),
            Ok(start)
        );
        assert_eq!(read(&[]), Ok(EnergyStart::default()));
        for tampered in [("metric", "colour"), ("scale", "cubic"), ("more", "maybe")] {
            assert!(read(&[tampered]).is_err(), "{tampered:?}");
        }
    }
}
