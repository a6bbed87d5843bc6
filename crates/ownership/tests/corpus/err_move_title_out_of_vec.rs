struct Task {
    title: String,
    done: bool,
}

fn main() {
    let tasks = vec![Task { title: String::from("write"), done: false }];
    let title = tasks[0].title;
    println!("{} {}", title, tasks[0].done);
}
