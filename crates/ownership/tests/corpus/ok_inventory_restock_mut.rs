// A function taking &mut Vec can grow the inventory that main still owns.
fn restock(stock: &mut Vec<String>, item: &str, copies: u32) {
    let mut added = 0;
    while added < copies {
        stock.push(item.to_string());
        added += 1;
    }
}

fn main() {
    let mut stock: Vec<String> = Vec::new();
    restock(&mut stock, "widget", 2);
    restock(&mut stock, "gadget", 1);
    println!("inventory: {:?}", stock);
}
