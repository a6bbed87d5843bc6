use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn run_one(id: u32) -> String {
    format!("result #{}", id * 10)
}

fn main() {
    let problems = vec![1, 2, 3];
    let shared_cache = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();

    for id in problems {
        handles.push(thread::spawn(move || {
            let result = run_one(id);
            shared_cache.lock().unwrap().insert(id, result);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", shared_cache.lock().unwrap());
}
