use std::fmt::Display;

trait Priced {
    fn price_cents(&self) -> u32;
}

struct Item {
    name: String,
    cents: u32,
}

impl Priced for Item {
    fn price_cents(&self) -> u32 {
        self.cents
    }
}

fn cart_total<T: Priced>(cart: &[T]) -> u32 {
    let total = 0;
    for item in cart {
        total = total + item.price_cents();
    }
    total
}

fn show_line<T: Display>(label: T, cents: u32) {
    println!("{}: ${}.{:02}", label, cents / 100, cents % 100);
}

fn main() {
    let cart = vec![
        Item { name: String::from("coffee"), cents: 450 },
        Item { name: String::from("bagel"), cents: 275 },
    ];
    for item in &cart {
        show_line(&item.name, item.cents);
    }
    show_line("Total", cart_total(&cart));
}
