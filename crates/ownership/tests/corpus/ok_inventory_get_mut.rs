use std::collections::HashMap;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn add(&mut self, name: &str, n: u32) {
        match self.items.get_mut(name) {
            Some(count) => *count += n,
            None => {
                self.items.insert(name.to_string(), n);
            }
        }
    }

    fn count(&self, name: &str) -> u32 {
        *self.items.get(name).unwrap_or(&0)
    }
}

fn main() {
    let mut inv = Inventory { items: HashMap::new() };
    inv.add("potion", 2);
    inv.add("potion", 1);
    println!("{} {}", inv.count("potion"), inv.items.contains_key("sword"));
    let removed = inv.items.remove("potion");
    println!("{:?}", removed);
}
