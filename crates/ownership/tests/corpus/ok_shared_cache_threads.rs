use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let cache: Arc<Mutex<HashMap<u32, String>>> = Arc::new(Mutex::new(HashMap::new()));
    let mut workers = Vec::new();
    for id in 0..3 {
        let cache = Arc::clone(&cache);
        workers.push(thread::spawn(move || {
            let mut map = cache.lock().unwrap();
            map.insert(id, format!("result {id}"));
        }));
    }
    for w in workers {
        w.join().unwrap();
    }
    let map = cache.lock().unwrap();
    println!("{} entries, first: {:?}", map.len(), map.get(&0));
}
