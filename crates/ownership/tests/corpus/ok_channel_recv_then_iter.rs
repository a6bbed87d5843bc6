use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for i in 0..3 {
            tx.send(i).unwrap();
        }
    });
    let first = rx.recv().unwrap();
    let rest: Vec<i32> = rx.iter().collect();
    println!("{} {:?}", first, rest);
    drop(rx);
}
