fn largest<T: PartialOrd>(items: &[T]) -> &T {
    let mut best = &items[0];
    for it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn archive<T: std::fmt::Debug>(items: Vec<T>) {
    println!("archiving {} items: {:?}", items.len(), items);
}

fn main() {
    let bids = vec![String::from("120"), String::from("450"), String::from("300")];
    let winner = largest(&bids);
    archive(bids);
    println!("winning bid: {}", winner);
}
