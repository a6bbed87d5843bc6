#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    pages: u32,
}

impl Book {
    fn new(title: &str, author: &str, pages: u32) -> Self {
        Self { title: title.into(), author: author.into(), pages }
    }

    fn title(&self) -> String {
        self.title
    }

    fn is_long(&self) -> bool {
        self.pages > 400
    }
}

fn main() {
    let books = vec![
        Book::new("War and Peace", "Tolstoy", 1225),
        Book::new("The Hobbit", "Tolkien", 310),
    ];
    for b in &books {
        if b.is_long() {
            println!("long book: {} by {}", b.title(), b.author);
        }
    }
    println!("{:?}", books);
}
