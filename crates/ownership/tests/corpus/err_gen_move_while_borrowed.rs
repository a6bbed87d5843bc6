use std::fmt::Display;

struct Wrapper<T> {
    value: T,
}

impl<T> Wrapper<T> {
    fn value(&self) -> &T {
        &self.value
    }
}

impl<T: Display> Wrapper<T> {
    fn into_label(self) -> String {
        format!("<{}>", self.value)
    }
}

fn main() {
    let song = Wrapper { value: String::from("Bohemian Rhapsody") };
    let title = song.value();

    let label = song.into_label();
    println!("Label: {}", label);
    println!("Title: {}", title);
}
