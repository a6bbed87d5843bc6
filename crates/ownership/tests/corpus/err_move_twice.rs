#![allow(unused)]
// Moving the same value twice: the second move uses a moved value.
fn keep(s: String) -> usize {
    s.len()
}

fn main() {
    let report = String::from("quarterly numbers");
    let archived = report;
    let size = keep(report);
}
