struct Library {
    books: Vec<String>,
}

impl Library {
    fn new() -> Library {
        Library { books: Vec::new() }
    }

    fn add(&mut self, title: &str) {
        self.books.push(String::from(title));
    }

    fn first(&self) -> &String {
        &self.books[0]
    }
}

fn main() {
    let mut library = Library::new();
    library.add("Dune");
    let first = library.first();
    library.add("Emma");
    println!("the first book is {first}");
}
