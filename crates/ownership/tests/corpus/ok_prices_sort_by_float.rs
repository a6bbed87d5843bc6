fn main() {
    let mut prices = vec![4.5, 1.25, 3.0];
    prices.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mut names = vec![String::from("pear"), String::from("fig")];
    names.sort_unstable();
    names.sort_by(|a, b| b.len().cmp(&a.len()).reverse());
    let text: String = names.iter().map(|n| n.to_uppercase()).collect();
    let reversed: String = text.chars().rev().collect();
    println!("{:?} {:?} {} {}", prices, names, text, reversed);
}
