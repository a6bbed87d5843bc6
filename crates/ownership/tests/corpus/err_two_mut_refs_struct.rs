// Two mutable references to the same account exist at the same time; use one reference for both updates.
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Account { owner: String::from("Ana"), balance: 50 };
    let deposit = &mut acct;
    let fee = &mut acct;
    deposit.balance += 20;
    fee.balance -= 2;
    println!("{} has {}", acct.owner, acct.balance);
}
