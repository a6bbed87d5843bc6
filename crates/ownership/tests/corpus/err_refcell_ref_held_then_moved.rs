// A `Ref` from `borrow()` borrows its `RefCell` until it is dropped: moving the cell while
// the `Ref` is still in scope is E0505, even after the `Ref`'s last use.
use std::cell::RefCell;

fn main() {
    let scores = RefCell::new(vec![3, 7]);
    let view = scores.borrow();
    println!("first: {}", view[0]);
    let moved = scores;
    println!("{:?}", moved);
}
