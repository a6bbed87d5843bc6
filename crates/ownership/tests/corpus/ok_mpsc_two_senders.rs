use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    let a = thread::spawn(move || {
        tx.send(String::from("one")).unwrap();
    });
    let b = thread::spawn(move || {
        let msg = String::from("two");
        tx2.send(msg).unwrap();
    });
    a.join().unwrap();
    b.join().unwrap();
    for m in rx {
        println!("{}", m);
    }
}
