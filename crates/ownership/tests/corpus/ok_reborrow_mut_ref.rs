// Passing a &mut reference on to another function reborrows it, so it stays usable.
fn add_item(list: &mut Vec<String>, item: &str) {
    list.push(item.to_string());
}

fn main() {
    let mut cart: Vec<String> = Vec::new();
    let handle = &mut cart;
    add_item(handle, "apples");
    add_item(handle, "bread");
    handle.push(String::from("milk"));
    println!("cart has {} items: {:?}", cart.len(), cart);
}
