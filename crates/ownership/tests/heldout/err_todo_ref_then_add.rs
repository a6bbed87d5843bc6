struct Task {
    title: String,
    priority: u8,
}

struct TodoList {
    tasks: Vec<Task>,
}

impl TodoList {
    fn new() -> TodoList {
        TodoList { tasks: vec![] }
    }

    fn add(&mut self, title: &str, priority: u8) {
        self.tasks.push(Task { title: title.to_string(), priority });
    }

    fn most_urgent(&self) -> Option<&Task> {
        self.tasks.iter().max_by_key(|t| t.priority)
    }
}

fn main() {
    let mut todo = TodoList::new();
    todo.add("laundry", 2);
    todo.add("taxes", 9);

    let urgent = todo.most_urgent();
    todo.add("dentist", 5);

    if let Some(task) = urgent {
        println!("do this first: {} ({})", task.title, task.priority);
    }
}
