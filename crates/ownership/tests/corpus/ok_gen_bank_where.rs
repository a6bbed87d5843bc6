use std::fmt::{Debug, Display};

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Account {
    balance: f64,
    owner: String,
}

impl Display for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}: ${:.2}", self.owner, self.balance)
    }
}

// Report on the richest account, using a where clause for the bounds.
fn richest<T>(accounts: &[T]) -> Option<&T>
where
    T: PartialOrd + Display,
{
    let mut best: Option<&T> = None;
    for acct in accounts {
        match best {
            Some(b) if b >= acct => {}
            _ => best = Some(acct),
        }
    }
    best
}

fn audit<T, U>(item: &T, note: &U)
where
    T: Display + Clone,
    U: Debug,
{
    let snapshot = item.clone();
    println!("Audit of {} -> {:?}", snapshot, note);
}

fn main() {
    let accounts = vec![
        Account { balance: 120.0, owner: String::from("Ann") },
        Account { balance: 980.5, owner: String::from("Bob") },
        Account { balance: 45.25, owner: String::from("Cy") },
    ];
    if let Some(top) = richest(&accounts) {
        println!("Richest: {}", top);
        audit(top, &"flagged for review");
    }
    println!("Accounts on file: {}", accounts.len());
}
