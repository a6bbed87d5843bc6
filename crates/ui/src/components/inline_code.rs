use yew::prelude::*;

/// Renders a message that marks code with backticks, as rustc's do ("borrow of moved value:
/// `s`"), with each backticked part in `<code>`. An unmatched backtick is shown as is.
pub fn inline_code(text: &str) -> Html {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        // Odd number of backticks: no pairing can be trusted, show the text plainly.
        return html! { { text.to_string() } };
    }
    html! {
        { for parts.iter().enumerate().map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part.to_string() }</code> }
            } else {
                html! { { part.to_string() } }
            }
        }) }
    }
}
