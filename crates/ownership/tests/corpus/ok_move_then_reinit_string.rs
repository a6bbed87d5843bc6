// After a String is moved away, giving the variable a fresh value makes it usable again.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut greeting = String::from("hello");
    let n = consume(greeting);
    greeting = String::from("welcome back");
    println!("first length {}, now: {}", n, greeting);
}
