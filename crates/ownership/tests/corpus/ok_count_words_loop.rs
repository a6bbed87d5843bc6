// Iterating a borrowed list of words does not consume it.
fn count_long(words: &Vec<String>, min: usize) -> usize {
    let mut count = 0;
    for w in words.iter() {
        if w.len() >= min {
            count += 1;
        }
    }
    count
}

fn main() {
    let words = vec![String::from("ownership"), String::from("is"), String::from("borrowed")];
    let n = count_long(&words, 5);
    println!("{} long words among {:?}", n, words);
}
