fn main() {
    let mut words = vec![String::from("a"), String::from("b")];
    let firsts: Vec<&String> = words.iter().rev().collect();
    let copies: Vec<String> = words.iter().cloned().collect();
    words.clear();
    println!("{:?} {:?}", firsts, copies);
}
