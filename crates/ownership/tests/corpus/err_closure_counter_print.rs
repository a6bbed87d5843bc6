// The closure mutably borrows `count` until its last call, so printing `count` in between conflicts; print after the last call.
fn main() {
    let mut count = 0;
    let mut tick = || count += 1;
    tick();
    println!("count is {}", count);
    tick();
    println!("final count is {}", count);
}
