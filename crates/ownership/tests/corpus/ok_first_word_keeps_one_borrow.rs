// Only `text` shares the lifetime of the result, so the separator may go
// away while the word is still in use.
fn before<'a, 'b>(text: &'a String, sep: &'b String) -> &'a String {
    println!("splitting on {sep}");
    text
}

fn main() {
    let line = String::from("key=value");
    let word;
    {
        let sep = String::from("=");
        word = before(&line, &sep);
    }
    println!("{word}");
}
