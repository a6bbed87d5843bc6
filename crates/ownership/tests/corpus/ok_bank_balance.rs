// A bank balance updated through mutable references, one at a time.
fn deposit(balance: &mut i64, amount: i64) {
    *balance += amount;
}

fn withdraw(balance: &mut i64, amount: i64) {
    *balance -= amount;
}

fn report(owner: &String, balance: &i64) {
    println!("{owner} has {balance} coins");
}

fn main() {
    let owner = String::from("Ada");
    let mut balance: i64 = 100;
    deposit(&mut balance, 50);
    withdraw(&mut balance, 30);
    report(&owner, &balance);
    let snapshot = balance;
    deposit(&mut balance, 1);
    println!("before: {snapshot}, now: {balance}");
}
