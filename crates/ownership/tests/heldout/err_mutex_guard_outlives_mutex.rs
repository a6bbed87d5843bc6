use std::sync::{Mutex, MutexGuard};

fn guest_list() -> Vec<&'static str> {
    vec!["ann", "bo"]
}

fn main() {
    let guard: MutexGuard<Vec<&str>>;
    {
        let guests = Mutex::new(guest_list());
        guests.lock().unwrap().push("cy");
        guard = guests.lock().unwrap();
    }
    println!("guests: {:?}", *guard);
    println!("{} guests", guard.len());
}
