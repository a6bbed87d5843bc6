use std::fmt::Display;

struct Labeled<T> {
    label: String,
    value: T,
}

impl<T: Display> Labeled<T> {
    fn new(label: &str, value: T) -> Self {
        Labeled { label: label.to_string(), value }
    }

    fn get(&self) -> T {
        self.value
    }

    fn show(&self) {
        println!("{}: {}", self.label, self.value);
    }
}

fn main() {
    let track = Labeled::new("now playing", String::from("Yellow Submarine"));
    track.show();
    let title = track.get();
    println!("Copied title: {}", title);

    let volume = Labeled::new("volume", 7);
    volume.show();
}
