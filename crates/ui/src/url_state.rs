//! Widget state in the URL, shared by the widgets that keep some there (energy, ownership,
//! decision): only a widget's own page and its embed page own the URL; everywhere else (the
//! home page, presenter slides) the widget leaves it alone. Rewriting the query keeps an
//! embed's `theme=` option, so a reload inside an iframe keeps the host's theme.

use serde::Serialize;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// Whether the widget owns the URL here, and the query it may read (empty when it does not).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedUrl {
    /// The current route is one of the widget's pages.
    pub owns: bool,
    /// The current query string, without the `?`; empty unless `owns`.
    pub query: String,
}

/// Reads the URL for a widget whose pages are `pages` (its page and its embed page).
#[hook]
pub fn use_owned_url(pages: [Route; 2]) -> OwnedUrl {
    let location = use_location();
    let route = use_route::<Route>();
    let owns = route.is_some_and(|r| pages.contains(&r));
    let query = match (owns, location) {
        (true, Some(l)) => l.query_str().trim_start_matches('?').to_string(),
        _ => String::new(),
    };
    OwnedUrl { owns, query }
}

/// Writes `to_query(state)` into the URL whenever `state` changes, if the widget owns the URL;
/// `None` (or a query with no fields) leaves only the route. The embed's `theme=` is kept.
#[hook]
pub fn use_query_sync<S, Q, F>(owned: &OwnedUrl, state: S, to_query: F)
where
    S: PartialEq + Clone + 'static,
    Q: Serialize,
    F: Fn(&S) -> Option<Q> + 'static,
{
    let navigator = use_navigator();
    let route = use_route::<Route>();
    let theme = crate::theme::theme_option(&owned.query);
    let owns = owned.owns;
    use_effect_with(state, move |state| {
        let (true, Some(navigator), Some(route)) = (owns, navigator, route) else {
            return;
        };
        let mut pairs: Vec<(String, String)> = to_query(state)
            .and_then(|q| serde_urlencoded::to_string(q).ok())
            .map(|s| form_urlencoded::parse(s.as_bytes()).into_owned().collect())
            .unwrap_or_default();
        if let Some(t) = theme {
            pairs.push(("theme".into(), t.slug().into()));
        }
        if pairs.is_empty() {
            navigator.replace(&route);
        } else {
            let _ = navigator.replace_with_query(&route, pairs);
        }
    });
}
