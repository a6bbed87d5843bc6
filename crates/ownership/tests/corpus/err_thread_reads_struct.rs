// The closure only borrows `acct.balance`, but a spawned thread may run after `main` drops it; add `move`.
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let acct = Account { owner: String::from("Nia"), balance: 120 };
    println!("auditing {}", acct.owner);
    let handle = std::thread::spawn(|| {
        println!("balance is {}", acct.balance);
    });
    handle.join().unwrap();
}
