fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    for &b in bytes {
        if b == b' ' || b == b'\n' {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    words
}

fn main() {
    let note = String::from("buy milk\nand bread");
    let n = count_words(&note);
    println!("{} words in {:?}", n, note);
}
