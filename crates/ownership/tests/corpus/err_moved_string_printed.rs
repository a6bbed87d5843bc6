// `let greeting = name;` moves the String, so `name` is unusable afterwards; clone it or borrow with `&name`.
fn main() {
    let name = String::from("Ferris");
    let greeting = name;
    println!("Hello, {}!", greeting);
    println!("Your name has {} letters", name.len());
}
