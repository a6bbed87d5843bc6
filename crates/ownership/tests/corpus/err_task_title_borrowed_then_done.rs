struct Task {
    title: String,
    done: bool,
}

fn main() {
    let mut tasks = vec![Task { title: String::from("write"), done: false }];
    let title = &tasks[0].title;
    tasks[0].done = true;
    println!("{}", title);
}
