// The returned reference borrows from both arguments (they share `'a`), so
// both must stay alive while `longest` is in use.
fn longest<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let first = String::from("The Rust Book");
    let second = String::from("Rustonomicon");
    let winner = longest(&first, &second);
    println!("longer title: {winner}");
}
