//! The sources page, `sources.html`: every figure and claim the widgets show, grouped by
//! widget, with its source, a link, when it was read and its caveats.
//!
//! It is drawn from the very constants and tables the widgets draw from (`evidence::sources`,
//! `decision`'s cells and profiles, `ownership::CODES`), so the page and the widgets cannot
//! disagree. It is a static page: the build renders it with Yew's server-side rendering
//! into the site's own `<head>` (its styles and Content-Security-Policy), with no script.

use evidence::sources::{Source, ENERGY_SOURCES};
use ui::components::cited;
use why_rust::route::Widget;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// When the calculator's and the ownership checker's sources were read (ISO dates).
const CALCULATOR_READ: &str = "2026-11-21";
const OWNERSHIP_READ: &str = "2026-11-21";

/// A source as the page lists it: its citation, what the site takes from it, when it was
/// read, its link and its caveats.
fn source(s: &Source) -> Html {
    html! {
        <article class="source-entry">
            <h3>{ s.cites }</h3>
            <p>{ format!("What the site takes from it: {}", s.supports) }</p>
            <p class="hint">
                { format!("Read {}. ", s.read) }
                if let Some(url) = s.url {
                    <a href={url} rel="noopener">{ url }</a>
                } else {
                    { "Given to this project as text; no address. " }
                    <a href="#articles">{ "The articles" }</a>
                }
            </p>
            if !s.caveats.is_empty() {
                <ul class="caveats">{ for s.caveats.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
            }
        </article>
    }
}

fn calculator() -> Html {
    html! {
        <>
            <p>{ "The widget's Rust starts from the Calculator of an untitled essay given to this project as text, with no author or date (a developer of Python security tooling on discovering Rust): a struct with new, add and get_value. The site adds subtract, multiply, divide and reset, and checks the arithmetic: an overflow or a division by zero is refused with a message." }</p>
            <p>{ "JavaScript calls it through the bindings wasm-bindgen generates" }{ cited("wasm-bindgen guide", Some("https://rustwasm.github.io/docs/wasm-bindgen/")) }{ "." }</p>
            <p class="hint">{ format!("Read {CALCULATOR_READ}.") }</p>
        </>
    }
}

fn ownership() -> Html {
    html! {
        <>
            <p>{ "The checker is this project's own, tested against rustc: on the programs it understands, it reports the error codes rustc gives. Each code links to rustc's own explanation:" }</p>
            <ul class="codes">
                { for ownership::CODES.iter().map(|code| html! {
                    <li><a href={format!("https://doc.rust-lang.org/error_codes/{code}.html")} rel="noopener">{ *code }</a></li>
                }) }
            </ul>
            <ul class="caveats">
                <li>{ "It covers a subset of Rust: a program outside it gets a message saying so, not a verdict." }</li>
                <li>{ "Its tests run every program of its corpus through the real rustc and require the same codes. On 131 learner programs not written for it, it must answer at least 90% (the rest get the message above) and agree with rustc on at least 97% of those it answers, with no false alarm: where it errs, it misses an error rather than invents one." }</li>
                <li>{ "Rust's guarantees hold for code outside unsafe blocks; what C libraries called through FFI do is theirs to get right." }{ cited("The Rust Programming Language, “Unsafe Rust”", Some("https://doc.rust-lang.org/book/ch20-01-unsafe-rust.html")) }</li>
            </ul>
            <p class="hint">{ format!("Read {OWNERSHIP_READ}.") }</p>
        </>
    }
}

fn energy() -> Html {
    html! { <>{ for ENERGY_SOURCES.iter().map(|s| source(s)) }</> }
}

fn decision() -> Html {
    let options = decision::options();
    let criteria = decision::criteria().iter().enumerate().map(|(k, c)| {
        html! {
            <section class="criterion" aria-labelledby={format!("c-{}", c.id)}>
                <h3 id={format!("c-{}", c.id)}>{ c.name }</h3>
                <p class="hint">{ c.question }</p>
                <p>{ format!("How it is scored: {}", c.scale) }</p>
                <table class="cells">
                    <thead><tr><th scope="col">{ "Option" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Why, and where from" }</th></tr></thead>
                    <tbody>
                        { for options.iter().enumerate().filter_map(|(o, option)| {
                            let cell = decision::cell(o, k)?;
                            Some(html! {
                                <tr>
                                    <th scope="row">{ option.name }</th>
                                    <td>{ format!("{}/5", cell.score) }</td>
                                    <td>{ cell.reason }{ cited(cell.source, cell.link()) }</td>
                                </tr>
                            })
                        }) }
                    </tbody>
                </table>
            </section>
        }
    });
    let profiles = decision::profiles()
        .iter()
        .filter(|p| !p.caveats.is_empty())
        .map(|p| {
            html! {
                <li><strong>{ p.name }</strong>
                    <ul>{ for p.caveats.iter().map(|c| html! { <li>{ c.text }{ cited(c.source, c.url) }</li> }) }</ul>
                </li>
            }
        });
    html! {
        <>
            <p>{ format!("Every score of the matrix, with its reason and source, as of {}. Where a score is a judgement, its source says so. The same data: ", decision::SOURCES_AS_OF) }
                <a href="decision.toml">{ "decision.toml" }</a>{ ", " }<a href="decision-matrix.csv">{ "decision-matrix.csv" }</a>{ "." }</p>
            <p>{ "Which projects " }<a href="#articles">{ "the articles" }</a>{ " list as good or poor fits for Rust comes from “Why We're Betting on Rust: Safety, Speed, and Sanity” (Prism Labs Team, 2026-01-01), its “When to Use Rust” section, and “Why Rust.” (no author or date given), its “What Rust is good at” and “What Rust isn't great at” lists. Each profile's priorities are this site's own reading, stated on the page." }</p>
            { for criteria }
            <h3>{ "What a verdict depends on beyond the criteria" }</h3>
            <ul class="caveats">{ for profiles }</ul>
        </>
    }
}

/// The articles the matrix cites by title: they have no address, so its citations link here.
fn articles() -> Html {
    html! {
        <section id="articles" class="widget-sources" aria-labelledby="articles-sources">
            <h2 id="articles-sources">{ "The articles this site grew from" }</h2>
            <p>{ "They reached this project as text, with no address; a citation above that names one of them links here. The calculator's Rust comes from one more text, an untitled essay, described under the calculator." }</p>
            { for decision::articles().iter().map(|a| html! {
                <article class="source-entry">
                    <h3>{ format!("“{}”", a.title) }</h3>
                    <p class="hint">{ match (a.by, a.date) {
                        (Some(by), Some(date)) => format!("{by}, {date}."),
                        (Some(by), None) => format!("{by}; no date given."),
                        (None, Some(date)) => format!("No author given; {date}."),
                        (None, None) => "No author or date given.".to_string(),
                    } }</p>
                    <p>{ format!("What the site takes from it: {}", a.about) }</p>
                </article>
            }) }
        </section>
    }
}

/// The page's body: the site's header links, then one section per widget, in registry order,
/// then the articles.
#[component]
fn SourcesPage() -> Html {
    let sections = Widget::all().map(|w| {
        let body = match w.slug() {
            "calculator" => calculator(),
            "ownership" => ownership(),
            "energy" => energy(),
            "decision" => decision(),
            _ => html! { <p>{ "Its sources are cited beside it on its page." }</p> },
        };
        html! {
            <section id={w.slug()} class="widget-sources" aria-labelledby={format!("{}-sources", w.slug())}>
                <h2 id={format!("{}-sources", w.slug())}>{ w.title() }</h2>
                <p><a href={format!("./#/{}", w.slug())}>{ "Open the widget" }</a></p>
                { body }
            </section>
        }
    });
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <a class="brand" href="./#/">{ "Why Rust" }</a>
                <nav aria-label="Widgets"><ul>
                    { for Widget::all().map(|w| html! { <li><a href={format!("#{}", w.slug())}>{ w.entry().nav_label }</a></li> }) }
                    <li><a href="#articles">{ "Articles" }</a></li>
                </ul></nav>
            </header>
            <main id="main" class="sources-page">
                <h1>{ "Sources" }</h1>
                <p class="lede">{ "Every figure and claim the widgets show, grouped by widget: where it comes from, a link, when it was read, and what to keep in mind before quoting it. The build writes this page from the same data the widgets draw, so its figures and scores are the widgets' own." }</p>
                { for sections }
                { articles() }
            </main>
            <footer class="site-footer"><p><a href="./#/">{ "Back to Why Rust" }</a></p></footer>
        </>
    }
}

/// `sources.html`: the site's `index.html` head (its styles and policy) with the sources
/// page as its body and no script. Errors: `index` has no `</head>`.
pub async fn page(index: &str) -> Result<String, String> {
    let head_end = index.find("</head>").ok_or("index.html has no </head>")? + "</head>".len();
    let head = &index[..head_end];
    let head = match (head.find("<title>"), head.find("</title>")) {
        (Some(a), Some(b)) if a < b => {
            format!("{}<title>Sources · Why Rust{}", &head[..a], &head[b..])
        }
        _ => head.to_string(),
    };
    let body = LocalServerRenderer::<SourcesPage>::new()
        .hydratable(false)
        .render()
        .await;
    Ok(format!("{head}\n<body>\n{body}\n</body>\n</html>\n"))
}
