use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("from"), String::from("the thread")];
        for val in vals {
            tx.send(val).unwrap();
            println!("sent {}", val);
        }
    });

    for received in rx {
        println!("Got: {}", received);
    }
}
