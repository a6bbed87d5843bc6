//! Behaviour of `analyze` beyond the rustc oracle: unsupported input,
//! syntax errors, limits, robustness, and the visualizer's steps.

use ownership::{analyze, check_syntax, Analysis, BorrowKind, EventKind, Status, Step, VarState};

fn unsupported_line(analysis: &Analysis) -> Option<usize> {
    match &analysis.status {
        Status::Unsupported { line, .. } => Some(*line),
        _ => None,
    }
}

/// The message of an unsupported result, for assertion messages.
fn status_text(analysis: &Analysis) -> String {
    format!("{:?}", analysis.status)
}

#[test]
fn unsupported_constructs_give_no_verdict() {
    let cases = [
        (
            "fn main() {\n    let n = 3;\n    match n {\n        1 => {}\n        2.. => {}\n    }\n}",
            3,
            "`match` on numbers",
        ),
        (
            "fn main() {\n    let v = vec![1];\n    for (i, x) in v {}\n}",
            3,
            // A tuple pattern over `i32` items: rustc's E0308, not about ownership.
            "type mismatch",
        ),
        (
            "fn main() {\n    let x = 1;\n    let y = unsafe { x };\n}",
            3,
            "unsafe",
        ),
        (
            "struct P {\n    x: i32,\n}\nimpl Drop for P {\n    fn drop(&mut self) {}\n}\nfn main() {}",
            4,
            "implementing `Drop`",
        ),
        ("mod shapes {\n    pub fn area() {}\n}\nfn main() {}", 1, "modules"),
        (
            "fn main() {\n    let s = String::from(\"a\");\n    let n = s.chars().peekable();\n}",
            3,
            "peekable",
        ),
        ("fn main() {\n\n    dbg!(1);\n}", 3, "dbg"),
        (
            "fn first(s: &[i32]) -> i32 {\n    match s {\n        [] => 0,\n        [x, ..] => *x,\n    }\n}\nfn main() {}",
            2,
            "slices without a `_` arm",
        ),
        ("async fn fetch() {}\nfn main() {}", 1, "`async`"),
        (
            "fn main() {\n    let x = 1;\n    'outer: while x < 3 {}\n}",
            3,
            "loop labels",
        ),
        ("fn helper() {}\n", 1, "fn main"),
        ("use regex::Regex;\nfn main() {}", 1, "use"),
    ];
    for (source, line, construct) in cases {
        let analysis = analyze(source);
        assert_eq!(
            unsupported_line(&analysis),
            Some(line),
            "{source}\n{}",
            status_text(&analysis)
        );
        let Status::Unsupported {
            construct: c,
            message,
            ..
        } = &analysis.status
        else {
            unreachable!()
        };
        assert!(c.contains(construct), "{c:?} should mention {construct}");
        assert!(!message.is_empty());
        assert!(analysis.diagnostics.is_empty());
        assert!(analysis.steps.is_empty());
        assert!(!analysis.compiles());
    }
}

#[test]
fn a_match_that_misses_a_variant_is_not_judged() {
    // rustc rejects it with E0004, which is not about ownership: no verdict, and the
    // message names the missing case rather than saying the program compiles.
    let source = "enum Light {\n    Red,\n    Green,\n}\nfn main() {\n    let l = Light::Red;\n    \
                  let wait = match l {\n        Light::Red => 30,\n    };\n    println!(\"{wait}\");\n}\n";
    let analysis = analyze(source);
    assert_eq!(
        unsupported_line(&analysis),
        Some(7),
        "{}",
        status_text(&analysis)
    );
    assert!(status_text(&analysis).contains("E0004"));
    // With the missing arm it compiles.
    let fixed = source.replace(
        "Light::Red => 30,",
        "Light::Red => 30,\n        Light::Green => 0,",
    );
    assert!(
        analyze(&fixed).compiles(),
        "{}",
        status_text(&analyze(&fixed))
    );
}

#[test]
fn an_rc_sent_to_a_thread_is_not_judged() {
    // rustc rejects it (E0277: `Rc` is not `Send`), which is not about ownership: no
    // verdict; with `Arc` it compiles.
    let source = "use std::rc::Rc;\nuse std::thread;\nfn main() {\n    let n = Rc::new(1);\n    \
                  let h = thread::spawn(move || println!(\"{}\", n));\n    h.join().unwrap();\n}\n";
    let analysis = analyze(source);
    assert_eq!(
        unsupported_line(&analysis),
        Some(5),
        "{}",
        status_text(&analysis)
    );
    assert!(status_text(&analysis).contains("E0277"));
    let with_arc = source
        .replace("std::rc::Rc", "std::sync::Arc")
        .replace("Rc::new", "Arc::new");
    assert!(
        analyze(&with_arc).compiles(),
        "{}",
        status_text(&analyze(&with_arc))
    );
}

