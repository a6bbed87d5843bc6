// The `if` reads `stock` directly while `slot` still mutably borrows it; read through `slot` (`*slot`) instead.
fn main() {
    let mut stock = 4;
    let slot = &mut stock;
    if stock < 5 {
        println!("stock is low");
    }
    *slot += 10;
    println!("restocked to {}", stock);
}
