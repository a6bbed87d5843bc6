// Lesson: `format!` and `as_str()` only borrow their inputs;
// the Strings are still owned and usable afterwards.
fn describe(word: &str, count: usize) -> String {
    format!("'{}' appears {} times", word, count)
}

fn main() {
    let word = String::from("rust");
    let report = describe(word.as_str(), 3);
    let shout = report.to_string();
    println!("{}", report);
    println!("{} (about {})", shout, word);
}
