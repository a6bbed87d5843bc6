use std::collections::HashMap;

fn main() {
    let mut phone_book: HashMap<String, String> = HashMap::new();
    phone_book.insert("alice".to_string(), "555-0101".to_string());
    phone_book.insert("bob".to_string(), "555-0199".to_string());

    let alice = phone_book.get("alice").unwrap();
    phone_book.insert("carol".to_string(), "555-0123".to_string());

    println!("alice: {}", alice);
    let mut names: Vec<&String> = phone_book.keys().collect();
    names.sort();
    for n in names {
        println!("{} -> {}", n, phone_book[n]);
    }
}
