#[derive(Debug, Clone, Copy, PartialEq)]
enum Size {
    Small,
    Large,
}

struct Order {
    item: String,
    size: Size,
    count: u32,
}

impl Order {
    fn price(&self) -> u32 {
        let each = match self.size {
            Size::Small => 3,
            Size::Large => 5,
        };
        each * self.count
    }

    fn upgrade(&mut self) {
        if let Size::Small = self.size {
            self.size = Size::Large;
        }
        self.count += 1;
    }
}

fn main() {
    let mut order = Order { item: String::from("tea"), size: Size::Small, count: 2 };
    order.upgrade();
    println!("{} {} {:?}", order.item, order.price(), order.size);
}
