// `r` is a mutable borrow still in use when `scores.push` borrows again.
fn main() {
    let mut scores = vec![1, 2, 3];
    let r = &mut scores;
    scores.push(4);
    r.push(5);
}
