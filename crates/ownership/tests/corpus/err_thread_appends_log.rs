// The thread wants to push onto `log` through a borrow that could outlive `main`; move `log` in and return it from the thread.
fn main() {
    let mut log = String::new();
    let handle = std::thread::spawn(|| {
        log.push_str("worker started;");
    });
    handle.join().unwrap();
    println!("worker finished");
}
