struct Inventory {
    owner: String,
    items: Vec<String>,
    gold: u32,
}

// Cloning an inventory gives the copy a new owner tag.
impl Clone for Inventory {
    fn clone(&self) -> Self {
        Inventory {
            owner: format!("{} (copy)", self.owner),
            items: self.items.clone(),
            gold: self.gold,
        }
    }
}

fn backup<T: Clone>(original: &T) -> T {
    original.clone()
}

fn main() {
    let mut hero = Inventory {
        owner: String::from("Aria"),
        items: vec![String::from("bow"), String::from("rope")],
        gold: 40,
    };
    let saved = backup(&hero);

    hero.items.push(String::from("lantern"));
    hero.gold -= 15;

    println!("{} has {:?} and {} gold", hero.owner, hero.items, hero.gold);
    println!("{} has {:?} and {} gold", saved.owner, saved.items, saved.gold);

    let another = saved.clone();
    println!("Another copy belongs to {}", another.owner);
}
