// A reader and a writer at the same time: the shared borrow `greeting` is
// still used after the mutation, so rustc refuses it (E0502).
fn main() {
    let mut name = String::from("Ferris");
    let greeting = &name;
    name.push_str(" the crab");
    println!("{}", greeting);
}
