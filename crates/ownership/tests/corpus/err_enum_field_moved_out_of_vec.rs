enum Task {
    Todo(String),
    Done(String),
}

fn main() {
    let tasks = vec![Task::Todo(String::from("wash")), Task::Done(String::from("cook"))];
    for i in 0..tasks.len() {
        let name = match tasks[i] {
            Task::Todo(t) => t,
            Task::Done(t) => t,
        };
        println!("{name}");
    }
}
