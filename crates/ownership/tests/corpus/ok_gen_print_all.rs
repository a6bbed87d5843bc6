use std::fmt;

struct Book {
    title: String,
    author: String,
    year: u32,
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "\"{}\" by {} ({})", self.title, self.author, self.year)
    }
}

// Print every item of any slice whose elements can be displayed.
fn print_all<T: fmt::Display>(items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        println!("{}. {}", i + 1, item);
    }
}

fn main() {
    let library = vec![
        Book { title: String::from("The Hobbit"), author: String::from("Tolkien"), year: 1937 },
        Book { title: String::from("Emma"), author: String::from("Austen"), year: 1815 },
    ];
    print_all(&library);

    let shelf_numbers = [12, 7, 3];
    print_all(&shelf_numbers);

    let first = library[0].to_string();
    println!("First book as a string: {}", first);
    println!("Library still holds {} books", library.len());
}
