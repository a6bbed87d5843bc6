// The `move` closure takes `data` while `peek` still borrows it; read what you need before spawning.
fn main() {
    let data = vec![1, 2, 3, 4];
    let peek = &data;
    let handle = std::thread::spawn(move || {
        println!("worker sees {} values", data.len());
    });
    println!("main saw {} values", peek.len());
    handle.join().unwrap();
}
