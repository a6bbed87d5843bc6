// `score` is reassigned while `shown` still borrows it; assign before borrowing or after the last use of `shown`.
fn main() {
    let mut score = 7;
    let shown = &score;
    score = 10;
    println!("shown {}", shown);
    println!("score {}", score);
}
