#[derive(Debug)]
enum Counter {
    Off,
    On(u32),
}

impl Counter {
    fn bump(&mut self) {
        match self {
            Counter::On(n) => *n += 1,
            Counter::Off => *self = Counter::On(1),
        }
    }
}

fn main() {
    let mut c = Counter::Off;
    c.bump();
    c.bump();
    if let Counter::On(ref mut n) = c {
        *n += 10;
    }
    println!("{:?}", c);
}
