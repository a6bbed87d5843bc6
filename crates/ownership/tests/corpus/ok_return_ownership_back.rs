// Taking a Vec by value and returning it gives ownership back to the caller.
fn add_task(mut tasks: Vec<String>, task: &str) -> Vec<String> {
    tasks.push(task.to_string());
    tasks
}

fn main() {
    let tasks = Vec::new();
    let tasks = add_task(tasks, "write report");
    let tasks = add_task(tasks, "email team");
    println!("{} tasks: {:?}", tasks.len(), tasks);
}
