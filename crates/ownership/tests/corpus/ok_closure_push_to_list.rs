// A closure that pushes into a to-do list borrows it mutably; after its last call main reads the list.
fn main() {
    let mut todos: Vec<String> = Vec::new();
    let mut add = |t: &str| todos.push(t.to_string());
    add("sweep floor");
    add("pay rent");
    println!("{} todos: {:?}", todos.len(), todos);
}
