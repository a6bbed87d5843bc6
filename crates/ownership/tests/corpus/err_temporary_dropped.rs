// `let r = &String::from(..)` keeps the temporary String alive only until
// the end of its block; the borrow outlives it (E0716).
fn main() {
    let name;
    {
        let greeting = &String::from("hello");
        name = greeting;
    }
    println!("{name}");
}
