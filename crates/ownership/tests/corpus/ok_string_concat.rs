// `+` moves the left String but only borrows the right one.
fn main() {
    let first = String::from("Hello, ");
    let second = String::from("Rust");
    let joined = first + &second;
    let shouted = joined.clone() + "!";
    println!("{second} {joined} {shouted}");
    let same = second == "Rust";
    assert!(same);
    assert_eq!(joined.len(), 11);
}
