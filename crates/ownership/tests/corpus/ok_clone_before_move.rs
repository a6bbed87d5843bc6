// Cloning gives the function its own copy, so the original stays usable.
fn shout(text: String) -> String {
    text.to_uppercase()
}

fn main() {
    let greeting = String::from("good morning");
    let loud = shout(greeting.clone());
    println!("{greeting} -> {loud}");
}
