struct Article {
    title: String,
    body: String,
}

struct Highlight<'a> {
    source: &'a Article,
    quote: &'a str,
}

fn highlights<'a>(article: &'a Article, word: &str) -> Vec<Highlight<'a>> {
    article
        .body
        .split(". ")
        .filter(|s| s.contains(word))
        .map(|s| Highlight { source: article, quote: s })
        .collect()
}

fn main() {
    let article = Article {
        title: String::from("Rust"),
        body: String::from("Rust is fast. Rust is safe. Go is simple"),
    };
    for h in highlights(&article, "Rust") {
        println!("{} (from {})", h.quote, h.source.title);
    }
}
