//! The decision widget's state as it lives in the URL, and back.
//!
//! `?profile=cli-tool` selects a profile; `?w=runtime-speed:4,memory-safety:5&c=runs-in-browser`
//! gives custom weights and constraints; `&view=questionnaire|slides` opens a tab. Anything
//! malformed gives the default settings and a message for a visible notice.

use decision::{constraint_index, constraints, format_weights, profile, read_weights};
use serde::{Deserialize, Serialize};

use ui::components::clip;

/// The profile shown when the URL names none.
pub const DEFAULT_PROFILE: &str = "cli-tool";

/// Longest query the widget will read; longer ones are treated as tampered.
const MAX_QUERY: usize = 2_000;

/// What the matrix is computed from.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The selected profile's slug, or `None` for custom weights.
    pub profile: Option<&'static str>,
    /// One weight per criterion, 0.0–5.0.
    pub weights: Vec<f64>,
    /// Indices into `decision::constraints()` that are switched on.
    pub constraints: Vec<usize>,
}

impl Settings {
    /// The settings of the profile with this slug, if it exists.
    pub fn from_profile(slug: &str) -> Option<Settings> {
        let p = profile(slug)?;
        Some(Settings {
            profile: Some(p.slug),
            weights: p.weights.to_vec(),
            constraints: p.constraint_indices(),
        })
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_profile(DEFAULT_PROFILE).unwrap_or(Settings {
            profile: None,
            weights: Vec::new(),
            constraints: Vec::new(),
        })
    }
}

/// The widget's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Matrix,
    Questionnaire,
    Slides,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 3] = [Tab::Matrix, Tab::Questionnaire, Tab::Slides];

    /// The tab whose URL value is `slug`; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The URL value (`view=`); the matrix is the default and has none in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Tab::Matrix => "matrix",
            Tab::Questionnaire => "questionnaire",
            Tab::Slides => "slides",
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Matrix => "Weigh it",
            Tab::Questionnaire => "Answer questions",
            Tab::Slides => "All profiles",
        }
    }

    /// The tab to the right, wrapping around.
    pub fn next(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + 1) % Tab::ALL.len()]
    }

    /// The tab to the left, wrapping around.
    pub fn prev(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }
}

/// The query parameters, as serde_urlencoded reads and writes them.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct DecisionQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    w: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    view: Option<String>,
}

/// Reads a query string (`?profile=...`, with or without the `?`) into settings, a tab, and a
/// notice for the visitor when the link had to be ignored in part or in whole.
pub fn parse(query: &str) -> (Settings, Tab, Option<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.is_empty() {
        return (Settings::default(), Tab::Matrix, None);
    }
    let fallback = |why: String| {
        (
            Settings::default(),
            Tab::Matrix,
            Some(format!(
                "{why} Showing the default profile ({DEFAULT_PROFILE}) instead."
            )),
        )
    };
    if query.len() > MAX_QUERY {
        return fallback("This link is too long to be a link from this page.".into());
    }
    let q: DecisionQuery = match serde_urlencoded::from_str(query) {
        Ok(q) => q,
        Err(_) => return fallback("This link's settings could not be read.".into()),
    };
    // What could not be used, a sentence each: dropped, and named in the notice.
    let mut dropped: Vec<String> = Vec::new();
    let tab = match q.view.as_deref() {
        None => Tab::Matrix,
        Some(slug) => Tab::from_slug(slug).unwrap_or_else(|| {
            dropped.push(format!("there is no view `{}`", clip(slug)));
            Tab::Matrix
        }),
    };
    let settings = match (q.profile.as_deref(), q.w.as_deref()) {
        (Some(slug), _) => match Settings::from_profile(slug) {
            Some(s) => s,
            None => return fallback(format!("There is no profile called `{}`.", clip(slug))),
        },
        (None, Some(w)) => {
            let (weights, problems) = match read_weights(w) {
                Ok(read) => read,
                Err(e) => return fallback(format!("The link's weights are not valid: {e}.")),
            };
            // A link none of whose weights could be read says nothing to keep.
            if !problems.is_empty() && weights.iter().all(|w| *w == 0.0) {
                return fallback(format!(
                    "The link's weights are not valid: {}.",
                    problems.join("; ")
                ));
            }
            dropped.extend(problems.into_iter().map(|p| format!("a weight: {p}")));
            let mut chosen = Vec::new();
            for id in
                q.c.as_deref()
                    .unwrap_or("")
                    .split(',')
                    .filter(|s| !s.is_empty())
            {
                match constraint_index(id) {
                    Some(i) if !chosen.contains(&i) => chosen.push(i),
                    Some(_) => {}
                    None => dropped.push(format!("there is no constraint `{}`", clip(id))),
                }
            }
            Settings {
                profile: None,
                weights,
                constraints: chosen,
            }
        }
        (None, None) => Settings::default(),
    };
    let notice = (!dropped.is_empty()).then(|| {
        format!(
            "Part of this link was left out: {}. The rest of it is shown.",
            dropped.join("; ")
        )
    });
    (settings, tab, notice)
}

