// Keeping a mutable borrow from one iteration to the next: the second
// `&mut` happens while the first is still stored in `held` (E0499).
fn main() {
    let mut total = 0;
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(&mut total);
    }
    println!("{}", held.len());
}
