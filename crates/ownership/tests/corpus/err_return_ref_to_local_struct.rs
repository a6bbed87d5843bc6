// The new Account lives only inside the function, so a reference to it cannot be returned; return `Account` by value.
struct Account {
    owner: String,
    balance: i64,
}

fn open_account(owner: &str) -> &Account {
    let acct = Account { owner: owner.to_string(), balance: 0 };
    &acct
}

fn main() {
    let a = open_account("Kim");
    println!("{} starts with {}", a.owner, a.balance);
}
