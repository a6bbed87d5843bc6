//! One code surface: the visitor types in a `<textarea>` laid over a copy of the program on
//! which the current step, the diagnostics and the gutter marks are drawn (the
//! textarea-over-highlighted-code technique). The copy is hidden from screen readers
//! (`aria-hidden`) and lies under the textarea, which takes every event; the pointer's
//! underline or gutter mark is found with `elementsFromPoint`. The copy follows the textarea's
//! scrolling; both wrap long lines the same way, so nothing scrolls sideways.
//!
//! [`line_marks`], [`segments`], [`caret_at`] and [`diagnostic_at`] are plain functions,
//! tested natively; [`CodeEditor`] only draws them.

use std::rc::Rc;

use ownership::{Analysis, EventKind};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use ui::components::inline_code;

/// A mark in the gutter: the most important thing that happens on a line, in this order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum GutterMark {
    /// A diagnostic's primary span starts on the line.
    Error,
    /// A value moves out of a variable.
    Move,
    /// A variable is borrowed mutably.
    MutBorrow,
    /// A variable is borrowed immutably.
    Borrow,
}

impl GutterMark {
    /// The class name and the character drawn for the mark.
    fn look(self) -> (&'static str, &'static str) {
        match self {
            GutterMark::Error => ("error", "✗"),
            GutterMark::Move => ("move", "→"),
            GutterMark::MutBorrow => ("mut-borrow", "&"),
            GutterMark::Borrow => ("borrow", "&"),
        }
    }
}

/// A diagnostic's underline on one line: characters `start..end` (0-based, counted in
/// characters as [`ownership::Span`] counts them) of diagnostic number `diagnostic`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Underline {
    /// First character underlined.
    pub start: usize,
    /// One past the last character underlined.
    pub end: usize,
    /// Index into [`Analysis::diagnostics`].
    pub diagnostic: usize,
}

/// What the editor draws on one line besides its text.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct LineMarks {
    /// The diagnostics' spans on this line, in the order of the diagnostics.
    pub underlines: Vec<Underline>,
    /// The gutter mark, with what it stands for (shown on hover): the diagnostics' messages,
    /// or the ownership events of the trace that happen on the line.
    pub gutter: Option<(GutterMark, String)>,
}

/// The marks of each line of `code` (one entry per `\n`-separated line): diagnostics
/// underlined at their spans, and a gutter mark where the trace of `fn main` moves or borrows
/// a variable, or where a diagnostic points. Spans outside the code are clipped to it.
pub fn line_marks(code: &str, analysis: &Analysis) -> Vec<LineMarks> {
    let lengths: Vec<usize> = code.split('\n').map(|l| l.chars().count()).collect();
    let mut marks = vec![LineMarks::default(); lengths.len()];
    // Each line's strongest gutter mark, with the notes of that kind on it.
    let mut gutter: Vec<Option<(GutterMark, Vec<String>)>> = vec![None; lengths.len()];
    let mut mark = |line: usize, kind: GutterMark, note: &str| {
        let Some(slot) = line.checked_sub(1).and_then(|i| gutter.get_mut(i)) else {
            return;
        };
        match slot {
            Some((k, _)) if *k < kind => {}
            Some((k, notes)) if *k == kind => {
                if !notes.iter().any(|n| n == note) {
                    notes.push(note.to_string());
                }
            }
            _ => *slot = Some((kind, vec![note.to_string()])),
        }
    };
    for (d, diagnostic) in analysis.diagnostics.iter().enumerate() {
        let s = diagnostic.span;
        let note = format!("error[{}]: {}", diagnostic.code, diagnostic.message);
        mark(s.line, GutterMark::Error, &note);
        let last = s.end_line.max(s.line).min(lengths.len());
        for line in s.line.max(1)..=last {
            let len = lengths[line - 1];
            let start = if line == s.line { s.column.min(len) } else { 0 };
            let mut end = if line == s.end_line {
                s.end_column.min(len)
            } else {
                len
            };
            if end <= start {
                // An empty span still shows: one character, where there is one.
                end = (start + 1).min(len);
            }
            if end > start {
                marks[line - 1].underlines.push(Underline {
                    start,
                    end,
                    diagnostic: d,
                });
            }
        }
    }
    for step in &analysis.steps {
        for event in &step.events {
            let kind = match event.kind {
                EventKind::Move => GutterMark::Move,
                EventKind::MutBorrow => GutterMark::MutBorrow,
                EventKind::SharedBorrow => GutterMark::Borrow,
                _ => continue,
            };
            mark(step.line, kind, &event.text);
        }
    }
    for (m, g) in marks.iter_mut().zip(gutter) {
        m.gutter = g.map(|(kind, notes)| (kind, notes.join("\n")));
    }
    marks
}

