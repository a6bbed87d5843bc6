// Lesson: a `while` loop with a counter variable; the counter is a plain
// mutable i32, so no borrows are involved at all.
fn main() {
    let mut remaining: i32 = 5;
    let mut log = String::new();
    while remaining > 0 {
        log.push_str(&remaining.to_string());
        log.push(' ');
        remaining -= 1;
    }
    println!("countdown: {}", log);
}
