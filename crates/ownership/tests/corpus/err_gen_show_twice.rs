use std::fmt::Display;

struct Notice {
    text: String,
}

impl Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "NOTICE: {}", self.text)
    }
}

fn show<T: Display>(item: T) {
    println!("{}", item);
}

// Print the item on two screens.
fn broadcast<T: Display>(item: T) {
    show(item);
    println!("-- sending to second screen --");
    show(item);
}

fn main() {
    let notice = Notice { text: String::from("Library closes at 6pm") };
    broadcast(notice);
    broadcast(42);
}
