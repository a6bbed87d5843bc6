//! oEmbed (<https://oembed.com>) for each widget, so that a writer can paste a widget's page
//! address on a line of its own in WordPress, Ghost, Discourse or Notion and get the widget:
//! the platform fetches the page, finds its discovery link ([`discovery`]), fetches the static
//! document it names ([`document`], `oembed/<slug>.json`: type `rich`, its `html` the iframe
//! snippet the Embed dialog gives, without the script) and shows the `html`. Everything in
//! them is an absolute address on the site, which the build is told (`SITE_URL`).

use ui::text::{escape, wrap};
use why_rust::components::{snippet, Variant};
use why_rust::route::Widget;

/// Whether `site` can be the site's public address: absolute (`https://` or `http://`),
/// ending in `/`, with nothing that would need escaping in an attribute.
pub fn is_site_address(site: &str) -> bool {
    (site.starts_with("https://") || site.starts_with("http://"))
        && site.ends_with('/')
        && !site.contains(['"', '<', '>', '\'', ' ', '&'])
}

/// The width (CSS px) the document asks for: the width the embed heights are measured at.
const WIDTH: u32 = 640;
/// The thumbnail's size (CSS px).
const THUMBNAIL: (u32, u32) = (640, 360);

/// `w`'s oEmbed document (JSON), for the site at `site` (see [`is_site_address`]).
pub fn document(site: &str, w: Widget) -> String {
    let html = snippet(
        &format!("{site}#/{}", w.slug()),
        w.slug(),
        w.title(),
        w.embed_height(),
        Variant::IframeOnly,
    );
    let document = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": w.title(),
        "provider_name": "Why Rust",
        "provider_url": site,
        "html": html,
        "width": WIDTH,
        "height": w.embed_height(),
        "thumbnail_url": format!("{site}thumbnails/{}.svg", w.slug()),
        "thumbnail_width": THUMBNAIL.0,
        "thumbnail_height": THUMBNAIL.1,
        "cache_age": 86_400,
    });
    format!("{document:#}\n")
}

/// The `<link>` by which a platform finds `w`'s oEmbed document, for a page's head.
pub fn discovery(site: &str, w: Widget) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{site}oembed/{}.json\" title=\"{}\">",
        w.slug(),
        escape(w.title())
    )
}

/// `w`'s thumbnail: an SVG card with the site's name, the widget's title and what it is, in
/// the site's light colours (drawn here, without a browser).
pub fn thumbnail(w: Widget) -> String {
    let (width, height) = THUMBNAIL;
    let lines: String = wrap(w.title(), 26)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<text x=\"48\" y=\"{}\" font-size=\"42\" font-weight=\"700\" fill=\"#1c1b19\">{}</text>",
                150 + 52 * i,
                escape(line)
            )
        })
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Why Rust: {label}\">\
<rect width=\"{width}\" height=\"{height}\" fill=\"#fdfcfa\"/>\
<rect width=\"16\" height=\"{height}\" fill=\"#a63d0f\"/>\
<g font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\">\
<text x=\"48\" y=\"76\" font-size=\"30\" font-weight=\"700\" fill=\"#a63d0f\">Why Rust</text>\
{lines}\
<text x=\"48\" y=\"{bottom}\" font-size=\"24\" fill=\"#57534d\">{nav} · try it in your browser</text>\
</g></svg>\n",
        label = escape(w.title()),
        bottom = height - 44,
        nav = escape(w.nav_label()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "https://example.org/why-rust/";

    #[test]
    fn each_document_is_rich_and_embeds_its_widget_from_the_site() {
        for w in Widget::all() {
            let doc: serde_json::Value = serde_json::from_str(&document(SITE, w)).unwrap();
            assert_eq!(doc["version"], "1.0");
            assert_eq!(doc["type"], "rich");
            assert_eq!(doc["title"], w.title());
            assert_eq!(doc["height"], w.embed_height());
            let html = doc["html"].as_str().unwrap();
            let src = format!("src=\"{SITE}embed.html#/embed/{}\"", w.slug());
            assert!(
                html.starts_with("<iframe ") && html.contains(&src),
                "{html}"
            );
            assert!(!html.contains("<script"), "platforms strip scripts");
            assert!(doc["thumbnail_url"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{SITE}thumbnails/")));
            assert!(
                discovery(SITE, w).contains(&format!("href=\"{SITE}oembed/{}.json\"", w.slug()))
            );
        }
    }

    #[test]
    fn only_an_absolute_folder_address_is_a_site() {
        assert!(is_site_address(SITE));
        assert!(is_site_address("http://127.0.0.1:8080/"));
        for bad in [
            "example.org/",
            "https://example.org/why",
            "/why/",
            "https://a.b/\"x/",
        ] {
            assert!(!is_site_address(bad), "{bad}");
        }
    }

    #[test]
    fn each_thumbnail_is_an_svg_card_with_its_title() {
        for w in Widget::all() {
            let card = thumbnail(w);
            assert!(card.starts_with("<svg ") && card.contains(">Why Rust</text>"));
            let first_word = w.title().split(' ').next().unwrap();
            assert!(card.contains(&escape(first_word)), "{card}");
        }
    }
}