/// `line` cut where underlines start and end: each piece with the diagnostic underlined
/// there (the first that covers it), if any. The pieces together are `line`.
pub fn segments<'a>(line: &'a str, underlines: &[Underline]) -> Vec<(&'a str, Option<usize>)> {
    if underlines.is_empty() {
        return vec![(line, None)];
    }
    // Byte offsets of every character boundary, so character columns map to slices.
    let offsets: Vec<usize> = line
        .char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .collect();
    let chars = offsets.len() - 1;
    // Where pieces start and end, in order, each once.
    let mut cuts: Vec<usize> = vec![0, chars];
    for c in underlines.iter().flat_map(|u| [u.start, u.end]) {
        if let Err(i) = cuts.binary_search(&c.min(chars)) {
            cuts.insert(i, c.min(chars));
        }
    }
    cuts.windows(2)
        .map(|w| {
            let under = underlines
                .iter()
                .find(|u| u.start <= w[0] && w[1] <= u.end)
                .map(|u| u.diagnostic);
            (&line[offsets[w[0]]..offsets[w[1]]], under)
        })
        .collect()
}

/// The line (1-based) and column (0-based, in characters) of a caret at `utf16` code units
/// into `code`, which is how a textarea's `selectionStart` counts. Past the end: the end.
pub fn caret_at(code: &str, utf16: usize) -> (usize, usize) {
    let (mut line, mut column, mut at) = (1, 0, 0);
    for c in code.chars() {
        if at >= utf16 {
            break;
        }
        at += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// The first diagnostic whose primary span holds a caret at `line`, `column` (its end
/// included: a caret just after the last character is still on it).
pub fn diagnostic_at(analysis: &Analysis, line: usize, column: usize) -> Option<usize> {
    analysis.diagnostics.iter().position(|d| {
        let s = d.span;
        (s.line, s.column) <= (line, column) && (line, column) <= (s.end_line, s.end_column)
    })
}

/// What the pointer is over: an underlined diagnostic, or the gutter mark of a line (0-based).
#[derive(Clone, Copy, PartialEq)]
enum Hover {
    Diagnostic(usize),
    Gutter(usize),
}

impl Hover {
    /// The underline or gutter mark `el` is, by its `data-diagnostic` or `data-gutter`.
    fn of(el: &web_sys::Element) -> Option<Hover> {
        if let Some(d) = el.get_attribute("data-diagnostic") {
            return d.parse().ok().map(Hover::Diagnostic);
        }
        el.get_attribute("data-gutter")?
            .parse()
            .ok()
            .map(Hover::Gutter)
    }
}

/// An analysis shared with a child, compared by identity: a new analysis is a new `Rc`.
#[derive(Clone)]
pub struct Shared(pub Rc<Analysis>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`CodeEditor`].
#[derive(Properties, PartialEq)]
pub struct CodeEditorProps {
    /// The program.
    pub code: AttrValue,
    /// Its analysis (a new one for every new program).
    pub analysis: Shared,
    /// The current step's line (1-based), highlighted and kept in view.
    pub current: Option<usize>,
    /// Lines to mark as involved in the selected diagnostic (its borrow and later use).
    pub marked: Vec<usize>,
    /// The program as typed, on every edit.
    pub oninput: Callback<String>,
}

/// The editor: a textarea over the marked copy of the program, and under it a status line
/// with the caret's position and rustc's message for the diagnostic under the caret or the
/// pointer (announced to screen readers when it changes).
#[component]
pub fn CodeEditor(props: &CodeEditorProps) -> Html {
    let input = use_node_ref();
    let backdrop = use_node_ref();
    let caret = use_state_eq(|| None::<(usize, usize)>);
    let hovered = use_state_eq(|| None::<Hover>);
    let marks = {
        let code = props.code.clone();
        use_memo(props.analysis.clone(), move |a| line_marks(&code, &a.0))
    };

    // The copy follows the textarea's scrolling. (Only on a scroll: reading `scrollTop` after
    // every render would make the browser lay out the page inside each keystroke.)
    let sync = {
        let (input, backdrop) = (input.clone(), backdrop.clone());
        move || {
            if let (Some(i), Some(b)) = (
                input.cast::<HtmlTextAreaElement>(),
                backdrop.cast::<web_sys::Element>(),
            ) {
                b.set_scroll_top(i.scroll_top());
            }
        }
    };
    // A new current step scrolls its line into view, if it is out of it.
    {
        let (input, backdrop) = (input.clone(), backdrop.clone());
        use_effect_with(props.current, move |current| {
            let line = current.and_then(|n| {
                backdrop
                    .cast::<web_sys::Element>()?
                    .query_selector(&format!("[data-line=\"{n}\"]"))
                    .ok()
                    .flatten()?
                    .dyn_into::<HtmlElement>()
                    .ok()
            });
            if let (Some(line), Some(i)) = (line, input.cast::<HtmlTextAreaElement>()) {
                let (top, height) = (line.offset_top(), line.offset_height());
                let (scroll, view) = (i.scroll_top(), i.client_height());
                if top < scroll || top + height > scroll + view {
                    i.set_scroll_top((top - view / 3).max(0));
                }
            }
        });
    }

    let read_caret = {
        let (input, caret) = (input.clone(), caret.clone());
        move || {
            if let Some(i) = input.cast::<HtmlTextAreaElement>() {
                let at = i.selection_start().ok().flatten().unwrap_or(0) as usize;
                caret.set(Some(caret_at(&i.value(), at)));
            }
        }
    };
    let on_caret = {
        let read_caret = read_caret.clone();
        Callback::from(move |_: Event| read_caret())
    };
    let oninput = {
        let parent = props.oninput.clone();
        let read_caret = read_caret.clone();
        Callback::from(move |e: InputEvent| {
            parent.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
            read_caret();
        })
    };
    let onscroll = Callback::from(move |_: Event| sync());
    // The pointer is over the textarea; the underlined piece under it is found beneath.
    let onmousemove = {
        let hovered = hovered.clone();
        Callback::from(move |e: MouseEvent| {
            let found = ui::window()
                .and_then(|w| w.document())
                .map(|d| d.elements_from_point(e.client_x() as f32, e.client_y() as f32))
                .and_then(|all| {
                    (0..all.length()).find_map(|k| {
                        all.get(k)
                            .dyn_into::<web_sys::Element>()
                            .ok()
                            .and_then(|el| Hover::of(&el))
                    })
                });
            hovered.set(found);
        })
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_: MouseEvent| hovered.set(None))
    };
    let onblur = {
        let caret = caret.clone();
        Callback::from(move |_: FocusEvent| caret.set(None))
    };

    let analysis = &props.analysis.0;
    let at_caret = (*caret).and_then(|(l, c)| diagnostic_at(analysis, l, c));
    let diagnostic = |i: usize| {
        analysis.diagnostics.get(i).map(|d| {
            html! {
                <>
                    <span class="code">{ format!("error[{}]", d.code) }</span>
                    { ": " }{ inline_code(&d.message) }
                </>
            }
        })
    };
    // What the pointer is over wins over what the caret is on.
    let message = match *hovered {
        Some(Hover::Gutter(i)) => marks
            .get(i)
            .and_then(|m| m.gutter.as_ref())
            .map(|(_, note)| {
                note.split('\n')
                    .map(|n| html! { <span class="gutter-note">{ inline_code(n) }</span> })
                    .collect::<Html>()
            }),
        Some(Hover::Diagnostic(d)) => diagnostic(d),
        None => at_caret.and_then(diagnostic),
    };
    let lines = props.code.split('\n').count();
    // As many rows as the program has lines (a final newline counts one), from 6 to 26.
    let rows = lines.clamp(6, 26);

    html! {
        <div class="code-editor">
            <div class="code-surface">
                <Backdrop code={props.code.clone()} marks={marks} current={props.current}
                    marked={props.marked.clone()} node={backdrop} />
                <textarea id="ownership-code" class="code-input" ref={input} spellcheck="false"
                    autocapitalize="off" autocomplete="off" rows={rows.to_string()}
                    aria-describedby="ownership-code-status"
                    value={props.code.clone()} {oninput} {onscroll} {onmousemove} {onmouseleave}
                    onkeyup={on_caret.reform(|e: KeyboardEvent| e.into())}
                    onmouseup={on_caret.reform(|e: MouseEvent| e.into())}
                    onfocus={on_caret.reform(|e: FocusEvent| e.into())} {onblur} />
            </div>
            <p class="editor-status" id="ownership-code-status">
                <span class="caret-position">
                    { (*caret).map(|(l, c)| format!("Line {l}, column {}", c + 1)).unwrap_or_default() }
                </span>
                <span class="caret-diagnostic" aria-live="polite">
                    { for message }
                </span>
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BackdropProps {
    code: AttrValue,
    marks: Rc<Vec<LineMarks>>,
    current: Option<usize>,
    marked: Vec<usize>,
    node: NodeRef,
}

/// The marked copy of the program, behind the textarea. A component of its own, so that a
/// caret or pointer move, which re-renders the editor, does not redraw it.
#[component]
fn Backdrop(props: &BackdropProps) -> Html {
    let lines = props.code.split('\n').enumerate().map(|(i, text)| {
        let n = i + 1;
        let marks = props.marks.get(i);
        let class = classes!(
            "editor-line",
            (props.current == Some(n)).then_some("current"),
            props.marked.contains(&n).then_some("marked"),
        );
        let gutter = marks.and_then(|m| m.gutter.as_ref()).map(|(kind, note)| {
            let (name, glyph) = kind.look();
            html! { <span class={classes!("gutter-mark", name)} data-gutter={i.to_string()} title={note.clone()}>{ glyph }</span> }
        });
        let pieces = match marks {
            Some(m) if !m.underlines.is_empty() => segments(text, &m.underlines)
                .into_iter()
                .map(|(piece, under)| match under {
                    Some(d) => html! { <span class="diag" data-diagnostic={d.to_string()}>{ piece }</span> },
                    None => html! { { piece } },
                })
                .collect::<Html>(),
            _ => html! { { if text.is_empty() { " " } else { text } } },
        };
        html! {
            <span {class} data-line={n.to_string()}>
                <span class="line-number">{ n }</span>{ for gutter }{ pieces }
            </span>
        }
    });
    html! {
        <pre class="code-backdrop" aria-hidden="true" ref={props.node.clone()}>
            <code>{ for lines }<span class="editor-line">{ " " }</span></code>
        </pre>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownership::analyze;

    fn underlined(line: &str, marks: &LineMarks) -> Vec<String> {
        segments(line, &marks.underlines)
            .into_iter()
            .filter(|(_, d)| d.is_some())
            .map(|(s, _)| s.to_string())
            .collect()
    }

    /// rustc points E0382 at the use after the move: that use is underlined, its line gets
    /// the error mark, and the move's line the move mark.
    #[test]
    fn a_use_after_move_is_underlined_where_rustc_points() {
        let code = "fn main() {\n    let s = String::from(\"hé\");\n    let t = s;\n    println!(\"{}\", s);\n}\n";
        let analysis = analyze(code);
        assert_eq!(analysis.diagnostics[0].code, "E0382");
        let marks = line_marks(code, &analysis);
        assert_eq!(marks.len(), code.split('\n').count());
        let lines: Vec<&str> = code.split('\n').collect();
        assert_eq!(underlined(lines[3], &marks[3]), vec!["s"]);
        assert!(
            matches!(&marks[3].gutter, Some((GutterMark::Error, note)) if note.contains("E0382"))
        );
        assert!(matches!(marks[2].gutter, Some((GutterMark::Move, _))));
        assert!(marks[1].underlines.is_empty());
        // The pieces of a line are the line.
        let joined: String = segments(lines[3], &marks[3].underlines)
            .iter()
            .map(|(s, _)| *s)
            .collect();
        assert_eq!(joined, lines[3]);
    }

    #[test]
    fn borrows_get_their_own_marks() {
        let code = "fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    println!(\"{r:?}\");\n    let m = &mut v;\n    m.push(2);\n}\n";
        let analysis = analyze(code);
        assert!(analysis.compiles(), "{:?}", analysis.status);
        let marks = line_marks(code, &analysis);
        assert!(matches!(marks[2].gutter, Some((GutterMark::Borrow, _))));
        assert!(matches!(marks[4].gutter, Some((GutterMark::MutBorrow, _))));
    }

    #[test]
    fn segments_cut_by_characters_not_bytes() {
        let u = |start, end, diagnostic| Underline {
            start,
            end,
            diagnostic,
        };
        assert_eq!(
            segments("é=ü+x", &[u(2, 3, 0)]),
            vec![("é=", None), ("ü", Some(0)), ("+x", None)]
        );
        // Overlaps take the first diagnostic; ranges past the end are clipped.
        assert_eq!(
            segments("abcdef", &[u(1, 4, 0), u(3, 99, 1)]),
            vec![
                ("a", None),
                ("bc", Some(0)),
                ("d", Some(0)),
                ("ef", Some(1))
            ]
        );
    }

    #[test]
    fn a_caret_counts_utf16_units_like_a_textarea() {
        let code = "ab\n😀c\nd";
        assert_eq!(caret_at(code, 0), (1, 0));
        assert_eq!(caret_at(code, 3), (2, 0));
        // The emoji is two UTF-16 units and one character.
        assert_eq!(caret_at(code, 5), (2, 1));
        assert_eq!(caret_at(code, 7), (3, 0));
        assert_eq!(caret_at(code, 100), (3, 1));
    }

    #[test]
    fn the_caret_on_an_underlined_use_finds_its_diagnostic() {
        let code = "fn main() {\n    let s = String::new();\n    let t = s;\n    let u = s;\n}\n";
        let analysis = analyze(code);
        let d = &analysis.diagnostics[0];
        assert_eq!(
            diagnostic_at(&analysis, d.span.line, d.span.column),
            Some(0)
        );
        assert_eq!(
            diagnostic_at(&analysis, d.span.end_line, d.span.end_column),
            Some(0)
        );
        assert_eq!(diagnostic_at(&analysis, 2, 4), None);
    }

    /// Spans the engine could never give (past the code) are clipped, not a panic.
    #[test]
    fn spans_outside_the_code_are_clipped() {
        let code = "fn main() {}";
        let mut analysis =
            analyze("fn main() {\n let s = String::new();\n let t = s;\n let u = s;\n}");
        analysis.diagnostics[0].span = ownership::Span {
            line: 1,
            column: 40,
            end_line: 9,
            end_column: 3,
        };
        let marks = line_marks(code, &analysis);
        assert_eq!(marks.len(), 1);
        assert!(marks[0].underlines.is_empty());
    }
}
