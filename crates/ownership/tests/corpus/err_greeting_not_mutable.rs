// Mistake: calling `push_str` on a String that was not declared `mut`.
// Fix: declare it as `let mut greeting`.
fn main() {
    let name = "world";
    let greeting = String::from("Hello");
    greeting.push_str(", ");
    println!("{}{}", greeting, name);
}
