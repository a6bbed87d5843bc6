// Mistake: assigning a fresh Vec to `todos` while `first` borrows an element of it.
// Fix: clone the element you still need before replacing the list.
fn main() {
    let mut todos = vec![String::from("write tests"), String::from("fix bug")];
    let first = &todos[0];
    todos = Vec::new();
    println!("first task was {}", first);
    println!("{} tasks left", todos.len());
}
