// The spawned thread may outlive `main`'s locals, so it cannot just borrow `v`; write `move ||` to give it ownership.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| println!("v has {} items", v.len()));
    handle.join().unwrap();
}
