// The String built by `String::from` is a temporary dropped at the end of the statement, so `greeting` would dangle.
fn main() {
    let hour = 9;
    let greeting: &str = String::from("good morning").as_str();
    println!("it is {} o'clock", hour);
    println!("{}", greeting);
    println!("{} chars", greeting.len());
}
