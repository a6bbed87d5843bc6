// `acct.balance` is read directly while a `&mut` to that same field is still live; go through the reference or end it first.
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Account { owner: String::from("Bo"), balance: 80 };
    let bal = &mut acct.balance;
    let doubled = acct.balance * 2;
    *bal += 5;
    println!("{}: {} (doubled was {})", acct.owner, acct.balance, doubled);
}
