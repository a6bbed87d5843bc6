// The summing thread borrows `scores`, but threads need `'static` data; move the Vec into the closure with `move`.
fn main() {
    let scores = vec![70, 85, 92];
    let handle = std::thread::spawn(|| {
        let mut total = 0;
        for s in scores.iter() {
            total += *s;
        }
        total
    });
    let total = handle.join().unwrap();
    println!("total = {}", total);
}
