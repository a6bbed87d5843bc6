struct Library {
    books: Vec<String>,
}

impl Library {
    fn find(&self, title: &str) -> Option<usize> {
        let mut i = 0;
        while i < self.books.len() {
            if self.books[i] == title {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn first(&self) -> Option<&String> {
        self.books.first()
    }
}

fn main() {
    let lib = Library { books: vec![String::from("Dune"), String::from("Emma")] };
    match lib.find("Emma") {
        Some(i) => println!("found at {i}"),
        None => println!("missing"),
    }
    if let Some(t) = lib.first() {
        println!("first: {t}");
    }
    let n = lib.find("Odyssey").unwrap_or(0);
    println!("{n} {}", lib.find("Dune").is_some());
}
