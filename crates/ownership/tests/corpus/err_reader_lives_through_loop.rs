// The shared borrow `first` is used after the loop, so it is alive during
// every push inside it (E0502).
fn main() {
    let mut scores = vec![10, 20];
    let first = &scores[0];
    for i in 0..3 {
        scores.push(i);
    }
    println!("{first}");
}
