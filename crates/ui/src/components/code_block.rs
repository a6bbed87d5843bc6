use yew::prelude::*;

/// Properties of [`CodeBlock`].
#[derive(Properties, PartialEq)]
pub struct CodeBlockProps {
    /// The source text, shown as is.
    pub code: AttrValue,
    /// An accessible name for the block, e.g. "Rust source of the calculator".
    pub label: AttrValue,
    /// 1-based lines to mark as current (e.g. the visualizer's step).
    #[prop_or_default]
    pub current: Option<usize>,
    /// 1-based lines to mark as having an error.
    #[prop_or_default]
    pub errors: Vec<usize>,
    /// 1-based lines to mark as involved (a selected error's borrow and use).
    #[prop_or_default]
    pub marked: Vec<usize>,
}

/// A read-only listing with line numbers; it scrolls on its own and is keyboard-focusable
/// so that keyboard users can scroll it too.
#[component]
pub fn CodeBlock(props: &CodeBlockProps) -> Html {
    let shown = match use_context::<crate::Snapshot>() {
        Some(_) => crate::SNAPSHOT_CODE_LINES,
        None => usize::MAX,
    };
    let lines = props.code.lines().take(shown).enumerate().map(|(i, line)| {
        let n = i + 1;
        let class = classes!(
            "code-line",
            (props.current == Some(n)).then_some("current"),
            props.errors.contains(&n).then_some("error"),
            props.marked.contains(&n).then_some("marked"),
        );
        html! {
            <span class={class} data-line={n.to_string()}>
                <span class="line-number" aria-hidden="true">{ n }</span>
                <span class="line-text">{ if line.is_empty() { " " } else { line } }</span>
            </span>
        }
    });
    html! {
        <pre class="code-block" tabindex="0" role="region" aria-label={props.label.clone()}>
            <code>{ for lines }</code>
        </pre>
    }
}
