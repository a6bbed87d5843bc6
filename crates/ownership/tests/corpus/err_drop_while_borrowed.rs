// Dropping the account while a reference is used later: E0505.
fn main() {
    let account = String::from("ACC-1234");
    let view = &account;
    drop(account);
    println!("{view}");
}
