struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }

    fn restock(&self) {
        self.add("potion");
    }
}

fn main() {
    let mut inventory = Inventory { items: Vec::new() };
    inventory.add("sword");
    inventory.restock();
    println!("{}", inventory.items.len());
}
