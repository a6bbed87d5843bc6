// A struct moved into a thread is owned there; main clones it first to keep reading.
use std::thread;

#[derive(Debug, Clone)]
struct Batch {
    label: String,
    values: Vec<i64>,
}

fn main() {
    let batch = Batch { label: String::from("sensor-a"), values: vec![3, -1, 7] };
    let copy = batch.clone();
    let handle = thread::spawn(move || {
        let mut sum = 0;
        for v in copy.values.iter() {
            sum += *v;
        }
        sum
    });
    println!("{} sums to {}", batch.label, handle.join().unwrap());
}
