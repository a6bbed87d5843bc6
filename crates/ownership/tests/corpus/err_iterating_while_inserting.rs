use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::new();
    scores.insert(String::from("Ada"), 10);
    for (name, score) in &scores {
        if *score > 5 {
            scores.insert(format!("{name}+"), score + 1);
        }
    }
    println!("{}", scores.len());
}
