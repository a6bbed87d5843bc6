// Mistake: passing the same account as both `&mut` arguments of `transfer`.
// Fix: use two different accounts, or write a separate function for one account.
fn transfer(from: &mut i64, to: &mut i64, amount: i64) {
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut savings: i64 = 500;
    transfer(&mut savings, &mut savings, 100);
    println!("savings: {}", savings);
}
