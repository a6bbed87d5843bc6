// Mistake: resetting `score` while `best` still borrows it.
// Fix: copy the value (`let best = score;`) instead of borrowing it.
fn main() {
    let mut score: i32 = 42;
    let best = &score;
    score = 0;
    println!("best was {}", best);
    println!("score is now {}", score);
}
