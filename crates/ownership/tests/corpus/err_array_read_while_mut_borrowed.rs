fn main() {
    let mut slots = [0, 0, 0];
    let first = &mut slots[0];
    let second = slots[1];
    *first += second;
    println!("{:?}", slots);
}
