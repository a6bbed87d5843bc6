// Borrowing a sentence lets main keep using it after the function returns.
fn char_count(text: &String) -> usize {
    text.len()
}

fn main() {
    let sentence = String::from("borrowing is cheap");
    let n = char_count(&sentence);
    println!("'{}' has {} bytes", sentence, n);
}
