use std::fmt::Display;

// Build a greeting function for a given user.
fn make_greeter(name: String) -> impl Fn(&str) -> String {
    |greeting| format!("{}, {}!", greeting, name)
}

fn print_twice<T: Display>(value: T) {
    println!("{}", value);
    println!("{}", value);
}

fn main() {
    let greet_sam = make_greeter(String::from("Sam"));
    print_twice(greet_sam("Hello"));
    print_twice(greet_sam("Good night"));
}
