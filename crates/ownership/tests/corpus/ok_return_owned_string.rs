// A function can build a String and hand ownership back to its caller.
fn make_label(id: u32) -> String {
    let mut label = String::from("item-");
    label.push_str(&id.to_string());
    label
}

fn main() {
    let label = make_label(42);
    println!("new label: {}", label);
}
