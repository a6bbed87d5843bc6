// The classic: a reference into a vector, then the vector grows.
fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &scores[0];
    scores.push(40);
    println!("first score: {first}");
}
