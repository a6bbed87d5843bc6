// Lesson: separate `&mut` borrows one after another are fine; each ends when the call returns.
fn deposit(balance: &mut i64, amount: i64) {
    *balance += amount;
}

fn withdraw(balance: &mut i64, amount: i64) -> bool {
    if *balance < amount {
        return false;
    }
    *balance -= amount;
    true
}

fn main() {
    let mut account: i64 = 0;
    deposit(&mut account, 300);
    let ok = withdraw(&mut account, 120);
    println!("withdraw ok: {}, balance: {}", ok, account);
}