#[test]
fn errors_elsewhere_do_not_leak_out_of_unsupported_programs() {
    // The first function has a real E0382, but the program as a whole is
    // outside the subset, so no diagnostics at all.
    let source = "fn f() { let s = String::new(); let t = s; let u = s; }\n\
                  fn main() { let x = 1; let y = unsafe { x }; }";
    let analysis = analyze(source);
    assert_eq!(unsupported_line(&analysis), Some(2));
    assert!(analysis.diagnostics.is_empty());
}

#[test]
fn syntax_errors_are_reported_with_a_line() {
    let analysis = analyze("fn main() {\n    let x = ;\n}");
    assert!(
        matches!(analysis.status, Status::SyntaxError { line: 2, .. }),
        "{:?}",
        analysis.status
    );
    assert!(analysis.diagnostics.is_empty());
    let unterminated = analyze("fn main() {\n    let s = \"open;\n}\n");
    assert!(matches!(unterminated.status, Status::SyntaxError { .. }));
    let unbalanced = analyze("fn main() {\n    let v = vec![1, 2;\n}");
    assert!(matches!(unbalanced.status, Status::SyntaxError { .. }));
}

#[test]
fn check_syntax_stops_at_the_syntax_tree() {
    // A use after move parses: only the analysis finds the error.
    let moved = "fn main() { let s = String::from(\"a\"); let t = s; let u = s; }\n";
    assert_eq!(check_syntax(moved), None);
    assert!(matches!(
        check_syntax("fn main() {\n    let x = ;\n}"),
        Some(Status::SyntaxError { line: 2, .. })
    ));
    assert!(matches!(
        check_syntax(&"(".repeat(ownership::MAX_SOURCE_CHARS + 1)),
        Some(Status::Unsupported { line: 1, .. })
    ));
    let deep = format!(
        "fn main() {{ let x = {}1{}; }}",
        "(".repeat(200),
        ")".repeat(200)
    );
    assert!(matches!(
        check_syntax(&deep),
        Some(Status::Unsupported { .. })
    ));
}

#[test]
fn long_input_is_refused_without_parsing() {
    let program = "fn main() { let s = String::from(\"a\"); let t = s; let u = s; }\n";
    assert_eq!(analyze(program).diagnostics.len(), 1);
    // Padding with a comment keeps it valid Rust, but too long.
    let padding = "// padding padding padding\n".repeat(800);
    let long = format!("{program}{padding}");
    assert!(long.chars().count() > ownership::MAX_SOURCE_CHARS);
    let analysis = analyze(&long);
    assert_eq!(unsupported_line(&analysis), Some(1));
    assert!(analysis.diagnostics.is_empty());
    // Not even a syntax error is looked for.
    let garbage = "(".repeat(ownership::MAX_SOURCE_CHARS + 1);
    assert!(matches!(
        analyze(&garbage).status,
        Status::Unsupported { .. }
    ));
    // Exactly at the limit is fine.
    let exact = format!(
        "{program}{}",
        " ".repeat(ownership::MAX_SOURCE_CHARS - program.len())
    );
    assert_eq!(analyze(&exact).status, Status::Checked);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let n = 9_000;
    let sources = [
        format!(
            "fn main() {{ let x = {}1{}; }}",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!("fn main() {} {}", "{".repeat(n), "}".repeat(n)),
        format!("fn main() {{ let x = {}true; }}", "!".repeat(n)),
        format!("fn main() {{ let x = 1{}; }}", " + 1".repeat(n / 2)),
        format!("fn main() {{ let x = {}5; }}", "&".repeat(n)),
        format!(
            "fn main() {{ let s = String::new(){}; }}",
            ".clone()".repeat(n / 10)
        ),
        format!("fn f(x: {}i32) {{}} fn main() {{}}", "&".repeat(n)),
        format!(
            "fn main() {{ let v = {}1{}; }}",
            "vec![".repeat(n / 6),
            "]".repeat(n / 6)
        ),
    ];
    for source in &sources {
        let analysis = analyze(source);
        assert!(
            matches!(
                analysis.status,
                Status::Unsupported { .. } | Status::SyntaxError { .. }
            ),
            "{}",
            status_text(&analysis)
        );
        assert!(analysis.diagnostics.is_empty());
    }
    // Past the walker's limit but within the token limit: each nested
    // index is two levels of the walk (the place and its index value).
    let indexes = format!(
        "fn main() {{ let v = vec![0]; let x = {}0{}; }}",
        "v[".repeat(40),
        "]".repeat(40)
    );
    let analysis = analyze(&indexes);
    assert!(
        matches!(&analysis.status, Status::Unsupported { message, .. } if message.contains("is nested")),
        "{}",
        status_text(&analysis)
    );
    // Moderate nesting is analyzed normally.
    let moderate = format!(
        "fn main() {{ let x = {}1{}; }}",
        "(".repeat(20),
        ")".repeat(20)
    );
    assert!(analyze(&moderate).compiles());
}

#[test]
fn never_panics_on_mangled_programs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("corpus file");
        let chars: Vec<char> = source.chars().collect();
        // Every prefix (in steps), and the program with each line removed.
        let mut variants: Vec<String> = (0..chars.len())
            .step_by(7)
            .map(|k| chars[..k].iter().collect())
            .collect();
        let lines: Vec<&str> = source.lines().collect();
        for skip in 0..lines.len() {
            let kept: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect();
            variants.push(kept.join("\n"));
        }
        for variant in variants {
            let analysis = analyze(&variant);
            if analysis.status != Status::Checked {
                assert!(analysis.diagnostics.is_empty(), "{variant}");
                assert!(analysis.steps.is_empty(), "{variant}");
            }
        }
    }
    for odd in [
        "",
        " ",
        "fn",
        "fn main",
        "fn main() {",
        "}",
        "\u{feff}fn main() {}",
        "fn main() { let é = 'é'; }",
    ] {
        let _ = analyze(odd);
    }
}

