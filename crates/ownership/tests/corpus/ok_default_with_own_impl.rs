#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    Medium,
}

impl Default for Level {
    fn default() -> Self {
        Level::Medium
    }
}

#[derive(Debug, Default)]
struct Settings {
    level: Level,
    name: String,
    retries: u32,
}

fn main() {
    let s = Settings::default();
    let custom = Settings { name: String::from("fast"), ..Default::default() };
    println!("{:?} {:?} {}", s, custom.level == Level::Low, custom.name);
}
