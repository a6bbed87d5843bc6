//! Downloads of the chart's data (CSV) and drawing (SVG, PNG), made in the browser.
//! Everything goes through `data:` URLs: the site's CSP allows `img-src data:`, which the PNG
//! path needs to draw the SVG onto a canvas.

use evidence::{format_ratio, LanguageResult, Metric};
use ui::text::{escape, wrap};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::NodeRef;

/// The rows as shown, as CSV: `language,execution_type,energy,time,memory,<metric>_relative_to_<ref>`.
pub fn csv<'a>(
    rows: impl Iterator<Item = (&'a LanguageResult, f64)>,
    metric: Metric,
    reference: &str,
) -> String {
    let quote = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = format!(
        "language,execution_type,energy,time,memory,{}_relative_to_{}\n",
        metric.slug(),
        quote(reference)
    );
    for (r, v) in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{}\n",
            quote(&r.language),
            r.execution_type.label(),
            format_ratio(r.energy),
            format_ratio(r.time),
            format_ratio(r.memory),
            format_ratio(v)
        ));
    }
    out
}

/// What `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
const URI_COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// A `data:` URL holding `text` (UTF-8, percent-encoded as `encodeURIComponent` does).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        percent_encoding::utf8_percent_encode(text, URI_COMPONENT)
    )
}

/// What an exported image carries around the chart, so that it can go into a slide as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    /// The chart's title, e.g. "Energy of 27 languages, relative to Rust = 1.00 (log scale)".
    pub title: String,
    /// What the numbers are, in what unit, and how to read the bars.
    pub units: String,
    /// The legend: each label with the CSS class whose swatch on the page gives its colour.
    pub legend: Vec<(String, &'static str)>,
    /// Where the data comes from.
    pub source: String,
}

/// The chart with its caption around it, as one SVG document `w` px wide: the title and the
/// units above, the legend and the source below, each wrapped to the width (at about 0.55 em
/// a character). Returns the document and its height.
fn framed(chart: &str, w: f64, h: f64, caption: &Caption) -> (String, f64) {
    let window = ui::window();
    let document = window.as_ref().and_then(|w| w.document());
    let colour = |selector: &str, prop: &str, fallback: &str| {
        let el = document
            .as_ref()
            .and_then(|d| d.query_selector(selector).ok().flatten());
        el.and_then(|el| window.as_ref()?.get_computed_style(&el).ok().flatten())
            .and_then(|s| s.get_property_value(prop).ok())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    };
    let (fg, muted, bg) = (
        colour("body", "color", "#1a1a1a"),
        colour(".energy-widget .hint", "color", "#555555"),
        colour("body", "background-color", "#ffffff"),
    );
    let mut out = String::new();
    let mut y = 0.0;
    // Lines of `text` at `size` px, from `y` down.
    let lines = |out: &mut String, y: &mut f64, text: &str, size: f64, fill: &str, bold: bool| {
        let max = ((w - 16.0) / (size * 0.55)).max(10.0) as usize;
        for line in wrap(text, max) {
            *y += size * 1.35;
            out.push_str(&format!(
                "<text x=\"8\" y=\"{:.0}\" font-size=\"{size}\"{} fill=\"{fill}\">{}</text>",
                *y,
                if bold { " font-weight=\"700\"" } else { "" },
                escape(&line)
            ));
        }
    };
    lines(&mut out, &mut y, &caption.title, 16.0, &fg, true);
    lines(&mut out, &mut y, &caption.units, 13.0, &muted, false);
    y += 10.0;
    out.push_str(&format!("<g transform=\"translate(0,{y:.0})\">{chart}</g>"));
    y += h + 8.0;
    let mut x = 8.0;
    for (label, class) in &caption.legend {
        let fill = colour(
            &format!(".legend .swatch.{class}"),
            "background-color",
            &muted,
        );
        out.push_str(&format!(
            "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"12\" height=\"12\" fill=\"{fill}\"/><text x=\"{:.0}\" y=\"{:.0}\" font-size=\"13\" fill=\"{fg}\">{}</text>",
            y,
            x + 16.0,
            y + 11.0,
            escape(label)
        ));
        x += 16.0 + 7.5 * label.chars().count() as f64 + 18.0;
    }
    y += 18.0;
    lines(
        &mut out,
        &mut y,
        &format!("Source: {}", caption.source),
        12.0,
        &muted,
        false,
    );
    let total = y + 10.0;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{total:.0}\" viewBox=\"0 0 {w:.0} {total:.0}\" font-family=\"sans-serif\"><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>{out}</svg>"
    );
    (svg, total)
}

