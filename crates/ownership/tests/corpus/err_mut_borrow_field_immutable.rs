// `acct` was bound without `mut`, so none of its fields can be borrowed as `&mut`; write `let mut acct`.
struct Account {
    owner: String,
    balance: i64,
}

fn deposit(balance: &mut i64, amount: i64) {
    *balance += amount;
}

fn main() {
    let acct = Account { owner: String::from("Hal"), balance: 10 };
    deposit(&mut acct.balance, 40);
    println!("{} has {}", acct.owner, acct.balance);
}
