use std::thread;

fn main() {
    let tasks = vec![String::from("index files"), String::from("send report")];
    let first = &tasks[0];
    let worker = thread::spawn(move || {
        for t in &tasks {
            println!("worker: {}", t);
        }
        tasks.len()
    });
    println!("first task was {}", first);
    let n = worker.join().unwrap();
    println!("{} tasks done", n);
}
