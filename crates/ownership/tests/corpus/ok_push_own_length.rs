// Lesson: two-phase borrows let `v.push(v.len())` compile:
// the argument `v.len()` is evaluated before the mutable borrow becomes active.
fn main() {
    let mut sizes: Vec<usize> = Vec::new();
    sizes.push(sizes.len());
    sizes.push(sizes.len());
    sizes.push(sizes.len());
    assert_eq!(sizes.len(), 3);
    println!("last size recorded: {}", sizes[2]);
}
