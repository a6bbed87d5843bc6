//! The visitor's theme choice, and the embed option that overrides it. Applying and saving a
//! choice is the shell's job (`src/theme.rs`); islands only follow `data-theme` through CSS.

/// The visitor's theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

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

/// Reads the theme option from an embed route's query string (`?theme=dark`); `None` when it
/// is absent or not one of light, dark, auto.
pub fn theme_option(query: &str) -> Option<Theme> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "theme")
        .and_then(|(_, v)| match v {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_option_reads_only_known_values() {
        assert_eq!(theme_option("?theme=dark"), Some(Theme::Dark));
        assert_eq!(
            theme_option("profile=cli-tool&theme=light"),
            Some(Theme::Light)
        );
        assert_eq!(theme_option("?theme=auto"), Some(Theme::Auto));
        assert_eq!(theme_option("?theme=purple"), None);
        assert_eq!(theme_option(""), None);
        assert_eq!(theme_option("?themes=dark"), None);
    }
}
