//! Small view pieces shared by the widgets and pages.

mod code_block;
mod data_table;
mod hbar_chart;
mod inline_code;

pub use code_block::CodeBlock;
pub use data_table::DataTable;
pub use hbar_chart::{HBar, HBarChart};
pub use inline_code::inline_code;
/// At most 40 characters of something from the URL, with "…" when cut: for a notice that
/// quotes a bad value without letting a long link flood the page.
pub fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
