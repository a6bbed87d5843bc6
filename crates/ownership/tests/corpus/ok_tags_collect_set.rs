use std::collections::HashSet;

fn unique_tags(posts: &[&str]) -> HashSet<String> {
    posts
        .iter()
        .flat_map(|p| p.split(','))
        .map(|t| t.trim().to_lowercase())
        .collect()
}

fn main() {
    let posts = vec!["rust, wasm", "Rust,yew"];
    let tags = unique_tags(&posts);
    let mut sorted: Vec<_> = tags.iter().collect();
    sorted.sort();
    println!("{} tags: {:?}", tags.len(), sorted);
}
