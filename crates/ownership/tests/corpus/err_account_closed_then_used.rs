struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn open(owner: &str) -> Account {
        Account {
            owner: String::from(owner),
            balance: 0,
        }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn close(self) -> i64 {
        println!("closing the account of {}", self.owner);
        self.balance
    }
}

fn main() {
    let mut account = Account::open("Ada");
    account.deposit(120);
    let paid_out = account.close();
    println!("paid out {paid_out}");
    account.deposit(5);
}
