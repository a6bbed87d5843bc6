// Passing a `&mut` variable to a `&mut` parameter reborrows it,
// so it can be used again afterwards.
fn add_score(scores: &mut Vec<i32>, score: i32) {
    scores.push(score);
}

fn main() {
    let mut scores = Vec::new();
    let r = &mut scores;
    add_score(r, 10);
    add_score(r, 20);
    r.push(30);
    println!("{:?}", scores);
}
