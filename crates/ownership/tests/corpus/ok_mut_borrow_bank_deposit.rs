// A mutable borrow lets a function change the balance that main owns.
fn deposit(balance: &mut i64, amount: i64) {
    *balance += amount;
}

fn main() {
    let mut balance: i64 = 100;
    deposit(&mut balance, 50);
    deposit(&mut balance, 25);
    println!("balance is now {}", balance);
}
