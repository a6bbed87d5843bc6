fn main() {
    let mut names = vec![String::from("Ada"), String::from("Grace")];
    let longest = names.iter().max_by_key(|n| n.len()).unwrap();
    names.push(String::from("Barbara"));
    println!("longest: {}", longest);
}
