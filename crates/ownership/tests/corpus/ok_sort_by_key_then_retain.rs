fn main() {
    let mut words = vec![String::from("bb"), String::from("a")];
    words.sort_by_key(|w| w.len());
    let keep = String::from("a");
    words.retain(|w| *w != keep);
    println!("{:?} {}", words, keep);
}
