fn main() {
    let mut line = String::from("red green blue");
    let words: Vec<&str> = line.split_whitespace().collect();
    line.clear();
    println!("{:?}", words);
}
