#[derive(Debug, Clone)]
struct Book {
    title: String,
    year: u32,
    rating: u8,
}

fn main() {
    let mut books = vec![
        Book { title: "Beloved".into(), year: 1987, rating: 5 },
        Book { title: "Atonement".into(), year: 2001, rating: 4 },
        Book { title: "Cosmos".into(), year: 1980, rating: 5 },
        Book { title: "Dracula".into(), year: 1897, rating: 3 },
    ];

    books.sort_by_key(|b| b.year);
    println!("oldest first: {:?}", books.iter().map(|b| &b.title).collect::<Vec<_>>());

    books.sort_by_key(|b| std::cmp::Reverse(b.rating));
    println!("best first: {:?}", books.iter().map(|b| b.title.as_str()).collect::<Vec<_>>());

    books.sort_by(|a, b| a.title.cmp(&b.title));
    let min_rating = 4;
    let good: Vec<Book> = books.iter().filter(|b| b.rating >= min_rating).cloned().collect();
    println!("{} good books, min rating {}", good.len(), min_rating);

    let mut sort_ops = 0;
    books.sort_by_key(|b| {
        sort_ops += 1;
        b.title.len()
    });
    println!("by title length {:?} after {} key calls", books.iter().map(|b| &b.title).collect::<Vec<_>>(), sort_ops);
}
