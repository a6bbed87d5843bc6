// String slices borrow from their String; the borrow ends at the last use.
fn first_two(text: &String) -> &str {
    &text[0..2]
}

fn main() {
    let mut text = String::from("hello world");
    let start = first_two(&text);
    let all = &text[..];
    println!("{start} / {all}");
    text.push_str("!");
    let trimmed = text.trim_end();
    println!("{trimmed}");
}
