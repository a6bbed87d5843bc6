//! Small view pieces shared by the widgets and pages.

mod cited;
mod code_block;
mod data_table;
mod hbar_chart;
mod inline_code;

pub use cited::cited;
pub use code_block::CodeBlock;
pub use data_table::DataTable;
pub use hbar_chart::{HBar, HBarChart};
pub use inline_code::inline_code;

/// A chart's one tab stop, moved by the keys (the "roving tabindex" of the ARIA practices):
/// from bar `at` of `0..=last`, where the arrow keys, Home or End take it. Focuses the chart's
/// element `[data-bar="N"]` (HTML or SVG) under `chart` and returns N; `None` for another key.
pub fn rove(
    e: &web_sys::KeyboardEvent,
    chart: Option<web_sys::Element>,
    at: usize,
    last: usize,
) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let to = match e.key().as_str() {
        "ArrowDown" | "ArrowRight" => (at + 1).min(last),
        "ArrowUp" | "ArrowLeft" => at.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    e.prevent_default();
    let bar = chart.and_then(|c| {
        c.query_selector(&format!("[data-bar=\"{to}\"]"))
            .ok()
            .flatten()
    });
    // An SVG element's `focus()` is the one HTML elements have (the binding calls it by name).
    if let Some(bar) = bar.map(|b| b.unchecked_into::<web_sys::HtmlElement>()) {
        let _ = bar.focus();
    }
    Some(to)
}
/// At most 40 characters of something from the URL, with "…" when cut: for a notice that
/// quotes a bad value without letting a long link flood the page.
pub fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
