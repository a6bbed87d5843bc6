struct Counter {
    hits: u32,
}

impl Counter {
    fn hit(&mut self) {
        self.hits += 1;
    }

    fn hits(&self) -> u32 {
        self.hits
    }
}

fn record(counter: &mut Counter, times: u32) {
    let mut i = 0;
    while i < times {
        counter.hit();
        i += 1;
    }
}

fn report(counter: &Counter) -> String {
    format!("{} hits", counter.hits())
}

fn main() {
    let mut counter = Counter { hits: 0 };
    record(&mut counter, 3);
    counter.hit();
    println!("{}", report(&counter));
}
