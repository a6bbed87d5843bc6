use crate::route::Widget;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`EmbedButton`].
#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    /// The widget to embed: its slug, title and embed height come from the registry.
    pub widget: Widget,
}

/// The sandbox of the snippet's iframe: the widget's scripts and its own storage (the theme),
/// its downloads (CSV, SVG, PNG), and "Open in Why Rust" in a new tab outside the sandbox.
const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox";

/// One way to embed a widget, as the dialog offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The iframe and the helper script (`embed.js`) that fits it to the widget.
    WithHelper,
    /// The iframe alone, as tall as the widget: for sites that strip scripts.
    IframeOnly,
    /// The widget's own page's address (`energy.html`), for platforms that embed by oEmbed
    /// (its default state: the platform reads the page, not the address's fragment).
    PageAddress,
}

impl Variant {
    const ALL: [Variant; 3] = [
        Variant::WithHelper,
        Variant::IframeOnly,
        Variant::PageAddress,
    ];

    /// Its name in the page (`data-variant`).
    fn slug(self) -> &'static str {
        match self {
            Variant::WithHelper => "helper",
            Variant::IframeOnly => "iframe",
            Variant::PageAddress => "address",
        }
    }

    /// Its heading and what it is for.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Variant::WithHelper => ("With resizing (recommended)", "The iframe and a small script that fits the frame to the widget as it grows."),
            Variant::IframeOnly => ("Iframe only", "For sites that remove scripts: the frame keeps a fixed height, about the widget's."),
            Variant::PageAddress => ("Address, for WordPress, Ghost, Discourse or Notion", "Paste it on a line of its own: the platform finds the widget (oEmbed) and shows it as it starts."),
        }
    }
}

/// The snippet for embedding `slug` with the state in `href`'s hash (its query string), e.g.
/// for `https://h/why/#/decision?profile=cli-tool`: `<iframe src="https://h/why/embed.html#/
/// embed/decision?profile=cli-tool" … height="720">` (`height` in CSS px), with a link to the
/// widget's page inside it (for a reader whose browser shows no frames), and, `WithHelper`,
/// the helper script; `PageAddress`: the widget's own page, `https://h/why/decision.html`.
/// `embed.html` is the app's page with each embed pre-rendered in it, so the widget shows
/// before its wasm has loaded (`index.html#/embed/...` works too, without it).
pub fn snippet(href: &str, slug: &str, title: &str, height: u32, variant: Variant) -> String {
    let (base, hash) = href.split_once('#').unwrap_or((href, ""));
    // The widget's state: the query of its own page (or its embed), as the widget reads it.
    let query = ui::url_state::owned_url(slug, hash).query;
    let query = if query.is_empty() {
        query
    } else {
        format!("?{query}")
    };
    let dir = match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    };
    let attr = ui::text::escape;
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{} (Why Rust)\" loading=\"lazy\" allow=\"fullscreen\" sandbox=\"{SANDBOX}\" width=\"100%\" height=\"{height}\" style=\"border:0\"><a href=\"{}\">{}, on Why Rust</a></iframe>",
        attr(&format!("{dir}embed.html#/embed/{slug}{query}")),
        attr(title),
        attr(&format!("{dir}#/{slug}{query}")),
        attr(title),
    );
    match variant {
        Variant::PageAddress => format!("{dir}{slug}.html"),
        Variant::WithHelper => format!(
            "{iframe}\n<script src=\"{}\" defer></script>",
            attr(&format!("{dir}embed.js"))
        ),
        Variant::IframeOnly => iframe,
    }
}

