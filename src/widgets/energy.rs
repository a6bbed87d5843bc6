//! The energy comparison: an SVG bar chart of Table 4 drawn by the app, with a table view,
//! the source and the caveats beside it. The numbers and the axis arithmetic live in
//! `crates/evidence`; this module only lays them out.

use evidence::{
    energy_table, format_ratio, sorted, Axis, ExecutionType, LanguageResult, Metric, Scale,
    SortOrder, ENERGY_SOURCE, ENERGY_SOURCE_URL,
};
use yew::prelude::*;

/// Chart geometry in SVG user units (the SVG scales to its container's width).
const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 96.0;
const VALUE_GUTTER: f64 = 52.0;
const ROW: f64 = 22.0;
const BAR: f64 = 15.0;
const TOP: f64 = 28.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Chart,
    Table,
}

/// Languages drawn with an outline and a bold label so they are easy to spot.
fn is_highlighted(language: &str) -> bool {
    matches!(language, "C" | "Rust")
}

/// Properties of [`EnergyWidget`]: what it shows first (for presenter slides).
#[derive(Properties, PartialEq, Default)]
pub struct EnergyProps {
    /// The metric shown first; energy by default.
    #[prop_or_default]
    pub metric: Metric,
    /// The scale shown first; linear by default.
    #[prop_or_default]
    pub scale: Scale,
}

/// The energy widget.
#[component]
pub fn EnergyWidget(props: &EnergyProps) -> Html {
    let rows = use_memo((), |_| energy_table());
    let metric = use_state(|| props.metric);
    let scale = use_state(|| props.scale);
    let order = use_state(SortOrder::default);
    let view = use_state(|| View::Chart);
    let active = use_state(|| None::<String>);

    let rows = match &*rows {
        Ok(rows) => rows,
        Err(e) => {
            return html! {
                <div class="widget energy-widget"><p class="notice error" role="alert">{ format!("The energy table could not be read: {e}") }</p></div>
            }
        }
    };

    let radio = |name: &'static str, label: &'static str, checked: bool, on: Callback<()>| {
        html! {
            <label class="segment">
                <input type="radio" {name} {checked} onchange={Callback::from(move |_| on.emit(()))} />
                <span>{ label }</span>
            </label>
        }
    };
    fn set<T: Clone + 'static>(handle: &UseStateHandle<T>, v: T) -> Callback<()> {
        let handle = handle.clone();
        Callback::from(move |_| handle.set(v.clone()))
    }

    let controls = html! {
        <div class="chart-controls">
            <fieldset>
                <legend>{ "Measure" }</legend>
                { for Metric::ALL.into_iter().map(|m| radio("energy-metric", m.label(), *metric == m, set(&metric, m))) }
            </fieldset>
            <fieldset>
                <legend>{ "Scale" }</legend>
                { radio("energy-scale", "Linear", *scale == Scale::Linear, set(&scale, Scale::Linear)) }
                { radio("energy-scale", "Log", *scale == Scale::Log, set(&scale, Scale::Log)) }
            </fieldset>
            <fieldset>
                <legend>{ "Sort" }</legend>
                { radio("energy-sort", "By value", *order == SortOrder::Value, set(&order, SortOrder::Value)) }
                { radio("energy-sort", "By name", *order == SortOrder::Name, set(&order, SortOrder::Name)) }
            </fieldset>
            <fieldset>
                <legend>{ "Show" }</legend>
                { radio("energy-view", "Chart", *view == View::Chart, set(&view, View::Chart)) }
                { radio("energy-view", "Table", *view == View::Table, set(&view, View::Table)) }
            </fieldset>
        </div>
    };

    let ordered = sorted(rows, *metric, *order);
    let body = match *view {
        View::Chart => chart(&ordered, *metric, *scale, &active),
        View::Table => table(&ordered),
    };

    html! {
        <div class="widget energy-widget">
            { controls }
            <div class="energy-layout">
                <div class="chart-area">
                    { body }
                    <ul class="legend" aria-label="Execution types">
                        { for ExecutionType::ALL.into_iter().map(|t| html! {
                            <li><span class={classes!("swatch", t.slug())} aria-hidden="true"></span>{ t.label() }</li>
                        }) }
                        <li><span class="swatch highlight" aria-hidden="true"></span>{ "C and Rust: outlined, bold label" }</li>
                    </ul>
                </div>
                <aside class="sources" aria-label="Source and caveats">
                    <h3>{ "Source" }</h3>
                    <p>{ ENERGY_SOURCE }{ " Raw data: " }<a href={ENERGY_SOURCE_URL}>{ "Energy-Languages" }</a>{ ". The table as shown here: " }<a href="energy-table4.csv" download="energy-table4.csv">{ "energy-table4.csv" }</a>{ "." }</p>
                    <h3>{ "Caveats" }</h3>
                    <ul>
                        <li>{ "Measured in 2017 on a single Intel Haswell desktop (i5-4460) with RAPL, using that year's compilers and runtimes (rustc 1.16, Go 1.6, Node 7.9, Python 3.5)." }</li>
                        <li>{ "The programs are the Benchmarks Game's compute-heavy ones. A web service that mostly waits on a database behaves differently." }</li>
                        <li>{ "TypeScript's 21.50 against JavaScript's 4.45 comes mostly from one slow TypeScript fannkuch-redux program; both ran on the same Node." }</li>
                        <li>{ "Later work (van Kempen et al., 2024, “It's Not Easy Being Green”) finds that once the implementation and the number of cores used are controlled, energy tracks run time rather than the language." }</li>
                    </ul>
                </aside>
            </div>
        </div>
    }
}

