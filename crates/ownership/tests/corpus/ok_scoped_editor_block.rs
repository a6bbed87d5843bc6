// Lesson: a block limits the mutable borrow; after the block the list can be read again.
fn main() {
    let mut todos = vec![String::from("laundry")];
    {
        let editor = &mut todos;
        editor.push(String::from("groceries"));
        editor.push(String::from("call mum"));
    }
    for task in &todos {
        println!("- {}", task);
    }
}
