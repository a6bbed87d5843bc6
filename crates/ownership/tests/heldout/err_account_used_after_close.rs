struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn open(owner: &str, initial: i64) -> Account {
        Account { owner: owner.to_string(), balance: initial }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn summary(&self) -> String {
        format!("{} has ${}", self.owner, self.balance)
    }

    // closing the account gives the money back
    fn close(self) -> i64 {
        self.balance
    }
}

fn main() {
    let mut savings = Account::open("Bob", 50);
    savings.deposit(25);
    println!("{}", savings.summary());

    let refund = savings.close();
    println!("refunded {}", refund);

    println!("after closing: {}", savings.summary());
}
