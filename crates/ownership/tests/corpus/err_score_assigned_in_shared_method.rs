struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }

    fn tick(&self) {
        self.count += 1;
    }
}

fn main() {
    let counter = Counter::new();
    counter.tick();
    println!("{}", counter.count);
}
