//! ` (source)` after a fact or a claim, the source a link when it has an address.

use yew::prelude::*;

/// ` (name)` in a `<span class="source">`, `name` a link (`rel="noopener"`) to `url` when
/// there is one: how the matrix and the sources page cite a fact.
pub fn cited(name: &'static str, url: Option<&'static str>) -> Html {
    html! {
        <span class="source">{ " (" }
            if let Some(url) = url {
                <a href={url} rel="noopener">{ name }</a>
            } else {
                { name }
            }
            { ")" }</span>
    }
}
