//! Light, dark or the system's choice. The choice is stored in `localStorage` and applied as
//! `data-theme` on `<html>`; the CSS in `styles/tokens.css` does the rest.

/// The visitor's theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

const STORAGE_KEY: &str = "why-rust-theme";

impl Theme {
    /// The value stored and written to `data-theme`: "auto", "light" or "dark".
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses a stored value; anything unknown is `Auto`.
    pub fn from_slug(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The next choice in the toggle's cycle: auto → light → dark → auto.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }

    /// The toggle's visible label.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Theme: system",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Storage can be missing or throw (private mode, sandboxed iframes): then nothing is saved.
    web_sys::window()?.local_storage().ok().flatten()
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
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.slug());
    }
}
