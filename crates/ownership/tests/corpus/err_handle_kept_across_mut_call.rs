struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut account = Account { balance: 10 };
    let handle = &mut account;
    handle.deposit(5);
    account.deposit(1);
    handle.deposit(2);
    println!("{}", account.balance);
}
