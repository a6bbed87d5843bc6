use std::rc::Rc;

fn main() {
    let shared = Rc::new(5);
    let copy = Rc::clone(&shared);
    println!("{} {}", copy, Rc::strong_count(&shared));
    let moved = shared;
    println!("{moved} {}", shared);
}
