//! The agent-framework benchmark: wall time, CPU seconds and peak memory side by side.

use evidence::agents::{
    agent_runs, summary, AgentMeasure, AgentSummary, AGENTS_CAVEATS, AGENTS_SOURCE,
};
use yew::prelude::*;

use ui::components::{DataTable, HBar, HBarChart};

/// The sentence over the panels, with the table's own ranges.
pub fn summary_text(s: AgentSummary) -> String {
    format!(
        "Four frameworks ran the same tool-using agent loop against simulated LLM calls with a \
         fixed delay. The waiting is mostly the model's: the Python frameworks' median wall time \
         is {:.0}–{:.0}% longer than the Rust ones'. The larger difference is the work done while \
         waiting: {:.1}× to {:.1}× the CPU time and {:.1}× to {:.1}× the peak memory.",
        s.wait_longer_pct.0,
        s.wait_longer_pct.1,
        s.cpu_ratio.0,
        s.cpu_ratio.1,
        s.memory_ratio.0,
        s.memory_ratio.1
    )
}

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
                // The table's "ours" is its authors' own framework, which the article does not
                // name: the chart says whose it is rather than repeat their word.
                let name = match r.framework.as_str() {
                    "ours" => "the authors' own",
                    other => other,
                };
                let text = match m {
                    AgentMeasure::WallTime => format!("{v:.0} ms"),
                    AgentMeasure::Cpu => format!("{v:.2} s"),
                    AgentMeasure::Memory => format!("{v:.0} MiB"),
                };
                HBar {
                    label: format!("{name} ({})", r.language),
                    value: v,
                    description: format!("{name} ({}): {}", r.language, text),
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
                <HBarChart {id} title={format!("Agent loop: {}", m.label())} desc="One bar per framework; shorter is better." {bars} />
            </figure>
        }
    };
    html! {
        <section class="widget evidence-chart agents" aria-labelledby="agents-heading">
            <h3 id="agents-heading">{ "Same wait, different bill: an agent loop in Rust and Python" }</h3>
            <p>{ summary(&runs).map(summary_text).unwrap_or_default() }</p>
            <p class="caveat">{ AGENTS_CAVEATS }</p>
            <div class="panels">
                { for AgentMeasure::ALL.into_iter().map(panel) }
            </div>
            // The article has no address: the sources page says what it is.
            <p class="source">{ format!("Source: {AGENTS_SOURCE} ") }<a href="sources.html#articles">{ "About the article" }</a></p>
            <DataTable csv="agent-framework-benchmark" label="Agent benchmark as a table"
                headers={vec!["framework", "language", "median_ms", "p95_ms", "cpu_s", "peak_rss_mib"]}
                rows={runs.iter().map(|r| vec![r.framework.clone(), r.language.clone(), r.median_ms.to_string(),
                    r.p95_ms.to_string(), r.cpu_s.to_string(), r.peak_rss_mib.to_string()]).collect::<Vec<_>>()} />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::summary_text;
    use evidence::agents::{agent_runs, summary};

    /// The sentence quotes the table's ranges, not the article's rounded "25–30×".
    #[test]
    fn the_sentence_says_what_the_table_says() {
        let text = summary_text(summary(&agent_runs().unwrap()).unwrap());
        assert!(text.contains("20–23% longer"), "{text}");
        assert!(text.contains("24.6× to 32.8× the CPU time"), "{text}");
        assert!(text.contains("4.5× to 7.2× the peak memory"), "{text}");
    }
}
