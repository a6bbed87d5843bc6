//! View pieces of the page shell only (the shared ones are in `ui::components`).

mod embed_dialog;

pub use embed_dialog::{snippet, EmbedButton, Variant};
