use std::fmt;

struct Book {
    isbn: String,
    title: String,
    copies: u32,
}

// Two books are the same if they share an ISBN, whatever the copy count.
impl PartialEq for Book {
    fn eq(&self, other: &Self) -> bool {
        self.isbn == other.isbn
    }
}

impl fmt::Display for Book {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} [{}] x{}", self.title, self.isbn, self.copies)
    }
}

fn contains<T: PartialEq>(list: &[T], target: &T) -> bool {
    for item in list {
        if item == target {
            return true;
        }
    }
    false
}

fn main() {
    let catalog = vec![
        Book { isbn: String::from("978-0"), title: String::from("Rust in Action"), copies: 2 },
        Book { isbn: String::from("978-1"), title: String::from("Programming Rust"), copies: 1 },
    ];
    let returned = Book { isbn: String::from("978-1"), title: String::from("Programming Rust"), copies: 5 };
    let unknown = Book { isbn: String::from("123-4"), title: String::from("Mystery"), copies: 1 };

    println!("Is '{}' ours? {}", returned, contains(&catalog, &returned));
    println!("Is '{}' ours? {}", unknown, contains(&catalog, &unknown));
    println!("Same book? {}", catalog[1] == returned);
    println!("Different? {}", catalog[0] != unknown);
}
