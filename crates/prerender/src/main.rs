//! The build's pre-render (run by `scripts/dist.mjs`): renders the app natively, with Yew's
//! server-side rendering, at each page the build pre-renders, as hydratable markup, and writes
//! each into the built `index.html` (the home page and each widget's page) or `embed.html` (a
//! copy of it, the document the embed snippet loads: each embed) as a
//! `<template data-route="PATH">`, followed by the app's empty root element, in place of the
//! `<!--prerendered: …-->` marker of the source `index.html`. The boot script
//! (`assets/boot.js`) puts the template of the page the link asks for into that root before
//! the first paint; the app then hydrates it (`src/boot.rs`).
//!
//! No browser runs. Each view renders as the browser's first render would, before any effect
//! runs: off the browser `ui::window()` is `None` and `ui::island::Later` draws its children
//! at once. An embed's island is drawn too, by its own view crate, as an inert preview under
//! its loading line (`ui::island::Previews`), which the browser shows until the island has
//! drawn; the pages' islands are their loading lines only.
//!
//! ```text
//! cargo run -p prerender -- DIR
//! ```

use std::process::ExitCode;
use std::rc::Rc;

use ui::dom;
use ui::island::{Island, Previews};
use ui::route::Widget;
use why_rust::app::{App, AppProps};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Routable;

/// The start of the marker comment in the source `index.html` that the markup replaces.
const MARKER: &str = "<!--prerendered:";

#[derive(Properties, PartialEq)]
struct PreviewProps {
    island: Island,
}

/// An island drawn by its own view crate, in the snapshot context (a code block keeps its
/// first lines, a chart a fixed width).
#[component]
fn Preview(props: &PreviewProps) -> Html {
    let island = match &props.island {
        Island::Ownership(s) => ownership_view::preview(s.clone()),
        Island::Energy(s) => energy_view::preview(s.clone()),
        Island::Decision(s) => decision_view::preview(s.clone()),
    };
    html! {
        <ContextProvider<ui::Snapshot> context={ui::Snapshot}>{ island }</ContextProvider<ui::Snapshot>>
    }
}

/// Each embed's island drawn as HTML (not hydratable: the browser never hydrates it, the
/// island mounts beside it), as the app's embed pages start it.
async fn previews() -> Previews {
    let mut drawn: Vec<(Island, String)> = Vec::new();
    for widget in Widget::ALL {
        let Some(island) = why_rust::app::embed_island(widget) else {
            continue;
        };
        let html = LocalServerRenderer::<Preview>::with_props(PreviewProps {
            island: island.clone(),
        })
        .hydratable(false)
        .render()
        .await;
        drawn.push((island, html));
    }
    Previews(Rc::new(move |island: &Island| {
        drawn
            .iter()
            .find(|(i, _)| i == island)
            .map(|(_, html)| html.clone())
            .unwrap_or_default()
    }))
}

/// The app's hydratable markup at `path` (`/`, `/energy`, `/embed/energy`).
async fn render_route(path: &str, previews: Option<Previews>) -> String {
    let props = AppProps {
        history: AnyHistory::from(MemoryHistory::with_entries(vec![path.to_string()])),
        previews,
    };
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(true)
        .render()
        .await
}

/// `<template data-route="PATH">` around the markup of each route: PATH is the route's path
/// without its leading `/`.
async fn templates(paths: &[String], previews: Option<Previews>) -> String {
    let mut out = String::new();
    for path in paths {
        let markup = render_route(path, previews.clone()).await;
        out.push_str(&format!(
            "<template {}=\"{}\">{markup}</template>",
            dom::ROUTE_TEMPLATE,
            path.trim_start_matches('/')
        ));
    }
    out
}

/// The pages' templates (index.html) and the embeds' (embed.html).
async fn render() -> (String, String) {
    let pages: Vec<String> = std::iter::once("/".to_string())
        .chain(Widget::ALL.iter().map(|w| w.route().to_path()))
        .collect();
    let embeds: Vec<String> = Widget::ALL
        .iter()
        .map(|w| w.embed_route().to_path())
        .collect();
    let previews = previews().await;
    (
        templates(&pages, None).await,
        templates(&embeds, Some(previews)).await,
    )
}

/// `page` with its marker comment replaced by `templates` and the app's root element, empty.
/// Errors: the page has no marker, or the markup holds a script or a `style` attribute (the
/// page's Content-Security-Policy allows neither).
fn with_markup(page: &str, templates: &str) -> Result<String, String> {
    let start = page
        .find(MARKER)
        .ok_or("index.html has no <!--prerendered: …--> marker in its body")?;
    let end = start
        + page[start..]
            .find("-->")
            .ok_or("the <!--prerendered: …--> marker is not closed")?
        + "-->".len();
    if templates.contains("<script") || templates.contains(" style=\"") {
        return Err("the markup has an inline script or style attribute".into());
    }
    Ok(format!(
        "{}{templates}<div id=\"{}\"></div>{}",
        &page[..start],
        dom::APP_ROOT_ID,
        &page[end..]
    ))
}

fn run(dir: &std::path::Path) -> Result<(usize, usize), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("no runtime: {e}"))?;
    let (pages, embeds) = runtime.block_on(tokio::task::LocalSet::new().run_until(render()));
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    for (file, templates) in [("index.html", &pages), ("embed.html", &embeds)] {
        let path = dir.join(file);
        std::fs::write(&path, with_markup(&page, templates)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok((pages.len(), embeds.len()))
}

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    match run(std::path::Path::new(&dir)) {
        Ok((pages, embeds)) => {
            println!("prerender: {pages} characters of page markup into index.html, {embeds} into embed.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(path: &str, previews: Option<Previews>) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(tokio::task::LocalSet::new().run_until(render_route(path, previews)))
    }

    /// The page's scripts and the tests find an island's place, its state and its preview by
    /// the names of `ui::dom`: the markup the app draws uses those very names.
    #[test]
    fn the_markup_uses_the_dom_names_the_scripts_read() {
        let home = rendered("/", None);
        for dir in ["ownership-view", "energy-view", "decision-view"] {
            assert!(
                home.contains(&format!("{}=\"{dir}\"", dom::ISLAND)),
                "{dir}"
            );
        }
        let loading = format!("{}=\"{}\"", dom::ISLAND_STATE, dom::ISLAND_LOADING);
        assert_eq!(home.matches(&loading).count(), 3);
        assert!(
            !home.contains(dom::ISLAND_PREVIEW),
            "the pages draw no previews"
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let previews = runtime.block_on(tokio::task::LocalSet::new().run_until(super::previews()));
        let embed = rendered("/embed/energy", Some(previews));
        assert!(embed.contains(&format!("class=\"island-root {}\"", dom::ISLAND_PREVIEW)));
        assert!(
            embed.contains("energy-widget"),
            "the preview is the widget drawn"
        );
    }

    #[test]
    fn the_markup_replaces_the_marker_and_nothing_else() {
        let page = "<body>\n  <!--prerendered: here-->\n  <noscript>x</noscript>\n</body>";
        let out = with_markup(page, "<template data-route=\"\"><p>hi</p></template>").unwrap();
        assert_eq!(
            out,
            "<body>\n  <template data-route=\"\"><p>hi</p></template><div id=\"app\"></div>\n  <noscript>x</noscript>\n</body>"
        );
        assert!(with_markup("<body></body>", "<p>hi</p>").is_err());
        assert!(with_markup(page, "<p style=\"color:red\">hi</p>").is_err());
    }
}
