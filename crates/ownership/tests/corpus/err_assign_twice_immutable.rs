// `total` was declared without `mut`, so it can be set only once; write `let mut total`.
fn main() {
    let price = 12;
    let quantity = 3;
    let total = 0;
    total = price * quantity;
    println!("total = {}", total);
}
