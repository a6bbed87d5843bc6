static APP_NAME: &str = "Clicker";
const MAX_CLICKS: u32 = 5;

#[derive(Debug, Default)]
struct Counter {
    clicks: u32,
    label: String,
}

impl Counter {
    fn with_label(mut self, label: &str) -> Self {
        self.label = label.to_string();
        self
    }

    fn click(&mut self) -> bool {
        if self.clicks < MAX_CLICKS {
            self.clicks += 1;
            true
        } else {
            false
        }
    }

    fn remaining(&self) -> u32 {
        MAX_CLICKS - self.clicks
    }
}

fn main() {
    println!("Welcome to {}", APP_NAME);
    let mut counter = Counter::default().with_label("main button");
    let mut accepted = 0;
    for _ in 0..8 {
        if counter.click() {
            accepted += 1;
        }
    }
    println!("{:?}", counter);
    println!("accepted {} clicks, {} remaining", accepted, counter.remaining());
}
