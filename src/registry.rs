//! The widget registry: the one table that names every widget, and everything the site says
//! and does with it. The routes (`crate::route`), the navigation, the home page's sections,
//! the widget pages, the embeds, the presenter's slides and the build's pre-render read it
//! here; the build's scripts and the tests read it as `dist/widgets.json`
//! ([`registry_json`]): the island modules to build, the stylesheets to join
//! (`styles/<slug>.css`), the place each island keeps while it loads.
//!
//! Adding a widget is: write its crate (a `crates/<slug>-view` island with its `mount_<slug>`
//! export, its `SLUG` and its `preview`, as the three there do), its stylesheet, and its
//! entry here; then link its preview in `crates/prerender` (a test there fails until it is).

use yew::prelude::*;

use crate::widgets::calculator::CalculatorWidget;

/// One widget, as the registry names it.
#[derive(Debug)]
pub struct Entry {
    /// Its name in URLs (`#/ownership`, `#/embed/ownership`), in its element's id and class
    /// (`ownership-title`, `.ownership-widget`), in its stylesheet (`styles/ownership.css`)
    /// and in the embed snippet.
    pub slug: &'static str,
    /// The heading shown above it.
    pub title: &'static str,
    /// Its short name in the navigation.
    pub nav_label: &'static str,
    /// What it shows, in a few paragraphs, above it on the home page and its own page.
    pub intro: fn() -> Html,
    /// The height (CSS px) the embed snippet gives its iframe: about the widget's embed page
    /// at a 640 px wide frame once live, so that the frame hardly moves when `embed.js` fits
    /// it to the widget (or keeps it, on a host page without the helper).
    pub embed_height: u32,
    /// What draws it.
    pub view: View,
    /// Its slides in the presenter's deck, in order, after the deck's title slide.
    pub slides: &'static [Slide],
    /// Where what it shows comes from, in a few words, for the line under each of its slides
    /// (which links to its section of the sources page, `sources.html#<slug>`).
    pub source: &'static str,
}

/// What draws a widget.
#[derive(Debug)]
pub enum View {
    /// The shell itself, in the first load (the calculator: a few kilobytes), drawn at a
    /// start: `[]`, or `[("query", <a query of its page>)]` on a slide of a presenter's deck.
    Shell(fn(&[(String, String)]) -> Html),
    /// A wasm module of its own (see `ui::island`).
    Island(IslandEntry),
}

/// A widget's start: `(key, value)` pairs its island reads into its own start type
/// (`ownership_view::OwnershipStart`: `[("preset", "Move into a function"), ("step", "4")]`).
/// A key left out keeps the island's default. Every widget also takes `query`: a query of its
/// own page, opened as that page would (what a slide of a presenter's own deck keeps).
pub type Start = &'static [(&'static str, &'static str)];

