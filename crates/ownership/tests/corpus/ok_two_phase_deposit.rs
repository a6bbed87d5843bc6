struct Account {
    balance: i64,
}

impl Account {
    fn balance(&self) -> i64 {
        self.balance
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut account = Account { balance: 10 };
    // Doubles the balance: the argument is read before the deposit starts.
    account.deposit(account.balance());
    println!("{}", account.balance());
}
