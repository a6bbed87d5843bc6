//! The energy chart's state, and how it lives in the URL:
//! `#/energy?metric=time&scale=log&rel=Rust&hl=Python,Go&sort=name&view=table&hide=interpreted`.
//! Unknown values fall back to the defaults with a message for a visible notice.

use evidence::{ExecutionType, Metric, Scale, SortOrder};
use serde::{Deserialize, Serialize};

use ui::components::clip;

/// Longest query the widget will read.
const MAX_QUERY: usize = 2_000;

/// Chart or table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Chart,
    Table,
}

/// Everything the energy chart is drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartState {
    pub metric: Metric,
    pub scale: Scale,
    pub order: SortOrder,
    pub view: View,
    /// The language whose value reads 1.00×.
    pub reference: String,
    /// Languages drawn with an outline and a bold label.
    pub highlighted: Vec<String>,
    /// Execution types left out of the chart and table.
    pub hidden: Vec<ExecutionType>,
}

impl Default for ChartState {
    fn default() -> Self {
        ChartState {
            metric: Metric::Energy,
            scale: Scale::Linear,
            order: SortOrder::Value,
            view: View::Chart,
            reference: "C".into(),
            highlighted: vec!["C".into(), "Rust".into()],
            hidden: Vec::new(),
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct EnergyQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    metric: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hl: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sort: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    view: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hide: Option<String>,
}

fn type_slug(t: ExecutionType) -> &'static str {
    t.slug()
}

/// Reads a query string into a state, and a notice when (part of) it had to be ignored.
/// `languages` are the names in the table, for checking `rel` and `hl`.
///
/// Every valid part is kept and only a bad one dropped (`?metric=time&rel=Nope&hl=Go` keeps
/// the time and Go), with a notice that says what was dropped; a link that cannot be read at
/// all (too long, a key given twice) gives the default chart.
pub fn parse(query: &str, languages: &[&str]) -> (ChartState, Option<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let fallback = |why: String| {
        (
            ChartState::default(),
            Some(format!("{why} Showing the default chart instead.")),
        )
    };
    if query.is_empty() {
        return (ChartState::default(), None);
    }
    if query.len() > MAX_QUERY {
        return fallback("This link is too long to be a link from this page.".into());
    }
    let Ok(q) = serde_urlencoded::from_str::<EnergyQuery>(query) else {
        return fallback("This link's settings could not be read.".into());
    };
    let mut s = ChartState::default();
    // What could not be used, a sentence each.
    let mut dropped: Vec<String> = Vec::new();
    if let Some(m) = q.metric.as_deref() {
        match Metric::from_slug(m) {
            Some(m) => s.metric = m,
            None => dropped.push(format!("there is no measure called `{}`", clip(m))),
        }
    }
    if let Some(v) = q.scale.as_deref() {
        match Scale::from_slug(v) {
            Some(v) => s.scale = v,
            None => dropped.push(format!("there is no scale called `{}`", clip(v))),
        }
    }
    match q.sort.as_deref() {
        None | Some("value") => {}
        Some("name") => s.order = SortOrder::Name,
        Some(other) => dropped.push(format!("there is no sort order `{}`", clip(other))),
    }
    match q.view.as_deref() {
        None | Some("chart") => {}
        Some("table") => s.view = View::Table,
        Some(other) => dropped.push(format!("there is no view `{}`", clip(other))),
    }
    let known = |name: &str| {
        languages
            .iter()
            .find(|l| **l == name)
            .map(|l| l.to_string())
    };
    if let Some(r) = q.rel.as_deref() {
        match known(r) {
            Some(r) => s.reference = r,
            None => dropped.push(format!("the table has no language `{}`", clip(r))),
        }
    }
    if let Some(hl) = q.hl.as_deref() {
        let mut chosen = Vec::new();
        for name in hl.split(',').filter(|n| !n.is_empty()) {
            match known(name) {
                Some(n) if !chosen.contains(&n) => chosen.push(n),
                Some(_) => {}
                None => dropped.push(format!("the table has no language `{}`", clip(name))),
            }
        }
        s.highlighted = chosen;
    }
    if let Some(hide) = q.hide.as_deref() {
        for slug in hide.split(',').filter(|n| !n.is_empty()) {
            match ExecutionType::ALL
                .into_iter()
                .find(|t| type_slug(*t) == slug)
            {
                Some(t) if !s.hidden.contains(&t) => s.hidden.push(t),
                Some(_) => {}
                None => dropped.push(format!("there is no execution type `{}`", clip(slug))),
            }
        }
    }
    let notice = (!dropped.is_empty()).then(|| {
        format!(
            "Part of this link was left out: {}. The rest of it is shown.",
            dropped.join("; ")
        )
    });
    (s, notice)
}

/// The query that restores `s` (defaults are left out).
pub fn to_query(s: &ChartState) -> EnergyQuery {
    let d = ChartState::default();
    EnergyQuery {
        metric: (s.metric != d.metric).then(|| s.metric.slug().into()),
        scale: (s.scale != d.scale).then(|| s.scale.slug().into()),
        rel: (s.reference != d.reference).then(|| s.reference.clone()),
        hl: (s.highlighted != d.highlighted).then(|| s.highlighted.join(",")),
        sort: (s.order != d.order).then(|| "name".into()),
        view: (s.view != d.view).then(|| "table".into()),
        hide: (!s.hidden.is_empty()).then(|| {
            s.hidden
                .iter()
                .map(|t| type_slug(*t))
                .collect::<Vec<_>>()
                .join(",")
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["C", "Rust", "Go", "Python", "Java"];

    #[test]
    fn the_issue_s_example_link_reads_as_written() {
        let (s, notice) = parse("?metric=time&scale=log&rel=Rust&hl=Python,Go", LANGS);
        assert_eq!(notice, None);
        assert_eq!(s.metric, Metric::Time);
        assert_eq!(s.scale, Scale::Log);
        assert_eq!(s.reference, "Rust");
        assert_eq!(s.highlighted, vec!["Python".to_string(), "Go".to_string()]);
    }

    #[test]
    fn state_survives_the_round_trip() {
        let s = ChartState {
            metric: Metric::Memory,
            scale: Scale::Log,
            order: SortOrder::Name,
            view: View::Table,
            reference: "Go".into(),
            highlighted: vec!["Java".into()],
            hidden: vec![ExecutionType::Interpreted],
        };
        let q = serde_urlencoded::to_string(to_query(&s)).unwrap();
        assert_eq!(parse(&q, LANGS), (s, None));
        assert_eq!(
            serde_urlencoded::to_string(to_query(&ChartState::default())).unwrap(),
            ""
        );
    }

    #[test]
    fn a_bad_part_is_dropped_and_named_and_the_rest_kept() {
        let (s, notice) = parse("?metric=time&rel=Nope&hl=Go", LANGS);
        assert_eq!(s.metric, Metric::Time);
        assert_eq!(s.reference, ChartState::default().reference);
        assert_eq!(s.highlighted, vec!["Go".to_string()]);
        let notice = notice.expect("a notice");
        assert!(notice.contains("`Nope`"), "{notice}");
        for (bad, kept) in [
            ("?metric=joy&scale=log", "log"),
            ("?scale=cubic&rel=Rust", "Rust"),
            ("?hl=Rust,Klingon", "Rust"),
            ("?hide=quantum,interpreted&view=table", "table"),
            ("?view=hologram&sort=name", "name"),
        ] {
            let (s, notice) = parse(bad, LANGS);
            assert_ne!(s, ChartState::default(), "{bad}: {kept} was dropped too");
            assert!(
                notice.is_some_and(|n| n.starts_with("Part of this link")),
                "{bad}"
            );
        }
    }

    #[test]
    fn unreadable_links_fall_back_with_a_notice() {
        let (s, notice) = parse("?metric=time&metric=energy", LANGS);
        assert_eq!(s, ChartState::default());
        assert!(notice
            .unwrap()
            .ends_with("Showing the default chart instead."));
        let long = format!("?hl={}", "Rust,".repeat(600));
        assert!(parse(&long, LANGS).1.unwrap().contains("too long"));
    }
}
