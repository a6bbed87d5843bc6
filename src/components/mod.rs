//! Small view pieces shared by the widgets.

mod code_block;
mod inline_code;

pub use code_block::CodeBlock;
pub use inline_code::inline_code;
