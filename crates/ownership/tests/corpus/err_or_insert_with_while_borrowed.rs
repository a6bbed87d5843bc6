use std::collections::HashMap;

fn main() {
    let mut index: HashMap<char, Vec<String>> = HashMap::new();
    index.entry('a').or_insert_with(Vec::new).push(String::from("apple"));
    let apples = &index[&'a'];
    index.entry('b').or_insert_with(Vec::new).push(String::from("berry"));
    println!("{:?}", apples);
}
