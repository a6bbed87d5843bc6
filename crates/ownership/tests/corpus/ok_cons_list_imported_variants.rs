use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn length(list: &List) -> usize {
    match list {
        Cons(_, rest) => 1 + length(rest),
        Nil => 0,
    }
}

fn main() {
    let shared = Rc::new(Cons(1, Rc::new(Nil)));
    let a = Cons(2, Rc::clone(&shared));
    let b = Cons(3, Rc::clone(&shared));
    println!("{} {} {}", length(&a), length(&b), Rc::strong_count(&shared));
}
