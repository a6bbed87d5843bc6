struct Product {
    name: String,
    price_cents: u32,
}

impl Product {
    fn new(name: &str, price_cents: u32) -> Self {
        Product { name: name.to_string(), price_cents }
    }

    fn price_tag(&self) -> &str {
        let tag = format!("{} - ${}.{:02}", self.name, self.price_cents / 100, self.price_cents % 100);
        &tag
    }
}

fn main() {
    let items = vec![Product::new("coffee", 499), Product::new("bagel", 250)];
    for item in &items {
        println!("{}", item.price_tag());
    }
}
