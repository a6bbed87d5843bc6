#[derive(Debug)]
enum Task {
    Todo(String),
    Done(String),
}

fn main() {
    let mut tasks = vec![Task::Todo(String::from("wash"))];
    let first = &tasks[0];
    tasks.push(Task::Done(String::from("cook")));
    match first {
        Task::Todo(t) => println!("todo {t}"),
        Task::Done(t) => println!("done {t}"),
    }
}
