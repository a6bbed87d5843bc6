// A move closure takes ownership of a String, so main clones first if it wants to keep it.
fn main() {
    let name = String::from("Rustacean");
    let kept = name.clone();
    let greet = move || format!("hello, {}", name);
    println!("{}", greet());
    println!("{}", greet());
    println!("main kept {}", kept);
}
