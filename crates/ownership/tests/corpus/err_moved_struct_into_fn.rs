// The whole cart is moved into `checkout`, so reading a field afterwards is a use of a moved value; pass `&Cart`.
struct Cart {
    items: Vec<String>,
    total_cents: u32,
}

fn checkout(cart: Cart) -> u32 {
    println!("checking out {} items", cart.items.len());
    cart.total_cents
}

fn main() {
    let cart = Cart { items: vec![String::from("milk"), String::from("eggs")], total_cents: 450 };
    let paid = checkout(cart);
    println!("paid {} for {} items", paid, cart.items.len());
}
