// Dropping the guard ends its borrow: after `drop(messages)` the mutex can move.
use std::sync::Mutex;

fn main() {
    let inbox = Mutex::new(vec![String::from("hello")]);
    let messages = inbox.lock().unwrap();
    println!("{} message(s)", messages.len());
    drop(messages);
    let archived = inbox;
    println!("{:?}", archived);
}