const PROCESS_DATA: &str = r#"fn process_data(data: String) {}

fn main() {
    let message = String::from("Hello, world!");
    process_data(message);
}
"#;

#[test]
fn process_data_steps_show_the_move() {
    let analysis = analyze(PROCESS_DATA);
    assert!(analysis.compiles(), "{:?}", analysis);
    let steps = &analysis.steps;
    let at: Vec<(usize, &str)> = steps
        .iter()
        .map(|s| (s.line, s.function.as_str()))
        .collect();
    assert_eq!(
        at,
        [
            (4, "main"),
            (1, "process_data"),
            (1, "process_data"),
            (5, "main"),
            (6, "main")
        ],
        "declaration, the call's frame (opening, closing), the call's statement, end of main"
    );
    let declare = &steps[0];
    assert_eq!(declare.events[0].kind, EventKind::Declare);
    let message = &declare.vars[0];
    assert_eq!(
        (message.name.as_str(), message.ty.as_str()),
        ("message", "String")
    );
    assert_eq!(message.state, VarState::Owned);
    assert_eq!(message.heap.as_deref(), Some("\"Hello, world!\""));

    // Inside the call: `main`'s frame below, waiting on line 5, `message` already moved in.
    let inside = &steps[1];
    assert_eq!(inside.callers.len(), 1);
    assert_eq!(
        (inside.callers[0].function.as_str(), inside.callers[0].line),
        ("main", 5)
    );
    assert_eq!(inside.callers[0].vars[0].state, VarState::Moved);
    assert_eq!(inside.vars[0].name, "data");
    assert_eq!(inside.vars[0].state, VarState::Owned);
    assert!(inside.events.iter().any(|e| e.kind == EventKind::Call));
    assert!(steps[2]
        .events
        .iter()
        .any(|e| e.kind == EventKind::Drop && e.var == "data"));

    let call = &steps[3];
    assert!(call.callers.is_empty());
    let moved = call
        .events
        .iter()
        .find(|e| e.kind == EventKind::Move)
        .expect("a move event");
    assert_eq!(moved.var, "message");
    assert!(moved.text.contains("process_data"));
    assert_eq!(call.vars[0].state, VarState::Moved);
    assert_eq!(call.vars[0].heap, None);

    let end = &steps[4];
    assert!(end
        .events
        .iter()
        .any(|e| e.kind == EventKind::Drop && e.var == "message"));
    assert!(end.vars.is_empty());
}

#[test]
fn a_call_opens_a_frame_whose_references_point_into_the_caller() {
    let source = r#"struct Counter {
    n: i32,
}

impl Counter {
    fn bump(&mut self, by: i32) {
        self.n += by;
    }
}

fn count(n: u64) -> u64 {
    if n == 0 { 0 } else { 1 + count(n - 1) }
}

