// Passing `&mut balance` twice to the same call creates two overlapping mutable borrows; use two separate variables.
fn transfer(from: &mut i64, to: &mut i64, amount: i64) {
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut balance: i64 = 100;
    transfer(&mut balance, &mut balance, 30);
    println!("balance = {}", balance);
}
