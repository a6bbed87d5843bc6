//! Cheap checks that run before parsing, so that hostile or accidental input
//! (a huge paste, ten thousand nested parentheses) cannot freeze the page or
//! overflow the stack. `syn` parses recursively and the syntax tree is
//! walked, printed for spans and dropped recursively, so its depth must be
//! bounded before `syn` ever sees the tokens. The token scan accepts nesting
//! up to [`MAX_NESTING`], which bounds the depth of the syntax tree: every
//! level of an expression tree needs a bracket, an operator or a keyword
//! such as `return` or `else`.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::MAX_NESTING;

/// Whether `source` has more than `max` characters, without counting all of
/// a very long input.
pub(crate) fn too_long(source: &str, max: usize) -> bool {
    source.chars().nth(max).is_some()
}

/// One bracketed group being scanned.
struct Frame {
    tokens: proc_macro2::token_stream::IntoIter,
    /// Line of the opening bracket, for the report.
    line: usize,
    is_brace: bool,
    /// Operators in the current segment (between commas and semicolons,
    /// which separate siblings rather than nest).
    ops: usize,
    /// Deepest child group in the current segment.
    child: usize,
    /// Deepest finished segment.
    deepest: usize,
    /// The previous token was a `{ .. }` group, so an identifier now starts
    /// a new statement or item rather than continuing an expression.
    after_brace: bool,
}

impl Frame {
    fn new(stream: TokenStream, line: usize, is_brace: bool) -> Frame {
        Frame {
            tokens: stream.into_iter(),
            line,
            is_brace,
            ops: 0,
            child: 0,
            deepest: 0,
            after_brace: false,
        }
    }

    fn end_segment(&mut self) {
        self.deepest = self.deepest.max(self.ops + self.child);
        self.ops = 0;
        self.child = 0;
    }

    fn cost(&self) -> usize {
        1 + self.deepest.max(self.ops + self.child)
    }
}

/// Keywords that can nest expressions without brackets (`return return x`,
/// `else if` chains, `x as T as U`, closures).
const NESTING_KEYWORDS: [&str; 9] = [
    "return", "break", "else", "as", "move", "yield", "box", "dyn", "impl",
];

/// An upper bound of the syntax tree depth of `tokens`, computed without
/// recursion; `Some(line)` where it first exceeds [`MAX_NESTING`].
pub(crate) fn too_deep(tokens: TokenStream) -> Option<usize> {
    let mut stack = vec![Frame::new(tokens, 1, false)];
    loop {
        let frame = stack.last_mut()?;
        let line = match frame.tokens.next() {
            None => {
                let (cost, line, is_brace) = (frame.cost(), frame.line, frame.is_brace);
                stack.pop();
                if cost > MAX_NESTING {
                    return Some(line);
                }
                let parent = stack.last_mut()?;
                parent.child = parent.child.max(cost);
                parent.after_brace = is_brace;
                parent.line
            }
            Some(TokenTree::Group(group)) => {
                let line = group.span_open().start().line;
                let is_brace = group.delimiter() == Delimiter::Brace;
                stack.push(Frame::new(group.stream(), line, is_brace));
                continue;
            }
            Some(TokenTree::Punct(punct)) => {
                frame.after_brace = false;
                match punct.as_char() {
                    ',' | ';' => frame.end_segment(),
                    ':' | '#' | '\'' => {}
                    _ => frame.ops += 1,
                }
                punct.span().start().line
            }
            Some(TokenTree::Ident(ident)) => {
                let word = ident.to_string();
                if frame.after_brace && word != "else" && word != "as" {
                    frame.end_segment();
                }
                frame.after_brace = false;
                if NESTING_KEYWORDS.contains(&word.as_str()) {
                    frame.ops += 1;
                }
                ident.span().start().line
            }
            Some(TokenTree::Literal(literal)) => {
                frame.after_brace = false;
                literal.span().start().line
            }
        };
        if let Some(frame) = stack.last() {
            if frame.cost() > MAX_NESTING {
                return Some(line.max(1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(src: &str) -> Option<usize> {
        match src.parse::<TokenStream>() {
            Ok(tokens) => too_deep(tokens),
            Err(_) => Some(0),
        }
    }

    #[test]
    fn ordinary_code_passes() {
        let src = "fn main() { let v = vec![-1, -2, -3, -4, -5, -6, -7, -8]; \
                   let s = String::from(\"a\"); println!(\"{} {}\", s.len(), v.len()); }";
        assert_eq!(deep(src), None);
        let many_fns: String = (0..200)
            .map(|i| format!("fn f{i}(x: &i32) -> i32 {{ *x + 1 }}\n"))
            .collect();
        assert_eq!(deep(&many_fns), None);
    }

    #[test]
    fn deep_input_is_caught() {
        let parens = format!(
            "fn main() {{ let x = {}1{}; }}",
            "(".repeat(500),
            ")".repeat(500)
        );
        assert!(deep(&parens).is_some());
        let unary = format!("fn main() {{ let x = {}1; }}", "-".repeat(5000));
        assert!(deep(&unary).is_some());
        let chain = format!("fn main() {{ let x = 1{}; }}", "+1".repeat(5000));
        assert!(deep(&chain).is_some());
        let mixed = format!(
            "fn main() {{ let x = {}1{}; }}",
            "(".repeat(60),
            "+1)".repeat(60)
        );
        assert!(deep(&mixed).is_some());
    }

    #[test]
    fn length_limit() {
        assert!(!too_long("abc", 3));
        assert!(too_long("abcd", 3));
        assert!(!too_long("ééé", 3));
    }
}
