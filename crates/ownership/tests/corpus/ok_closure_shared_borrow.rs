// A closure that only reads a variable borrows it, so main can still read it too.
fn main() {
    let discount = 15;
    let prices = vec![100, 250];
    let apply = |p: i32| p - p * discount / 100;
    let first = apply(prices[0]);
    println!("first price {} -> {}, discount {}%", prices[0], first, discount);
}
