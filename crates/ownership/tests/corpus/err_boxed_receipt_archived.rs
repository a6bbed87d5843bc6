// Mistake: moving the boxed receipt into `archived` while `peek` still borrows it.
// Fix: print through `peek` before the move, or borrow from `archived` instead.
fn main() {
    let receipt: Box<String> = Box::new(String::from("2 x milk, 1 x eggs"));
    let peek = &receipt;
    let archived = receipt;
    println!("peek: {}", peek);
    println!("archived: {}", archived);
}
