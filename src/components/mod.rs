//! View pieces of the page shell only (the shared ones are in `ui::components`).

pub mod add_to_deck;
mod embed_dialog;

pub use add_to_deck::AddToDeck;
pub use embed_dialog::{snippet, EmbedButton, Variant};
