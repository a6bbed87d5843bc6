use std::collections::HashMap;

fn main() {
    let mut authors: HashMap<u32, String> = HashMap::new();
    authors.insert(1, String::from("Le Guin"));
    authors.insert(2, String::from("Pratchett"));
    authors.insert(3, String::from("Butler"));

    let mut names: Vec<String> = Vec::new();
    for (_id, name) in &authors {
        names.push(*name);
    }
    names.sort();
    println!("{:?} from {} authors", names, authors.len());
}
