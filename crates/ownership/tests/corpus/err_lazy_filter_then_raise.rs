fn main() {
    let mut limit = 3;
    let scores = vec![1, 2, 5];
    let low = scores.iter().filter(|s| **s < limit);
    limit += 1;
    println!("{} below {}", low.count(), limit);
}
