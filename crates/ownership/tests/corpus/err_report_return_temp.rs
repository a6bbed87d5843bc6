// Mistake: passing a `&str` into the String returned by `build_report` and keeping the result;
// that String is dropped at the end of the statement. Fix: store the report in a variable first.
fn build_report(points: i32) -> String {
    format!("points: {}", points)
}

fn headline(text: &str) -> &str {
    text
}

fn main() {
    let title = headline(build_report(12).as_str());
    println!("{}", title);
}
