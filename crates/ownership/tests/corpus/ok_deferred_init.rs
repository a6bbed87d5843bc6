// A variable may be declared first and initialized later, once.
fn main() {
    let label;
    let amount: u32;
    amount = 42;
    label = String::from("answer");
    println!("{label}: {amount}");
    let mut total = amount;
    total += 8;
    println!("{total}");
}
