// Lesson: after `drop(note)` the variable is moved-out, but assigning a new
// value re-initialises it, so it may be used again.
fn main() {
    let mut note = String::from("buy milk");
    println!("old note: {}", note);
    drop(note);
    note = String::from("buy bread");
    println!("new note: {}", note);
}
