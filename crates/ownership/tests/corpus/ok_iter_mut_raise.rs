fn main() {
    let mut prices = vec![10, 20, 30];
    for p in prices.iter_mut() {
        *p += 1;
    }
    let cheap: Vec<&i32> = prices.iter().filter(|p| **p < 25).collect();
    println!("{:?}", cheap);
    prices.push(5);
    println!("{:?}", prices);
}
