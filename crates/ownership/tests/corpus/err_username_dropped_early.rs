// Mistake: dropping `username` while `shown` still refers to it.
// Fix: call `drop` only after the last use of every reference to the value.
fn main() {
    let username = String::from("ferris");
    let shown = &username;
    drop(username);
    println!("logged in as {}", shown);
}
