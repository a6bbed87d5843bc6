// Summing scores through a shared borrow leaves the Vec available to main.
fn total(scores: &Vec<i32>) -> i32 {
    let mut sum = 0;
    for s in scores.iter() {
        sum += *s;
    }
    sum
}

fn main() {
    let scores = vec![90, 75, 88];
    let t = total(&scores);
    println!("total {} over {} scores", t, scores.len());
}
