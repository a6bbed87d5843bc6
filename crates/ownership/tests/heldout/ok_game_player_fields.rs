#[derive(Debug)]
struct Inventory {
    items: Vec<String>,
    capacity: usize,
}

impl Inventory {
    fn new(capacity: usize) -> Inventory {
        Inventory { items: Vec::new(), capacity }
    }

    fn add(&mut self, item: String) -> Result<(), String> {
        if self.items.len() >= self.capacity {
            return Err(item);
        }
        self.items.push(item);
        Ok(())
    }

    fn contains(&self, name: &str) -> bool {
        self.items.iter().any(|i| i == name)
    }
}

#[derive(Debug)]
struct Player {
    name: String,
    health: i32,
    inventory: Inventory,
}

impl Player {
    fn new(name: &str) -> Self {
        Self { name: name.to_string(), health: 100, inventory: Inventory::new(2) }
    }

    fn pick_up(&mut self, item: &str) {
        match self.inventory.add(item.to_string()) {
            Ok(()) => println!("{} picked up {}", self.name, item),
            Err(rejected) => println!("{} has no room for {}", self.name, rejected),
        }
    }

    fn take_damage(&mut self, amount: i32) {
        self.health -= amount;
    }
}

fn main() {
    let mut hero = Player::new("Link");
    hero.pick_up("sword");
    hero.pick_up("shield");
    hero.pick_up("lamp");
    hero.take_damage(15);
    let inv = &hero.inventory;
    println!("has sword: {}", inv.contains("sword"));
    println!("{:?}", hero);
}
