use std::thread;
use std::time::Duration;

fn main() {
    let jobs = vec![String::from("resize"), String::from("upload")];
    let worker = thread::spawn(move || {
        let mut done = 0;
        for job in &jobs {
            thread::sleep(Duration::from_millis(5));
            println!("done: {}", job);
            done += 1;
        }
        done
    });
    thread::sleep(Duration::from_secs(0));
    let finished = worker.join().unwrap();
    println!("{} jobs", finished);
}
