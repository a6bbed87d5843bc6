fn main() {
    let total = 0;
    let prices = vec![3, 4, 20];
    for p in &prices {
        total += p;
    }
    println!("{}", total);
}
