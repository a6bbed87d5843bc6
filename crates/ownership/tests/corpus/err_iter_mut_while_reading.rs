fn main() {
    let mut prices = vec![10, 20, 30];
    for p in prices.iter_mut() {
        *p += prices.len();
    }
    println!("{:?}", prices);
}
