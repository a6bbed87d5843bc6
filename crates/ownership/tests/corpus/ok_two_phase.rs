// Two-phase borrows: the argument is evaluated before `push`
// takes its mutable borrow.
fn main() {
    let mut lengths: Vec<usize> = Vec::new();
    lengths.push(lengths.len());
    lengths.push(lengths.len() + 1);
    let mut word = String::from("ab");
    word.insert(word.len(), 'c');
    println!("{lengths:?} {word}");
}
