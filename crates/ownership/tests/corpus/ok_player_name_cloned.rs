#[derive(Debug, Clone, PartialEq)]
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
        self.name.clone()
    }

    fn win(&mut self) {
        self.score += 3;
    }
}

fn main() {
    let mut player = Player::new("Mo");
    let copy = player.clone();
    player.win();
    let changed = player != copy;
    println!("{} {changed} {:?}", player.name(), copy);
}
