fn main() {
    let entry = (String::from("apple"), 3);
    let name = &entry.0;
    let moved = entry;
    println!("{name} {}", moved.1);
}
