fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let lengths: Vec<usize> = words.into_iter().map(|w| w.len()).collect();
    println!("{:?} {}", lengths, words.len());
}
