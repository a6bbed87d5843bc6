// Lesson: `words.iter()` yields `&String` items, borrowing without moving.
fn main() {
    let words = vec![String::from("borrow"), String::from("checker"), String::from("ok")];
    let mut letters: usize = 0;
    for w in words.iter() {
        letters += w.len();
    }
    println!("{} words, {} letters", words.len(), letters);
}
