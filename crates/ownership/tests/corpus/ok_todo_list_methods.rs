struct TodoList {
    tasks: Vec<String>,
    done: Vec<bool>,
}

impl TodoList {
    fn new() -> Self {
        TodoList {
            tasks: Vec::new(),
            done: Vec::new(),
        }
    }

    fn add(&mut self, task: &str) -> usize {
        self.tasks.push(task.to_string());
        self.done.push(false);
        self.tasks.len() - 1
    }

    fn complete(&mut self, index: usize) {
        self.done[index] = true;
    }

    fn task(&self, index: usize) -> &str {
        &self.tasks[index]
    }

    fn remaining(&self) -> usize {
        let mut count = 0;
        for finished in &self.done {
            if !finished {
                count += 1;
            }
        }
        count
    }
}

fn main() {
    let mut list = TodoList::new();
    let laundry = list.add("laundry");
    list.add("groceries");
    list.complete(laundry);
    let name = list.task(laundry);
    println!("done: {name}; {} left", list.remaining());
}
