use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

// Only available when T can be both compared and displayed.
impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let heights = Pair::new(172, 185);
    heights.cmp_display();

    let names = Pair::new(String::from("Zed"), String::from("Amy"));
    names.cmp_display();

    let prices = Pair::new(9.99, 9.95);
    prices.cmp_display();
    println!("Prices were {} and {}", prices.x, prices.y);
}
