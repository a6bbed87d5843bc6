#![allow(unused)]
// Using a binding before it has a value (E0381), and returning a
// reference to a local variable (E0515).
fn longest(a: &String) -> &String {
    let local = String::from("local");
    &local
}

fn main() {
    let total: i32;
    println!("{total}");
}
