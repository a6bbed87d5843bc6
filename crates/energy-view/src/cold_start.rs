//! AWS Lambda cold start by runtime, grouped by language family, with its source and date.

use evidence::lambda::{
    cold_starts, cold_starts_by_family, Family, LAMBDA_READING as READING, LAMBDA_SOURCE,
    LAMBDA_SOURCE_URL,
};
use yew::prelude::*;

use ui::components::{DataTable, HBar, HBarChart};

/// How a runtime runs its code, as the bar's colour says: Java and .NET on a `provided`
/// runtime are native binaries (Native AOT, GraalVM native image, Quarkus native), not a VM.
fn runtime_class(f: Family, runtime: &str) -> &'static str {
    match f {
        Family::Rust | Family::Cpp | Family::Go | Family::Swift => "compiled",
        Family::Java | Family::DotNet if runtime.contains("(prov.") => "compiled",
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
                class: runtime_class(*family, &r.runtime),
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
            <p>{ READING }</p>
            <HBarChart id="cold-start-chart" title="AWS Lambda cold start (mean Init Duration, ms) by runtime, grouped by language family"
                desc="Horizontal bars, shorter is faster." bars={bars} />
            <p class="source">{ "Source: " }<a href={LAMBDA_SOURCE_URL}>{ "lambda-perf" }</a>{ format!(" — {LAMBDA_SOURCE}") }</p>
            <DataTable csv="lambda-cold-start" label="Cold starts as a table"
                headers={vec!["runtime", "architecture", "package", "memory_mb", "init_mean_ms", "init_runs", "max_memory_used_mb"]}
                rows={rows.iter().map(|r| vec![r.runtime.clone(), r.architecture.clone(), r.package.clone(), r.configured_mb.to_string(),
                    r.init_ms.to_string(), r.runs.to_string(), r.memory_mb.to_string()]).collect::<Vec<_>>()} />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{runtime_class, READING};
    use evidence::lambda::{cold_starts, Family};

    /// Each figure in the prose is the data's (fastest of a family, range of Python).
    #[test]
    fn the_prose_says_what_the_data_says() {
        let rows = cold_starts().unwrap();
        let of = |f: Family| {
            rows.iter()
                .filter(move |r| r.family == f)
                .map(|r| r.init_ms)
        };
        let lo = |f: Family| of(f).fold(f64::INFINITY, f64::min);
        let hi = |f: Family| of(f).fold(0.0, f64::max);
        let text = |f: Family, s: &str| format!("{s}{:.0} ms", lo(f));
        assert!(
            READING.contains(&text(Family::Swift, "about ")),
            "{}",
            lo(Family::Swift)
        );
        assert!(lo(Family::Swift) > hi(Family::Python));
        let python = format!("({:.0}–{:.0} ms)", lo(Family::Python), hi(Family::Python));
        assert!(READING.contains(&python), "{python}");
        assert!(
            READING.contains(&text(Family::Shell, "(")) && READING.contains(&text(Family::Go, "("))
        );
        assert!(lo(Family::Shell) < lo(Family::Go));
    }

    /// Natively compiled Java and .NET runtimes are drawn as compiled, the JVM and CLR as VMs.
    #[test]
    fn native_java_and_dotnet_are_not_vms() {
        assert_eq!(
            runtime_class(Family::DotNet, "dotnet8 aot (prov.al2023)"),
            "compiled"
        );
        assert_eq!(
            runtime_class(Family::Java, "graalvm java21 (prov.al2023)"),
            "compiled"
        );
        assert_eq!(runtime_class(Family::Java, "java21"), "vm");
        assert_eq!(
            runtime_class(Family::Shell, "shell (prov.al2023)"),
            "interpreted"
        );
    }
}
