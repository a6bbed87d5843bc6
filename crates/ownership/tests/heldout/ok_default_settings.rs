#[derive(Debug, Clone, PartialEq)]
enum Difficulty {
    Easy,
    Normal,
    Hard,
}

impl Default for Difficulty {
    fn default() -> Self {
        Difficulty::Normal
    }
}

#[derive(Debug, Default, Clone)]
struct GameSettings {
    volume: u8,
    fullscreen: bool,
    player_name: String,
    difficulty: Difficulty,
}

fn reset<T: Default>(value: &mut T) {
    *value = T::default();
}

fn main() {
    let defaults = GameSettings::default();
    let mine = GameSettings {
        volume: 70,
        player_name: String::from("Gandalf"),
        ..Default::default()
    };
    let mut hard = GameSettings { difficulty: Difficulty::Hard, ..mine.clone() };
    println!("{:?}", defaults);
    println!("{:?}", mine);
    println!("{:?}", hard);
    reset(&mut hard.difficulty);
    reset(&mut hard.volume);
    println!("after reset: {:?}", hard);
    println!("same difficulty as default: {}", hard.difficulty == defaults.difficulty);
    let easy = Difficulty::Easy;
    println!("{:?}", easy);
    if !mine.fullscreen {
        println!("{} plays windowed", mine.player_name);
    }
}
