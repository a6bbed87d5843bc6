use std::collections::BTreeMap;

fn save_results(results: BTreeMap<String, u32>) {
    println!("saved {} results", results.len());
}

fn main() {
    let mut results = BTreeMap::new();
    results.insert(String::from("heat 1"), 58);
    results.insert(String::from("heat 2"), 61);
    results.insert(String::from("heat 3"), 55);

    let fastest = results.iter().min_by_key(|(_, t)| **t).map(|(name, _)| name).unwrap();
    save_results(results);
    println!("fastest heat: {}", fastest);
}