fn main() {
    let mut c = Counter { n: 0 };
    let mut s = String::new();
    c.bump(2);
    let k = count(3);
    s.push('a');
    println!("{} {k} {s}", c.n);
}
"#;
    let analysis = analyze(source);
    assert!(analysis.compiles(), "{:?}", analysis);
    let steps = &analysis.steps;
    let inside: Vec<&Step> = steps
        .iter()
        .filter(|s| s.function == "Counter::bump")
        .collect();
    assert_eq!(
        inside.len(),
        3,
        "opening, `self.n += by`, closing: {steps:#?}"
    );
    let open = inside[0];
    assert_eq!(open.line, 6);
    assert_eq!(open.callers[0].line, 18);
    let this = &open.vars[0];
    assert_eq!(this.name, "self");
    // `self` borrows `main`'s `c` (frame 0), not something of its own frame.
    let b = this.borrow.as_ref().expect("`self` borrows `c`");
    assert_eq!(
        (b.target.as_str(), b.kind, b.frame),
        ("c", BorrowKind::Mutable, 0)
    );
    // The timeline keeps `main`'s lanes going through the call, and gives the callee's
    // variables lanes of their own.
    let lanes = ownership::timeline(steps);
    let lane = |name: &str| lanes.iter().find(|l| l.name == name).expect(name);
    let during = steps
        .iter()
        .position(|s| s.function == "Counter::bump")
        .unwrap();
    assert_eq!(lane("c").cells[during], ownership::Cell::Owned);
    assert_eq!(lane("bump: self").cells[during], ownership::Cell::MutBorrow);
    assert_eq!(lane("bump: self").cells[0], ownership::Cell::OutOfScope);
    // A recursive function is one frame deep: its own call is not followed.
    let count: Vec<&Step> = steps.iter().filter(|s| s.function == "count").collect();
    assert!(!count.is_empty());
    assert!(count.iter().all(|s| s.callers.len() == 1), "{count:#?}");
}

#[test]
fn an_error_inside_a_called_function_points_at_its_step() {
    let source = r#"fn grow(v: &mut Vec<i32>) {
    let first = &v[0];
    v.push(*first);
    println!("{first}");
}

fn main() {
    let mut v = vec![1];
    grow(&mut v);
}
"#;
    let analysis = analyze(source);
    let d = &analysis.diagnostics[0];
    assert_eq!((d.code, d.span.line), ("E0502", 3));
    let step = &analysis.steps[d.step.expect("a step")];
    assert_eq!((step.function.as_str(), step.line), ("grow", 3));
}

#[test]
fn use_after_move_points_at_the_use() {
    let source = PROCESS_DATA.replace(
        "process_data(message);\n",
        "process_data(message);\n    println!(\"{}\", message);\n",
    );
    let analysis = analyze(&source);
    assert_eq!(analysis.status, Status::Checked);
    assert_eq!(analysis.diagnostics.len(), 1);
    let d = &analysis.diagnostics[0];
    assert_eq!((d.code, d.span.line), ("E0382", 6));
    assert_eq!(d.message, "borrow of moved value: `message`");
    let labels: Vec<(&str, usize)> = d
        .labels
        .iter()
        .map(|l| (l.message.as_str(), l.span.line))
        .collect();
    assert!(labels.contains(&("value moved here", 5)), "{labels:?}");
    assert!(
        labels.contains(&("value borrowed here after move", 6)),
        "{labels:?}"
    );
    assert_eq!(d.step, Some(4), "the println! step, after the call's three");
}

#[test]
fn non_lexical_lifetimes() {
    let fine = "fn main() {\n    let mut s = String::from(\"a\");\n    let r = &s;\n    println!(\"{r}\");\n    s.push('x');\n}\n";
    let analysis = analyze(fine);
    assert!(analysis.compiles(), "{:?}", analysis.diagnostics);
    // The borrow ends at the println! step and is shown until then.
    let println_step = &analysis.steps[2];
    assert!(println_step
        .events
        .iter()
        .any(|e| e.kind == EventKind::BorrowEnd && e.var == "r"));
    let declared = &analysis.steps[1];
    let r = declared.vars.iter().find(|v| v.name == "r").expect("r");
    assert_eq!(r.borrow.as_ref().map(|b| b.target.as_str()), Some("s"));
    assert!(println_step.vars.iter().all(|v| v.borrow.is_none()));

    let broken = "fn main() {\n    let mut s = String::from(\"a\");\n    let r = &s;\n    s.push('x');\n    println!(\"{r}\");\n}\n";
    let analysis = analyze(broken);
    let found: Vec<(&str, usize)> = analysis
        .diagnostics
        .iter()
        .map(|d| (d.code, d.span.line))
        .collect();
    assert_eq!(found, vec![("E0502", 4)]);
    let d = &analysis.diagnostics[0];
    assert_eq!(
        d.message,
        "cannot borrow `s` as mutable because it is also borrowed as immutable"
    );
    let labels: Vec<(&str, usize)> = d
        .labels
        .iter()
        .map(|l| (l.message.as_str(), l.span.line))
        .collect();
    assert!(
        labels.contains(&("immutable borrow occurs here", 3)),
        "{labels:?}"
    );
    assert!(
        labels.contains(&("immutable borrow later used here", 5)),
        "{labels:?}"
    );
}

