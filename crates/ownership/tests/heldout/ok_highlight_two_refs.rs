#[derive(Debug)]
struct Article {
    title: String,
    body: String,
}

#[derive(Debug)]
struct Highlight<'a> {
    source: &'a Article,
    quote: &'a str,
}

impl<'a> Highlight<'a> {
    fn render(&self) -> String {
        format!("\"{}\" -- from {}", self.quote, self.source.title)
    }
}

fn find_highlights<'a>(article: &'a Article, keyword: &str) -> Vec<Highlight<'a>> {
    article
        .body
        .split(". ")
        .filter(|sentence| sentence.contains(keyword))
        .map(|sentence| Highlight { source: article, quote: sentence })
        .collect()
}

fn main() {
    let article = Article {
        title: String::from("Rust in practice"),
        body: String::from("Rust is fast. Ownership keeps memory safe. The borrow checker helps. Rust is fun"),
    };
    let keyword = String::from("Rust");
    let hs = find_highlights(&article, &keyword);
    drop(keyword);
    for h in &hs {
        println!("{}", h.render());
    }
    println!("{} highlights", hs.len());
}
