#[derive(Debug)]
struct Release {
    notes: String,
}

impl Release {
    fn publish(self) -> String {
        format!("published: {}", self.notes)
    }
}

fn main() {
    let release = Release {
        notes: String::from("fixes"),
    };
    let message = release.publish();
    println!("{message}");
    println!("{:?}", release);
}