/// The chart as a standalone SVG document: the page's CSS colours are copied onto each
/// element as attributes, so the file looks the same anywhere.
fn standalone_svg(svg_ref: &NodeRef) -> Option<(String, f64, f64)> {
    let svg = svg_ref.cast::<web_sys::Element>()?;
    let clone = svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    let window = ui::window()?;
    let originals = svg.query_selector_all("rect, text, line, path").ok()?;
    let copies = clone.query_selector_all("rect, text, line, path").ok()?;
    for i in 0..originals.length() {
        let (Some(o), Some(c)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (Ok(o), Ok(c)) = (
            o.dyn_into::<web_sys::Element>(),
            c.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        if let Ok(Some(style)) = window.get_computed_style(&o) {
            for prop in [
                "fill",
                "stroke",
                "stroke-width",
                "font-size",
                "font-weight",
                "font-family",
            ] {
                if let Ok(v) = style.get_property_value(prop) {
                    if !v.is_empty() {
                        let _ = c.set_attribute(prop, &v);
                    }
                }
            }
        }
    }
    // Drop the tooltip: it belongs to the pointer, not to the figure.
    if let Ok(Some(tooltip)) = clone.query_selector(".tooltip") {
        tooltip.remove();
    }
    let rect = svg.get_bounding_client_rect();
    let (w, h) = (rect.width().max(1.0), rect.height().max(1.0));
    let _ = clone.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    let _ = clone.set_attribute("width", &format!("{w:.0}"));
    let _ = clone.set_attribute("height", &format!("{h:.0}"));
    Some((clone.outer_html(), w, h))
}

fn click_download(href: &str, file_name: &str) {
    let Some(document) = ui::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = document.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", file_name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}

/// Saves the chart, with its title, units, legend and source, as an SVG file.
pub fn download_svg(svg_ref: &NodeRef, caption: &Caption, file_name: &str) {
    if let Some((svg, w, h)) = standalone_svg(svg_ref) {
        let (svg, _) = framed(&svg, w, h, caption);
        click_download(&data_url("image/svg+xml", &svg), file_name);
    }
}

/// Saves the chart, with its title, units, legend and source, as a PNG at twice its
/// on-screen size.
pub fn download_png(svg_ref: &NodeRef, caption: &Caption, file_name: &str) {
    let Some((svg, w, h)) = standalone_svg(svg_ref) else {
        return;
    };
    let (svg, h) = framed(&svg, w, h, caption);
    let Some(document) = ui::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let file_name = file_name.to_string();
    let img = image.clone();
    let onload = Closure::once_into_js(move || {
        let scale = 2.0;
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((w * scale) as u32);
        canvas.set_height((h * scale) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(scale, scale);
        // The page's background, so the PNG is not transparent.
        let background = ui::window()
            .and_then(|w| {
                w.get_computed_style(document.body()?.as_ref())
                    .ok()
                    .flatten()
            })
            .and_then(|s| s.get_property_value("background-color").ok())
            .unwrap_or_else(|| "#ffffff".into());
        ctx.set_fill_style_str(&background);
        ctx.fill_rect(0.0, 0.0, w, h);
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w, h);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            click_download(&url, &file_name);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&data_url("image/svg+xml", &svg));
}

#[cfg(test)]
mod tests {
    use super::data_url;

    #[test]
    fn a_data_url_keeps_the_text_whole() {
        let csv = "language,energy (× C)\nC,1.00\n\"C#, .NET\",3.14 & 100%";
        let url = data_url("text/csv", csv);
        let body = url.strip_prefix("data:text/csv;charset=utf-8,").unwrap();
        // Nothing a URL gives a meaning to is left unencoded.
        assert!(!body.contains(['\n', '"', '#', '&', ' ', ',']));
        let decoded = percent_encoding::percent_decode_str(body)
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, csv);
        assert!(body.starts_with("language%2Cenergy%20(%C3%97%20C)%0AC%2C1.00"));
    }
}
