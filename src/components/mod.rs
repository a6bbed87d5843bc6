//! Small view pieces shared by the widgets.

mod code_block;

pub use code_block::CodeBlock;
