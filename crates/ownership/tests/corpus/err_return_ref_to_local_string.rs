// `message` is a local String freed when the function returns, so `&message` cannot be returned; return the String.
fn greet(name: &str) -> &str {
    let message = format!("Hello, {}!", name);
    &message
}

fn main() {
    let g = greet("Jo");
    println!("{}", g);
}