/// `start` as the pairs an island is mounted with (`ui::island::Pairs`).
pub fn pairs(start: Start) -> ui::island::Pairs {
    start
        .iter()
        .map(|&(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A widget that is an island (see `ui::island`).
#[derive(Debug)]
pub struct IslandEntry {
    /// Its crate, `crates/<dir>`, built into `dist/<dir>/`: the module `<dir>/<dir with _>.js`
    /// with the export `mount_<slug>`.
    pub dir: &'static str,
    /// What its placeholder says while the module loads ("Loading the energy chart…").
    pub label: &'static str,
    /// The height (rem) its place keeps while the module loads, about its first screen, so
    /// that the page below does not jump when it arrives: the build writes one CSS rule per
    /// island from it (`scripts/dist.mjs`).
    pub reserve_rem: u32,
    /// Its start on the home page and in an embed.
    pub start: Start,
    /// Its start on its own page (where a state in the URL wins over either).
    pub page_start: Start,
}

/// One slide of the presenter's default deck: a heading, a line for the speaker, and the
/// widget at a start.
#[derive(Debug)]
pub struct Slide {
    pub title: &'static str,
    /// Shown under the heading; `code` in backticks is set as code.
    pub note: &'static str,
    /// The widget's start on this slide (ignored for a widget the shell draws).
    pub start: Start,
}

/// Every widget, in page order.
pub const REGISTRY: [Entry; 4] = [
    Entry {
        slug: "calculator",
        title: "Rust, called from JavaScript",
        nav_label: "Calculator",
        intro: || {
            html! {
                <>
                    <p>{ "This is a small Rust struct compiled to WebAssembly. The page calls it the same way any JavaScript would: " }
                        <code>{ "new Calculator()" }</code>{ ", then " }<code>{ "calc.add(5)" }</code>{ " and friends. Every key you press becomes one of those calls, logged as it happens." }</p>
                    <p>{ "Unlike a JavaScript number, the value is a 32-bit integer, and the arithmetic is checked: an overflow or a division by zero does not wrap around silently, it throws an " }
                        <code>{ "Error" }</code>{ " and the value stays where it was." }</p>
                </>
            }
        },
        embed_height: 1270,
        view: View::Shell(|start| {
            let query = start
                .iter()
                .find(|(k, _)| k == "query")
                .map(|(_, v)| AttrValue::from(v.clone()));
            html! { <CalculatorWidget {query} /> }
        }),
        source: "An untitled essay given to this project (its Calculator, extended), compiled with wasm-bindgen",
        slides: &[Slide {
            title: "Rust, called from JavaScript",
            note:
                "Every key press is a call into WebAssembly. Overflow throws instead of wrapping.",
            start: &[],
        }],
    },
    Entry {
        slug: "ownership",
        title: "Ownership, step by step",
        nav_label: "Ownership",
        intro: || {
            html! {
                <>
                    <p>{ "Every value in Rust has exactly one owner (Rc and Arc make a shared one explicit). You can lend it out to many readers or to one writer, never both at once, and it is freed when its owner goes out of scope. The compiler checks all of this before the program runs." }</p>
                    <p>{ "Type a little Rust into its editor. The checker runs in your browser on every keystroke, with no compiler server; on the programs it understands it reports the error codes rustc gives, and it says so when a program is beyond it. Step through the program to watch owners, moves and borrows." }</p>
                </>
            }
        },
        embed_height: 2010,
        view: View::Island(IslandEntry {
            dir: "ownership-view",
            label: "the ownership visualizer",
            reserve_rem: 32,
            start: &[],
            page_start: &[],
        }),
        source: "rustc's own error codes, checked in your browser by this site's checker",
        slides: &[
            Slide {
                title: "One owner: a move",
                note: "After the call, `message` is moved: using it again is error E0382.",
                start: &[("preset", "Move into a function"), ("step", "4")],
            },
            Slide {
                title: "Many readers or one writer",
                note: "Two mutable borrows at once do not compile: E0499.",
                start: &[("preset", "Two mutable borrows at once"), ("step", "3")],
            },
        ],
    },
    Entry {
        slug: "energy",
        title: "Energy, time and memory of 27 languages",
        nav_label: "Energy",
        intro: || {
            html! {
                <>
                    <p>{ ENERGY_INTRO }{ " (" }<a href={PAPER_URL}>{ "Pereira et al., Science of Computer Programming 205, 2021" }</a>{ ")." }</p>
                    <p>{ ENERGY_READING }</p>
                </>
            }
        },
        embed_height: 1660,
        view: View::Island(IslandEntry {
            dir: "energy-view",
            label: "the energy chart",
            reserve_rem: 48,
            start: &[],
            page_start: &[("more", "true")],
        }),
        source: "Pereira et al., Science of Computer Programming 205 (2021), Table 4",
        slides: &[Slide {
            title: "Energy of 27 languages",
            note: "Log scale: equal steps are equal ratios. Read the caveats before quoting.",
            start: &[("metric", "energy"), ("scale", "log")],
        }],
    },
    Entry {
        slug: "decision",
        title: "When to use Rust (and when not)",
        nav_label: "When to use it",
        intro: || {
            html! {
                <>
                    <p>{ "Rust is the right tool for many jobs and the wrong tool for some. Pick the kind of project you have in mind, or move the weights yourself, and the matrix ranks seven options on the criteria that matter for it, or answer a few questions instead." }</p>
                    <p>{ "When another language fits better, it says so." }</p>
                </>
            }
        },
        embed_height: 3220,
        view: View::Island(IslandEntry {
            dir: "decision-view",
            label: "the decision matrix",
            reserve_rem: 32,
            start: &[],
            page_start: &[],
        }),
        source: "The matrix's scores, each with its own source, and each profile's stated priorities",
        slides: &[
            Slide {
                title: "When Rust fits",
                note: "A database engine: what matters to it, in words; Rust first, and the criteria that decided it.",
                start: &[("profile", "database")],
            },
            Slide {
                title: "Good fit, it depends, or probably not",
                note: "Every profile, computed from the same matrix and each profile's stated priorities.",
                start: &[("tab", "slides")],
            },
        ],
    },
];

/// The energy page's first paragraph (the figures are Table 4's, checked by a test).
const ENERGY_INTRO: &str = "In 2017, researchers measured 27 languages on one machine, each running its own implementations of the same ten benchmark problems, and recorded the energy each used, how long it ran and how much memory it took. The figures are relative: C is 1.00 for energy and time, Pascal is 1.00 for memory";

/// How to read the chart, in Table 4's own numbers (checked by a test).
const ENERGY_READING: &str = "Rust sits next to C, at 1.03 times its energy. The order is not simply compiled against interpreted: Java, on a virtual machine, is 5th, ahead of seven compiled languages. Read the caveats beside the chart before quoting a number.";

/// The paper behind Table 4.
const PAPER_URL: &str = "https://doi.org/10.1016/j.scico.2021.102609";

/// The registry as JSON, for the build's scripts and the tests (`dist/widgets.json`):
/// `[{"slug": "ownership", "title": "…", "nav_label": "…", "embed_height": 2010, "slides": 2,
/// "island": {"dir": "…", "label": "…", "reserve_rem": 32}}, …]` (`slides`: how many slides
/// of the presenter's deck it has), `"island": null` for a widget the shell draws.
pub fn registry_json() -> String {
    let text = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let entries: Vec<String> = REGISTRY
        .iter()
        .map(|e| {
            let island = match &e.view {
                View::Shell(_) => "null".to_string(),
                View::Island(i) => format!(
                    "{{\"dir\": {}, \"label\": {}, \"reserve_rem\": {}}}",
                    text(i.dir),
                    text(i.label),
                    i.reserve_rem
                ),
            };
            format!(
                "  {{\"slug\": {}, \"title\": {}, \"nav_label\": {}, \"embed_height\": {}, \"slides\": {}, \"island\": {island}}}",
                text(e.slug),
                text(e.title),
                text(e.nav_label),
                e.embed_height,
                e.slides.len()
            )
        })
        .collect();
    format!("[\n{}\n]\n", entries.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use evidence::ExecutionType;

    #[test]
    fn every_count_of_languages_in_the_prose_is_table_4s() {
        // The shell does not carry Table 4, so its prose types the count; this holds every
        // "N languages" of the shell's pages, slides and intros to the table.
        let rows = evidence::energy_table().unwrap().len();
        let prose = [
            include_str!("registry.rs"),
            include_str!("app.rs"),
            include_str!("deck.rs"),
        ];
        let mut counts = 0;
        for text in prose {
            for (at, _) in text.match_indices(" languages") {
                let digits: String = text[..at]
                    .chars()
                    .rev()
                    .take_while(char::is_ascii_digit)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                if let Ok(n) = digits.parse::<usize>() {
                    assert_eq!(n, rows, "“{n} languages” where Table 4 has {rows}");
                    counts += 1;
                }
            }
        }
        assert!(counts >= 4, "found {counts} counts");
    }

    #[test]
    fn slugs_are_unique_and_leave_the_fixed_pages_alone() {
        for (i, e) in REGISTRY.iter().enumerate() {
            assert!(
                e.slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                e.slug
            );
            assert!(!["present", "embed", "404"].contains(&e.slug));
            assert!(REGISTRY[..i].iter().all(|o| o.slug != e.slug), "{}", e.slug);
            if let View::Island(island) = &e.view {
                assert_eq!(island.dir, format!("{}-view", e.slug));
            }
        }
    }

    #[test]
    fn the_json_lists_every_widget_in_order() {
        let json = registry_json();
        let at: Vec<usize> = REGISTRY
            .iter()
            .map(|e| json.find(&format!("\"slug\": \"{}\"", e.slug)).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{json}");
        let islands = REGISTRY
            .iter()
            .filter(|e| matches!(e.view, View::Island(_)))
            .count();
        assert_eq!(json.matches("\"island\": {").count(), islands);
        assert_eq!(
            json.matches("\"island\": null").count(),
            REGISTRY.len() - islands
        );
    }

    /// The energy page's prose says what Table 4 says.
    #[test]
    fn the_energy_prose_says_what_table_4_says() {
        let mut rows = evidence::energy_table().unwrap();
        assert!(ENERGY_INTRO.contains(&format!("{} languages", rows.len())));
        rows.sort_by(|a, b| a.energy.total_cmp(&b.energy));
        let rust = rows.iter().find(|r| r.language == "Rust").unwrap();
        assert!(ENERGY_READING.contains(&format!("at {:.2} times its energy", rust.energy)));
        let java = rows.iter().position(|r| r.language == "Java").unwrap();
        assert!(ENERGY_READING.contains(&format!("Java, on a virtual machine, is {}th", java + 1)));
        let compiled_after = rows
            .iter()
            .skip(java + 1)
            .filter(|r| r.execution_type == ExecutionType::Compiled)
            .count();
        assert_eq!(compiled_after, 7);
        assert!(ENERGY_READING.contains("ahead of seven compiled languages"));
    }
}
