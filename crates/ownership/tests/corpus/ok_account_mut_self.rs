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

    fn deposit(mut self, amount: i64) -> Account {
        self.balance += amount;
        self
    }

    fn withdraw(&mut self, amount: i64) -> bool {
        if amount > self.balance {
            return false;
        }
        self.balance -= amount;
        true
    }

    fn owner(&self) -> &str {
        &self.owner
    }
}

fn main() {
    let account = Account::open("Grace");
    let mut account = account.deposit(50);
    let ok = account.withdraw(20);
    let too_much = account.withdraw(100);
    println!("{} {ok} {too_much} {}", account.owner(), account.balance);
}
