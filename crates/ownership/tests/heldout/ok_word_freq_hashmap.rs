use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        let w = word.trim_matches(|c: char| c.is_ascii_punctuation()).to_lowercase();
        if w.is_empty() {
            continue;
        }
        let count = counts.entry(w).or_insert(0);
        *count += 1;
    }
    counts
}

fn main() {
    let text = "It was the best of times, it was the worst of times. It was the age of wisdom!";
    let counts = word_counts(text);

    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in pairs.iter().take(4) {
        println!("{:>6}: {}", word, n);
    }
    println!("distinct words: {}", counts.len());
    println!("'times' appears {} times", counts.get("times").copied().unwrap_or(0));
    println!("contains 'folly'? {}", counts.contains_key("folly"));
}
