use crate::route::Widget;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`EmbedButton`].
#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The widget to embed: its slug, title and embed height come from the registry.
    pub widget: Widget,
}

/// The iframe snippet for embedding `slug` with the state in `href`'s hash (its query string),
/// e.g. for `https://h/why/#/decision?profile=cli-tool`:
/// `<iframe src="https://h/why/embed.html#/embed/decision?profile=cli-tool" ... height="640">`
/// (`height` in CSS px) plus the helper script. `embed.html` is the app's page with each embed
/// pre-rendered in it, so the widget shows before its wasm has loaded (`index.html#/embed/...`
/// works too, without it).
pub fn snippet(href: &str, slug: &str, title: &str, height: u32) -> String {
    let (base, hash) = href.split_once('#').unwrap_or((href, ""));
    let query = hash
        .strip_prefix(&format!("/{slug}"))
        .filter(|rest| rest.is_empty() || rest.starts_with('?'))
        .unwrap_or("");
    let dir = match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    };
    let attr = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{} (Why Rust)\" loading=\"lazy\" sandbox=\"allow-scripts allow-same-origin\" width=\"100%\" height=\"{height}\" style=\"border:0\"></iframe>\n<script src=\"{}\" defer></script>",
        attr(&format!("{dir}embed.html#/embed/{slug}{query}")),
        attr(title),
        attr(&format!("{dir}embed.js")),
    )
}

/// An "Embed" button that opens a dialog with the iframe snippet for the widget's current
/// state and a copy button.
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let dialog = use_node_ref();
    let code = use_state(String::new);
    let status = use_state(String::new);
    let open = {
        let dialog = dialog.clone();
        let code = code.clone();
        let status = status.clone();
        let widget = props.widget;
        Callback::from(move |_: MouseEvent| {
            let href = ui::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            code.set(snippet(
                &href,
                widget.slug(),
                widget.title(),
                widget.embed_height(),
            ));
            status.set(String::new());
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let copy = {
        let code = code.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = ui::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&code);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => status.set("Copied to the clipboard.".into()),
                    Err(_) => status.set(
                        "The browser refused the clipboard: select the code and copy it by hand."
                            .into(),
                    ),
                }
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(t) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            t.select();
        }
    });
    let (slug, title) = (props.widget.slug(), props.widget.title());
    let title_id = format!("embed-title-{slug}");
    html! {
        <>
            <button type="button" class="embed-button" onclick={open}
                aria-label={format!("Embed “{title}” on your site")}>{ "Embed" }</button>
            <dialog class="embed-dialog" ref={dialog} aria-labelledby={title_id.clone()}>
                <h2 id={title_id}>{ format!("Embed “{title}”") }</h2>
                <p>{ "Paste this into your page. The iframe shows the widget as it is now, and the script resizes it to fit its content." }</p>
                <textarea class="embed-code" readonly=true rows="6" aria-label="Embed code" value={(*code).clone()} onfocus={select_all} />
                <p class="embed-status" role="status">{ (*status).clone() }</p>
                <div class="dialog-actions">
                    <button type="button" class="primary" onclick={copy}>{ "Copy" }</button>
                    <button type="button" onclick={close}>{ "Close" }</button>
                </div>
            </dialog>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn the_snippet_embeds_the_current_state_from_any_sub_path() {
        let s = snippet(
            "https://example.org/talks/why/#/decision?profile=cli-tool",
            "decision",
            "When to use Rust",
            720,
        );
        assert!(s.contains(
            "src=\"https://example.org/talks/why/embed.html#/embed/decision?profile=cli-tool\""
        ));
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("title=\"When to use Rust (Why Rust)\""));
        assert!(s.contains("height=\"720\""));
        assert!(s.contains("<script src=\"https://example.org/talks/why/embed.js\" defer>"));
    }

    #[test]
    fn from_the_home_page_the_snippet_has_no_state() {
        let s = snippet(
            "http://127.0.0.1:8080/index.html#/",
            "energy",
            "Energy",
            900,
        );
        assert!(s.contains("src=\"http://127.0.0.1:8080/embed.html#/embed/energy\""));
        assert!(s.contains("src=\"http://127.0.0.1:8080/embed.js\""));
    }

    #[test]
    fn quotes_in_a_title_cannot_break_out_of_the_attribute() {
        let s = snippet("http://h/#/", "energy", "a\"><script>", 640);
        assert!(!s.contains("a\"><script>"));
    }
}
