mod library {
    pub struct Book {
        pub title: String,
        pub author: String,
        checked_out: bool,
    }

    impl Book {
        pub fn new(title: &str, author: &str) -> Book {
            Book {
                title: String::from(title),
                author: String::from(author),
                checked_out: false,
            }
        }

        pub fn check_out(&mut self) -> bool {
            if self.checked_out {
                return false;
            }
            self.checked_out = true;
            true
        }

        pub fn is_available(&self) -> bool {
            !self.checked_out
        }
    }

    pub fn count_available(books: &[Book]) -> usize {
        books.iter().filter(|b| b.is_available()).count()
    }
}

use library::Book;

fn main() {
    let mut shelf = vec![
        Book::new("Dune", "Frank Herbert"),
        Book::new("Emma", "Jane Austen"),
        Book::new("Ulysses", "James Joyce"),
    ];
    shelf[1].check_out();
    let again = shelf[1].check_out();
    println!("second checkout worked: {}", again);
    for book in &shelf {
        println!("{} by {} available={}", book.title, book.author, book.is_available());
    }
    println!("available: {}", library::count_available(&shelf));
}
