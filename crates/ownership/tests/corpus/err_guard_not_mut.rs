use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1, 2]);
    let guard = m.lock().unwrap();
    guard.push(3);
    println!("{:?}", guard);
}
