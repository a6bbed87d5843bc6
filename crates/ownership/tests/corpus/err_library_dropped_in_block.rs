struct Library {
    name: String,
}

impl Library {
    fn new(name: &str) -> Library {
        Library {
            name: name.to_string(),
        }
    }

    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let name;
    {
        let library = Library::new("Harbour");
        name = library.name();
    }
    println!("{name}");
}
