// `editor` is a live mutable borrow, so calling `text.len()` (a shared borrow) before its last use is rejected.
fn main() {
    let mut text = String::from("draft");
    let editor = &mut text;
    println!("length so far: {}", text.len());
    editor.push_str(" v2");
    println!("{}", text);
}
