struct TodoList {
    tasks: Vec<String>,
}

impl TodoList {
    fn add(&mut self, task: &str) {
        self.tasks.push(task.to_string());
    }

    fn last(&self) -> &str {
        &self.tasks[self.tasks.len() - 1]
    }
}

fn main() {
    let mut list = TodoList { tasks: Vec::new() };
    list.add("laundry");
    let last = list.last();
    list.add("groceries");
    println!("{last}");
}