/// An "Embed" button that opens a dialog with the snippets for the widget's current state,
/// each with its copy button.
#[component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let dialog = use_node_ref();
    // The page's address when the dialog was opened (the widget's state is in it).
    let href = use_state(String::new);
    // Which snippet was copied last, and whether the browser let it.
    let copied = use_state(|| None::<(Variant, bool)>);
    let open = {
        let dialog = dialog.clone();
        let href = href.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            href.set(
                ui::window()
                    .and_then(|w| w.location().href().ok())
                    .unwrap_or_default(),
            );
            copied.set(None);
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
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(t) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            t.select();
        }
    });
    let w = props.widget;
    let (slug, title) = (w.slug(), w.title());
    let title_id = format!("embed-title-{slug}");
    let variant = |variant: Variant| {
        let code = snippet(&href, slug, title, w.embed_height(), variant);
        let (heading, what) = variant.words();
        let copy = {
            let (code, copied) = (code.clone(), copied.clone());
            Callback::from(move |_: MouseEvent| {
                let copied = copied.clone();
                ui::copy_text(&code, move |done| copied.set(Some((variant, done))));
            })
        };
        let done = *copied == Some((variant, true));
        html! {
            <section class="embed-variant" data-variant={variant.slug()}>
                <h3>{ heading }</h3>
                <p>{ what }</p>
                <textarea class="embed-code" readonly=true rows="5" aria-label={format!("{heading}: the code")} value={code} onfocus={select_all.clone()} />
                <button type="button" class={classes!("copy", (variant == Variant::WithHelper).then_some("primary"))} onclick={copy}
                    aria-label={format!("Copy: {heading}")}>{ if done { "Copied" } else { "Copy" } }</button>
            </section>
        }
    };
    let status = match *copied {
        Some((_, true)) => "Copied to the clipboard.",
        Some((_, false)) => {
            "The browser refused the clipboard: select the code and copy it by hand."
        }
        None => "",
    };
    html! {
        <>
            <button type="button" class="embed-button" onclick={open}
                aria-label={format!("Embed “{title}” on your site")}>{ "Embed" }</button>
            <dialog class="embed-dialog" ref={dialog} aria-labelledby={title_id.clone()}>
                <h2 id={title_id}>{ format!("Embed “{title}”") }</h2>
                <p>{ "Paste one of these into your page. The frame shows the widget as it is now; a reader can change it there, or open it in Why Rust." }</p>
                // Written when the dialog opens, from the page's address then.
                if !href.is_empty() {
                    { for Variant::ALL.into_iter().map(variant) }
                }
                <p class="embed-status" role="status">{ status }</p>
                <div class="dialog-actions">
                    <button type="button" onclick={close}>{ "Close" }</button>
                </div>
            </dialog>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::{snippet, Variant};

    #[test]
    fn the_snippet_embeds_the_current_state_from_any_sub_path() {
        let s = snippet(
            "https://example.org/talks/why/#/decision?profile=cli-tool",
            "decision",
            "When to use Rust",
            720,
            Variant::WithHelper,
        );
        assert!(s.contains(
            "src=\"https://example.org/talks/why/embed.html#/embed/decision?profile=cli-tool\""
        ));
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin allow-downloads"));
        assert!(s.contains("allow=\"fullscreen\""));
        // A reader whose browser shows no frame gets a link to the same state.
        assert!(s.contains(
            "<a href=\"https://example.org/talks/why/#/decision?profile=cli-tool\">When to use Rust, on Why Rust</a></iframe>"
        ));
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
            Variant::WithHelper,
        );
        assert!(s.contains("src=\"http://127.0.0.1:8080/embed.html#/embed/energy\""));
        assert!(s.contains("src=\"http://127.0.0.1:8080/embed.js\""));
        let alone = snippet("http://h/#/", "energy", "Energy", 900, Variant::IframeOnly);
        assert!(alone.ends_with("</iframe>"), "no script: {alone}");
        assert!(alone.contains("height=\"900\""));
        let address = snippet(
            "http://h/why/#/energy?metric=time",
            "energy",
            "Energy",
            900,
            Variant::PageAddress,
        );
        assert_eq!(address, "http://h/why/energy.html");
    }

    #[test]
    fn quotes_in_a_title_cannot_break_out_of_the_attribute() {
        let s = snippet(
            "http://h/#/",
            "energy",
            "a\"><script>",
            640,
            Variant::IframeOnly,
        );
        assert!(!s.contains("a\"><script>"));
    }
}
