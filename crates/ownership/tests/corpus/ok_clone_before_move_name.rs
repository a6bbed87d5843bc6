// Cloning a name before moving it keeps an independent copy for later use.
fn register(name: String) -> String {
    format!("registered {}", name)
}

fn main() {
    let name = String::from("Ada");
    let backup = name.clone();
    let msg = register(name);
    println!("{}", msg);
    println!("we still know the name: {}", backup);
}
