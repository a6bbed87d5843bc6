#![allow(unused)]
// The same balance passed twice as `&mut`: E0499.
fn transfer(from: &mut i64, to: &mut i64, amount: i64) {
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut savings: i64 = 500;
    transfer(&mut savings, &mut savings, 100);
}
