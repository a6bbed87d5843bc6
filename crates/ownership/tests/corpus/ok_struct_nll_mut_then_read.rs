// A mutable borrow of a struct ends after its last use, so the struct can be read again.
struct Counter {
    hits: u32,
}

fn main() {
    let mut c = Counter { hits: 0 };
    let r = &mut c;
    r.hits += 1;
    r.hits += 1;
    let snapshot = &c;
    println!("hits: {}", snapshot.hits);
    c.hits = 10;
    println!("reset to {}", c.hits);
}
