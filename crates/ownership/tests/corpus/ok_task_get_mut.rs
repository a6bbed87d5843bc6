struct Task {
    title: String,
    done: bool,
}

fn finish(tasks: &mut Vec<Task>, index: usize) -> bool {
    match tasks.get_mut(index) {
        Some(task) => {
            task.done = true;
            true
        }
        None => false,
    }
}

fn main() {
    let mut tasks = vec![Task { title: String::from("write"), done: false }];
    let found = finish(&mut tasks, 0);
    let missing = finish(&mut tasks, 5);
    let open: Vec<&Task> = tasks.iter().filter(|t| !t.done).collect();
    println!("{} {} {} {}", found, missing, open.len(), tasks[0].title);
}