/// The query that restores `settings` and `tab`.
pub fn to_query(settings: &Settings, tab: Tab) -> DecisionQuery {
    let view = (tab != Tab::Matrix).then(|| tab.slug().to_string());
    match settings.profile {
        Some(slug) => DecisionQuery {
            profile: Some(slug.to_string()),
            view,
            ..DecisionQuery::default()
        },
        None => DecisionQuery {
            profile: None,
            w: Some(format_weights(&settings.weights)),
            c: (!settings.constraints.is_empty()).then(|| {
                settings
                    .constraints
                    .iter()
                    .filter_map(|i| constraints().get(*i).map(|c| c.id))
                    .collect::<Vec<_>>()
                    .join(",")
            }),
            view,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query_string(settings: &Settings, tab: Tab) -> String {
        serde_urlencoded::to_string(to_query(settings, tab)).unwrap()
    }

    #[test]
    fn a_profile_link_selects_the_profile() {
        let (s, tab, notice) = parse("?profile=quick-prototype");
        assert_eq!(s.profile, Some("quick-prototype"));
        assert_eq!(tab, Tab::Matrix);
        assert_eq!(notice, None);
        assert!(
            !s.constraints.is_empty(),
            "the profile's constraints come along"
        );
    }

    #[test]
    fn custom_weights_and_constraints_survive_the_round_trip() {
        let mut s = Settings::from_profile("cli-tool").unwrap();
        s.profile = None;
        s.weights[0] = 2.5;
        s.weights[5] = 5.0;
        s.constraints = vec![constraint_index("runs-in-browser").unwrap()];
        let q = query_string(&s, Tab::Slides);
        let (back, tab, notice) = parse(&q);
        assert_eq!(notice, None, "{q}");
        assert_eq!(tab, Tab::Slides);
        assert_eq!(back, s);
    }

    #[test]
    fn bad_links_fall_back_to_the_default_with_a_notice() {
        for bad in [
            "?profile=nope",
            "?w=runtime-speed:lots",
            "?w=charisma:3",
            "?w=runtime-speed:9",
            "?profile=cli-tool&profile=throwaway",
        ] {
            let (s, tab, notice) = parse(bad);
            assert_eq!(s, Settings::default(), "{bad}");
            assert_eq!(tab, Tab::Matrix, "{bad}");
            let notice = notice.unwrap_or_else(|| panic!("no notice for {bad}"));
            assert!(notice.contains("default profile"), "{bad}: {notice}");
        }
        let long = format!("?w={}", "runtime-speed:1,".repeat(500));
        assert!(parse(&long).2.unwrap().contains("too long"));
    }

    /// One bad part (a weight, a constraint, the view) is dropped and named; the rest stays.
    #[test]
    fn a_bad_part_is_dropped_and_named_and_the_rest_kept() {
        let speed = decision::criterion_index("runtime-speed").unwrap();
        let (s, _, notice) = parse("?w=runtime-speed:4,charisma:5");
        assert_eq!(s.weights[speed], 4.0);
        assert!(notice.is_some_and(|n| n.contains("charisma") && n.starts_with("Part of")));
        let (s, _, notice) = parse("?w=runtime-speed:1&c=must-be-blue,runs-in-browser");
        assert_eq!(s.weights[speed], 1.0);
        assert_eq!(
            s.constraints,
            vec![constraint_index("runs-in-browser").unwrap()]
        );
        assert!(notice.is_some_and(|n| n.contains("must-be-blue")));
        let (s, tab, notice) = parse("?profile=crud-api&view=dance");
        assert_eq!((s.profile, tab), (Some("crud-api"), Tab::Matrix));
        assert!(notice.is_some_and(|n| n.contains("dance")));
    }

    #[test]
    fn an_empty_query_is_the_default_without_a_notice() {
        assert_eq!(parse(""), (Settings::default(), Tab::Matrix, None));
        assert_eq!(parse("?"), (Settings::default(), Tab::Matrix, None));
    }
}
