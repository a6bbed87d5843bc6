use std::collections::HashMap;

fn main() {
    let text = String::from("the cat and the hat");
    let mut counts: HashMap<String, u32> = HashMap::new();
    for word in text.split(' ') {
        let count = counts.entry(word.to_string()).or_insert(0);
        *count += 1;
    }
    let the = counts.get("the").copied().unwrap_or(0);
    println!("{the} {}", counts.len());
    for (word, n) in &counts {
        println!("{word}: {n}");
    }
}
