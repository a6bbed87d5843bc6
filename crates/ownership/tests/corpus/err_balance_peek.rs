// Mistake: reading `balance` while a `&mut` borrow of it is still going to be used.
// Fix: finish all writes through the mutable reference before reading the original.
fn main() {
    let mut balance: i64 = 100;
    let account = &mut balance;
    *account += 50;
    let doubled = balance * 2;
    *account -= 20;
    println!("doubled: {}", doubled);
    println!("balance: {}", balance);
}
