// Mistake: replacing `title` while `view` (a `&str` into it) is still used.
// Fix: finish with `view` first, or keep an owned copy with `clone()`.
fn main() {
    let mut title = String::from("Draft");
    let view = title.as_str();
    title = String::from("Final");
    println!("old title: {}", view);
    println!("new title: {}", title);
}
