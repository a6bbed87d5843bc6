// Each thread borrows the loop variable `i`, which may be gone before the thread runs; use `move ||` to copy it in.
fn main() {
    let mut finished = 0;
    for i in 0..3 {
        std::thread::spawn(|| {
            println!("worker {} running", i);
        })
        .join()
        .unwrap();
        finished += 1;
    }
    println!("{} workers finished", finished);
}
