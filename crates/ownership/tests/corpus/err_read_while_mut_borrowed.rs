// Printing needs a shared borrow while the mutable one is still used.
fn main() {
    let mut total = String::from("sum");
    let m = &mut total;
    println!("{total}");
    m.push('!');
}
