// Lesson: `loop` with `break` – we scan the transactions by index
// and stop as soon as the running balance goes negative.
fn main() {
    let changes = vec![50, -30, -40, 20];
    let mut balance: i32 = 10;
    let mut i: usize = 0;
    loop {
        if i == changes.len() {
            break;
        }
        balance += changes[i];
        if balance < 0 {
            break;
        }
        i += 1;
    }
    println!("stopped at step {} with balance {}", i, balance);
}
