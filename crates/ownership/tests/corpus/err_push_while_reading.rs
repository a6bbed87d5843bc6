// `view` is a shared borrow still used later, so pushing (a mutable borrow) in between is rejected; push first, then borrow.
fn main() {
    let mut scores = vec![10, 20, 30];
    let view = &scores;
    scores.push(40);
    println!("view sees {} scores", view.len());
}
