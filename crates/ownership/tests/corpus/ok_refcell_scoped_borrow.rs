use std::cell::RefCell;

fn main() {
    let shared = RefCell::new(String::from("log:"));
    {
        let mut w = shared.borrow_mut();
        w.push_str(" one");
    }
    let r = shared.borrow();
    println!("{}", r.len());
}
