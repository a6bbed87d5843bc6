struct Counter {
    hits: u32,
}

impl Counter {
    fn hit(&mut self) {
        self.hits += 1;
    }
}

fn record(counter: &Counter) {
    counter.hit();
}

fn main() {
    let mut counter = Counter { hits: 0 };
    record(&counter);
    counter.hit();
    println!("{}", counter.hits);
}
