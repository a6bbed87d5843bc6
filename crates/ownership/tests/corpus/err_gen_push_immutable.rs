use std::fmt::Display;

struct TodoList<T> {
    entries: Vec<T>,
}

impl<T: Display> TodoList<T> {
    fn new() -> Self {
        TodoList { entries: Vec::new() }
    }

    fn add(&mut self, entry: T) {
        self.entries.push(entry);
    }

    fn print(&self) {
        for (i, e) in self.entries.iter().enumerate() {
            println!("{}: {}", i + 1, e);
        }
    }
}

fn main() {
    let todos = TodoList::new();
    todos.add(String::from("water the plants"));
    todos.print();
}
