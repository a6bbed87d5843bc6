// Each loop iteration takes a short mutable borrow to push a new to-do item.
fn add(todos: &mut Vec<String>, text: String) {
    todos.push(text);
}

fn main() {
    let mut todos: Vec<String> = Vec::new();
    for i in 0..3 {
        let item = format!("task number {}", i + 1);
        add(&mut todos, item);
    }
    for t in todos.iter() {
        println!("- {}", t);
    }
    println!("{} items in total", todos.len());
}
