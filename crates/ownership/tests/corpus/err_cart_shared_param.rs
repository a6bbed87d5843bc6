// Mistake: the function only receives `&Vec<String>` but tries to push onto it.
// Fix: change the parameter to `&mut Vec<String>` and pass `&mut cart`.
fn add_item(cart: &Vec<String>, item: &str) {
    cart.push(item.to_string());
}

fn main() {
    let cart: Vec<String> = Vec::new();
    add_item(&cart, "bread");
    println!("{} items", cart.len());
}
