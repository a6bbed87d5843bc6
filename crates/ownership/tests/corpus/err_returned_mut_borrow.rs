// A `&str` returned from a `&mut String` parameter keeps the mutable borrow alive.
fn shout(text: &mut String) -> &str {
    text.push('!');
    text.as_str()
}

fn main() {
    let mut greeting = String::from("hi");
    let loud = shout(&mut greeting);
    println!("{greeting}");
    println!("{loud}");
}
