// The returned reference keeps `text` borrowed; moving it is E0505.
fn first_word(text: &String) -> &str {
    text.trim()
}

fn consume(text: String) {
    println!("consumed {text}");
}

fn main() {
    let text = String::from(" hello world ");
    let word = first_word(&text);
    consume(text);
    println!("{word}");
}
