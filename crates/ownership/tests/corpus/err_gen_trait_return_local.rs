trait Summary {
    fn headline(&self) -> &str;

    fn print_headline(&self) {
        println!("*** {} ***", self.headline());
    }
}

struct Article {
    title: String,
    section: String,
}

impl Summary for Article {
    fn headline(&self) -> &str {
        let full = format!("[{}] {}", self.section, self.title);
        &full
    }
}

fn main() {
    let article = Article {
        title: String::from("Local team wins"),
        section: String::from("Sports"),
    };
    article.print_headline();
    println!("Headline length: {}", article.headline().len());
}
