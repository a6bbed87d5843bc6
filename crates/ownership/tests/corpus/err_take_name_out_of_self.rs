struct Player {
    name: String,
    score: u32,
}

impl Player {
    fn new(name: &str) -> Player {
        Player {
            name: name.to_string(),
            score: 0,
        }
    }

    fn name(&self) -> String {
        self.name
    }
}

fn main() {
    let player = Player::new("Mo");
    println!("{} has {} points", player.name(), player.score);
}
