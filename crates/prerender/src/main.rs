//! The build's pre-render (run by `scripts/dist.mjs`): renders the static snapshots of
//! the site's pages and embeds natively, with Yew's server-side rendering, and writes them into
//! the built `index.html`, and into `embed.html` (a copy of it, the document the embed snippet
//! loads), in place of the `<!--prerendered: …-->` marker of the source `index.html`.
//!
//! No browser runs. Each view renders as the browser's first render would, before any effect
//! runs: off the browser `ui::window()` is `None` and `ui::island::Later` draws its children
//! at once. What the snapshots hold is `why_rust::app::PagesSnapshot` and `EmbedSnapshot`; an
//! embed's island is drawn too, as an inert preview under its loading line
//! (`ui::island::Previews`).
//!
//! ```text
//! cargo run -p prerender -- DIR
//! ```

use std::process::ExitCode;
use std::rc::Rc;

use ui::island::{Island, Previews};
use ui::route::Widget;
use why_rust::app::{EmbedSnapshot, PagesSnapshot};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The start of the marker comment in the source `index.html` that the snapshot replaces.
const MARKER: &str = "<!--prerendered:";

#[derive(Properties, PartialEq)]
struct EmbedProps {
    widget: Widget,
}

/// One embed's snapshot, its island drawn by the island's own view crate.
#[component]
fn Embed(props: &EmbedProps) -> Html {
    let previews = Previews(Rc::new(|start: &Island| match start {
        Island::Ownership(s) => ownership_view::preview(s.clone()),
        Island::Energy(s) => energy_view::preview(s.clone()),
        Island::Decision(s) => decision_view::preview(s.clone()),
    }));
    html! {
        <ContextProvider<Previews> context={previews}>
            <EmbedSnapshot widget={props.widget} />
        </ContextProvider<Previews>>
    }
}

/// The pages' snapshot and the embeds' snapshot, as HTML.
async fn render() -> (String, String) {
    let pages = LocalServerRenderer::<PagesSnapshot>::new()
        .hydratable(false)
        .render()
        .await;
    let mut embeds = String::new();
    for widget in Widget::ALL {
        let embed = LocalServerRenderer::<Embed>::with_props(EmbedProps { widget })
            .hydratable(false)
            .render()
            .await;
        embeds.push_str(&embed);
    }
    (pages, embeds)
}

/// `page` with its marker comment replaced by `snapshot` inside an inert
/// `<div id="prerendered">`. Errors: the page has no marker, or the snapshot holds a script or
/// a `style` attribute (the page's Content-Security-Policy allows neither).
fn with_snapshot(page: &str, snapshot: &str) -> Result<String, String> {
    let start = page
        .find(MARKER)
        .ok_or("index.html has no <!--prerendered: …--> marker in its body")?;
    let end = start
        + page[start..]
            .find("-->")
            .ok_or("the <!--prerendered: …--> marker is not closed")?
        + "-->".len();
    if snapshot.contains("<script") || snapshot.contains(" style=\"") {
        return Err("the snapshot has an inline script or style attribute".into());
    }
    Ok(format!(
        "{}<div id=\"prerendered\" inert>{snapshot}</div>{}",
        &page[..start],
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
    for (file, snapshot) in [("index.html", &pages), ("embed.html", &embeds)] {
        let path = dir.join(file);
        std::fs::write(&path, with_snapshot(&page, snapshot)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok((pages.len(), embeds.len()))
}

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    match run(std::path::Path::new(&dir)) {
        Ok((pages, embeds)) => {
            println!("prerender: {pages} characters of snapshots into index.html, {embeds} into embed.html");
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

    #[test]
    fn the_snapshot_replaces_the_marker_and_nothing_else() {
        let page = "<body>\n  <!--prerendered: here-->\n  <noscript>x</noscript>\n</body>";
        let out = with_snapshot(page, "<p>hi</p>").unwrap();
        assert_eq!(
            out,
            "<body>\n  <div id=\"prerendered\" inert><p>hi</p></div>\n  <noscript>x</noscript>\n</body>"
        );
        assert!(with_snapshot("<body></body>", "<p>hi</p>").is_err());
        assert!(with_snapshot(page, "<p style=\"color:red\">hi</p>").is_err());
    }
}
