// `r` points into `acct`, which is dropped at the end of the block; copy the balance out instead of borrowing it.
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let r;
    {
        let acct = Account { owner: String::from("Ivy"), balance: 99 };
        r = &acct.balance;
        println!("owner {}", acct.owner);
    }
    println!("balance was {}", r);
}
