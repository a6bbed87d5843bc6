trait Summary {
    fn summarize(&self) -> String;
}

struct Review {
    product: String,
    stars: u8,
}

impl Summary for Review {
    fn summarize(&self) -> String {
        format!("{}: {}", self.product, "*".repeat(self.stars as usize))
    }
}

fn headline(item: &impl Summary) -> &str {
    let text = item.summarize();
    let first_line = text.lines().next().unwrap_or("");
    first_line
}

fn main() {
    let r = Review { product: String::from("Toaster"), stars: 4 };
    println!("{}", headline(&r));
}
