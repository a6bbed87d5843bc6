// Many readers at once, then one writer: the shared borrows end at their
// last use, so the push afterwards is fine.
fn main() {
    let mut scores = vec![90, 72];
    let first = &scores;
    let second = &scores;
    println!("{:?} {:?}", first, second);
    // The readers are done, so a writer may take over.
    scores.push(85);
    println!("{:?}", scores);
}
