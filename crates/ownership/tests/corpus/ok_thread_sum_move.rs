// A move closure transfers the Vec into the thread, which returns the sum when joined.
use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4, 5];
    let handle = thread::spawn(move || {
        let mut sum = 0;
        for x in data.iter() {
            sum += *x;
        }
        sum
    });
    let total = handle.join().unwrap();
    println!("thread computed {}", total);
}