#[test]
fn two_phase_borrows() {
    let fine = "fn main() { let mut v: Vec<usize> = Vec::new(); v.push(v.len()); }";
    assert!(analyze(fine).compiles());
    let broken =
        "fn main() {\n    let mut s = String::from(\"a\");\n    let r = &s;\n    s.push_str(r);\n}";
    let codes: Vec<_> = analyze(broken)
        .diagnostics
        .iter()
        .map(|d| (d.code, d.span.line))
        .collect();
    assert_eq!(codes, vec![("E0502", 4)]);
}

#[test]
fn heap_contents_are_followed() {
    let source = "fn main() {\n    let mut s = String::from(\"hi\");\n    s.push('!');\n    let mut v = vec![1, 2];\n    v.push(3);\n    let t = s.clone();\n    v.clear();\n}";
    let analysis = analyze(source);
    assert!(analysis.compiles());
    let heap = |step: usize, name: &str| {
        analysis.steps[step]
            .vars
            .iter()
            .find(|v| v.name == name)
            .and_then(|v| v.heap.clone())
    };
    assert_eq!(heap(1, "s").as_deref(), Some("\"hi!\""));
    assert_eq!(heap(3, "v").as_deref(), Some("[1, 2, 3]"));
    assert_eq!(heap(4, "t").as_deref(), Some("\"hi!\""));
    assert_eq!(heap(5, "v").as_deref(), Some("[]"));
}

#[test]
fn block_scopes_drop_in_reverse_order() {
    let source =
        "fn main() {\n    {\n        let a = String::from(\"a\");\n        let b = 1;\n    }\n}";
    let analysis = analyze(source);
    let end = analysis
        .steps
        .iter()
        .find(|s| s.line == 5)
        .expect("block end step");
    let dropped: Vec<&str> = end
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Drop)
        .map(|e| e.var.as_str())
        .collect();
    assert_eq!(dropped, vec!["b", "a"]);
    assert!(end
        .events
        .iter()
        .any(|e| e.text == "`a` is dropped: its heap memory is freed"));
    assert!(end.vars.is_empty());
}

#[test]
fn each_code_and_line_is_reported_once() {
    // Two conflicting borrows on one line: one diagnostic per (code, line).
    let source = "fn main() {\n    let mut s = String::new();\n    let r = &s;\n    s.push('a'); s.push('b');\n    println!(\"{r}\");\n}";
    let analysis = analyze(source);
    assert_eq!(analysis.diagnostics.len(), 1);
}

#[test]
fn long_main_functions_keep_the_steps_small() {
    let lets: String = (0..600).map(|i| format!("    let v{i} = {i};\n")).collect();
    let source = format!(
        "fn main() {{\n{lets}    let s = String::new();\n    let t = s;\n    let u = s;\n}}\n"
    );
    let analysis = analyze(&source);
    assert_eq!(analysis.status, Status::Checked);
    let snapshots: usize = analysis.steps.iter().map(|s| s.vars.len()).sum();
    assert!(snapshots <= ownership::MAX_STEP_VARS + 600, "{snapshots}");
    assert!(analysis.steps.len() < 603);
    // The diagnostics do not depend on the steps.
    let d = &analysis.diagnostics[0];
    assert_eq!((d.code, d.span.line, d.step), ("E0382", 604, None));
}

#[test]
fn serializes_to_json() {
    let analysis = analyze(PROCESS_DATA);
    let json = serde_json::to_value(&analysis).expect("serializable");
    assert_eq!(json["status"], "Checked");
    assert_eq!(json["steps"][3]["vars"][0]["state"], "Moved");
}

#[test]
fn nesting_at_the_limits_fits_in_a_browser_sized_stack() {
    // The browser gives wasm about 1 MiB of stack. Measured at these
    // limits: under 256 KiB optimized, under 1.5 MiB unoptimized (debug
    // frames are several times larger), so debug test builds get 2 MiB.
    let stack = if cfg!(debug_assertions) {
        2 << 20
    } else {
        1 << 20
    };
    let worker = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(|| {
            let n = 61;
            let sources = [
                format!(
                    "fn main() {{ let x = {}1{}; }}",
                    "(".repeat(n),
                    ")".repeat(n)
                ),
                format!("fn main() {} {}", "{ ".repeat(n), "} ".repeat(n)),
                format!("fn main() {{ let x = {}true; }}", "!".repeat(n)),
                format!("fn main() {{ let x = 1{}; }}", " + 1".repeat(n)),
                format!(
                    "fn main() {{ let x = 1{}; }}",
                    " + (1".repeat(n / 2) + &")".repeat(n / 2)
                ),
                format!("fn main() {{ let x = {}5; }}", "&".repeat(n)),
                format!(
                    "fn main() {{ let s = String::new(){}; }}",
                    ".clone()".repeat(n)
                ),
                format!(
                    "fn main() {{ let v = {}1{}; }}",
                    "vec![".repeat(n / 2),
                    "]".repeat(n / 2)
                ),
                format!(
                    "fn main() {{ let x = {}1{}; }}",
                    "{ ".repeat(n),
                    " }".repeat(n)
                ),
            ];
            sources
                .iter()
                .map(|s| analyze(s).status)
                .collect::<Vec<_>>()
        })
        .expect("thread");
    let statuses = worker.join().expect("no stack overflow or panic");
    assert!(
        statuses.iter().filter(|s| **s == Status::Checked).count() >= 3,
        "{statuses:?}"
    );
}