fn chart(
    rows: &[&LanguageResult],
    metric: Metric,
    scale: Scale,
    active: &UseStateHandle<Option<String>>,
) -> Html {
    let axis = Axis::fit(scale, rows.iter().map(|r| metric.of(r)));
    let plot = WIDTH - LABEL_WIDTH - VALUE_GUTTER;
    let height = TOP + ROW * rows.len() as f64 + 8.0;
    let x = |v: f64| LABEL_WIDTH + axis.position(v) * plot;
    let title = format!(
        "{} of 27 languages, relative to {} = 1.00 ({} scale)",
        metric.label(),
        metric.baseline(),
        scale.slug()
    );

    let ticks = axis.ticks().into_iter().map(|t| {
        let tx = x(t);
        html! {
            <g class="tick">
                <line x1={tx.to_string()} x2={tx.to_string()} y1={(TOP - 6.0).to_string()} y2={(height - 8.0).to_string()} />
                <text x={tx.to_string()} y={(TOP - 10.0).to_string()} text-anchor="middle">{ tick_label(t) }</text>
            </g>
        }
    });

    let bars = rows.iter().enumerate().map(|(i, r)| {
        let v = metric.of(r);
        let y = TOP + ROW * i as f64;
        let w = (x(v) - LABEL_WIDTH).max(1.5);
        let highlighted = is_highlighted(&r.language);
        let description = format!(
            "{}: {} {}× {} ({})",
            r.language,
            metric.label().to_lowercase(),
            format_ratio(v),
            metric.baseline(),
            r.execution_type.label()
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
        let (show_mouse, show_focus) = (show.clone(), show);
        let (hide_mouse, hide_focus) = (hide.clone(), hide);
        html! {
            <g class={classes!("bar", r.execution_type.slug(), highlighted.then_some("highlight"))}
                tabindex="0" role="img" aria-label={description}
                data-language={r.language.clone()}
                onmouseenter={move |_: MouseEvent| show_mouse()} onfocus={move |_: FocusEvent| show_focus()}
                onmouseleave={move |_: MouseEvent| hide_mouse()} onblur={move |_: FocusEvent| hide_focus()}>
                <text class="bar-label" x={(LABEL_WIDTH - 6.0).to_string()} y={(y + BAR - 3.0).to_string()} text-anchor="end">{ &r.language }</text>
                <rect x={LABEL_WIDTH.to_string()} y={y.to_string()} width={w.to_string()} height={BAR.to_string()} rx="2" />
                <text class="bar-value" x={(LABEL_WIDTH + w + 4.0).to_string()} y={(y + BAR - 3.0).to_string()}>{ format_ratio(v) }</text>
            </g>
        }
    });

    let tooltip = active.as_ref().and_then(|name| {
        let i = rows.iter().position(|r| &r.language == name)?;
        let r = rows[i];
        let v = metric.of(r);
        let y = TOP + ROW * i as f64;
        let box_w = 210.0;
        let tx = (x(v) + 8.0).min(WIDTH - box_w - 2.0);
        let ty = if y + 56.0 > height { y - 50.0 } else { y + ROW };
        Some(html! {
            <g class="tooltip" aria-hidden="true" transform={format!("translate({tx:.1},{ty:.1})")}>
                <rect width={box_w.to_string()} height="46" rx="4" />
                <text x="8" y="18" class="tooltip-title">{ format!("{} · {}", r.language, r.execution_type.label()) }</text>
                <text x="8" y="36">{ format!("{}: {}× {}", metric.label(), format_ratio(v), metric.baseline()) }</text>
            </g>
        })
    });

    html! {
        <svg class="bar-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="group"
            aria-labelledby="energy-chart-title energy-chart-desc">
            <title id="energy-chart-title">{ &title }</title>
            <desc id="energy-chart-desc">{ "Horizontal bars, one per language; shorter is better. Each bar can be focused with Tab to read its value." }</desc>
            { for ticks }
            { for bars }
            { for tooltip }
        </svg>
    }
}

/// "0.1", "2.5", "100": at most two decimals, no trailing zeros.
fn tick_label(t: f64) -> String {
    let s = format!("{t:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn table(rows: &[&LanguageResult]) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Table 4 as a table">
            <table class="data-table energy-table">
                <caption>{ "Normalized energy and time (C = 1.00) and peak memory (Pascal = 1.00)" }</caption>
                <thead><tr>
                    <th scope="col">{ "Language" }</th>
                    <th scope="col">{ "Execution type" }</th>
                    <th scope="col">{ "Energy" }</th>
                    <th scope="col">{ "Time" }</th>
                    <th scope="col">{ "Memory" }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr class={classes!(is_highlighted(&r.language).then_some("highlight"))}>
                            <th scope="row">{ &r.language }</th>
                            <td>{ r.execution_type.label() }</td>
                            <td>{ format_ratio(r.energy) }</td>
                            <td>{ format_ratio(r.time) }</td>
                            <td>{ format_ratio(r.memory) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
