struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn owner(&self) -> &String {
        &self.owner
    }
}

fn main() {
    let mut account = Account {
        owner: String::from("Ada"),
        balance: 10,
    };
    let owner = account.owner();
    account.owner = String::from("Grace");
    println!("{owner} has {}", account.balance);
}