#[test]
fn followed_values_stay_small() {
    let doublings = "    s = s.clone() + &s;\n".repeat(60);
    let source = format!("fn main() {{\n    let mut s = String::from(\"ab\");\n{doublings}    println!(\"{{s}}\");\n}}\n");
    let analysis = analyze(&source);
    assert!(analysis.compiles(), "{:?}", analysis.status);
    let last = analysis
        .steps
        .iter()
        .rev()
        .find_map(|s| s.vars.first())
        .expect("s");
    assert_eq!(last.heap.as_deref(), Some("…"));
}

#[test]
fn analyses_survive_the_trip_between_wasm_modules() {
    // The page reads the engine module's answer back through serde: every field, including
    // each diagnostic's code, must come back as it was.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let analysis = analyze(&source);
        let json = serde_json::to_string(&analysis).unwrap();
        let back: ownership::Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, analysis);
        assert!(back.diagnostics.iter().all(|d| d.code != "E????"));
        checked += 1;
    }
    assert!(checked >= 150);
}

/// The steps of the body of the loop on `line`, as (time round, times in all, `var`'s value).
fn rounds(analysis: &Analysis, line: usize, var: &str) -> Vec<(usize, Option<usize>, String)> {
    analysis
        .steps
        .iter()
        .filter(|s| s.line == line)
        .map(|s| {
            let value = s.vars.iter().find(|v| v.name == var);
            (
                s.iteration.unwrap_or(0),
                s.iterations,
                value.and_then(|v| v.value.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_loop_the_engine_can_follow_is_a_step_each_time_round() {
    let program = "fn main() {\n    let mut total = 0;\n    for i in 0..3 {\n        total += i;\n    }\n    let mut n = 0;\n    while n < 4 {\n        n += 1;\n    }\n    println!(\"{total} {n}\");\n}\n";
    let analysis = analyze(program);
    assert!(analysis.compiles(), "{}", status_text(&analysis));
    let r = |t, v: &str| (t, Some(3), v.to_string());
    assert_eq!(
        rounds(&analysis, 4, "total"),
        vec![r(1, "0"), r(2, "1"), r(3, "3")]
    );
    assert_eq!(
        rounds(&analysis, 4, "i"),
        vec![r(1, "0"), r(2, "1"), r(3, "2")]
    );
    // A `while` on known values: four times round, then the check that ends it.
    let checks = rounds(&analysis, 7, "n");
    assert_eq!(checks.len(), 5, "{checks:?}");
    assert!(checks.iter().all(|(_, of, _)| *of == Some(4)));
    assert_eq!(checks[4], (5, Some(4), "4".to_string()));
    // After the loops, the values they left.
    let last = analysis.steps.iter().rfind(|s| s.line == 10).unwrap();
    let value = |name: &str| {
        last.vars
            .iter()
            .find(|v| v.name == name)
            .and_then(|v| v.value.clone())
    };
    assert_eq!(
        (value("total"), value("n")),
        (Some("3".into()), Some("4".into()))
    );
}

#[test]
fn a_loop_over_a_vector_of_known_length_is_a_step_each_time_round() {
    let program = "fn main() {\n    let v = vec![10, 20];\n    for x in &v {\n        println!(\"{x}\");\n    }\n    let w = vec![1, 2, 3];\n    for y in w {\n        println!(\"{y}\");\n    }\n}\n";
    let analysis = analyze(program);
    assert!(analysis.compiles(), "{}", status_text(&analysis));
    let times = |line: usize| -> Vec<(usize, Option<usize>)> {
        rounds(&analysis, line, "")
            .into_iter()
            .map(|(t, of, _)| (t, of))
            .collect()
    };
    assert_eq!(times(4), [(1, Some(2)), (2, Some(2))]);
    assert_eq!(times(8), [(1, Some(3)), (2, Some(3)), (3, Some(3))]);
}

#[test]
fn a_loop_that_runs_once_is_shown_once_and_still_checked_as_rustc_does() {
    // rustc does not count iterations: the borrow in "the previous iteration" is E0499 even
    // though the body runs once. The steps show the one time it runs.
    let program = "fn main() {\n    let mut v = vec![1];\n    let mut refs = Vec::new();\n    for _ in 0..1 {\n        refs.push(&mut v);\n    }\n    println!(\"{}\", refs.len());\n}\n";
    let analysis = analyze(program);
    let codes: Vec<&str> = analysis.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E0499"], "{}", status_text(&analysis));
    assert!(analysis.steps.iter().all(|s| s.iteration.unwrap_or(1) == 1));
    assert_eq!(rounds(&analysis, 5, "v").len(), 1);
}

#[test]
fn loops_the_engine_cannot_follow_are_shown_twice() {
    // It may leave early (`break`), or its count depends on what is not known.
    for program in [
        "fn main() {\n    for i in 0..5 {\n        if i == 2 {\n            break;\n        }\n        println!(\"{i}\");\n    }\n}\n",
        "fn main() {\n    let n: usize = \"3\".parse().unwrap();\n    for i in 0..n {\n        println!(\"{i}\");\n    }\n}\n",
    ] {
        let analysis = analyze(program);
        assert!(analysis.compiles(), "{}", status_text(&analysis));
        let most = analysis.steps.iter().filter_map(|s| s.iteration).max();
        assert_eq!(most, Some(2), "{program}");
        assert!(analysis.steps.iter().all(|s| s.iterations.is_none()), "{program}");
    }
}

#[test]
fn a_long_loop_shows_its_first_times_round_and_how_many_there_are() {
    let program = "fn main() {\n    let mut total = 0;\n    for k in 0..20 {\n        total += k;\n    }\n    println!(\"{total}\");\n}\n";
    let analysis = analyze(program);
    let body = rounds(&analysis, 4, "k");
    assert_eq!(body.len(), ownership::MAX_SHOWN_ITERATIONS);
    assert!(body.iter().all(|(_, of, _)| *of == Some(20)));
    assert_eq!(body.last().map(|b| b.2.as_str()), Some("7"));
}

/// The value a variable shows at the last step of `program`, if any.
fn shown_at_end(program: &str, name: &str) -> Option<String> {
    let analysis = analyze(program);
    assert!(analysis.compiles(), "{}", status_text(&analysis));
    let step = analysis.steps.iter().rev().nth(1)?;
    step.vars.iter().find(|v| v.name == name)?.value.clone()
}

#[test]
fn structs_enums_and_tuples_show_what_they_hold() {
    let program = "#[derive(Debug)]\nenum Shape {\n    Circle(f64),\n    Rect { w: u32, h: u32 },\n    Empty,\n}\n\nfn main() {\n    let s = Shape::Rect { w: 3, h: 4 };\n    let c = Shape::Circle(1.5);\n    let e = Shape::Empty;\n    let o = Some(String::from(\"hi\"));\n    let n: Option<i32> = None;\n    let t = (1, String::from(\"x\"));\n    println!(\"{:?} {:?} {:?} {:?} {:?} {:?}\", s, c, e, o, n, t);\n}\n";
    for (name, value) in [
        ("s", "Rect { w: 3, h: 4 }"),
        ("c", "Circle(1.5)"),
        ("e", "Empty"),
        ("o", "Some(\"hi\")"),
        ("n", "None"),
        ("t", "(1, \"x\")"),
    ] {
        assert_eq!(
            shown_at_end(program, name).as_deref(),
            Some(value),
            "{name}"
        );
    }
}

#[test]
fn a_value_changed_in_part_or_moved_out_of_is_not_shown_stale() {
    let program = "struct P {\n    x: i32,\n    name: String,\n}\n\nfn main() {\n    let mut p = P { x: 1, name: String::from(\"a\") };\n    let q = P { x: 2, name: String::from(\"b\") };\n    let mut u = (1, 2);\n    let mut o = Some(3);\n    p.x = 5;\n    let r = &mut u.0;\n    *r = 9;\n    let taken = q.name;\n    o.take();\n    println!(\"{} {} {:?} {} {:?}\", p.x, p.name, u, taken, o);\n}\n";
    // A field written (`p.x = 5`, `*r = 9` through `&mut u.0`), a field moved out
    // (`q.name`), a method that changes it (`take`): the engine does not follow those
    // values, so it shows none rather than the old one.
    for name in ["p", "q", "u", "o"] {
        assert_eq!(shown_at_end(program, name), None, "{name}");
    }
}

#[test]
fn a_hash_map_shows_its_entries_on_the_heap() {
    let program = "use std::collections::HashMap;\n\nfn main() {\n    let mut stock = HashMap::new();\n    stock.insert(String::from(\"apple\"), 3);\n    stock.insert(String::from(\"pear\"), 1);\n    stock.insert(String::from(\"apple\"), 5);\n    stock.remove(\"pear\");\n    let mut counts = HashMap::new();\n    counts.insert('a', 1);\n    *counts.entry('a').or_insert(0) += 1;\n    println!(\"{:?} {:?}\", stock, counts);\n}\n";
    let analysis = analyze(program);
    assert!(analysis.compiles(), "{}", status_text(&analysis));
    let heap = |line: usize, name: &str| {
        let step = analysis.steps.iter().rfind(|s| s.line == line).unwrap();
        step.vars
            .iter()
            .find(|v| v.name == name)
            .and_then(|v| v.heap.clone())
    };
    assert_eq!(
        heap(6, "stock").as_deref(),
        Some("{\"apple\": 3, \"pear\": 1}")
    );
    assert_eq!(
        heap(7, "stock").as_deref(),
        Some("{\"apple\": 5, \"pear\": 1}")
    );
    assert_eq!(heap(8, "stock").as_deref(), Some("{\"apple\": 5}"));
    assert_eq!(heap(10, "counts").as_deref(), Some("{'a': 1}"));
    // Through `entry`, the engine no longer follows the entries: it says it does not know.
    assert_eq!(heap(11, "counts").as_deref(), Some("…"));
}

#[test]
fn a_guard_holds_its_lock_until_it_is_dropped() {
    let program = "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let a = Arc::new(Mutex::new(0));\n    {\n        let mut g = a.lock().unwrap();\n        *g += 1;\n        println!(\"locked\");\n    }\n    println!(\"{}\", a.lock().unwrap());\n}\n";
    let analysis = analyze(program);
    assert!(analysis.compiles(), "{}", status_text(&analysis));
    // After its last use (line 7), `g` still holds the lock: it is released at the `}`.
    let at = |line: usize| {
        let step = analysis.steps.iter().rfind(|s| s.line == line).unwrap();
        step.vars
            .iter()
            .find(|v| v.name == "g")
            .and_then(|v| v.borrow.clone())
    };
    for line in [6, 7, 8] {
        let b = at(line).unwrap_or_else(|| panic!("line {line}: no lock"));
        assert_eq!(b.target, "*a");
    }
    assert!(analysis
        .steps
        .iter()
        .filter(|s| s.line > 9)
        .all(|s| s.vars.iter().all(|v| v.name != "g")));
}

#[test]
fn rc_handles_show_the_strong_count_the_program_prints() {
    let source = include_str!("corpus/ok_rc_strong_count.rs");
    let analysis = analyze(source);
    assert!(analysis.compiles(), "{analysis:?}");
    // What the compiled program prints, line by line (rustc 1.95: owners 1, 3, 2, then 1).
    let printed = [
        (7, "song", 1),
        (11, "evening", 3),
        (13, "song", 2),
        (15, "song", 1),
    ];
    for (line, var, count) in printed {
        let step = analysis
            .steps
            .iter()
            .find(|s| s.line == line)
            .expect("a step");
        let v = step.vars.iter().rev().find(|v| v.name == var).expect(var);
        let heap = v.heap.as_deref().unwrap_or_default();
        assert!(
            heap.starts_with(&format!("strong count {count} ")),
            "line {line}: {heap}"
        );
    }
    // The three handles at line 11 share one allocation.
    let step = analysis.steps.iter().find(|s| s.line == 11).unwrap();
    let allocs: Vec<Option<usize>> = step.vars.iter().map(|v| v.alloc).collect();
    assert!(
        allocs[0].is_some() && allocs.iter().all(|a| *a == allocs[0]),
        "{allocs:?}"
    );
    let last = analysis.steps.last().unwrap();
    assert!(last
        .events
        .iter()
        .any(|e| e.text.contains("the last strong handle")));
}

#[test]
fn a_strong_count_the_walk_cannot_follow_is_not_shown() {
    let source = r#"use std::rc::Rc;

struct Song {
    title: Rc<String>,
}

fn main() {
    let a = Rc::new(String::from("x"));
    let kept = Song { title: Rc::clone(&a) };
    let b = Rc::new(1);
    if kept.title.len() > 3 {
        drop(Rc::clone(&b));
    }
    println!("{a} {b}");
}
"#;
    let analysis = analyze(source);
    assert!(analysis.compiles(), "{analysis:?}");
    // A handle inside a struct, and one made in a branch: no count, rather than a wrong one.
    let step = analysis.steps.iter().find(|s| s.line == 14).unwrap();
    let handles: Vec<_> = step.vars.iter().filter(|v| v.alloc.is_some()).collect();
    assert_eq!(handles.len(), 2, "`a` and `b`");
    for v in handles {
        assert!(
            !v.heap
                .as_deref()
                .unwrap_or_default()
                .contains("strong count"),
            "{v:?}"
        );
    }
}
