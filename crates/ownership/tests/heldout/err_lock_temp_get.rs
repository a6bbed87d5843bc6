use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let prices: Arc<Mutex<HashMap<String, f64>>> = Arc::new(Mutex::new(HashMap::new()));
    let writer = Arc::clone(&prices);
    thread::spawn(move || {
        writer.lock().unwrap().insert(String::from("btc"), 64000.0);
    })
    .join()
    .unwrap();

    let btc = prices.lock().unwrap().get("btc");
    match btc {
        Some(p) => println!("btc at {}", p),
        None => println!("no price yet"),
    }
}
