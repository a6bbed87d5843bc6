fn main() {
    let mut words = vec![String::from("a")];
    let lengths = vec![1, 2];
    let padded = lengths.iter().map(|n| n + words.len());
    words.push(String::from("b"));
    let total: usize = padded.sum();
    println!("{}", total);
}
