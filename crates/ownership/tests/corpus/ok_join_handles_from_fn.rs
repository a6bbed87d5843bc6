use std::thread;
use std::thread::JoinHandle;

fn start(id: u32, words: Vec<String>) -> JoinHandle<usize> {
    thread::spawn(move || {
        println!("worker {} got {} words", id, words.len());
        words.iter().map(|w| w.len()).sum()
    })
}

fn main() {
    let mut handles: Vec<JoinHandle<usize>> = Vec::new();
    handles.push(start(1, vec![String::from("a"), String::from("bc")]));
    handles.push(start(2, vec![String::from("def")]));
    let mut total = 0;
    for h in handles {
        total += h.join().unwrap();
    }
    println!("{} letters", total);
}
