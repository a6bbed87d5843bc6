// A move closure capturing Copy values copies them, leaving the originals usable.
fn main() {
    let rate = 0.5;
    let limit: u32 = 3;
    let scale = move |x: f64| x * rate;
    println!("scaled {} with rate {} and limit {}", scale(8.0), rate, limit);
    let check = move |n: u32| n <= limit;
    println!("2 ok? {} limit still {}", check(2), limit);
}
