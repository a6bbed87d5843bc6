trait Summary {
    fn summary(&self) -> String;
}

struct Book {
    title: String,
}

impl Summary for Book {
    fn summary(&self) -> String {
        format!("Book: {}", self.title)
    }
}

struct Library<T: Summary> {
    books: Vec<T>,
}

impl<T: Summary> Library<T> {
    fn first(&self) -> &T {
        &self.books[0]
    }
}

// Send the whole library to storage.
fn move_to_storage<T: Summary>(library: Library<T>) {
    println!("Storing {} items", library.books.len());
}

fn main() {
    let library = Library {
        books: vec![Book { title: String::from("Ulysses") }, Book { title: String::from("Hamlet") }],
    };
    let featured = library.first();
    move_to_storage(library);
    println!("Featured: {}", featured.summary());
}
