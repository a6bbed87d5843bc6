use std::fmt::Display;

trait Summary {
    fn summarize(&self) -> String;
}

struct TodoItem {
    task: String,
    done: bool,
}

impl Summary for TodoItem {
    fn summarize(&self) -> String {
        let mark = if self.done { "x" } else { " " };
        format!("[{}] {}", mark, self.task)
    }
}

// Returns some type that implements Summary without naming it.
fn make_todo(task: &str) -> impl Summary {
    TodoItem { task: task.to_string(), done: false }
}

fn make_label(count: usize) -> impl Display {
    format!("{} tasks pending", count)
}

fn main() {
    let tasks = ["buy milk", "walk dog", "write report"];
    let mut todos = Vec::new();
    for t in tasks.iter() {
        todos.push(make_todo(t));
    }
    for todo in &todos {
        println!("{}", todo.summarize());
    }
    let label = make_label(todos.len());
    println!("{}", label);
}
