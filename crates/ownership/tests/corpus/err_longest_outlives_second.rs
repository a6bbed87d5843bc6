// `longest` may return a borrow of `second`, which is dropped at the end of
// the inner block while `winner` is still used: E0597.
fn longest<'a>(a: &'a String, b: &'a String) -> &'a String {
    if a.len() >= b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let first = String::from("The Rust Book");
    let winner;
    {
        let second = String::from("Rustonomicon");
        winner = longest(&first, &second);
    }
    println!("longer title: {winner}");
}
