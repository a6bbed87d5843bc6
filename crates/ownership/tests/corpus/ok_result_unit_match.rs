struct Shelf {
    books: Vec<String>,
    capacity: usize,
}

impl Shelf {
    fn add(&mut self, title: &str) -> Result<(), String> {
        if self.books.len() >= self.capacity {
            return Err(format!("no room for {}", title));
        }
        self.books.push(title.to_string());
        Ok(())
    }
}

fn main() {
    let mut shelf = Shelf { books: Vec::new(), capacity: 1 };
    for title in ["Dune", "Emma"] {
        match shelf.add(title) {
            Ok(()) => println!("shelved {}", title),
            Err(e) => println!("{}", e),
        }
    }
}
