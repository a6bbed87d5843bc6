use std::fmt;

struct Book {
    title: String,
    author: String,
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} by {}", self.title, self.author)
    }
}

// Takes ownership of the item to put it in the archive log.
fn archive<T: fmt::Display>(item: T) -> String {
    format!("ARCHIVED: {}", item)
}

fn main() {
    let book = Book {
        title: String::from("Moby Dick"),
        author: String::from("Melville"),
    };
    let entry = archive(book);
    println!("{}", entry);
    println!("Still on loan: {}", book);
}
