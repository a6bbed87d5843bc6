// Scores in a vector: reading, then growing it once the reads are done.
fn total(scores: &Vec<i32>) -> i32 {
    scores[0] + scores[1] + scores[2]
}

fn main() {
    let mut scores = vec![90, 72, 85];
    let first = scores[0];
    let sum = total(&scores);
    println!("first {first}, total {sum}, count {}", scores.len());
    scores.push(100);
    scores.sort();
    let best = scores.last();
    println!("{:?} best {:?}", scores, best);
}
