use std::sync::{Mutex, MutexGuard};

fn main() {
    let first: MutexGuard<'_, Vec<u32>>;
    {
        let scores = Mutex::new(vec![3, 1, 2]);
        first = scores.lock().unwrap();
    }
    println!("{:?}", *first);
}
