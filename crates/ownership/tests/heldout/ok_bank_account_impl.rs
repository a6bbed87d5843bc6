#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
}

const MIN_BALANCE: u64 = 10;

impl Account {
    fn new(owner: &str) -> Self {
        Self {
            owner: owner.to_string(),
            balance: MIN_BALANCE,
        }
    }

    fn deposit(&mut self, amount: u64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: u64) -> bool {
        if self.balance >= amount + MIN_BALANCE {
            self.balance -= amount;
            true
        } else {
            false
        }
    }

    fn balance(&self) -> u64 {
        self.balance
    }

    fn close(self) -> u64 {
        println!("closing account of {}", self.owner);
        self.balance
    }
}

fn main() {
    let mut acct = Account::new("Alice");
    acct.deposit(100);
    if !acct.withdraw(500) {
        println!("not enough money");
    }
    acct.withdraw(40);
    println!("balance: {}", acct.balance());
    println!("{:?}", acct);
    let last = acct.close();
    println!("paid out {}", last);
}
