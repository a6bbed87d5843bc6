struct Library {
    name: String,
}

impl Library {
    fn new(name: &str) -> Library {
        Library {
            name: name.to_string(),
        }
    }

    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let name = Library::new("Harbour").name();
    println!("{name}");
}
