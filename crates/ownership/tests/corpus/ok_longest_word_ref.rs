// Returning a reference tied to the input with an explicit lifetime avoids copying.
fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let first = String::from("borrow");
    let second = String::from("checker");
    let winner = longer(first.as_str(), second.as_str());
    println!("longer word: {}", winner);
}
