//! Robustness: random text and randomly mutated corpus programs never panic the engine and
//! never take long (a panic in the browser kills the whole page; a hang freezes it).
//!
//! The test command runs a bounded number of cases (`PROPTEST_CASES`, default 256 per
//! property); `scripts/fuzz-ownership.sh` runs many more.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::{Duration, Instant};

use proptest::prelude::*;

/// Generous: the engine takes well under a millisecond on these inputs; anything near this
/// is a hang, not a slow run.
const HANG: Duration = Duration::from_secs(2);

/// The programs mutated: the corpus, and the held-out programs (which use constructs the
/// engine does not support yet, so mutations also reach the paths that refuse them).
fn corpus() -> &'static [String] {
    static PROGRAMS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PROGRAMS.get_or_init(|| {
        ["corpus", "heldout"]
            .into_iter()
            .flat_map(support::programs)
            .map(|f| std::fs::read_to_string(f).expect("corpus file"))
            .collect()
    })
}

/// Fragments that make mutations land on the constructs the engine cares about.
const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    "&",
    "&mut ",
    "*",
    "let ",
    "mut ",
    "=",
    "+=",
    "s",
    "v",
    "r",
    "x",
    ".clone()",
    ".push_str(\"a\")",
    ".len()",
    "drop(s);",
    "println!(\"{}\", s);",
    "String::from(\"hi\")",
    "vec![1, 2]",
    "fn f(a: &mut String) {}",
    "return ",
    "'a",
    "::",
    "\"",
    "//",
    "/*",
    "\n",
    "if",
    "loop",
    "|x| x",
    "move ",
    "0u8",
    "-",
    "..",
    "'",
    "#",
    "!",
    "struct P { x: i32, s: String }",
    "P { x: 1, s: String::new() }",
    "p.x",
    "p.s",
    "&p.s",
    "move || s.len()",
    "std::thread::spawn(",
    ".join().unwrap()",
    "for x in &v {",
    "for i in 0..3 {",
    "while x < 3 {",
    "loop { break; }",
    "break",
    "continue",
    "if true {} else {}",
    "<'a>",
    "&'a str",
    "#[derive(Debug, Clone, Copy)]",
    "let f = |a: i32| a + 1;",
    "f(2)",
    "impl P { fn get(&self) -> &String { &self.s } }",
    "trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from(\"s\") } }",
    "impl Shape for P { fn area(&self) -> f64 { 1.0 } }",
    "use std::fmt;",
    "impl fmt::Display for P { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"{}\", self.x) } }",
    "fn big<T: PartialOrd + Copy>(a: T, b: T) -> T { if a > b { a } else { b } }",
    "fn show(x: &impl Shape) -> f64 { x.area() }",
    "fn make() -> impl Shape { P { x: 0, s: String::new() } }",
    "where T: Clone",
    "<T: Clone>",
    "&dyn Shape",
    "Box<dyn Shape>",
    "let v: Vec<Box<dyn Shape>> = vec![Box::new(p)];",
    "p.to_string()",
    "struct M(f64);",
    "fn apply<F: Fn(i32) -> i32>(f: F) -> i32 { f(1) }",
    "fn twice(mut f: impl FnMut()) { f(); f(); }",
    "fn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }",
    "Box<dyn Fn(i32) -> i32>",
    "apply(|x| x * 2)",
    "use std::sync::mpsc;",
    "let (tx, rx) = mpsc::channel();",
    "tx.send(s).unwrap();",
    "rx.recv().unwrap()",
    "for m in rx {",
    "thread::scope(|s| {",
    "s.spawn(|| v.len());",
    "matches!(e, E::A | E::B(_))",
    "matches!(x, Some(n) if n > 1)",
    "struct U;",
    "M(1.0)",
    "let M(x) = m;",
    "m.0",
    "u.len() > 0 && v.retain(|x| *x > 1)",
    "w.sort_by_key(|x| x.len());",
    "let s: String = \"a\".into();",
    "impl P { fn new() -> Self { Self { x: 0, s: String::new() } } }",
    "self",
    "&self",
    "&mut self",
    "mut self",
    "Self",
    "Self::new()",
    "P::new()",
    "p.get()",
    "const N: u32 = 3;",
    "static S: &str = \"a\";",
    "N",
    "#[derive(PartialEq, Eq, PartialOrd, Ord, Hash, Default)]",
    "enum E { A, B(String), C { x: i32 } }",
    "E::A",
    "E::B(s)",
    "E::C { x: 1 }",
    "match p { E::A => 1, E::B(t) => 2, _ => 3 }",
    "match &p {",
    "E::B(ref t) =>",
    "x @ 1..=5",
    " | ",
    " if x > 1 ",
    "if let Some(t) = o {",
    "while let Some(t) = v.pop() {",
    "let P { x, s } = p;",
    "let Some(t) = o else { return; };",
    "Some(s)",
    "None",
    "Ok(1)",
    "Err(s)",
    "?",
    ".unwrap()",
    ".as_ref()",
    ".take()",
    ".map(|t| t.len())",
    ".unwrap_or_else(|| 0)",
    "-> Option<i32>",
    "-> Result<i32, String>",
    "(1, s)",
    "let (a, b) = t;",
    "t.0",
    "[1, 2, 3]",
    "[0; 4]",
    "a[1] = 2;",
    "&a[..2]",
    ": [i32; 3]",
    ": (i32, String)",
    "struct X<'a> { part: &'a str }",
    "impl<'a> X<'a> { fn part(&self) -> &'a str { self.part } }",
    "X { part: &s }",
    "x.part()",
    ".iter().map(|x| x + 1)",
    ".filter(|x| **x > 1)",
    ".enumerate()",
    ".zip(v.iter())",
    ".collect::<Vec<_>>()",
    ": Vec<i32> = v.iter().copied().collect();",
    ".sum::<i32>()",
    ".fold(0, |a, b| a + b)",
    "for (i, x) in v.iter().enumerate() {",
    ".iter_mut()",
    "|(a, b)| a",
    "use std::collections::HashMap;",
    "let mut m = HashMap::new();",
    "m.insert(s, 1);",
    "m.get(\"a\")",
    "*m.entry(s).or_insert(0) += 1;",
    "for (k, v) in &m {",
    ".split_whitespace()",
    ".chars()",
    "use std::rc::Rc;",
    "use std::sync::{Arc, Mutex};",
    "use std::cell::RefCell;",
    "Rc::new(s)",
    "Arc::clone(&a)",
    "Mutex::new(0)",
    "*m.lock().unwrap() += 1;",
    "RefCell::new(v)",
    ".borrow_mut().push(1)",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, fragment: usize },
    Duplicate { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..12).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 0..FRAGMENTS.len())
            .prop_map(|(at, fragment)| Mutation::Insert { at, fragment }),
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
    ]
}

