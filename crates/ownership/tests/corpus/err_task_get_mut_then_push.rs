struct Task {
    title: String,
    done: bool,
}

fn main() {
    let mut tasks = vec![Task { title: String::from("write"), done: false }];
    let first = tasks.get_mut(0).unwrap();
    tasks.push(Task { title: String::from("test"), done: false });
    first.done = true;
    println!("{}", tasks.len());
}
