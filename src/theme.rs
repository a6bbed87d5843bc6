//! Light, dark or the system's choice. The choice is stored in `localStorage` and applied as
//! `data-theme` on `<html>`; the CSS in `styles/tokens.css` does the rest.

pub use ui::theme::Theme;

const STORAGE_KEY: &str = "why-rust-theme";

fn storage() -> Option<web_sys::Storage> {
    // Storage can be missing or throw (private mode, sandboxed iframes): then nothing is saved.
    ui::window()?.local_storage().ok().flatten()
}

/// The saved choice, or `Auto`.
pub fn load() -> Theme {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|v| Theme::from_slug(&v))
        .unwrap_or(Theme::Auto)
}

/// Applies `theme` to the document and saves it (if storage is available).
pub fn apply(theme: Theme) {
    apply_without_saving(theme);
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, theme.slug());
    }
}

/// Applies `theme` to the document only: for embeds, whose host picks the theme.
pub fn apply_without_saving(theme: Theme) {
    if let Some(root) = ui::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.slug());
    }
}
