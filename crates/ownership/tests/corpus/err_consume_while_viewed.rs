// Moving a value into a function while a reference to it is still in use:
// the reference would point at freed memory (E0505).
fn consume(text: String) {
    println!("{}", text);
}

fn main() {
    let title = String::from("Rust");
    let view = &title;
    consume(title);
    println!("{}", view);
}
