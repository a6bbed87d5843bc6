use std::collections::HashMap;

fn shout(word: &str) -> String {
    word.to_uppercase()
}

fn main() {
    let raw = vec!["ann", "bo", "cy"];
    let owned: Vec<String> = raw.iter().copied().map(String::from).collect();
    let loud: Vec<String> = raw.into_iter().map(shout).collect();
    let mut groups: HashMap<usize, Vec<String>> = HashMap::new();
    for name in &owned {
        groups.entry(name.len()).or_insert_with(Vec::new).push(name.clone());
    }
    let maybe = owned.first().map(ToString::to_string);
    println!("{:?} {:?} {:?} {:?}", owned, loud, groups.len(), maybe);
}
