use std::thread;
use std::time::Duration;

fn main() {
    let list = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        thread::sleep(Duration::from_millis(10));
        println!("list: {:?}", list);
    });
    handle.join().unwrap();
}
