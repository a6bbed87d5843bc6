fn spread(scores: &[i32]) -> (i32, i32) {
    let mut low = i32::MAX;
    let mut high = i32::MIN;
    for &s in scores {
        if s < low {
            low = s;
        }
        if s > high {
            high = s;
        }
    }
    (low, high)
}

fn main() {
    let scores = vec![12, 40, 7, 33];
    let (low, high) = spread(&scores);
    let cap = u64::MAX;
    let tiny = f64::MIN_POSITIVE;
    println!("{} to {} (cap {}, {})", low, high, cap, tiny > 0.0);
}