/// Applies mutations on character boundaries (the source stays valid UTF-8).
fn mutate(source: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for m in mutations {
        let n = chars.len().max(1);
        match *m {
            Mutation::Delete { at, len } => {
                let at = at % n;
                let end = (at + len).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            Mutation::Insert { at, fragment } => {
                let at = at % (chars.len() + 1);
                let text: Vec<char> = FRAGMENTS[fragment].chars().collect();
                chars.splice(at..at, text);
            }
            Mutation::Duplicate { at, len } => {
                let at = at % n;
                let end = (at + len).min(chars.len());
                let copy: Vec<char> = chars[at.min(end)..end].to_vec();
                chars.splice(end..end, copy);
            }
        }
    }
    chars.into_iter().collect()
}

fn analyze_quickly(source: &str) {
    let start = Instant::now();
    let analysis = ownership::analyze(source);
    let took = start.elapsed();
    assert!(took < HANG, "took {took:?} on:\n{source}");
    // Whatever the verdict, diagnostics only come with a checked program.
    if analysis.status != ownership::Status::Checked {
        assert!(analysis.diagnostics.is_empty());
    }
    for d in &analysis.diagnostics {
        assert!(d.span.line >= 1 && d.span.line <= source.lines().count().max(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_corpus_programs_never_panic_or_hang(
        file in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        let source = file.get(corpus());
        analyze_quickly(&mutate(source, &mutations));
    }

    #[test]
    fn random_text_never_panics_or_hangs(text in "\\PC{0,400}") {
        analyze_quickly(&text);
    }

    #[test]
    fn random_token_soup_inside_main_never_panics_or_hangs(
        picks in prop::collection::vec(0..FRAGMENTS.len(), 0..120),
    ) {
        let body: String = picks.iter().map(|&i| FRAGMENTS[i]).collect::<Vec<_>>().join(" ");
        analyze_quickly(&format!("fn main() {{\n{body}\n}}\n"));
    }
}
