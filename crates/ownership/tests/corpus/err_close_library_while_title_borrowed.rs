struct Library {
    name: String,
    books: Vec<String>,
}

impl Library {
    fn name(&self) -> &str {
        &self.name
    }

    fn close(self) -> Vec<String> {
        self.books
    }
}

fn main() {
    let library = Library {
        name: String::from("City"),
        books: vec![String::from("Dune")],
    };
    let name = library.name();
    let books = library.close();
    println!("{name} had {} books", books.len());
}
