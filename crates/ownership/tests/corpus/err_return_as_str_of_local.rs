// `as_str()` borrows the local `text`, which dies at the end of the function; return an owned String.
fn label_for(count: &u32) -> &str {
    let text = count.to_string();
    text.as_str()
}

fn main() {
    let n = 42;
    let l = label_for(&n);
    println!("label {}", l);
}
