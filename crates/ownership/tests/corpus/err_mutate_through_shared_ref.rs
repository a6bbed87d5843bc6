// The parameter is a shared `&String`, so `push_str` cannot change it; take `&mut String` and pass `&mut`.
fn shout(s: &String) {
    s.push_str("!");
}

fn main() {
    let mut greeting = String::from("hello");
    shout(&greeting);
    println!("{}", greeting);
}
