use std::fmt;

trait Item {
    fn name(&self) -> String;
    fn weight(&self) -> u32;

    fn describe(&self) -> String {
        format!("{} (weighs {})", self.name(), self.weight())
    }
}

struct Weapon {
    kind: String,
    damage: u32,
}

struct Food {
    kind: String,
    servings: u32,
}

impl Item for Weapon {
    fn name(&self) -> String {
        format!("{} +{}", self.kind, self.damage)
    }
    fn weight(&self) -> u32 {
        self.damage * 2
    }
}

impl Item for Food {
    fn name(&self) -> String {
        self.kind.clone()
    }
    fn weight(&self) -> u32 {
        self.servings
    }
}

impl fmt::Display for Weapon {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Weapon<{}>", self.kind)
    }
}

fn main() {
    let mut backpack: Vec<Box<dyn Item>> = Vec::new();
    let sword = Weapon { kind: String::from("Sword"), damage: 7 };
    println!("Picked up {}", sword);
    backpack.push(Box::new(sword));
    backpack.push(Box::new(Food { kind: String::from("Bread"), servings: 3 }));

    let mut load = 0;
    for item in &backpack {
        println!("- {}", item.describe());
        load += item.weight();
    }
    println!("Backpack load: {}", load);
}
