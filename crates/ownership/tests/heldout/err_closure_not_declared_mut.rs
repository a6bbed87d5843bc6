fn main() {
    let mut balance = 100;
    let mut history = Vec::new();
    let spend = |amount: i32| {
        if amount <= balance {
            balance -= amount;
            history.push(amount);
        } else {
            println!("declined: {}", amount);
        }
    };
    spend(30);
    spend(90);
    spend(20);
    println!("balance left {}, spent {:?}", balance, history);
}
