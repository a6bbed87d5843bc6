#[derive(Debug, Clone)]
struct Task {
    title: String,
    done: bool,
}

struct TodoList {
    tasks: Vec<Task>,
}

impl TodoList {
    fn new() -> Self {
        TodoList { tasks: Vec::new() }
    }

    fn add(&mut self, title: &str) {
        self.tasks.push(Task { title: title.to_string(), done: false });
    }

    fn complete(&mut self, index: usize) {
        if let Some(task) = self.tasks.get_mut(index) {
            task.done = true;
        }
    }

    fn pending(&self) -> Vec<&Task> {
        self.tasks.iter().filter(|t| !t.done).collect()
    }

    fn len(&self) -> usize {
        self.tasks.len()
    }
}

fn main() {
    let mut list = TodoList::new();
    list.add("buy milk");
    list.add("write report");
    list.add("call mom");
    list.complete(1);

    let pending = list.pending();
    println!("{} of {} tasks pending", pending.len(), list.len());
    for t in pending {
        println!(" - {}", t.title);
    }

    list.add("water plants");
    let copy = list.tasks[0].clone();
    println!("copied task: {:?}", copy);
}
