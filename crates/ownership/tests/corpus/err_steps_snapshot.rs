// Mistake: copying `steps` out while a mutable borrow passed to `walk` is kept alive.
// Fix: take the snapshot before creating the `&mut`, or after its last use.
fn walk(counter: &mut u64, n: u64) {
    *counter += n;
}

fn main() {
    let mut steps: u64 = 0;
    let pedometer = &mut steps;
    walk(pedometer, 500);
    let snapshot = steps;
    walk(pedometer, 250);
    println!("snapshot {} final {}", snapshot, steps);
}
