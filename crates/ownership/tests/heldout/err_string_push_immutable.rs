fn make_slug(title: &str) -> String {
    let slug = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug
}

fn main() {
    let titles = ["Hello, World!", "Rust Book: Chapter 4"];
    for t in titles {
        println!("{} -> {}", t, make_slug(t));
    }
}
