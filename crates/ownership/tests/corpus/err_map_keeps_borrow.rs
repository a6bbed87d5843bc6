fn main() {
    let mut names = vec![String::from("ada")];
    let first = names.first().map(|n| n.as_str());
    names.push(String::from("bo"));
    println!("{:?}", first);
}
