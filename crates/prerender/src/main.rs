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
//! It also prints the widget registry as JSON (`why_rust::registry::registry_json`), which the
//! build writes to `dist/widgets.json` before anything else.
//!
//! Each widget also gets pages of its own, `<slug>.html` and `embed-<slug>.html`, which open at
//! its route: addresses an oEmbed consumer (WordPress, Ghost, Discourse, Notion) can fetch,
//! which the hash routes cannot be. Given the site's public address, those pages carry the
//! oEmbed discovery link, and the build writes the documents it points to (`oembed.rs`).
//!
//! ```text
//! cargo run -p prerender -- DIR [SITE_URL]
//! cargo run -p prerender -- widgets-json
//! ```

mod oembed;
mod sources;

use std::process::ExitCode;
use std::rc::Rc;

use ui::dom;
use ui::island::Previews;
use why_rust::app::{App, AppProps};
use why_rust::registry::View;
use why_rust::route::Widget;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Routable;

/// The start of the marker comment in the source `index.html` that the markup replaces.
const MARKER: &str = "<!--prerendered:";

/// How an island draws itself from a start (its `preview`). Errors: a start it cannot read.
type PreviewFn = fn(&[(String, String)]) -> Result<Html, String>;

/// Each island's preview, by its slug: the one place the build links the islands' view
/// crates. A widget added to the registry as an island needs its line here (a test checks).
const PREVIEWS: [(&str, PreviewFn); 3] = [
    (ownership_view::SLUG, ownership_view::preview),
    (energy_view::SLUG, energy_view::preview),
    (decision_view::SLUG, decision_view::preview),
];

#[derive(Properties, PartialEq)]
struct PreviewProps {
    view: Html,
}

/// An island's drawing, in the snapshot context (a code block keeps its first lines, a chart
/// a fixed width).
#[component]
fn Preview(props: &PreviewProps) -> Html {
    html! {
        <ContextProvider<ui::Snapshot> context={ui::Snapshot}>{ props.view.clone() }</ContextProvider<ui::Snapshot>>
    }
}

