// Lesson: a shared borrow ends at its last use, so we can mutate afterwards (NLL).
// `shown` is last used in the println!, so `balance += 25` is allowed later.
fn main() {
    let mut balance: i64 = 100;
    let shown = &balance;
    println!("before deposit: {}", shown);
    balance += 25;
    println!("after deposit: {}", balance);
}
