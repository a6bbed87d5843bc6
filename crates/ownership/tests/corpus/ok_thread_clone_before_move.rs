// Cloning the data before spawning keeps a copy for main while the thread owns the other.
use std::thread;

fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let for_thread = words.clone();
    let handle = thread::spawn(move || {
        let mut letters = 0;
        for w in for_thread.iter() {
            letters += w.len();
        }
        letters
    });
    let letters = handle.join().unwrap();
    println!("{:?} contain {} letters", words, letters);
}
