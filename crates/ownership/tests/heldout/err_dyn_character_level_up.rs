trait Character {
    fn name(&self) -> &str;
    fn level(&self) -> u32;
    fn gain_xp(&mut self, xp: u32);
}

struct Wizard {
    name: String,
    xp: u32,
}

impl Character for Wizard {
    fn name(&self) -> &str {
        &self.name
    }
    fn level(&self) -> u32 {
        1 + self.xp / 100
    }
    fn gain_xp(&mut self, xp: u32) {
        self.xp += xp;
    }
}

fn finish_quest(hero: &dyn Character, reward: u32) {
    hero.gain_xp(reward);
    println!("{} is now level {}", hero.name(), hero.level());
}

fn main() {
    let mut merlin = Wizard { name: String::from("Merlin"), xp: 40 };
    finish_quest(&merlin, 250);
    merlin.gain_xp(10);
    println!("{} has {} xp", merlin.name, merlin.xp);
}
