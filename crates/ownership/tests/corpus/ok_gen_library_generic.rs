use std::fmt::Display;

trait Summary {
    fn summary(&self) -> String;
}

struct Book {
    title: String,
    pages: u32,
}

impl Summary for Book {
    fn summary(&self) -> String {
        format!("{} ({} pages)", self.title, self.pages)
    }
}

// A shelf can hold any item type that can be summarized.
struct Shelf<T: Summary> {
    label: String,
    items: Vec<T>,
}

impl<T: Summary> Shelf<T> {
    fn new(label: &str) -> Self {
        Shelf { label: label.to_string(), items: Vec::new() }
    }

    fn add(&mut self, item: T) {
        self.items.push(item);
    }

    fn first(&self) -> Option<&T> {
        self.items.first()
    }

    fn list(&self) {
        println!("Shelf {}:", self.label);
        for item in &self.items {
            println!("  {}", item.summary());
        }
    }
}

fn announce<L: Display>(label: L, count: usize) {
    println!("{} now has {} entries", label, count);
}

fn main() {
    let mut fiction = Shelf::new("Fiction");
    fiction.add(Book { title: String::from("Dracula"), pages: 418 });
    fiction.add(Book { title: String::from("Beloved"), pages: 324 });
    fiction.list();
    if let Some(book) = fiction.first() {
        println!("First on the shelf: {}", book.summary());
    }
    announce(&fiction.label, fiction.items.len());
}
