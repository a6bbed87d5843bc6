fn main() {
    let mut budget: u32 = 10;
    let prices = vec![3, 4, 20];
    for p in prices.iter().filter(|p| **p < budget) {
        budget += p;
    }
    println!("{}", budget);
}
