// A `MutexGuard` keeps its lock, and its borrow of the mutex, until it is dropped at the end
// of the scope, not at its last use: moving the mutex before then is E0505.
use std::sync::Mutex;

fn main() {
    let inbox = Mutex::new(vec![String::from("hello")]);
    let messages = inbox.lock().unwrap();
    println!("{} message(s)", messages.len());
    let archived = inbox;
    println!("{:?}", archived);
}
