trait Player {
    fn name(&self) -> String;
    fn volume(&self) -> u8;
    fn set_volume(&mut self, level: u8);
}

struct Speaker {
    brand: String,
    level: u8,
}

impl Player for Speaker {
    fn name(&self) -> String {
        self.brand.clone()
    }
    fn volume(&self) -> u8 {
        self.level
    }
    fn set_volume(&mut self, level: u8) {
        self.level = level.min(10);
    }
}

// Quiet mode for the evening.
fn night_mode(player: &dyn Player) {
    player.set_volume(2);
    println!("{} is now at volume {}", player.name(), player.volume());
}

fn main() {
    let mut living_room = Speaker { brand: String::from("Sonos"), level: 8 };
    living_room.set_volume(9);
    night_mode(&living_room);
}
