// Taking ownership and giving it back through the return value.
fn add_exclamation(mut text: String) -> String {
    text.push('!');
    text
}

fn main() {
    let mut s = String::from("wow");
    s = add_exclamation(s);
    let t = add_exclamation(s);
    println!("{t}");
}
