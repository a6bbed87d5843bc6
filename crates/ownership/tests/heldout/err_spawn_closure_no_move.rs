use std::thread;

fn main() {
    let todo = vec!["wash car", "mow lawn", "fix bike"];
    let worker_name = String::from("robot-1");
    let handle = thread::spawn(|| {
        for (i, task) in todo.iter().enumerate() {
            println!("{} doing task {}: {}", worker_name, i + 1, task);
        }
        todo.len()
    });
    let done = handle.join().unwrap();
    println!("{} tasks finished", done);
    println!("thanks, {}", "robot-1");
}
