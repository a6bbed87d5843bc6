use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Logger {
    lines: RefCell<Vec<String>>,
    count: Cell<u32>,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.lines.borrow_mut().push(msg.to_string());
        self.count.set(self.count.get() + 1);
    }
}

fn main() {
    let logger = Rc::new(Logger { lines: RefCell::new(Vec::new()), count: Cell::new(0) });
    let other = Rc::clone(&logger);
    logger.log("start");
    other.log("more");
    let n = logger.lines.borrow().len();
    println!("{n} {}", other.count.get());
}
