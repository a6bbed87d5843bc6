struct Headline<'a> {
    words: Vec<&'a str>,
}

impl<'a> Headline<'a> {
    fn from_text(text: &'a str) -> Headline<'a> {
        Headline { words: text.split_whitespace().take(3).collect() }
    }

    fn show(&self) -> String {
        self.words.join(" ")
    }
}

fn publish(article: String) {
    println!("published {} bytes", article.len());
}

fn main() {
    let article = String::from("Local cat elected mayor after surprise campaign");
    let head = Headline::from_text(&article);
    publish(article);
    println!("headline: {}", head.show());
}
