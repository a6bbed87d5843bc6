#[derive(Debug)]
enum Edit {
    Insert { pos: usize, text: String },
    Delete { pos: usize, len: usize },
}

fn main() {
    let mut doc = String::from("hello world");
    let mut history: Vec<Edit> = Vec::new();

    doc.insert_str(5, ",");
    history.push(Edit::Insert { pos: 5, text: String::from(",") });
    doc.push_str("!!");
    history.push(Edit::Insert { pos: 12, text: String::from("!!") });
    let removed: String = doc.drain(0..1).collect();
    history.push(Edit::Delete { pos: 0, len: 1 });
    println!("doc now: {:?} (removed {:?})", doc, removed);

    while let Some(edit) = history.pop() {
        match edit {
            Edit::Insert { pos, text } => {
                println!("undo insert of {:?} at {}", text, pos);
                doc.replace_range(pos..pos + text.len(), "");
            }
            Edit::Delete { pos, len } => {
                println!("undo delete of {} chars at {}", len, pos);
                doc.insert_str(pos, &removed);
            }
        }
        println!("  -> {:?}", doc);
    }
}
