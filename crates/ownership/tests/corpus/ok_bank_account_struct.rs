// Passing &mut Account lets a function update fields of a struct owned by main.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn withdraw(acc: &mut Account, amount: i64) -> bool {
    if acc.balance >= amount {
        acc.balance -= amount;
        true
    } else {
        false
    }
}

fn main() {
    let mut acc = Account { owner: String::from("Grace"), balance: 80 };
    let ok1 = withdraw(&mut acc, 50);
    let ok2 = withdraw(&mut acc, 50);
    println!("{}: {} {} -> {:?}", acc.owner, ok1, ok2, acc);
}
