fn even_square_sum(limit: u32) -> u32 {
    (0..limit).filter(|x| x % 2 == 0).map(|x| x * x).sum()
}

fn main() {
    let sum: u32 = (0..1000)
        .filter(|x| x % 2 == 0)
        .map(|x| x * x)
        .sum();
    println!("sum of even squares below 1000: {}", sum);

    // the same thing written as a loop
    let mut manual = 0;
    for x in 0..1000u32 {
        if x % 2 == 0 {
            manual += x * x;
        }
    }
    println!("loop agrees: {}", manual == sum);
    for limit in [10, 100] {
        println!("below {}: {}", limit, even_square_sum(limit));
    }
}
