// Cloning a cart struct gives a deep copy, so changing one leaves the other alone.
#[derive(Debug, Clone)]
struct Cart {
    items: Vec<String>,
    total_cents: u64,
}

fn main() {
    let mut cart = Cart { items: Vec::new(), total_cents: 0 };
    cart.items.push(String::from("coffee"));
    cart.total_cents += 450;
    let saved = cart.clone();
    cart.items.push(String::from("cake"));
    cart.total_cents += 300;
    println!("saved {:?}", saved);
    println!("current {:?}", cart);
}
