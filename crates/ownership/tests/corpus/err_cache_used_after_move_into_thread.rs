use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let cache: Arc<Mutex<HashMap<i32, String>>> = Arc::new(Mutex::new(HashMap::new()));
    let handle = thread::spawn(move || {
        cache.lock().unwrap().insert(1, String::from("one"));
    });
    handle.join().unwrap();
    println!("{}", cache.lock().unwrap().len());
}
