//! Prints the visualizer's steps of a program, one line each: `cargo run -p ownership --example steps -- FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: steps FILE");
        std::process::exit(2);
    };
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let a = ownership::analyze(&source);
    println!("{:?}", a.status);
    for (i, s) in a.steps.iter().enumerate() {
        let frames: Vec<String> = s
            .callers
            .iter()
            .map(|f| {
                let vars: Vec<String> = f.vars.iter().map(show).collect();
                format!("{}@{}[{}]", f.function, f.line, vars.join(" "))
            })
            .collect();
        let vars: Vec<String> = s.vars.iter().map(show).collect();
        println!(
            "{i:>3} L{} {} {} [{}]",
            s.line,
            frames.join(" > "),
            s.function,
            vars.join(" ")
        );
        for e in &s.events {
            println!("        {}", e.text);
        }
    }
    for d in &a.diagnostics {
        println!(
            "{} line {} step {:?}: {}",
            d.code, d.span.line, d.step, d.message
        );
    }
}

fn show(v: &ownership::VarView) -> String {
    let b = v
        .borrow
        .as_ref()
        .map(|b| format!("->{}#{}", b.target, b.frame))
        .unwrap_or_default();
    let heap = v.heap.as_ref().map(|h| format!("={h}")).unwrap_or_default();
    format!("{}:{:?}{}{}", v.name, v.state, b, heap)
}
