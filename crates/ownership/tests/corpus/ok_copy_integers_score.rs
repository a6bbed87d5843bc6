// Integers are Copy, so passing a score to a function leaves the original intact.
fn double(points: i32) -> i32 {
    points * 2
}

fn main() {
    let score = 21;
    let doubled = double(score);
    let copy = score;
    println!("score {} doubled {} copy {}", score, doubled, copy);
}
