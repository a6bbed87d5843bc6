// Assigning to a borrowed variable: E0506.
fn main() {
    let mut balance = 100;
    let shown = &balance;
    balance = 250;
    println!("{shown} {balance}");
}
