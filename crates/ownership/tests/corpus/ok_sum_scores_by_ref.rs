// Lesson: `for s in &scores` borrows the vector, so it is still ours after the loop.
fn main() {
    let scores = vec![72, 88, 95, 61];
    let mut total: i32 = 0;
    for s in &scores {
        total += *s;
    }
    println!("total {} over {} scores", total, scores.len());
}
