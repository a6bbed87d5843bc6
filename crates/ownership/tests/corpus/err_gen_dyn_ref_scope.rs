trait Describe {
    fn describe(&self) -> String;
}

struct Sword {
    damage: u32,
}

struct Shield {
    armor: u32,
}

impl Describe for Sword {
    fn describe(&self) -> String {
        format!("Sword dealing {} damage", self.damage)
    }
}

impl Describe for Shield {
    fn describe(&self) -> String {
        format!("Shield with {} armor", self.armor)
    }
}

fn main() {
    let shield = Shield { armor: 5 };
    let mut equipped: Vec<&dyn Describe> = Vec::new();
    equipped.push(&shield);

    {
        let sword = Sword { damage: 12 };
        equipped.push(&sword);
    }

    for item in &equipped {
        println!("Equipped: {}", item.describe());
    }
}
