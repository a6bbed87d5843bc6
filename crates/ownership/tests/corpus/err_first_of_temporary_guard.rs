use std::sync::Mutex;

fn main() {
    let queue = Mutex::new(vec![String::from("job 1"), String::from("job 2")]);
    let len = queue.lock().unwrap().len();
    let first = queue.lock().unwrap().first();
    println!("{len} {:?}", first);
}
