use std::collections::HashMap;

fn restock(stock: &HashMap<String, u32>, item: &str, amount: u32) {
    let current = stock.get(item).copied().unwrap_or(0);
    stock.insert(item.to_string(), current + amount);
}

fn main() {
    let mut stock = HashMap::new();
    stock.insert(String::from("potion"), 2);
    restock(&stock, "potion", 5);
    restock(&stock, "elixir", 1);
    let mut names: Vec<_> = stock.keys().collect();
    names.sort();
    println!("{:?}", names);
    stock.remove("potion");
}
