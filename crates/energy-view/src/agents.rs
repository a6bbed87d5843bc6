//! The agent-framework benchmark: wall time, CPU seconds and peak memory side by side.

use evidence::agents::{agent_runs, AgentMeasure, AGENTS_SOURCE};
use yew::prelude::*;

use ui::components::{DataTable, HBar, HBarChart};

/// The agent benchmark's three panels and its table.
#[component]
pub fn AgentChart() -> Html {
    let runs = match agent_runs() {
        Ok(r) => r,
        Err(e) => {
            return html! { <p class="notice error" role="alert">{ format!("The agent benchmark could not be read: {e}") }</p> }
        }
    };
    let panel = |m: AgentMeasure| {
        let bars: Vec<HBar> = runs
            .iter()
            .map(|r| {
                let v = m.of(r);
                let text = match m {
                    AgentMeasure::WallTime => format!("{v:.0} ms"),
                    AgentMeasure::Cpu => format!("{v:.2} s"),
                    AgentMeasure::Memory => format!("{v:.0} MiB"),
                };
                HBar {
                    label: format!("{} ({})", r.framework, r.language),
                    value: v,
                    description: format!("{} ({}): {}", r.framework, r.language, text),
                    value_text: text,
                    class: if r.language == "Rust" {
                        "compiled"
                    } else {
                        "interpreted"
                    },
                    group: None,
                }
            })
            .collect();
        let id = format!(
            "agents-{}",
            match m {
                AgentMeasure::WallTime => "wall",
                AgentMeasure::Cpu => "cpu",
                AgentMeasure::Memory => "memory",
            }
        );
        html! {
            <figure class="panel">
                <figcaption>{ m.label() }</figcaption>
                <HBarChart {id} title={format!("Agent loop: {}", m.label())} desc="One bar per framework; shorter is better." {bars} label_width={230.0} />
            </figure>
        }
    };
    html! {
        <section class="widget evidence-chart agents" aria-labelledby="agents-heading">
            <h3 id="agents-heading">{ "Same wait, different bill: an agent loop in Rust and Python" }</h3>
            <p>{ "Four frameworks ran the same tool-using agent loop against simulated LLM calls with a fixed delay. They all wait about as long, because the waiting is the model's; what differs is the work done while waiting: the Python frameworks burn 25–30 times the CPU time and hold 4–7 times the memory." }</p>
            <div class="panels">
                { for AgentMeasure::ALL.into_iter().map(panel) }
            </div>
            <p class="source">{ format!("Source: {AGENTS_SOURCE}") }</p>
            <DataTable csv="agent-framework-benchmark" label="Agent benchmark as a table"
                headers={vec!["framework", "language", "median_ms", "p95_ms", "cpu_s", "peak_rss_mib"]}
                rows={runs.iter().map(|r| vec![r.framework.clone(), r.language.clone(), r.median_ms.to_string(),
                    r.p95_ms.to_string(), r.cpu_s.to_string(), r.peak_rss_mib.to_string()]).collect::<Vec<_>>()} />
        </section>
    }
}
