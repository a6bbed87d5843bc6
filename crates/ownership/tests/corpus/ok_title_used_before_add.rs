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

    fn count(&self) -> usize {
        self.books.len()
    }
}

fn main() {
    let mut library = Library::new();
    library.add("Dune");
    let first = library.first();
    println!("the first book is {first}");
    library.add("Emma");
    library.add(&library.first().clone());
    println!("{} books", library.count());
}
