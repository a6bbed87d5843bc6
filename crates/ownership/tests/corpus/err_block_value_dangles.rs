#![allow(unused)]
// A block's value cannot borrow a variable declared inside it (E0597),
// and a parameter cannot be assigned without `mut` (E0384).
fn bump(n: i32) -> i32 {
    n = n + 1;
    n
}

fn main() {
    let r = {
        let x = String::from("inside");
        &x
    };
}
