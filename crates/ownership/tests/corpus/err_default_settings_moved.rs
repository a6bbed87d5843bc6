#[derive(Debug, Clone, PartialEq)]
enum Theme {
    Light,
    Dark,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::Light
    }
}

#[derive(Debug, Default)]
struct Prefs {
    theme: Theme,
    font: String,
}

fn apply(p: Prefs) {
    println!("applying {:?}", p);
}

fn main() {
    let prefs = Prefs::default();
    apply(prefs);
    println!("{:?}", prefs.theme == Theme::Dark);
}