/// Each embed's island drawn as HTML (not hydratable: the browser never hydrates it, the
/// island mounts beside it), as the app's embed pages start it. Errors: an island of the
/// registry with no preview, or whose start its preview cannot read.
async fn previews() -> Result<Previews, String> {
    let mut drawn: Vec<(&str, ui::island::Pairs, String)> = Vec::new();
    for widget in Widget::all() {
        let (View::Island(island), Some(start)) = (
            &widget.entry().view,
            why_rust::app::island_start(widget, false),
        ) else {
            continue;
        };
        let draw = PREVIEWS
            .iter()
            .find(|(slug, _)| *slug == widget.slug())
            .ok_or_else(|| format!("the island `{widget}` has no preview in PREVIEWS"))?
            .1;
        let start = why_rust::registry::pairs(start);
        let view = draw(&start).map_err(|e| format!("the island `{widget}`: {e}"))?;
        let html = LocalServerRenderer::<Preview>::with_props(PreviewProps { view })
            .hydratable(false)
            .render()
            .await;
        drawn.push((island.dir, start, html));
    }
    Ok(Previews(Rc::new(
        move |dir: &str, start: &[(String, String)]| {
            drawn
                .iter()
                .find(|(d, s, _)| *d == dir && s == start)
                .map(|(_, _, html)| html.clone())
                .unwrap_or_default()
        },
    )))
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
async fn templates(paths: &[String], previews: Option<Previews>) -> Vec<String> {
    let mut out = Vec::new();
    for path in paths {
        let markup = render_route(path, previews.clone()).await;
        out.push(format!(
            "<template {}=\"{}\">{markup}</template>",
            dom::ROUTE_TEMPLATE,
            path.trim_start_matches('/')
        ));
    }
    out
}

/// The pages' templates (the home page's, then each widget's page's, in registry order) and
/// the embeds' (each widget's). Errors: see [`previews`].
async fn render() -> Result<(Vec<String>, Vec<String>), String> {
    let pages: Vec<String> = std::iter::once("/".to_string())
        .chain(Widget::all().map(|w| w.route().to_path()))
        .collect();
    let embeds: Vec<String> = Widget::all().map(|w| w.embed_route().to_path()).collect();
    let previews = previews().await?;
    Ok((
        templates(&pages, None).await,
        templates(&embeds, Some(previews)).await,
    ))
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

/// Writes the pages into `dir`: index.html (every page's markup) and embed.html (every
/// embed's), and for each widget a page of its own, `<slug>.html` (its page) and
/// `embed-<slug>.html` (its embed), which open at its route when the address has no
/// fragment; with `site` (the site's public address, ending in `/`), their oEmbed discovery
/// links, and the oEmbed documents and thumbnails they point to (`oembed.rs`). Returns how
/// many files it wrote.
fn run(dir: &std::path::Path, site: Option<&str>) -> Result<usize, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("no runtime: {e}"))?;
    let (pages, embeds) = runtime.block_on(tokio::task::LocalSet::new().run_until(render()))?;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let write = |file: &str, text: &str| {
        let path = dir.join(file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("index.html", &with_markup(&page, &pages.concat())?)?;
    write("embed.html", &with_markup(&page, &embeds.concat())?)?;
    write("decision-matrix.csv", &decision_csv()?)?;
    let sources = runtime.block_on(tokio::task::LocalSet::new().run_until(sources::page(&page)))?;
    write("sources.html", &sources)?;
    let mut written = 4;
    // The home page's markup comes first; then each widget's, in registry order.
    for (w, (own, embed)) in Widget::all().zip(pages[1..].iter().zip(&embeds)) {
        for (file, route, markup) in [
            (format!("{}.html", w.slug()), w.route(), own),
            (format!("embed-{}.html", w.slug()), w.embed_route(), embed),
        ] {
            let mut text = at_route(&with_markup(&page, markup)?, &route.to_path())?;
            if let Some(site) = site {
                text = with_head(&text, &oembed::discovery(site, w))?;
            }
            write(&file, &text)?;
            written += 1;
        }
        if let Some(site) = site {
            write(
                &format!("oembed/{}.json", w.slug()),
                &oembed::document(site, w),
            )?;
            write(
                &format!("thumbnails/{}.svg", w.slug()),
                &oembed::thumbnail(w),
            )?;
            written += 2;
        }
    }
    Ok(written)
}

/// `page` opening at `route` when its address has no fragment: the boot script reads the
/// route from `<html data-default-route>` (`ui::dom::DEFAULT_ROUTE`). Errors: no `<html `.
fn at_route(page: &str, route: &str) -> Result<String, String> {
    let at = page
        .find("<html ")
        .ok_or("the page has no <html> element")?
        + "<html ".len();
    Ok(format!(
        "{}{}=\"{route}\" {}",
        &page[..at],
        dom::DEFAULT_ROUTE,
        &page[at..]
    ))
}

/// The decision matrix, one row a cell: `option,criterion,score,reason,source,url` (the
/// options' and criteria's ids, the 1–5 score, and the cell's reason, source and link, as
/// `data/decision.toml` gives them), for the matrix's "as CSV" link. Errors: the CSV writer's.
fn decision_csv() -> Result<String, String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| format!("decision-matrix.csv: {e}");
    out.write_record(["option", "criterion", "score", "reason", "source", "url"])
        .map_err(fail)?;
    for (o, option) in decision::options().iter().enumerate() {
        for (c, criterion) in decision::criteria().iter().enumerate() {
            if let Some(cell) = decision::cell(o, c) {
                out.write_record([
                    option.id,
                    criterion.id,
                    &cell.score.to_string(),
                    cell.reason,
                    cell.source,
                    cell.url.unwrap_or(""),
                ])
                .map_err(fail)?;
            }
        }
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// `page` with `tags` at the end of its head. Errors: no `</head>`.
fn with_head(page: &str, tags: &str) -> Result<String, String> {
    let at = page.find("</head>").ok_or("the page has no </head>")?;
    Ok(format!("{}  {tags}\n{}", &page[..at], &page[at..]))
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let arg = args.next().unwrap_or_else(|| "dist".into());
    if arg == "widgets-json" {
        print!("{}", why_rust::registry::registry_json());
        return ExitCode::SUCCESS;
    }
    let site = args.next();
    if let Some(site) = site.as_deref().filter(|s| !oembed::is_site_address(s)) {
        eprintln!("prerender: the site's address must be absolute and end in /: {site}");
        return ExitCode::FAILURE;
    }
    match run(std::path::Path::new(&arg), site.as_deref()) {
        Ok(files) => {
            println!(
                "prerender: {files} files{}",
                if site.is_some() {
                    ", with oEmbed"
                } else {
                    " (no oEmbed: no site address)"
                }
            );
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
    use why_rust::registry::REGISTRY;

    fn rendered(path: &str, previews: Option<Previews>) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(tokio::task::LocalSet::new().run_until(render_route(path, previews)))
    }

    #[test]
    fn every_island_of_the_registry_has_its_preview() {
        let islands: Vec<&str> = REGISTRY
            .iter()
            .filter(|e| matches!(e.view, View::Island(_)))
            .map(|e| e.slug)
            .collect();
        let previews: Vec<&str> = PREVIEWS.iter().map(|(slug, _)| *slug).collect();
        assert_eq!(previews, islands);
    }

    /// The page's scripts and the tests find an island's place, its state and its preview by
    /// the names of `ui::dom`: the markup the app draws uses those very names.
    #[test]
    fn the_markup_uses_the_dom_names_the_scripts_read() {
        let home = rendered("/", None);
        let dirs: Vec<&str> = REGISTRY
            .iter()
            .filter_map(|e| match &e.view {
                View::Island(island) => Some(island.dir),
                View::Shell(_) => None,
            })
            .collect();
        for dir in &dirs {
            assert!(
                home.contains(&format!("{}=\"{dir}\"", dom::ISLAND)),
                "{dir}"
            );
        }
        let loading = format!("{}=\"{}\"", dom::ISLAND_STATE, dom::ISLAND_LOADING);
        assert_eq!(home.matches(&loading).count(), dirs.len());
        assert!(
            !home.contains(dom::ISLAND_PREVIEW),
            "the pages draw no previews"
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let previews = runtime
            .block_on(tokio::task::LocalSet::new().run_until(super::previews()))
            .unwrap();
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
