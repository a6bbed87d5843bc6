//! Downloads of the chart's data (CSV) and drawing (SVG, PNG), made in the browser.
//! Everything goes through `data:` URLs: the site's CSP allows `img-src data:`, which the PNG
//! path needs to draw the SVG onto a canvas.

use evidence::{format_ratio, LanguageResult, Metric};
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

/// A `data:` URL holding `text`.
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
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
    let window = web_sys::window()?;
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
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
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

/// Saves the chart as an SVG file.
pub fn download_svg(svg_ref: &NodeRef, file_name: &str) {
    if let Some((svg, _, _)) = standalone_svg(svg_ref) {
        click_download(&data_url("image/svg+xml", &svg), file_name);
    }
}

/// Saves the chart as a PNG at twice its on-screen size.
pub fn download_png(svg_ref: &NodeRef, file_name: &str) {
    let Some((svg, w, h)) = standalone_svg(svg_ref) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
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
        let background = web_sys::window()
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
