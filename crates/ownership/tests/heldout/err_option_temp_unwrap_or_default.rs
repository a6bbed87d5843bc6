use std::collections::HashMap;

fn main() {
    let mut notes: HashMap<u32, String> = HashMap::new();
    notes.insert(1, String::from("  remember the milk  "));
    notes.insert(2, String::from("call the plumber"));

    for id in 1..=3 {
        let text = notes.get(&id).cloned().unwrap_or_default().trim();
        if text.is_empty() {
            println!("note {} missing", id);
        } else {
            println!("note {}: {}", id, text);
        }
    }
}
