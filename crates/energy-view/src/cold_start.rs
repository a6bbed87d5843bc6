//! AWS Lambda cold start by runtime, grouped by language family, with its source and date.

use evidence::lambda::{
    cold_starts, cold_starts_by_family, Family, LAMBDA_SOURCE, LAMBDA_SOURCE_URL,
};
use yew::prelude::*;

use ui::components::{DataTable, HBar, HBarChart};

fn family_class(f: Family) -> &'static str {
    match f {
        Family::Rust | Family::Cpp | Family::Go | Family::Swift => "compiled",
        Family::Java | Family::DotNet => "vm",
        Family::Python | Family::JavaScript | Family::Ruby | Family::Shell => "interpreted",
    }
}

/// The cold-start chart and its table.
#[component]
pub fn ColdStartChart() -> Html {
    let (groups, rows) = match (cold_starts_by_family(), cold_starts()) {
        (Ok(g), Ok(r)) => (g, r),
        (Err(e), _) | (_, Err(e)) => {
            return html! { <p class="notice error" role="alert">{ format!("The cold-start data could not be read: {e}") }</p> }
        }
    };
    let bars: Vec<HBar> = groups
        .iter()
        .flat_map(|(family, runs)| {
            runs.iter().map(move |r| HBar {
                label: r.runtime.clone(),
                value: r.init_ms,
                value_text: format!("{:.0} ms", r.init_ms),
                class: family_class(*family),
                group: Some(family.label().to_string()),
                description: format!(
                    "{}: {:.1} ms cold start (mean of {})",
                    r.runtime, r.init_ms, r.runs
                ),
            })
        })
        .collect();
    html! {
        <section class="widget evidence-chart cold-start" aria-labelledby="cold-start-heading">
            <h3 id="cold-start-heading">{ "Cold start on AWS Lambda, by runtime" }</h3>
            <p>{ "How long a hello-world function takes to start when no warm instance is waiting. Compiled runtimes with no virtual machine to boot start fastest; in this data Python starts faster than Node.js." }</p>
            <HBarChart id="cold-start-chart" title="AWS Lambda cold start (mean Init Duration, ms) by runtime, grouped by language family"
                desc="Horizontal bars, shorter is faster; each bar can be focused to read its value." bars={bars} label_width={190.0} />
            <p class="source">{ "Source: " }<a href={LAMBDA_SOURCE_URL}>{ "lambda-perf" }</a>{ format!(" — {LAMBDA_SOURCE}") }</p>
            <DataTable csv="lambda-cold-start" label="Cold starts as a table"
                headers={vec!["runtime", "architecture", "package", "memory_mb", "init_mean_ms", "init_runs", "max_memory_used_mb"]}
                rows={rows.iter().map(|r| vec![r.runtime.clone(), r.architecture.clone(), r.package.clone(), r.configured_mb.to_string(),
                    r.init_ms.to_string(), r.runs.to_string(), r.memory_mb.to_string()]).collect::<Vec<_>>()} />
        </section>
    }
}
