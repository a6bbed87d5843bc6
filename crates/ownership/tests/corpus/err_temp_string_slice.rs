// Mistake: `as_str()` borrows a temporary String that is freed at the end of the statement.
// Fix: bind the String to a variable first (`let owned = ...;`), then borrow from it.
fn main() {
    let country = "Norway";
    let city: &str;
    city = String::from("Oslo").as_str();
    println!("country: {}", country);
    println!("city: {}", city);
}
