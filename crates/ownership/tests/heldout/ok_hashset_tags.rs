use std::collections::HashSet;

fn tags_of(post: &str) -> HashSet<&str> {
    post.split_whitespace()
        .filter(|w| w.starts_with('#') && w.len() > 1)
        .map(|w| &w[1..])
        .collect()
}

fn main() {
    let post_a = "sunny day at the #beach with #friends #summer";
    let post_b = "#summer reading list #books #beach";
    let a = tags_of(post_a);
    let b = tags_of(post_b);

    let mut common: Vec<&&str> = a.intersection(&b).collect();
    common.sort();
    println!("common tags: {:?}", common);

    let mut all: Vec<&str> = a.union(&b).copied().collect();
    all.sort();
    println!("all tags: {:?}", all);

    let mut seen = HashSet::new();
    for tag in ["rust", "beach", "rust", "books"] {
        if !seen.insert(tag) {
            println!("duplicate tag {}", tag);
        }
    }
    println!("a has books? {}, b has books? {}", a.contains("books"), b.contains("books"));
    seen.remove("rust");
    println!("{} unique remaining", seen.len());
}
