fn main() {
    let mut cart: Vec<&str> = Vec::new();
    let mut total_cents = 0;
    let mut add = |item, cents| {
        cart.push(item);
        total_cents += cents;
    };

    add("bread", 250);
    add("jam", 399);
    println!("cart so far: {:?}", cart);
    add("butter", 180);
    println!("final cart: {:?}", cart);
    println!("total: {}.{:02}", total_cents / 100, total_cents % 100);
}
