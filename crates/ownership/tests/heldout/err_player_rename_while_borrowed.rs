#[derive(Debug)]
struct Player {
    name: String,
    level: u32,
}

impl Player {
    fn new(name: &str) -> Player {
        Player { name: name.to_string(), level: 1 }
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn level_up(&mut self) {
        self.level += 1;
    }
}

fn main() {
    let mut p = Player::new("rookie");
    p.level_up();
    let old_name = &p.name;
    p.name = String::from("veteran");
    println!("{} is now called {}", old_name, p.name());
    println!("{:?}", p);
}
