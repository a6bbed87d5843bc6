use std::collections::HashSet;

fn count_unique(words: &[&str]) -> usize {
    let unique: HashSet<&&str> = words.iter().collect();
    unique.len()
}

fn main() {
    let titles = ["The Lord of the Rings", "The Return of the King"];
    for title in titles {
        let words: Vec<&str> = title.to_lowercase().split(' ').collect();
        println!("{:?}: {} words, {} unique", title, words.len(), count_unique(&words));
    }
    let total: usize = titles.iter().map(|t| t.split(' ').count()).sum();
    println!("{} words in all titles", total);
}
