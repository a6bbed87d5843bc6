use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let visitors = Arc::new(Mutex::new(Vec::new()));
    let mut handles = vec![];

    for i in 0..5 {
        let counter = Arc::clone(&counter);
        let visitors = Arc::clone(&visitors);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
            visitors.lock().unwrap().push(format!("thread-{}", i));
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
    let mut names = visitors.lock().unwrap().clone();
    names.sort();
    println!("visitors: {:?}", names);
    println!("strong count: {}", Arc::strong_count(&counter));
}
