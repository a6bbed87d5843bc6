fn min_max(values: &Vec<i32>) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for v in values {
        if *v < lo {
            lo = *v;
        }
        if *v > hi {
            hi = *v;
        }
    }
    (lo, hi)
}

fn main() {
    let scores = vec![4, 9, 1, 7];
    let (lo, hi) = min_max(&scores);
    let range = min_max(&scores);
    println!("{lo}..{hi} {} {:?}", range.1 - range.0, range);
}
