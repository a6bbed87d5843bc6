//! Small view pieces shared by the widgets and pages.

mod code_block;
mod embed_dialog;
mod inline_code;

pub use code_block::CodeBlock;
pub use embed_dialog::{snippet, EmbedButton};
pub use inline_code::inline_code;
