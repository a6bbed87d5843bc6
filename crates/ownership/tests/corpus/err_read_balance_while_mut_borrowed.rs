// Copying `balance` while `r` mutably borrows it (and `r` is used later) is a use of a mutably borrowed value.
fn main() {
    let mut balance = 100;
    let r = &mut balance;
    let snapshot = balance;
    *r += 25;
    println!("snapshot {} now {}", snapshot, balance);
}
