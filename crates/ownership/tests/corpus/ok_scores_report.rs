fn main() {
    let scores = vec![72, 95, 88, 61];
    let total: i32 = scores.iter().sum();
    let passed = scores.iter().filter(|s| **s >= 70).count();
    let best = scores.iter().max();
    let doubled: Vec<i32> = scores.iter().map(|s| s * 2).collect();
    for (i, s) in scores.iter().enumerate() {
        println!("{i}: {s}");
    }
    let any_perfect = scores.iter().any(|s| *s == 100);
    println!("{total} {passed} {:?} {:?} {any_perfect}", best, doubled);
}
