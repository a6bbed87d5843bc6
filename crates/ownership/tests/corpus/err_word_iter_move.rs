// Mistake: `*w` moves a String out of the vector while only borrowing it.
// Fix: clone it (`w.clone()`) or work with the `&String` directly.
fn main() {
    let words = vec![String::from("apple"), String::from("pear")];
    let mut longest = String::new();
    for w in words.iter() {
        let owned: String = *w;
        if owned.len() > longest.len() {
            longest = owned;
        }
    }
    println!("longest word: {}", longest);
}
