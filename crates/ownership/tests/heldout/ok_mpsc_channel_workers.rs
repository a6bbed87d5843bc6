use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let jobs = vec![("resize", 3), ("compress", 1), ("upload", 2)];

    for (name, cost) in jobs {
        let tx = tx.clone();
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(cost * 5));
            let report = format!("{} finished (cost {})", name, cost);
            tx.send(report).unwrap();
        });
    }
    drop(tx);

    let mut done = Vec::new();
    for received in rx {
        println!("Got: {}", received);
        done.push(received);
    }
    println!("{} jobs reported", done.len());
}
